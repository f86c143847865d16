package io.claimtagger.ui.editor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertSame;
import static org.junit.Assert.assertTrue;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Random;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IInformationControl;
import org.eclipse.jface.text.IInformationControlCreator;
import org.eclipse.jface.text.IInformationControlExtension2;
import org.eclipse.jface.text.IInformationControlExtension;
import org.eclipse.jface.text.IRegion;
import org.eclipse.jface.text.ITextHover;
import org.eclipse.jface.text.ITextHoverExtension2;
import org.eclipse.jface.text.ITextHoverExtension;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.JFaceTextUtil;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.TextViewer;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.After;
import org.junit.Test;

import io.claimtagger.core.claim.Claim;
import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.pipeline.TaggedDocument;
import io.claimtagger.core.pipeline.TaggingPipeline;
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
		// The confidences are the engine's own (they move when the models are retrained).
		TaggedDocument tagged = new TaggingPipeline(NlpModels.bundled()).tag(ARTICLE);
		Entity product = tagged.entities().stream().filter(e -> e.start() == rhel).findFirst().orElseThrow();
		Claim claim = tagged.claims().stream().filter(c -> c.span().start() <= rhel && rhel < c.span().end()).findFirst()
				.orElseThrow();
		// What the user reads over "RHEL 6": the product, then the claim its sentence makes.
		assertEquals(String.join("\n",
				"Product: RHEL 6",
				"Canonical name: Red Hat Enterprise Linux",
				"Confidence: " + percent(product.confidence()),
				"Found by: the model and the catalog",
				"",
				"Claim (release, negated)",
				"About: Red Hat, KVM, RHEL 6, Xen",
				"Confidence: " + percent(claim.confidence()),
				"Review status: new (not reviewed)"), hover);
		assertNull(new TaggingTextHover().getHoverInfo(Workbench.viewer(editor), new Region(2, 0)));
	}

	/** A name only the sentence's wording gives away (a lower-case tool opening a sentence) says so. */
	@Test
	public void hoverSaysWhenTheWordsAroundANameFoundIt() throws Exception {
		String text = "Notes\n\npgvexor turns the database into a vector store.\n";
		IFile file = Workbench.file("hover-context.article", text);
		ITextEditor editor = Workbench.open(file, ArticleEditor.ID);
		int at = text.indexOf("pgvexor");
		Workbench.waitUntil("product pgvexor", () -> Workbench.tagged(editor).contains("io.claimtagger.ui.product:pgvexor@" + at));
		String hover = new TaggingTextHover().getHoverInfo(Workbench.viewer(editor), new Region(at + 1, 0));
		assertTrue(hover, hover.startsWith("Product: pgvexor\n"));
		assertTrue(hover, hover.contains("\nFound by: the words around it"));
	}

	private static String percent(double confidence) {
		return String.format("%.0f%%", confidence * 100);
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
		IDocument doc = Workbench.document(editor);
		Workbench.page().closeEditor(editor, false);
		assertNull("the session ends with the editor", TaggingSessions.of(doc));
	}

	/** Three paragraphs; the middle one is long enough that claims re-checked after an edit above stop inside it. */
	static final String THREE_PARAGRAPHS = String.join("\n",
			"Hypervisors in the enterprise",
			"",
			"Red Hat ships KVM in RHEL 6.",
			"",
			"Citrix bought XenSource in 2007. The company later renamed the product XenServer.",
			"Novell bundles Xen with SLES 10, and Microsoft supports the result.",
			"VMware says vSphere 4.1 runs more virtual machines per host than Hyper-V.",
			"",
			"Microsoft ships Hyper-V with Windows Server 2008.",
			"");

	@Test
	public void editsInTwoParagraphsRetagOnlyThoseParagraphs() throws Exception {
		IFile file = Workbench.file("two-edits.article", THREE_PARAGRAPHS);
		ITextEditor editor = Workbench.open(file, ArticleEditor.ID);
		IDocument doc = Workbench.document(editor);
		int vmware = THREE_PARAGRAPHS.indexOf("VMware");
		Workbench.waitUntil("vendor VMware", () -> Workbench.tagged(editor).contains("io.claimtagger.ui.vendor:VMware@" + vmware));
		Annotation vmwareBefore = Workbench.annotationAt(editor, EntityAnnotation.VENDOR, vmware);

		// Two edits before the reconciler wakes: one above the middle paragraph, one below it.
		String above = " Oracle VM runs Xen guests.";
		String below = " Novell ships SLES 11.";
		doc.replace(THREE_PARAGRAPHS.indexOf("RHEL 6.") + "RHEL 6.".length(), 0, above);
		doc.replace(doc.get().indexOf("Server 2008.") + "Server 2008.".length(), 0, below);
		String text = doc.get();
		Workbench.waitUntil("both edits tagged",
				() -> Workbench.tagged(editor).contains("io.claimtagger.ui.product:Oracle VM@" + text.indexOf("Oracle VM"))
						&& Workbench.tagged(editor).contains("io.claimtagger.ui.vendor:Novell@" + text.lastIndexOf("Novell")));
		// The edits came from the document's events, not from comparing the texts: the paragraph
		// between them was not re-tagged, its highlight is the same object, moved along.
		assertSame(vmwareBefore, Workbench.annotationAt(editor, EntityAnnotation.VENDOR, vmware + above.length()));
	}

	@Test
	public void replacingTheWholeDocumentKeepsEveryHighlight() throws Exception {
		IFile file = Workbench.file("replaced.article", THREE_PARAGRAPHS);
		ITextEditor editor = Workbench.open(file, ArticleEditor.ID);
		IDocument doc = Workbench.document(editor);
		int redHat = THREE_PARAGRAPHS.indexOf("Red Hat");
		int vmware = THREE_PARAGRAPHS.indexOf("VMware");
		int citrixClaim = THREE_PARAGRAPHS.indexOf("Citrix bought");
		Workbench.waitUntil("vendors Red Hat and VMware, the Citrix claim",
				() -> Workbench.tagged(editor).containsAll(List.of("io.claimtagger.ui.vendor:Red Hat@" + redHat,
						"io.claimtagger.ui.vendor:VMware@" + vmware, "io.claimtagger.ui.claim:@" + citrixClaim)));

		// A revert or a reload from disk: one event replacing everything, which deletes the
		// position of every highlight. Only the last paragraph's text changed, and comparing the
		// texts re-tags just that, but every highlight must be painted again.
		String replaced = THREE_PARAGRAPHS.replace("Microsoft ships Hyper-V", "Oracle ships Oracle VM");
		doc.set(replaced);
		Workbench.waitUntil("product Oracle VM",
				() -> Workbench.tagged(editor).contains("io.claimtagger.ui.product:Oracle VM@" + replaced.indexOf("Oracle VM")));
		List<String> tagged = Workbench.tagged(editor);
		assertTrue(tagged.toString(), tagged.contains("io.claimtagger.ui.vendor:Red Hat@" + redHat));
		assertTrue(tagged.toString(), tagged.contains("io.claimtagger.ui.vendor:VMware@" + vmware));
		assertTrue(tagged.toString(), tagged.contains("io.claimtagger.ui.claim:@" + citrixClaim));
	}

	@Test
	public void moreEditsThanTheLogHoldsEndAsAFreshEditorShowsTheText() throws Exception {
		IFile file = Workbench.file("many-edits.article", THREE_PARAGRAPHS);
		ITextEditor editor = Workbench.open(file, ArticleEditor.ID);
		IDocument doc = Workbench.document(editor);
		Workbench.waitUntil("highlights", () -> !Workbench.tagged(editor).isEmpty());

		// More single-key edits than the edit log keeps between two runs (typing, deleting, new
		// lines and paragraphs anywhere) before the reconciler wakes: the run falls back to
		// comparing texts, and must end where tagging the final text from scratch ends.
		Random random = new Random(3);
		String[] keys = { "a", "e", " ", ".", "\n", "\n\n", "X", "Xen ", "KVM " };
		for (int i = 0; i < EditLog.CAPACITY + 200; i++) {
			int offset = random.nextInt(doc.getLength() + 1);
			int removed = random.nextInt(5) == 0 ? Math.min(3, doc.getLength() - offset) : 0;
			doc.replace(offset, removed, keys[random.nextInt(keys.length)]);
		}
		ITextEditor fresh = Workbench.open(Workbench.file("many-edits-fresh.article", doc.get()), ArticleEditor.ID);
		Workbench.waitUntil("the edited editor showing what a fresh one shows",
				() -> !Workbench.tagged(fresh).isEmpty() && Workbench.tagged(editor).equals(Workbench.tagged(fresh)));
	}

	/**
	 * The hover the Generic Editor itself shows over a vendor: asked through the viewer's own
	 * text hover (the platform's composite of every provider), as its hover manager asks it.
	 */
	@Test
	public void genericTextEditorShowsTheHoverOverAName() throws Exception {
		ITextEditor editor = Workbench.open(Workbench.file("hover-notes.txt", ARTICLE), "org.eclipse.ui.genericeditor.GenericEditor");
		int citrix = ARTICLE.indexOf("Citrix");
		Workbench.waitUntil("vendor Citrix in the generic editor",
				() -> Workbench.tagged(editor).contains("io.claimtagger.ui.vendor:Citrix@" + citrix));
		ISourceViewer viewer = Workbench.viewer(editor);
		Method getTextHover = TextViewer.class.getDeclaredMethod("getTextHover",
				int.class, int.class);
		getTextHover.setAccessible(true);
		// The state mask of a mouse resting with no key held, as the hover manager passes it.
		ITextHover hover = (ITextHover) getTextHover.invoke(viewer, citrix + 2,
				SWT.NONE);
		assertNotNull("the generic editor has a text hover", hover);
		IRegion region = hover.getHoverRegion(viewer, citrix + 2);
		assertNotNull("a hover region over Citrix", region);
		Object info = hover instanceof ITextHoverExtension2 h2 ? h2.getHoverInfo2(viewer, region)
				: hover.getHoverInfo(viewer, region);
		assertNotNull("hover information over Citrix", info);
		assertTrue(String.valueOf(info), String.valueOf(info).contains("Vendor: Citrix"));
		// The control the hover manager would open for it has something to show.
		IInformationControlCreator creator = hover instanceof ITextHoverExtension h1
				? h1.getHoverControlCreator() : null;
		if (creator != null) {
			IInformationControl control = creator.createInformationControl(viewer.getTextWidget().getShell());
			try {
				if (control instanceof IInformationControlExtension2 c2) {
					c2.setInput(info);
				} else {
					control.setInformation(String.valueOf(info));
				}
				assertTrue("the hover control has contents",
						((IInformationControlExtension) control).hasContents());
			} finally {
				control.dispose();
			}
		}
		Rectangle area = JFaceTextUtil.computeArea(region, viewer);
		assertTrue("an area the mouse can rest in: " + area, area != null && !area.isEmpty());
	}

	@Test
	public void genericTextEditorIsHighlightedThroughItsReconcilerExtension() throws Exception {
		IFile file = Workbench.file("notes.txt", ARTICLE);
		ITextEditor editor = Workbench.open(file, "org.eclipse.ui.genericeditor.GenericEditor");
		int citrix = ARTICLE.indexOf("Citrix");
		Workbench.waitUntil("vendor Citrix in the generic editor",
				() -> Workbench.tagged(editor).contains("io.claimtagger.ui.vendor:Citrix@" + citrix));
		IDocument doc = Workbench.document(editor);
		assertNotNull(TaggingSessions.of(doc));
		// Closing the editor ends the session: no listener or tagging state is left on the document.
		Workbench.page().closeEditor(editor, false);
		assertNull(TaggingSessions.of(doc));
	}

}
