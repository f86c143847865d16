package io.claimtagger.resources.claims;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;

import io.claimtagger.resources.ClaimTaggerResources;
import io.claimtagger.resources.Messages;
import io.claimtagger.resources.jobs.BatchingJob;
import io.claimtagger.resources.jobs.JobFamilies;

/**
 * Re-tags articles that were saved (or changed on disk) and already have claims, so the store
 * follows the text as the user works. Waits a moment and takes every change since in one run,
 * so "Save All" or a git pull makes one job. Problems go to the log, not to a dialog: nobody asked
 * for this run.
 */
final class RetagChangedArticlesJob extends BatchingJob<IFile> {

	private static final long DELAY_MS = 500;

	RetagChangedArticlesJob() {
		// A system job: housekeeping after every save is not worth a line in the progress view.
		super(Messages.RetagChangedArticlesJob_name, DELAY_MS, JobFamilies.CLAIMS);
	}

	@Override
	protected IStatus run(List<IFile> articles, IProgressMonitor monitor) {
		try {
			IStatus status = new TagClaimsOperation(articles, true).execute(monitor);
			if (!status.isOK()) {
				ClaimTaggerResources.log(status);
			}
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return Status.CANCEL_STATUS;
		}
		return Status.OK_STATUS;
	}
}
