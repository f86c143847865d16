package io.claimtagger.ui.views;

import static io.claimtagger.ui.claims.ClaimsWorkbench.page;
import static io.claimtagger.ui.claims.ClaimsWorkbench.stored;
import static io.claimtagger.ui.claims.ClaimsWorkbench.storedSafely;
import static io.claimtagger.ui.claims.ClaimsWorkbench.waitForClaimJobs;
import static io.claimtagger.ui.claims.ClaimsWorkbench.waitUntil;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.bindings.Binding;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.ITextViewer;
import org.eclipse.jface.text.ITextSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableColumn;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.contexts.IContextService;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.keys.IBindingService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.claim.Polarity;
import io.claimtagger.core.store.ArticleClaims;
import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.core.store.ReviewStatus;
import io.claimtagger.resources.claims.ClaimRow;
import io.claimtagger.ui.claims.ClaimsWorkbench;
import io.claimtagger.ui.commands.TagClaimsHandler;
import io.claimtagger.ui.editor.ArticleEditor;

/**
 * The review workflow in a real workbench: select a project in Project Explorer, run Tag Claims,
 * review from the keyboard (key bindings of the view's context) and through commands, and find
 * every decision in the store files.
 */
public class ClaimsViewTest {

	/** The context of the review key bindings (plugin.xml). */
	private static final String CONTEXT = "io.claimtagger.ui.views.claims.review";

	private IProject project;
	private IFile kvm;
	private IFile cloud;
	private ClaimsView view;

	@Before
	public void tagAProject() throws Exception {
		// The review keys need the workbench window to have the keyboard. Without a window manager
		// (Xvfb) a closed dialog, such as a job's progress dialog in an earlier test, leaves no
		// window active, and nothing gives it back as a window manager would.
		PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().forceActive();
		project = ClaimsWorkbench.project("claims-view-test");
		kvm = ClaimsWorkbench.file(project, "kvm.article", ClaimsWorkbench.KVM);
		cloud = ClaimsWorkbench.file(project, "notes/cloud.txt", ClaimsWorkbench.CLOUD);
		view = (ClaimsView) page().showView(ClaimsView.ID);
		ClaimsWorkbench.selectInProjectExplorer(project);
		waitUntil("the view to follow the selection", () -> view.scope().equals(List.of(project)));

		PlatformUI.getWorkbench().getService(IHandlerService.class).executeCommand(TagClaimsHandler.COMMAND_ID, null);
		waitUntil("both articles tagged", () -> storedSafely(kvm, c -> c.claims().size() == 3)
				&& storedSafely(cloud, c -> c.claims().size() == 2));
		waitForClaimJobs();
		waitUntil("the view to show five claims", () -> view.isLoaded() && view.rows().size() == 5);
		page().activate(view);
	}

	@After
	public void cleanUp() throws Exception {
		page().closeAllEditors(false);
		page().hideView(view);
		ClaimsWorkbench.delete(project);
	}

	@Test
	public void tagClaimsFillsTheViewWithCountsAndReadingOrder() {
		List<ClaimRow> shown = view.shownRows();
		assertEquals(5, shown.size());
		// Reading order: the article in the project root first, then by place in the text.
		assertEquals(kvm, shown.get(0).article());
		assertTrue(shown.get(0).record().sentence().startsWith("Red Hat ships KVM"));
		assertEquals(3, shown.get(0).line());
		assertEquals(cloud, shown.get(4).article());
		assertTrue(view.getContentDescription(), view.getContentDescription()
				.startsWith("5 claims in claims-view-test: 5 new, 0 accepted, 0 rejected, 0 disputed"));
		assertEquals("Claims (5 to review)", view.getPartName());
		Table table = view.viewer().getTable();
		assertEquals("new", table.getItem(0).getText(0));
		assertEquals("claims-view-test/kvm.article", table.getItem(0).getText(5));
	}

	/** Every column fits the view, the last one (Line) included, and the claim column gets the most room. */
	@Test
	public void theColumnsFitTheViewsWidth() {
		Table table = view.viewer().getTable();
		waitUntil("the table laid out", () -> table.getClientArea().width > 0 && table.getColumn(0).getWidth() > 0);
		int total = 0;
		for (TableColumn c : table.getColumns()) {
			total += c.getWidth();
		}
		int client = table.getClientArea().width;
		assertTrue("columns " + total + " px wide in a table of " + client + " px", total <= client);
		TableColumn claim = table.getColumn(1);
		TableColumn line = table.getColumn(table.getColumnCount() - 1);
		assertEquals("Claim", claim.getText());
		assertEquals("Line", line.getText());
		assertTrue(line.getText() + " " + line.getWidth() + " px", line.getWidth() >= 45);
		for (TableColumn c : table.getColumns()) {
			assertTrue(c.getText() + " wider than the claim", c.getWidth() <= claim.getWidth());
		}
	}

