package io.claimtagger.resources.claims;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.claimtagger.resources.jobs.JobFamilies;

/**
 * Runs a {@link ClaimsOperation} in the background with the operation's scheduling rule, in the
 * {@link JobFamilies#CLAIMS} family (and any other given), a cancellation ending as a cancelled
 * status rather than an error.
 */
public class OperationJob extends Job {

	private final ClaimsOperation operation;
	private final Object[] families;

	public OperationJob(String name, ClaimsOperation operation, Object... moreFamilies) {
		super(name);
		this.operation = operation;
		this.families = moreFamilies;
		setRule(operation.getSchedulingRule());
	}

	public ClaimsOperation operation() {
		return operation;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			return operation.execute(monitor);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		}
	}

	@Override
	public boolean belongsTo(Object family) {
		if (family == JobFamilies.CLAIMS) {
			return true;
		}
		for (Object f : families) {
			if (f == family) {
				return true;
			}
		}
		return false;
	}
}
