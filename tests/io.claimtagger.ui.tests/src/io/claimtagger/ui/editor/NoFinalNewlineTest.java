package io.claimtagger.ui.editor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.source.IVerticalRulerInfo;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;

import io.claimtagger.resources.jobs.JobFamilies;

/**
 * An article typed in Eclipse usually has no final newline. Typing at its end, with a claim
 * ending where the text ends, must paint the rulers without an error in the log.
 */
public class NoFinalNewlineTest {

	@Rule
	public final LoggedErrors problems = new LoggedErrors();

	@After
	public void cleanUp() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	public void typingAtTheEndPaintsTheRulerWithoutErrors() throws Exception {
		String start = "Citrix bought XenSource in 2007.";
		ITextEditor editor = Workbench.open(Workbench.file("no-newline.article", start), ArticleEditor.ID);
		StyledText widget = Workbench.viewer(editor).getTextWidget();
		Control ruler = ((IVerticalRulerInfo) editor.getAdapter(IVerticalRulerInfo.class)).getControl();
		Workbench.waitUntil("the first claim", () -> Workbench.tagged(editor).stream().anyMatch(t -> t.startsWith(ClaimAnnotation.TYPE)));
		// The claim ends where the document ends: the ruler paints its icon there.
		assertTrue(Workbench.tagged(editor).toString(), claimEndsAt(editor, start.length()));
		// The annotation ruler paints a plain viewer's annotations through a path that asks for the
		// bounds of one character past the text when an annotation ends at its end (word wrap on):
		// IllegalArgumentException on every repaint, no icons. A viewer with model-to-widget mapping
		// takes the path that stays in bounds. Seen with real keystrokes in ./run-eclipse; the test
		// harness's repaint does not reach that path, so the viewer is checked too.
		assertTrue(Workbench.viewer(editor).getClass().getName(),
				Workbench.viewer(editor) instanceof org.eclipse.jface.text.ITextViewerExtension5);
		paint(ruler);

		String typed = " Red Hat ships KVM in RHEL 6. VMware sells vSphere";
		for (char c : typed.toCharArray()) {
			widget.setCaretOffset(widget.getCharCount());
			widget.insert(String.valueOf(c));
			widget.setCaretOffset(widget.getCharCount());
			paint(ruler);
			Workbench.waitUntil("the key handled", () -> true);
		}
		Workbench.waitUntil("RHEL 6 tagged", () -> Workbench.tagged(editor).stream().anyMatch(t -> t.contains(":RHEL 6@")));
		Workbench.waitUntil("tagging done", () -> Job.getJobManager().find(JobFamilies.TAGGING).length == 0);
		paint(ruler);
		// Deleting back into the last name and claim, then painting again.
		for (int i = 0; i < "VMware sells vSphere".length(); i++) {
			widget.setSelection(widget.getCharCount() - 1, widget.getCharCount());
			widget.insert("");
			paint(ruler);
		}
		Workbench.waitUntil("tagging done", () -> Job.getJobManager().find(JobFamilies.TAGGING).length == 0);
		paint(ruler);

		paint(ruler);
		assertFalse(Workbench.document(editor).get().endsWith("\n"));
		assertTrue(Workbench.document(editor).get().endsWith("RHEL 6. "));

		assertEquals("errors logged while typing: " + problems.list(), List.of(), problems.list());
	}

	/** Paints the ruler and its columns now (an exception in their paint listeners reaches the test). */
	private static void paint(Control ruler) {
		Rectangle all = ruler.getBounds();
		ruler.redraw(0, 0, all.width, all.height, true);
		ruler.update();
		if (ruler instanceof Composite c) {
			for (Control child : c.getChildren()) {
				paint(child);
			}
		}
	}

	private static boolean claimEndsAt(ITextEditor editor, int end) {
		org.eclipse.jface.text.source.IAnnotationModel model = Workbench.annotations(editor);
		java.util.Iterator<org.eclipse.jface.text.source.Annotation> it = model.getAnnotationIterator();
		while (it.hasNext()) {
			org.eclipse.jface.text.source.Annotation a = it.next();
			org.eclipse.jface.text.Position p = model.getPosition(a);
			if (a instanceof ClaimAnnotation && p != null && p.getOffset() + p.getLength() == end) {
				return true;
			}
		}
		return false;
	}
}
