package io.claimtagger.ui.editor;

/**
 * A seam for tests: runs in a background tagging run right before it calls the engine, so a test
 * can hold a run there (to show the UI thread never waits for one) or make the engine fail (to
 * show a failure stays in its run). Production code never sets it.
 */
public final class EngineHook {

	private static volatile Runnable hook;

	private EngineHook() {
	}

	/** Installs {@code beforeEngine}, or removes the hook when null. */
	public static void set(Runnable beforeEngine) {
		hook = beforeEngine;
	}

	static void beforeEngine() {
		Runnable h = hook;
		if (h != null) {
			h.run();
		}
	}
}
