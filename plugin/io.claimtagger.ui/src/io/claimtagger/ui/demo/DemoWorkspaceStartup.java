package io.claimtagger.ui.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import io.claimtagger.resources.claims.TagClaimsJob;
import io.claimtagger.ui.ClaimTaggerPlugin;
import io.claimtagger.ui.editor.ArticleEditor;

/**
 * Used by {@code ./run-eclipse} only: when started with {@code -Dclaimtagger.demo.articles=DIR},
 * fills an "articles" project with the files of DIR, opens the first article and shows the
 * Claims view. Without the property it does nothing.
 */
public final class DemoWorkspaceStartup implements IStartup {

	public static final String PROPERTY = "claimtagger.demo.articles";
	static final String PROJECT = "articles";
	static final String CLAIMS_VIEW = "io.claimtagger.ui.views.claims";

	@Override
	public void earlyStartup() {
		String dir = System.getProperty(PROPERTY);
		if (dir == null || dir.isBlank()) {
			return;
		}
		try {
			IFile first = fillProject(Path.of(dir));
			// Tag the project's claims so the Claims view has something to review.
			new TagClaimsJob(List.of(ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT))).schedule();
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> show(first));
		} catch (IOException | CoreException e) {
			ClaimTaggerPlugin.log("Could not prepare the demo project from " + dir, e);
		}
	}

	private static IFile fillProject(Path dir) throws IOException, CoreException {
		List<Path> files;
		try (Stream<Path> s = Files.list(dir)) {
			files = s.filter(Files::isRegularFile).sorted().toList();
		}
		IFile[] first = new IFile[1];
		IWorkspaceRunnable fill = monitor -> {
			IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT);
			if (!project.exists()) {
				project.create(monitor);
			}
			project.open(monitor);
			for (Path p : files) {
				IFile file = project.getFile(p.getFileName().toString());
				if (!file.exists()) {
					try (InputStream in = Files.newInputStream(p)) {
						file.create(in, true, monitor);
					} catch (IOException e) {
						throw new CoreException(org.eclipse.core.runtime.Status.error("Cannot copy " + p, e));
					}
				}
				if (first[0] == null && p.getFileName().toString().endsWith(".article")) {
					first[0] = file;
				}
			}
		};
		ResourcesPlugin.getWorkspace().run(fill, null);
		return first[0];
	}

	private static void show(IFile article) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null || window.getActivePage() == null) {
			return;
		}
		// Fill the screen (setMaximized needs a window manager, which Xvfb sessions lack).
		window.getShell().setBounds(window.getShell().getMonitor().getClientArea());
		IWorkbenchPage page = window.getActivePage();
		try {
			if (PlatformUI.getWorkbench().getViewRegistry().find(CLAIMS_VIEW) != null) {
				page.showView(CLAIMS_VIEW);
			}
			if (article != null) {
				IDE.openEditor(page, article, ArticleEditor.ID, true);
			}
		} catch (PartInitException e) {
			ClaimTaggerPlugin.log("Could not open the demo article", e);
		}
	}
}
