package io.claimtagger.ui.editor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.ILogListener;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.After;
import org.junit.Test;

/**
 * A failing engine is logged once and stays in its run: the editor keeps taking typing, its
 * reconciler keeps running, and once something invalidates the session (here: the user toggles
 * tagging, as after fixing the cause) the highlights come back and follow typing again.
 */
public class EngineFailureTest {

	private final List<IStatus> logged = Collections.synchronizedList(new ArrayList<>());
	private final ILogListener logListener = (status, plugin) -> logged.add(status);

	@After
	public void cleanUp() {
		EngineHook.set(null);
		Platform.removeLogListener(logListener);
		Workbench.page().closeAllEditors(false);
	}

	private long loggedFailures(RuntimeException failure) {
		synchronized (logged) {
			return logged.stream().filter(s -> causedBy(s, failure)).count();
		}
	}

	private static boolean causedBy(IStatus status, Throwable failure) {
		if (status.getException() == failure) {
			return true;
		}
		for (IStatus child : status.getChildren()) {
			if (causedBy(child, failure)) {
				return true;
			}
		}
		return false;
	}

	@Test
	public void aFailingEngineIsLoggedOnceAndTheEditorRecovers() throws Exception {
		IFile file = Workbench.file("failing.article", ArticleEditorTest.ARTICLE);
		ITextEditor editor = Workbench.open(file, ArticleEditor.ID);
		IDocument doc = Workbench.document(editor);
		Workbench.waitUntil("highlights", () -> !Workbench.tagged(editor).isEmpty());

		RuntimeException failure = new IllegalStateException("the engine broke (test)");
		AtomicInteger calls = new AtomicInteger();
		EngineHook.set(() -> {
			calls.incrementAndGet();
			throw failure;
		});
		Platform.addLogListener(logListener);
		int end = ArticleEditorTest.ARTICLE.indexOf("XenServer.") + "XenServer.".length();
		doc.replace(end, 0, " It is free.");
		Workbench.waitUntil("the failure logged", () -> loggedFailures(failure) > 0);

		// More runs, from the reconciler and from a caller of our own: none calls the broken
		// engine again, none logs again, no exception reaches the caller.
		doc.replace(end, 0, " Really.");
		Thread run = new Thread(() -> Workbench.session(editor).run(new NullProgressMonitor()), "test tagging run");
		run.start();
		Workbench.join("a further run", run);
		assertEquals(1, loggedFailures(failure));
		assertEquals(1, calls.get());

		// The cause is gone and the user toggles tagging off and on: tagging is back.
		EngineHook.set(null);
		Workbench.session(editor).setEnabled(false);
		Workbench.session(editor).setEnabled(true);
		String typed = " Oracle VM runs Xen guests.";
		String after = doc.get();
		Workbench.waitUntil("highlights back", () -> Workbench.tagged(editor).contains(
				"io.claimtagger.ui.vendor:Red Hat@" + after.indexOf("Red Hat")));
		// The reconciler's thread survived the failure: it tags what is typed now.
		doc.replace(doc.getLength(), 0, typed);
		int oracle = doc.get().indexOf("Oracle VM");
		Workbench.waitUntil("product Oracle VM", () -> Workbench.tagged(editor).contains("io.claimtagger.ui.product:Oracle VM@" + oracle));
		assertTrue(Workbench.tagged(editor).toString(), loggedFailures(failure) == 1);
	}
}
