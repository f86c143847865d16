package io.claimtagger.resources.jobs;

import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.SafeRunner;

/**
 * The latest result of a kind of job (a report, a search, a comparison), kept for the view that
 * shows it, and the views told when a new one is in: the job publishes from its thread, the
 * listeners hop to the UI thread themselves.
 */
public final class LastResult<T> {

	private volatile T last;
	private final ListenerList<Runnable> listeners = new ListenerList<>();

	/** The latest result, or null before the first. */
	public T get() {
		return last;
	}

	public void addListener(Runnable listener) {
		listeners.add(listener);
	}

	public void removeListener(Runnable listener) {
		listeners.remove(listener);
	}

	/** Keeps {@code result} as the latest and tells every listener (a failing one is logged, the others still run). */
	public void publish(T result) {
		last = result;
		for (Runnable listener : listeners) {
			SafeRunner.run(listener::run);
		}
	}
}