	@Test
	public void keysAcceptRejectAndDisputeAndMoveOnToTheNextClaim() throws Exception {
		Table table = view.viewer().getTable();
		view.setFocus();
		view.viewer().setSelection(new StructuredSelection(view.shownRows().get(0)), true);
		String first = view.shownRows().get(0).record().id();
		String second = view.shownRows().get(1).record().id();

		waitUntil("the review context with the table focused", () -> PlatformUI.getWorkbench()
				.getService(IContextService.class).getActiveContextIds().contains(CONTEXT));
		press(table, 'a');
		waitUntil("first claim accepted in the store", () -> storedSafely(kvm, c -> statusOf(c, first) == ReviewStatus.ACCEPTED));
		// The selection moved on, so the next key decides the next claim.
		assertEquals(second, view.selectedRows().get(0).record().id());
		press(table, 'd');
		waitUntil("second claim disputed", () -> storedSafely(kvm, c -> statusOf(c, second) == ReviewStatus.DISPUTED));

		press(table, 'k');
		press(table, 'k');
		assertEquals(first, view.selectedRows().get(0).record().id());
		press(table, 'r');
		waitUntil("first claim now rejected", () -> storedSafely(kvm, c -> statusOf(c, first) == ReviewStatus.REJECTED));
		waitUntil("the table to show it", () -> view.rows().stream()
				.anyMatch(r -> r.record().id().equals(first) && r.record().status() == ReviewStatus.REJECTED));
		assertTrue(view.getContentDescription(), view.getContentDescription().contains("3 new, 0 accepted, 1 rejected, 1 disputed"));
		assertEquals("Claims (3 to review)", view.getPartName());
	}

	@Test
	public void reviewKeysAreBindingsOfTheTablesContextAndNeverFireInAnEditor() throws Exception {
		IBindingService bindings = PlatformUI.getWorkbench().getService(IBindingService.class);
		IContextService contexts = PlatformUI.getWorkbench().getService(IContextService.class);
		// Defined in the default scheme, where General > Keys lists (and lets users rebind) them.
		assertEquals("A", keyOf(bindings, ReviewHandler.ACCEPT));
		assertEquals("K", keyOf(bindings, ReviewHandler.PREVIOUS));
		assertEquals("Enter", keyOf(bindings, ReviewHandler.OPEN));

		view.setFocus();
		waitUntil("the review context with the table focused", () -> contexts.getActiveContextIds().contains(CONTEXT));
		assertEquals("A", bindings.getBestActiveBindingFormattedFor(ReviewHandler.ACCEPT));

		// Typing into the view's own search field is typing.
		Text search = (Text) filterBar().getChildren()[3];
		search.setFocus();
		waitUntil("the context off with the search field focused", () -> !contexts.getActiveContextIds().contains(CONTEXT));
		assertNull(bindings.getPerfectMatch(KeySequence.getInstance("A")));

		// And in an article editor, a letter is a letter.
		ITextEditor editor = (ITextEditor) IDE.openEditor(page(), kvm, ArticleEditor.ID, true);
		assertFalse(contexts.getActiveContextIds().contains(CONTEXT));
		StyledText text = ((ITextViewer) editor.getAdapter(ITextOperationTarget.class)).getTextWidget();
		text.setFocus();
		text.setCaretOffset(0);
		press(text, 'a');
		assertTrue(document(editor).get().startsWith("aHypervisors"));
		waitForClaimJobs();
		assertTrue(storedSafely(kvm, c -> c.claims().stream().allMatch(r -> r.status() == ReviewStatus.NEW)));
	}

	@Test
	public void reviewCommandsAndTheNoteDialogWriteTheStore() throws Exception {
		ClaimRow target = view.shownRows().get(3);
		view.viewer().setSelection(new StructuredSelection(target), true);
		IHandlerService handlers = view.getSite().getService(IHandlerService.class);
		handlers.executeCommand(ReviewHandler.ACCEPT, null);
		waitUntil("accepted through the command",
				() -> storedSafely(cloud, c -> statusOf(c, target.record().id()) == ReviewStatus.ACCEPTED));

		view.viewer().setSelection(new StructuredSelection(target), true);
		// The note dialog is modal: answer it from the event loop once it is open.
		Display.getCurrent().timerExec(200, () -> answerNoteDialog("Checked against the 2008 press release."));
		press(view.viewer().getTable(), 'n');
		waitUntil("the note in the store", () -> storedSafely(cloud,
				c -> "Checked against the 2008 press release.".equals(record(c, target.record().id()).note())));
		ClaimRecord saved = record(stored(cloud), target.record().id());
		assertEquals(ReviewStatus.ACCEPTED, saved.status());
		assertTrue(saved.updated().compareTo(saved.created()) >= 0);
	}

