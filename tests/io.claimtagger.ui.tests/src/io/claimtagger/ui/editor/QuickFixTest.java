package io.claimtagger.ui.editor;

import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.contentassist.ICompletionProposal;
import org.eclipse.jface.text.source.TextInvocationContext;
import org.eclipse.ui.texteditor.ITextEditor;
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
}
