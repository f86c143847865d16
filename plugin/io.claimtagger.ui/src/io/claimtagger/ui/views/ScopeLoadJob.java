package io.claimtagger.ui.views;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

/**
 * Reads what a {@link ScopedView} shows for its scope, off the UI thread. Rescheduled whenever the
 * scope or its content changes; the scope is taken once per run, so a run always reports the
 * scope it read, and the view drops results for a scope it has left.
 *
 * @param <R> what a run reads
 */
abstract class ScopeLoadJob<R> extends Job {

	private volatile List<IResource> scope = List.of();
	private volatile BiConsumer<List<IResource>, R> loaded = (s, r) -> {
	};

	ScopeLoadJob(String name) {
		super(name);
	}

	final void setScope(List<IResource> scope) {
		this.scope = List.copyOf(scope);
	}

	/** Who gets each run's result, on the job's thread. */
	final void onLoaded(BiConsumer<List<IResource>, R> consumer) {
		this.loaded = consumer;
	}

	@Override
	protected final IStatus run(IProgressMonitor monitor) {
		List<IResource> current = scope;
		try {
			R result = read(current, monitor);
			loaded.accept(current, result);
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		} catch (CoreException e) {
			return e.getStatus();
		}
	}

	/** The content of the scope; may throw {@link OperationCanceledException} when cancelled. */
	protected abstract R read(List<IResource> scope, IProgressMonitor monitor) throws CoreException, InterruptedException;
}
