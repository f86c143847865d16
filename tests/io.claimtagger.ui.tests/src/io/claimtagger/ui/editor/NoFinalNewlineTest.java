package io.claimtagger.ui.editor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.text.source.IVerticalRulerInfo;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import io.claimtagger.resources.jobs.JobFamilies;

/**
 * An article typed in Eclipse usually has no final newline. Typing at its end, with claims and
 * names on the last line, must paint the rulers without an error in the log.
 */
public class NoFinalNewlineTest {

	private final List<IStatus> problems = new CopyOnWriteArrayList<>();
	private final ILogListener listener = (status, plugin) -> {
		if (status.matches(IStatus.ERROR)) {
			problems.add(status);
		}
	};

	@Before
	public void listen() {
		Platform.addLogListener(listener);
	}

	@After
	public void cleanUp() {
		Platform.removeLogListener(listener);
		Workbench.page().closeAllEditors(false);
	}

	@Test
	public void typingAtTheEndPaintsTheRulerWithoutErrors() throws Exception {
		String start = "Citrix bought XenSource in 2007.";
		ITextEditor editor = Workbench.open(Workbench.file("no-newline.article", start), ArticleEditor.ID);
		StyledText widget = Workbench.viewer(editor).getTextWidget();
		Control ruler = ((IVerticalRulerInfo) editor.getAdapter(IVerticalRulerInfo.class)).getControl();
		Workbench.waitUntil("the first claim", () -> Workbench.tagged(editor).stream().anyMatch(t -> t.startsWith(ClaimAnnotation.TYPE)));

		String typed = " Red Hat ships KVM in RHEL 6. VMware sells vSphere";
		for (char c : typed.toCharArray()) {
			widget.setCaretOffset(widget.getCharCount());
			widget.insert(String.valueOf(c));
			widget.setCaretOffset(widget.getCharCount());
			ruler.redraw();
			ruler.update();
			Workbench.waitUntil("the key handled", () -> true);
		}
		Workbench.waitUntil("RHEL 6 tagged", () -> Workbench.tagged(editor).stream().anyMatch(t -> t.contains(":RHEL 6@")));
		Workbench.waitUntil("tagging done", () -> Job.getJobManager().find(JobFamilies.TAGGING).length == 0);
		ruler.redraw();
		ruler.update();
		// Deleting back into the last name and claim, then painting again.
		for (int i = 0; i < "VMware sells vSphere".length(); i++) {
			widget.setSelection(widget.getCharCount() - 1, widget.getCharCount());
			widget.insert("");
			ruler.redraw();
			ruler.update();
		}
		Workbench.waitUntil("tagging done", () -> Job.getJobManager().find(JobFamilies.TAGGING).length == 0);
		ruler.redraw();
		ruler.update();

		assertFalse(Workbench.document(editor).get().endsWith("\n"));
		assertTrue(Workbench.document(editor).get().endsWith("RHEL 6. "));
		assertEquals("errors logged while typing: " + problems, List.of(), problems);
	}
}
