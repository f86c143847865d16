package io.claimtagger.ui.views;

import static io.claimtagger.ui.claims.ClaimsWorkbench.page;
import static io.claimtagger.ui.claims.ClaimsWorkbench.waitUntil;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
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

import io.claimtagger.core.compare.Change;
import io.claimtagger.core.compare.ClaimDifference;
import io.claimtagger.ui.claims.ClaimsWorkbench;
import io.claimtagger.ui.commands.CompareClaimsHandler;

/**
 * Issue 13: Compare Claims With > Local History, Previous Revision (git) and Another Article show
 * the claim differences in the Claim Diff view; double-click jumps to the sentence. Leaves
 * target/screenshots/claim-diff.png.
 */
public class ClaimDiffViewTest {

	private static final String BEFORE = "Virtualization notes\n\nVMware shipped vSphere 4.1 in July 2010.\n\n"
			+ "Citrix XenServer supports Windows Server 2008 guests.\n\nRed Hat ships KVM in RHEL 6.\n";
	private static final String AFTER = "Virtualization notes\n\nRed Hat ships KVM in RHEL 6.\n\n"
			+ "VMware shipped vSphere 4.1 in August 2010.\n\nCitrix XenServer does not support Windows Server 2008 guests.\n\n"
			+ "Microsoft released Hyper-V Server 2008 as a free download.\n";

	private IProject project;

	@After
	public void cleanUp() throws Exception {
		page().closeAllEditors(false);
		if (project != null) {
			ClaimsWorkbench.delete(project);
		}
	}

	private static List<String> changes(ClaimDiffView view) {
		return view.shownRows().stream().map(d -> d.changes().stream().sorted().map(Change::id).toList() + " "
				+ (d.after() != null ? d.after().text() : d.before().text())).toList();
	}

	@Test
	public void localHistoryPreviousRevisionAndAnotherArticle() throws Exception {
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().forceActive();
		project = ClaimsWorkbench.project("claim-diff-test");
		IFile article = ClaimsWorkbench.file(project, "notes.txt", BEFORE);
		Path dir = project.getLocation().toFile().toPath();
		git(dir, "init", "-q");
		git(dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "add", "notes.txt");
		git(dir, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "first");
		article.setContents(new ByteArrayInputStream(AFTER.getBytes(StandardCharsets.UTF_8)), true, true, null);
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		List<String> expected = List.of("[value] VMware shipped vSphere 4.1 in August 2010.",
				"[polarity] Citrix XenServer does not support Windows Server 2008 guests.",
				"[added] Microsoft released Hyper-V Server 2008 as a free download.");

		ClaimsWorkbench.selectInProjectExplorer(article);
		handlers.executeCommand(CompareClaimsHandler.LOCAL_HISTORY, null);
		waitUntil("the Claim Diff view", () -> page().findView(ClaimDiffView.ID) != null);
		ClaimDiffView view = (ClaimDiffView) page().findView(ClaimDiffView.ID);
		waitUntil("the local history diff", () -> view.summaryText().contains("(local history)") && view.shownRows().size() == 3);
		assertEquals(expected, changes(view));
		ClaimDifference value = view.shownRows().get(0);
		assertEquals("July 2010 -> August 2010", value.detail());

		ClaimsWorkbench.selectInProjectExplorer(article);
		handlers.executeCommand(CompareClaimsHandler.PREVIOUS_REVISION, null);
		waitUntil("the git diff", () -> view.summaryText().contains("previous git revision"));
		assertEquals(view.summaryText(), expected, changes(view));

		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1200, 600);
		page().activate(view);
		page().setPartState(page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		while (shell.getDisplay().readAndDispatch()) {
			// paint
		}
		Path out = Path.of(System.getProperty("claimtagger.repo", ".")).resolve("tests/io.claimtagger.ui.tests/target/screenshots/claim-diff.png");
		Files.createDirectories(out.getParent());
		ClaimsViewScreenshotTest.save(shell, out);
		page().setPartState(page().getReference(view), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);

		// Double-click: the new sentence, selected in the article.
		view.viewer().setSelection(new StructuredSelection(view.shownRows().get(1)), true);
		view.openSelected();
		waitUntil("the article open", () -> page().findEditor(new FileEditorInput(article)) != null);
		IEditorPart editor = page().findEditor(new FileEditorInput(article));
		assertEquals("Citrix XenServer does not support Windows Server 2008 guests.",
				((ITextSelection) ((ITextEditor) editor).getSelectionProvider().getSelection()).getText());

		// Another article: two selected, the first against the second.
		IFile other = ClaimsWorkbench.file(project, "other.txt", BEFORE);
		ClaimsWorkbench.selectInProjectExplorer(article, other);
		handlers.executeCommand(CompareClaimsHandler.ARTICLE, null);
		waitUntil("the article diff", () -> view.summaryText().contains("claim-diff-test/other.txt"));
		assertEquals(expected, changes(view));
		assertTrue(view.summaryText(), view.summaryText().startsWith("3 claim differences from claim-diff-test/other.txt to claim-diff-test/notes.txt"));

		// From the article editor's own context menu, as a writer would while editing.
		ITextEditor open = (ITextEditor) org.eclipse.ui.ide.IDE.openEditor(page(), article, io.claimtagger.ui.editor.ArticleEditor.ID, true);
		org.eclipse.swt.custom.StyledText text = (org.eclipse.swt.custom.StyledText) open.getAdapter(org.eclipse.swt.widgets.Control.class);
		org.eclipse.swt.widgets.Menu context = text.getMenu();
		org.eclipse.swt.widgets.MenuItem compare = item(context, "Compare Claims With");
		org.eclipse.swt.widgets.MenuItem local = item(compare.getMenu(), "Local History");
		local.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
		compare.getMenu().notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
		context.notifyListeners(org.eclipse.swt.SWT.Hide, new org.eclipse.swt.widgets.Event());
		waitUntil("the local history diff from the editor", () -> view.summaryText().contains("(local history)"));
		assertEquals(expected, changes(view));
	}

	private static org.eclipse.swt.widgets.MenuItem item(org.eclipse.swt.widgets.Menu menu, String label) {
		menu.notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
		for (org.eclipse.swt.widgets.MenuItem i : menu.getItems()) {
			if (i.getText().replace("&", "").split("\t")[0].equals(label)) {
				return i;
			}
		}
		throw new AssertionError("no '" + label + "' in " + java.util.Arrays.stream(menu.getItems()).map(org.eclipse.swt.widgets.MenuItem::getText).toList());
	}

	private static void git(Path dir, String... args) throws Exception {
		String[] command = new String[args.length + 1];
		command[0] = "git";
		System.arraycopy(args, 0, command, 1, args.length);
		Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals("git " + String.join(" ", args) + ": " + output, 0, p.waitFor());
	}
}
