package io.claimtagger.ui.editor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.After;
import org.junit.Test;

import io.claimtagger.resources.corrections.UserCorrectionsStore;
import io.claimtagger.ui.commands.ToggleTaggingHandler;
import io.claimtagger.ui.preferences.TaggerPreferences;

/**
 * The UI thread never waits for a tagging run: while a background run is held inside the engine,
 * toggling the editor, changing a preference and adding a correction all return at once. Before
 * tagging sessions, each of them took the lock the run held and froze the workbench until the
 * run ended.
 */
public class UiThreadNeverWaitsTest {

	/** How long the held run waits at most: long enough that a UI thread blocked behind it cannot pass. */
	private static final long HOLD_SECONDS = 20;

	private final CountDownLatch entered = new CountDownLatch(1);
	private final CountDownLatch release = new CountDownLatch(1);

	@After
	public void cleanUp() {
		release.countDown();
		EngineHook.set(null);
		TaggerPreferences.store().setToDefault(TaggerPreferences.MIN_CONFIDENCE_PERCENT);
		UserCorrectionsStore.get().unignore("Xen");
		Workbench.page().closeAllEditors(false);
	}

	@Test
	public void toggleAndPreferenceAndCorrectionReturnWhileARunIsHeldInTheEngine() throws Exception {
		IFile file = Workbench.file("held.article", ArticleEditorTest.ARTICLE);
		ITextEditor editor = Workbench.open(file, ArticleEditor.ID);
		IDocument doc = Workbench.document(editor);
		int xen = ArticleEditorTest.ARTICLE.indexOf("Xen host");
		Workbench.waitUntil("product Xen", () -> Workbench.tagged(editor).contains("io.claimtagger.ui.product:Xen@" + xen));

		EngineHook.set(() -> {
			entered.countDown();
			try {
				release.await(HOLD_SECONDS, TimeUnit.SECONDS);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		});
		// The user types; the reconciler's run enters the engine and is held there.
		doc.replace(ArticleEditorTest.ARTICLE.indexOf("XenServer.") + "XenServer.".length(), 0, " It is free.");
		Workbench.waitUntil("a background run inside the engine", () -> entered.getCount() == 0);

		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		long start = System.nanoTime();
		handlers.executeCommand(ToggleTaggingHandler.COMMAND_ID, null);
		boolean offWhileHeld = !Workbench.session(editor).isEnabled();
		TaggerPreferences.store().setValue(TaggerPreferences.MIN_CONFIDENCE_PERCENT, 40);
		UserCorrectionsStore.get().ignore("Xen", "Red Hat ships KVM in RHEL 6, and there is no Xen host support in it.");
		handlers.executeCommand(ToggleTaggingHandler.COMMAND_ID, null);
		long ms = (System.nanoTime() - start) / 1_000_000;
		System.out.println("UI thread: toggle, preference and correction took " + ms + " ms while a run was held");

		assertEquals("the run is still held in the engine", 1, release.getCount());
		assertTrue("toggled off at once", offWhileHeld);
		assertTrue("the UI thread waited " + ms + " ms for a tagging run", ms < 2_000);

		release.countDown();
		EngineHook.set(null);
		// Everything asked for while the run was held happens after it: Xen is ignored now.
		Workbench.waitUntil("Xen no longer highlighted",
				() -> Workbench.tagged(editor).stream().noneMatch(s -> s.startsWith("io.claimtagger.ui.product:Xen@")));
		assertTrue(Workbench.session(editor).isEnabled());
		assertTrue(Workbench.tagged(editor).toString(),
				Workbench.tagged(editor).contains("io.claimtagger.ui.vendor:Red Hat@" + ArticleEditorTest.ARTICLE.indexOf("Red Hat")));
	}
}