	/**
	 * Issue 12: the analyst corrects what a claim asserts from the context menu (Kind > Release)
	 * and with the P key; the store keeps it as the analyst's and the table marks it so.
	 */
	@Test
	public void kindFromTheContextMenuAndPolarityFromTheKeyAreTheAnalysts() throws Exception {
		ClaimRow target = view.shownRows().get(2);
		String id = target.record().id();
		IFile article = target.article();
		ClaimKind kind = target.record().kind() == ClaimKind.RELEASE ? ClaimKind.ACQUISITION : ClaimKind.RELEASE;
		Table table = view.viewer().getTable();
		view.viewer().setSelection(new StructuredSelection(target), true);
		table.setFocus();

		MenuItem kindMenu = menuItem(table.getMenu(), "Kind");
		MenuItem choice = menuItem(kindMenu.getMenu(), kind.name().charAt(0) + kind.id().substring(1));
		choice.notifyListeners(SWT.Selection, new Event()); // as a click on it
		// and the menus close, as they do after a click (a menu left "showing" holds back key bindings)
		kindMenu.getMenu().notifyListeners(SWT.Hide, new Event());
		table.getMenu().notifyListeners(SWT.Hide, new Event());
		waitUntil("the kind in the store", () -> storedSafely(article, c -> record(c, id).kind() == kind && record(c, id).analystReading()));
		waitUntil("the table showing the analyst's kind", () -> rowText(table, id, "Kind").equals(kind.id() + " (set by you)"));

		Polarity before = record(stored(article), id).polarity();
		Polarity after = before == Polarity.NEGATED ? Polarity.AFFIRMED : Polarity.NEGATED;
		view.viewer().setSelection(new StructuredSelection(view.shownRows().stream().filter(r -> r.record().id().equals(id)).findFirst().orElseThrow()), true);
		press(table, 'p');
		waitUntil("the polarity toggled in the store", () -> storedSafely(article, c -> record(c, id).polarity() == after));
		assertEquals(kind, record(stored(article), id).kind());
		assertEquals(ReviewStatus.NEW, record(stored(article), id).status()); // a reading is not a decision
	}

	/** The item of a (context) menu whose label, without mnemonic and key, is {@code label}; filled as on opening. */
	private static MenuItem menuItem(Menu menu, String label) {
		menu.notifyListeners(SWT.Show, new Event());
		for (MenuItem item : menu.getItems()) {
			if (item.getText().replace("&", "").split("\t")[0].equals(label)) {
				return item;
			}
		}
		throw new AssertionError("no '" + label + "' in " + java.util.Arrays.stream(menu.getItems()).map(MenuItem::getText).toList());
	}

	/** The text of the column with this header in the row of the claim with this id ("" when not shown). */
	private String rowText(Table table, String id, String header) {
		int column = java.util.Arrays.asList(table.getColumns()).stream().map(TableColumn::getText).toList().indexOf(header);
		List<ClaimRow> rows = view.shownRows();
		for (int i = 0; i < rows.size() && i < table.getItemCount(); i++) {
			if (((ClaimRow) table.getItem(i).getData()).record().id().equals(id)) {
				return table.getItem(i).getText(column);
			}
		}
		return "";
	}

	@Test
	public void filtersNarrowTheTableAndTheCountsSaySo() throws Exception {
		Composite bar = filterBar();
		Combo status = (Combo) bar.getChildren()[0];
		Combo kind = (Combo) bar.getChildren()[1];
		Combo subject = (Combo) bar.getChildren()[2];
		Text search = (Text) bar.getChildren()[3];

		search.setText("xenserver");
		assertEquals(1, view.shownRows().size());
		assertTrue(view.getContentDescription(), view.getContentDescription().endsWith("; 1 shown"));
		search.setText("");
		choose(kind, "acquisition");
		assertEquals(1, view.shownRows().size());
		choose(kind, "All kinds");
		choose(subject, "VMware");
		assertEquals(1, view.shownRows().size());
		choose(subject, "All vendors and products");
		choose(status, "accepted");
		assertEquals(0, view.shownRows().size());
		choose(status, "new");
		assertEquals(5, view.shownRows().size());
		choose(status, "All statuses");
		assertEquals(5, view.shownRows().size());
		assertFalse(view.getContentDescription(), view.getContentDescription().contains("shown"));
	}

