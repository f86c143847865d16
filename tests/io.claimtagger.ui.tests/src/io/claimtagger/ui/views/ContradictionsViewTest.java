package io.claimtagger.ui.views;

import static io.claimtagger.ui.claims.ClaimsWorkbench.page;
import static io.claimtagger.ui.claims.ClaimsWorkbench.storedSafely;
import static io.claimtagger.ui.claims.ClaimsWorkbench.waitForClaimJobs;
import static io.claimtagger.ui.claims.ClaimsWorkbench.waitUntil;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.part.FileEditorInput;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.After;
import org.junit.Test;

import io.claimtagger.core.contradiction.FindingDecisions;
import io.claimtagger.resources.contradictions.FindingRow;
import io.claimtagger.ui.claims.ClaimsWorkbench;
import io.claimtagger.ui.commands.FindContradictionsHandler;
import io.claimtagger.ui.commands.TagClaimsHandler;

/**
 * Issue 13: Find Contradictions over a project's stored claims shows, in the Contradictions view,
 * a release date two articles disagree on and a price a later article changed; double-click opens
 * both articles at their sentences; a decision is kept in the project. Leaves
 * target/screenshots/contradictions.png.
 */
public class ContradictionsViewTest {

	private static final String OLD = "2010-07-20\n\nVMware shipped vSphere 4.1 in July 2010.\n\nVMware vSphere costs $995 per month.\n";
	private static final String NEW = "2012-03-01\n\nVMware shipped vSphere 4.1 in August 2010.\n\nVMware vSphere now costs $1,200 per month.\n";

	private IProject project;

	@After
	public void cleanUp() throws Exception {
		page().closeAllEditors(false);
		if (project != null) {
			ClaimsWorkbench.delete(project);
		}
	}

	@Test
	public void findsContradictionsOpensBothArticlesAndKeepsTheDecision() throws Exception {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().forceActive();
		project = ClaimsWorkbench.project("contradictions-test");
		IFile older = ClaimsWorkbench.file(project, "2010/vsphere.txt", OLD);
		IFile newer = ClaimsWorkbench.file(project, "2012/vsphere.txt", NEW);
		ClaimsWorkbench.selectInProjectExplorer(project);
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		handlers.executeCommand(TagClaimsHandler.COMMAND_ID, null);
		waitUntil("both articles tagged", () -> storedSafely(older, c -> c.claims().size() == 2) && storedSafely(newer, c -> c.claims().size() == 2));
		waitForClaimJobs();

		ClaimsWorkbench.selectInProjectExplorer(project);
		handlers.executeCommand(FindContradictionsHandler.COMMAND_ID, null);
		waitUntil("the Contradictions view", () -> page().findView(ContradictionsView.ID) != null);
		ContradictionsView view = (ContradictionsView) page().findView(ContradictionsView.ID);
		waitUntil("two findings", () -> view.shownRows().size() == 2);
		assertTrue(view.summaryText(), view.summaryText().startsWith("2 findings (2 open) among 4 claims of 2 articles"));
		FindingRow date = view.shownRows().stream().filter(r -> r.finding().reason().contains("July 2010 vs August 2010")).findFirst().orElseThrow();
		assertEquals("contradiction", date.finding().type().id());
		FindingRow price = view.shownRows().stream().filter(r -> r.finding().type().id().equals("supersedes")).findFirst().orElseThrow();
		assertEquals("2010-07-20", price.finding().first().published().toString()); // the dateline, not the file's time
		assertTrue(price.finding().second().claim().sentence(), price.finding().second().claim().sentence().contains("$1,200"));

		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1200, 700);
		page().activate(view);
		page().setPartState(page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		while (shell.getDisplay().readAndDispatch()) {
			// paint
		}
		Path out = Path.of(System.getProperty("claimtagger.repo", ".")).resolve("tests/io.claimtagger.ui.tests/target/screenshots/contradictions.png");
		Files.createDirectories(out.getParent());
		ClaimsViewScreenshotTest.save(shell, out);
		page().setPartState(page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);

		// Double-click: both articles open, each at its sentence.
		view.viewer().setSelection(new StructuredSelection(date), true);
		handlers.executeCommand(FindingDecisionHandler.OPEN, null);
		waitUntil("both articles open", () -> page().findEditor(new FileEditorInput(older)) != null
				&& page().findEditor(new FileEditorInput(newer)) != null);
		assertSelected(page().findEditor(new FileEditorInput(older)), "VMware shipped vSphere 4.1 in July 2010.");
		assertSelected(page().findEditor(new FileEditorInput(newer)), "VMware shipped vSphere 4.1 in August 2010.");

		// Not a contradiction: kept in the project, shown at once and after the next search.
		page().activate(view);
		view.viewer().setSelection(new StructuredSelection(date), true);
		handlers.executeCommand(FindingDecisionHandler.NOT_A_CONTRADICTION, null);
		Path decisions = project.getLocation().toFile().toPath().resolve(FindingDecisions.FILE);
		waitUntil("the decision in the project", () -> Files.isRegularFile(decisions) && read(decisions).contains("\"not-a-contradiction\""));
		waitUntil("the row showing it", () -> view.shownRows().stream().anyMatch(r -> r.decision() == FindingDecisions.Decision.NOT_A_CONTRADICTION));
		handlers.executeCommand(FindContradictionsHandler.COMMAND_ID, null);
		waitUntil("the decision after a new search", () -> view.summaryText().startsWith("2 findings (1 open)"));
		List<FindingRow> rows = view.shownRows();
		assertEquals(FindingDecisions.Decision.NOT_A_CONTRADICTION,
				rows.stream().filter(r -> r.finding().id().equals(date.finding().id())).findFirst().orElseThrow().decision());
	}

	private static void assertSelected(IEditorPart editor, String sentence) {
		ITextSelection s = (ITextSelection) ((ITextEditor) editor).getSelectionProvider().getSelection();
		assertEquals(sentence, s.getText());
	}

	private static String read(Path p) {
		try {
			return Files.readString(p, StandardCharsets.UTF_8);
		} catch (java.io.IOException e) {
			return "";
		}
	}
}
