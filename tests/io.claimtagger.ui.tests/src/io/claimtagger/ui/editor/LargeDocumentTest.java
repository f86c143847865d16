package io.claimtagger.ui.editor;

import static org.junit.Assert.assertTrue;

import org.eclipse.core.resources.IFile;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.After;
import org.junit.Test;

/**
 * Huge documents stay responsive: tagging runs off the UI thread, so the event loop keeps
 * turning while a 50,000-word article and a 20,000-character single line are tagged. The bound
 * is loose on purpose (CI machines are slow and shared); the measured figure is printed.
 */
public class LargeDocumentTest {

	private static final String[] SENTENCES = {
			"Red Hat ships KVM in RHEL 6 and drops Xen from the host.",
			"Citrix bought XenSource in 2007 and later renamed the product XenServer.",
			"VMware says vSphere 4.1 runs more virtual machines per host than Hyper-V.",
			"Does anyone still run Oracle VM in production?",
			"Novell bundles Xen with SLES 10, and Microsoft supports the result.",
			"The weather was fine and nobody mentioned software at all." };

	@After
	public void closeEditors() {
		Workbench.page().closeAllEditors(false);
	}

	static String article(int words, boolean paragraphs) {
		StringBuilder b = new StringBuilder();
		int count = 0;
		int i = 0;
		while (count < words) {
			String s = SENTENCES[i % SENTENCES.length];
			b.append(s).append(paragraphs && i % 5 == 4 ? "\n\n" : " ");
			count += s.split(" ").length;
			i++;
		}
		return b.append('\n').toString();
	}

	private static long maxEventLoopGapWhile(String what, java.util.function.BooleanSupplier done) {
		Display display = Display.getCurrent();
		long[] last = { System.nanoTime() };
		long[] maxGap = { 0 };
		boolean[] stopped = { false };
		Runnable[] ping = new Runnable[1];
		ping[0] = () -> {
			long now = System.nanoTime();
			maxGap[0] = Math.max(maxGap[0], now - last[0]);
			last[0] = now;
			if (!stopped[0]) {
				display.timerExec(10, ping[0]);
			}
		};
		display.timerExec(10, ping[0]);
		try {
			Workbench.waitUntil(what, done);
		} finally {
			stopped[0] = true;
		}
		return maxGap[0] / 1_000_000;
	}

	@Test
	public void fiftyThousandWordArticleDoesNotBlockTheUiThread() throws Exception {
		IFile file = Workbench.file("huge.article", article(50_000, true));
		ITextEditor editor = Workbench.open(file, ArticleEditor.ID);
		long gap = maxEventLoopGapWhile("highlights in the huge article", () -> Workbench.tagged(editor).size() > 1000);
		System.out.println("50,000 words: longest event-loop gap while tagging " + gap + " ms");
		assertTrue("UI thread blocked for " + gap + " ms", gap < 1500);
		assertTrue(Workbench.tagged(editor).size() <= AnnotationCollector.MAX_ANNOTATIONS);
	}

	@Test
	public void twentyThousandCharacterLineIsTagged() throws Exception {
		String line = article(4_000, false).replace("\n", " ").substring(0, 20_000) + "\n";
		IFile file = Workbench.file("oneline.article", line);
		ITextEditor editor = Workbench.open(file, ArticleEditor.ID);
		long gap = maxEventLoopGapWhile("highlights in the long line", () -> Workbench.tagged(editor).size() > 100);
		System.out.println("20,000-character line: longest event-loop gap while tagging " + gap + " ms");
		assertTrue("UI thread blocked for " + gap + " ms", gap < 1500);
	}
}
