package io.claimtagger.ui.editor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.After;
import org.junit.Test;

import io.claimtagger.ui.commands.ToggleTaggingHandler;

/** The article editor in a real workbench: highlights appear, follow typing, undo, hovers, toggle. */
public class ArticleEditorTest {

	static final String ARTICLE = String.join("\n",
			"Hypervisors in the enterprise",
			"",
			"Red Hat ships KVM in RHEL 6, and there is no Xen host support in it.",
			"",
			"Citrix bought XenSource in 2007. The company later renamed the product XenServer.",
			"");

	@After
	public void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	public void highlightsFollowTypingAndUndo() throws Exception {
		IFile file = Workbench.file("enterprise.article", ARTICLE);
		ITextEditor editor = Workbench.open(file, ArticleEditor.ID);
		assertTrue(editor instanceof ArticleEditor);
		IDocument doc = Workbench.document(editor);
		int redHat = ARTICLE.indexOf("Red Hat");
		Workbench.waitUntil("vendor Red Hat", () -> Workbench.tagged(editor).contains("io.claimtagger.ui.vendor:Red Hat@" + redHat));
		assertTrue(Workbench.tagged(editor).toString(), Workbench.tagged(editor).contains("io.claimtagger.ui.product:KVM@" + ARTICLE.indexOf("KVM")));
		assertTrue(Workbench.tagged(editor).toString(),
				Workbench.tagged(editor).contains("io.claimtagger.ui.claim:@" + ARTICLE.indexOf("Citrix bought")));
		Annotation redHatBefore = Workbench.annotationAt(editor, EntityAnnotation.VENDOR, redHat);

		// Type a sentence into the last paragraph, one key at a time as a user would.
		String typed = " Oracle VM runs Xen guests.";
		int at = ARTICLE.indexOf("XenServer.") + "XenServer.".length();
		for (int i = 0; i < typed.length(); i++) {
			doc.replace(at + i, 0, String.valueOf(typed.charAt(i)));
			Display.getCurrent().readAndDispatch();
		}
		int oracle = at + 1;
		Workbench.waitUntil("product Oracle VM", () -> Workbench.tagged(editor).contains("io.claimtagger.ui.product:Oracle VM@" + oracle));
		// The first paragraph was not re-tagged: same annotation object, same place.
		assertSame(redHatBefore, Workbench.annotationAt(editor, EntityAnnotation.VENDOR, redHat));

		// Undo the typing (one undo per typed word group is fine: undo until the text is back).
		ITextOperationTarget target = editor.getAdapter(ITextOperationTarget.class);
		for (int i = 0; i < typed.length() && !doc.get().equals(ARTICLE); i++) {
			target.doOperation(ITextOperationTarget.UNDO);
		}
		assertEquals(ARTICLE, doc.get());
		Workbench.waitUntil("Oracle VM highlight gone", () -> Workbench.tagged(editor).stream().noneMatch(s -> s.contains("Oracle VM")));
		target.doOperation(ITextOperationTarget.REDO);
		assertFalse(doc.get().equals(ARTICLE));
	}

	@Test
	public void hoverShowsTypeCanonicalNameConfidenceAndSource() throws Exception {
		IFile file = Workbench.file("hover.article", ARTICLE);
		ITextEditor editor = Workbench.open(file, ArticleEditor.ID);
		int rhel = ARTICLE.indexOf("RHEL 6");
		Workbench.waitUntil("product RHEL 6", () -> Workbench.tagged(editor).contains("io.claimtagger.ui.product:RHEL 6@" + rhel));
		String hover = new TaggingTextHover().getHoverInfo(Workbench.viewer(editor), new Region(rhel + 1, 0));
		assertNotNull(hover);
		assertTrue(hover, hover.contains("Product: RHEL 6"));
		assertTrue(hover, hover.contains("Canonical name: Red Hat Enterprise Linux"));
		assertTrue(hover, hover.contains("Confidence: "));
		assertTrue(hover, hover.contains("Found by: "));
		assertTrue(hover, hover.contains("Claim (support, negated)") || hover.contains("Claim ("));
		assertNull(new TaggingTextHover().getHoverInfo(Workbench.viewer(editor), new Region(2, 0)));
	}

	@Test
	public void toggleTurnsHighlightingOffAndOnForTheActiveEditor() throws Exception {
		IFile file = Workbench.file("toggle.article", ARTICLE);
		ITextEditor editor = Workbench.open(file, ArticleEditor.ID);
		Workbench.waitUntil("highlights", () -> !Workbench.tagged(editor).isEmpty());
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		handlers.executeCommand(ToggleTaggingHandler.COMMAND_ID, null);
		Workbench.waitUntil("highlights removed", () -> Workbench.tagged(editor).isEmpty());
		handlers.executeCommand(ToggleTaggingHandler.COMMAND_ID, null);
		Workbench.waitUntil("highlights back", () -> !Workbench.tagged(editor).isEmpty());
	}

	@Test
	public void genericTextEditorIsHighlightedThroughItsReconcilerExtension() throws Exception {
		IFile file = Workbench.file("notes.txt", ARTICLE);
		ITextEditor editor = Workbench.open(file, "org.eclipse.ui.genericeditor.GenericEditor");
		int citrix = ARTICLE.indexOf("Citrix");
		Workbench.waitUntil("vendor Citrix in the generic editor",
				() -> Workbench.tagged(editor).contains("io.claimtagger.ui.vendor:Citrix@" + citrix));
	}


}
