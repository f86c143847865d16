package io.claimtagger.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.commands.ParameterizedCommand;
import org.eclipse.core.commands.common.CommandException;
import org.eclipse.core.expressions.IEvaluationContext;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IWorkspaceRunnable;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Status;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IStartup;
import org.eclipse.ui.ISources;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.commands.ICommandService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;

/**
 * Used by {@code ./run-eclipse} only: when started with {@code -Dclaimtagger.demo.articles=DIR},
 * fills an "articles" project with the files of DIR, tags its claims, shows the Claims view and
 * opens the first article. Without the property it does nothing.
 * <p>
 * It drives Claim Tagger as a user or another plug-in would, through the ids of its command, view
 * and editor: this bundle needs none of the UI bundle's internals.
 */
public final class DemoWorkspaceStartup implements IStartup {

	public static final String PROPERTY = "claimtagger.demo.articles";
	static final String PROJECT = "articles";
	static final String CLAIMS_VIEW = "io.claimtagger.ui.views.claims";
	static final String ARTICLE_EDITOR = "io.claimtagger.ui.articleEditor";
	static final String TAG_CLAIMS = "io.claimtagger.ui.tagClaims";

	@Override
	public void earlyStartup() {
		String dir = System.getProperty(PROPERTY);
		if (dir == null || dir.isBlank()) {
			return;
		}
		try {
			IFile first = fillProject(Path.of(dir));
			PlatformUI.getWorkbench().getDisplay().asyncExec(() -> show(first));
		} catch (IOException | CoreException e) {
			log("Could not prepare the demo project from " + dir, e);
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
						throw new CoreException(Status.error("Cannot copy " + p, e));
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
		tagClaims(window, ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT));
		IWorkbenchPage page = window.getActivePage();
		try {
			if (PlatformUI.getWorkbench().getViewRegistry().find(CLAIMS_VIEW) != null) {
				page.showView(CLAIMS_VIEW);
			}
			if (article != null) {
				IDE.openEditor(page, article, ARTICLE_EDITOR, true);
			}
		} catch (PartInitException e) {
			log("Could not open the demo article", e);
		}
	}

	/** Tag Claims on the project, as if it were selected in Project Explorer, so the Claims view has claims to review. */
	private static void tagClaims(IWorkbenchWindow window, IProject project) {
		IHandlerService handlers = window.getService(IHandlerService.class);
		ICommandService commands = window.getService(ICommandService.class);
		IEvaluationContext context = handlers.createContextSnapshot(false);
		context.removeVariable(ISources.ACTIVE_PART_NAME);
		context.addVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME, new StructuredSelection(project));
		try {
			handlers.executeCommandInContext(new ParameterizedCommand(commands.getCommand(TAG_CLAIMS), null), null,
					context);
		} catch (CommandException e) {
			log("Could not tag the demo project's claims", e);
		}
	}

	private static void log(String message, Throwable error) {
		ILog.of(DemoWorkspaceStartup.class).log(Status.error(message, error));
	}
}
