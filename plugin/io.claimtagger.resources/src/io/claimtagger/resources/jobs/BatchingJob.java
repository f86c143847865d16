package io.claimtagger.resources.jobs;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedCollection;
import java.util.function.Supplier;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.jobs.Job;

/**
 * A system job that collects work items and handles them in one run a moment after the last one
 * arrived: a "Save All", a git pull or a tagging of a hundred articles makes one run, not a
 * hundred. Items added while a run is going wait for the next run, none are lost.
 *
 * @param <T> a work item; the collection given to the constructor decides whether duplicates
 *            collapse (a set) or every item counts in order (a list)
 */
public abstract class BatchingJob<T> extends Job {

	private final long delayMs;
	private final Object family;
	private final Supplier<? extends SequencedCollection<T>> newBatch;
	private SequencedCollection<T> pending;

	/** Collapses duplicate items, keeping the order of first arrival. */
	protected BatchingJob(String name, long delayMs, Object family) {
		this(name, delayMs, family, LinkedHashSet::new);
	}

	protected BatchingJob(String name, long delayMs, Object family, Supplier<? extends SequencedCollection<T>> newBatch) {
		super(name);
		this.delayMs = delayMs;
		this.family = family;
		this.newBatch = newBatch;
		this.pending = newBatch.get();
		setSystem(true);
	}

	public final void add(Collection<? extends T> items) {
		if (items.isEmpty()) {
			return;
		}
		synchronized (this) {
			pending.addAll(items);
		}
		schedule(delayMs);
	}

	@Override
	protected final IStatus run(IProgressMonitor monitor) {
		List<T> batch;
		synchronized (this) {
			batch = new ArrayList<>(pending);
			pending = newBatch.get();
		}
		return run(batch, monitor);
	}

	/** Handles everything that arrived since the last run (never empty when scheduled by {@link #add}). */
	protected abstract IStatus run(List<T> batch, IProgressMonitor monitor);

	@Override
	public boolean belongsTo(Object family) {
		return family == this.family;
	}
}
