package io.claimtagger.demo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
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
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorReference;
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
 * Used by {@code ./run-eclipse} and the install test only: when started with
 * {@code -Dclaimtagger.demo.articles=DIR}, fills an "articles" project with the files of DIR, tags
 * its claims, shows the Claims and Vendors &amp; Products views and opens the first article (every
 * article for the check below). Without the property it does nothing.
 * <p>
 * With {@code -Dclaimtagger.demo.closeWhenIdle=FILE} as well (the install test's workbench check),
 * it waits until every job is done and the workbench has painted, writes "started" to FILE and
 * closes the workbench, so the caller can read the workspace log of a whole ordinary start.
 * <p>
 * It drives Claim Tagger as a user or another plug-in would, through the ids of its command, view
 * and editor: this bundle needs none of the UI bundle's internals.
 */
public final class DemoWorkspaceStartup implements IStartup {

	public static final String PROPERTY = "claimtagger.demo.articles";
	public static final String CLOSE_WHEN_IDLE = "claimtagger.demo.closeWhenIdle";
	static final String ENTITIES_VIEW = "io.claimtagger.ui.views.vendorsProducts";
	/** Idle polls in a row before closing: jobs scheduled by a repaint or a reconcile get their turn. */
	private static final int QUIET_POLLS = 6;
	private static final int POLL_MILLIS = 500;
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
			List<IFile> articles = fillProject(Path.of(dir));
			Display display = PlatformUI.getWorkbench().getDisplay();
			display.asyncExec(() -> show(articles));
			String marker = System.getProperty(CLOSE_WHEN_IDLE);
			if (marker != null && !marker.isBlank()) {
				display.asyncExec(() -> closeWhenIdle(display, Path.of(marker), 0, new ArrayDeque<>()));
			}
		} catch (IOException | CoreException e) {
			log("Could not prepare the demo project from " + dir, e);
		}
	}

	private static List<IFile> fillProject(Path dir) throws IOException, CoreException {
		List<Path> files;
		try (Stream<Path> s = Files.list(dir)) {
			files = s.filter(Files::isRegularFile).sorted().toList();
		}
		List<IFile> articles = new ArrayList<>();
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
				if (p.getFileName().toString().endsWith(".article")) {
					articles.add(file);
				}
			}
		};
		ResourcesPlugin.getWorkspace().run(fill, null);
		return articles;
	}

	private static void show(List<IFile> articles) {
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		if (window == null || window.getActivePage() == null) {
			return;
		}
		// Fill the screen (setMaximized needs a window manager, which Xvfb sessions lack).
		window.getShell().setBounds(window.getShell().getMonitor().getClientArea());
		tagClaims(window, ResourcesPlugin.getWorkspace().getRoot().getProject(PROJECT));
		IWorkbenchPage page = window.getActivePage();
		try {
			for (String view : new String[] { ENTITIES_VIEW, CLAIMS_VIEW }) {
				if (PlatformUI.getWorkbench().getViewRegistry().find(view) != null) {
					page.showView(view);
				}
			}
			// The install test's check opens every article (each painted once); ./run-eclipse the first.
			boolean check = System.getProperty(CLOSE_WHEN_IDLE) != null;
			List<IFile> open = check ? articles.reversed() : articles.stream().limit(1).toList();
			for (IFile article : open) {
				IDE.openEditor(page, article, ARTICLE_EDITOR, true);
			}
		} catch (PartInitException e) {
			log("Could not open the demo article", e);
		}
	}

	/**
	 * Polls on the UI thread, so the poll itself proves the event loop is free. After
	 * {@link #QUIET_POLLS} idle polls in a row it brings the next open editor to the front (each is
	 * painted, rulers included, with its highlights), and when every one has been in front, closes.
	 */
	private static void closeWhenIdle(Display display, Path marker, int quiet, Deque<IEditorReference> shown) {
		int now = Job.getJobManager().isIdle() ? quiet + 1 : 0;
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (now >= QUIET_POLLS && page != null) {
			for (IEditorReference editor : page.getEditorReferences()) {
				if (!shown.contains(editor)) {
					shown.add(editor);
					page.activate(editor.getPart(true));
					display.timerExec(POLL_MILLIS, () -> closeWhenIdle(display, marker, 0, shown));
					return;
				}
			}
		}
		if (now < QUIET_POLLS) {
			display.timerExec(POLL_MILLIS, () -> closeWhenIdle(display, marker, now, shown));
			return;
		}
		try {
			Files.writeString(marker, "started\n");
		} catch (IOException e) {
			log("Could not write " + marker, e);
		}
		PlatformUI.getWorkbench().close();
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