	private Composite filterBar() {
		// The view: the filter bar, then the table in the composite that lays out its columns.
		return (Composite) view.viewer().getControl().getParent().getParent().getChildren()[0];
	}

	/** The key bound to the command in the review context of the active scheme. */
	private static String keyOf(IBindingService bindings, String commandId) {
		for (Binding b : bindings.getBindings()) {
			if (b.getParameterizedCommand() != null && commandId.equals(b.getParameterizedCommand().getId())
					&& CONTEXT.equals(b.getContextId()) && b.getSchemeId().equals(bindings.getActiveScheme().getId())) {
				return b.getTriggerSequence().format();
			}
		}
		return null;
	}

	private static void choose(Combo combo, String item) {
		int index = combo.indexOf(item);
		assertTrue(item + " in " + java.util.Arrays.toString(combo.getItems()), index >= 0);
		combo.select(index);
		combo.notifyListeners(SWT.Selection, new Event());
	}

	@Test
	public void sortingByAColumnAndBack() {
		Table table = view.viewer().getTable();
		table.getColumn(3).notifyListeners(SWT.Selection, new Event()); // kind, ascending
		List<String> kinds = view.shownRows().stream().map(r -> r.record().kind().id()).toList();
		assertEquals(kinds.stream().sorted().toList(), kinds);
		assertEquals(SWT.UP, table.getSortDirection());
		table.getColumn(3).notifyListeners(SWT.Selection, new Event()); // descending
		assertEquals(SWT.DOWN, table.getSortDirection());
		List<String> reversed = view.shownRows().stream().map(r -> r.record().kind().id()).toList();
		assertEquals(kinds.stream().sorted(java.util.Comparator.reverseOrder()).toList(), reversed);
	}

	@Test
	public void enterOpensTheArticleAtTheClaimAndLinkingFollowsTheCaret() throws Exception {
		ClaimRow citrix = view.shownRows().get(1);
		view.viewer().setSelection(new StructuredSelection(citrix), true);
		pressKey(view.viewer().getTable(), SWT.CR, '\r');
		waitUntil("the article editor", () -> page().getActiveEditor() instanceof ArticleEditor);
		ITextEditor editor = (ITextEditor) page().getActiveEditor();
		ITextSelection selection = (ITextSelection) editor.getSelectionProvider().getSelection();
		assertEquals(citrix.record().span().start(), selection.getOffset());
		assertEquals(citrix.record().span().length(), selection.getLength());

		view.setLinkingWithEditor(true);
		ClaimRow redHat = view.shownRows().get(0);
		editor.selectAndReveal(redHat.record().span().start() + 5, 0);
		waitUntil("the view to select the claim under the caret", () -> !view.selectedRows().isEmpty()
				&& view.selectedRows().get(0).record().id().equals(redHat.record().id()));
		view.setLinkingWithEditor(false);
	}

	private static void press(Control control, char key) {
		pressKey(control, key, key);
	}

	/**
	 * A key press as the workbench sees one: the event passes the display's key filters, where the
	 * key binding dispatcher runs the bound command, before the widget's own listeners.
	 */
	private static void pressKey(Control control, int keyCode, char character) {
		Event e = new Event();
		e.keyCode = keyCode;
		e.character = character;
		e.doit = true;
		control.notifyListeners(SWT.KeyDown, e);
		while (Display.getCurrent().readAndDispatch()) {
			// let the selection settle
		}
	}

	private static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	private static void answerNoteDialog(String note) {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell.getData() instanceof InputDialog && shell.isVisible()) {
				textIn(shell).setText(note);
				shell.getDefaultButton().notifyListeners(SWT.Selection, new Event());
				return;
			}
		}
		Display.getCurrent().timerExec(200, () -> answerNoteDialog(note));
	}

	private static Text textIn(Composite parent) {
		for (Control c : parent.getChildren()) {
			if (c instanceof Text text) {
				return text;
			}
			if (c instanceof Composite composite && textIn(composite) != null) {
				return textIn(composite);
			}
		}
		return null;
	}

	static ReviewStatus statusOf(ArticleClaims claims, String id) {
		return record(claims, id).status();
	}

	static ClaimRecord record(ArticleClaims claims, String id) {
		ClaimRecord r = claims.find(id).orElse(null);
		assertNotNull("claim " + id + " in " + claims, r);
		return r;
	}
}
