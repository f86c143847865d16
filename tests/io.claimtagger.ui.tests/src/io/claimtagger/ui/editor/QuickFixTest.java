package io.claimtagger.ui.editor;

import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.eclipse.ui.texteditor.ITextEditorActionDefinitionIds;
import org.junit.After;
import org.junit.Test;

import io.claimtagger.resources.corrections.UserCorrectionsStore;
import io.claimtagger.ui.corrections.TaggingQuickAssistProcessor;

/** Ctrl+1 corrections: they persist in the workspace and apply at once in every open editor. */
public class QuickFixTest {

	@After
	public void cleanUp() {
		UserCorrectionsStore.get().unignore("Citrix");
		UserCorrectionsStore.get().removeEntry("Hypervisors");
		Workbench.page().closeAllEditors(false);
	}

	static ICompletionProposal proposal(ITextEditor editor, int offset, int length, String label) {
		TextInvocationContext context = new TextInvocationContext(Workbench.viewer(editor), offset, length);
		List<ICompletionProposal> all = Arrays.asList(new TaggingQuickAssistProcessor().computeQuickAssistProposals(context));
		return all.stream().filter(p -> p.getDisplayString().equals(label)).findFirst()
				.orElseThrow(() -> new AssertionError("no '" + label + "' among " + all.stream().map(ICompletionProposal::getDisplayString).toList()));
	}

	@Test
	public void alwaysIgnoreAppliesInEveryOpenEditorAndTagSelectionAddsAName() throws Exception {
		String text = ArticleEditorTest.ARTICLE;
		IFile first = Workbench.file("first.article", text);
		IFile second = Workbench.file("second.txt", text);
		ITextEditor other = Workbench.open(second, "org.eclipse.ui.genericeditor.GenericEditor");
		ITextEditor editor = Workbench.open(first, ArticleEditor.ID);
		int citrix = text.indexOf("Citrix");
		String citrixTag = "io.claimtagger.ui.vendor:Citrix@" + citrix;
		Workbench.waitUntil("Citrix in both editors",
				() -> Workbench.tagged(editor).contains(citrixTag) && Workbench.tagged(other).contains(citrixTag));

		proposal(editor, citrix + 2, 0, "Never a name: ignore 'Citrix' (all articles)").apply(Workbench.document(editor));
		Workbench.waitUntil("Citrix ignored in both editors",
				() -> !Workbench.tagged(editor).contains(citrixTag) && !Workbench.tagged(other).contains(citrixTag));
		assertTrue(UserCorrectionsStore.get().toJson().contains("citrix"));

		proposal(editor, 0, "Hypervisors".length(), "Tag 'Hypervisors' as product (all articles)").apply(Workbench.document(editor));
		Workbench.waitUntil("Hypervisors tagged", () -> Workbench.tagged(editor).contains("io.claimtagger.ui.product:Hypervisors@0"));
	}

	/**
	 * What the user does: select a word, press Ctrl+1 (the Quick Fix command), pick a proposal in
	 * the popup. The editor's quick assist asks with the caret and no length, so this goes through
	 * the path the processor-level test above cannot see; in both editors an article opens in.
	 */
	@Test
	public void quickFixOnASelectionOffersToTagItInThePopup() throws Exception {
		String text = ArticleEditorTest.ARTICLE;
		for (String[] file : new String[][] { { "selection.article", ArticleEditor.ID },
				{ "selection.txt", "org.eclipse.ui.genericeditor.GenericEditor" } }) {
			ITextEditor editor = Workbench.open(Workbench.file(file[0], text), file[1]);
			Workbench.waitUntil("the article tagged", () -> !Workbench.tagged(editor).isEmpty());
			Workbench.viewer(editor).setSelectedRange(0, "Hypervisors".length());

			PlatformUI.getWorkbench().getService(IHandlerService.class)
					.executeCommand(ITextEditorActionDefinitionIds.QUICK_ASSIST, null);
			String label = "Tag 'Hypervisors' as product (all articles)";
			Table[] popup = new Table[1];
			Workbench.waitUntil("the quick fix popup with '" + label + "' in " + file[1], () -> {
				popup[0] = proposalTable(label);
				return popup[0] != null;
			});
			Table table = popup[0];
			TableItem item = Arrays.stream(table.getItems()).filter(i -> i.getText().equals(label)).findFirst().orElseThrow();
			table.setSelection(item);
			table.notifyListeners(SWT.DefaultSelection, new Event()); // as a double-click or Enter on it

			Workbench.waitUntil("Hypervisors tagged in " + file[1],
					() -> Workbench.tagged(editor).contains("io.claimtagger.ui.product:Hypervisors@0"));
			UserCorrectionsStore.get().removeEntry("Hypervisors");
			Workbench.waitUntil("Hypervisors untagged", () -> !Workbench.tagged(editor).contains("io.claimtagger.ui.product:Hypervisors@0"));
		}
	}

	/** The content assist popup (a shell of its own) listing a proposal with this label, or null. */
	private static Table proposalTable(String label) {
		for (Shell shell : Display.getCurrent().getShells()) {
			if (shell.isVisible()) {
				Table table = findTable(shell);
				if (table != null && Arrays.stream(table.getItems()).anyMatch(i -> label.equals(i.getText()))) {
					return table;
				}
			}
		}
		return null;
	}

	private static Table findTable(Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Table table) {
				return table;
			}
			if (child instanceof Composite composite) {
				Table inner = findTable(composite);
				if (inner != null) {
					return inner;
				}
			}
		}
		return null;
	}
}
