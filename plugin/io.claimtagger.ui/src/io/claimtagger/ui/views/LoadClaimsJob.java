package io.claimtagger.ui.views;

import java.util.List;
import java.util.function.BiConsumer;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.claimtagger.resources.claims.ClaimRow;
import io.claimtagger.resources.claims.ClaimsQuery;
import io.claimtagger.resources.jobs.JobFamilies;
import io.claimtagger.ui.Messages;

/**
 * Reads the claims of the Claims view's scope off the UI thread. Rescheduled on every change; a
 * run for a scope the view has left is thrown away by the view.
 */
final class LoadClaimsJob extends Job {

	private final BiConsumer<List<IResource>, List<ClaimRow>> loaded;
	private volatile List<IResource> scope = List.of();

	/** @param loaded gets the scope and its rows, on this job's thread */
	LoadClaimsJob(BiConsumer<List<IResource>, List<ClaimRow>> loaded) {
		super(Messages.LoadClaimsJob_name);
		this.loaded = loaded;
		setSystem(true);
	}

	void setScope(List<IResource> scope) {
		this.scope = List.copyOf(scope);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<IResource> current = scope;
		try {
			List<ClaimRow> rows = ClaimsQuery.rows(current, monitor);
			loaded.accept(current, rows);
			return Status.OK_STATUS;
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobFamilies.CLAIMS;
	}
}
