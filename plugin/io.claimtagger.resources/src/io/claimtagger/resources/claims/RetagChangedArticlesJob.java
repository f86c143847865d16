package io.claimtagger.resources.claims;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.claimtagger.resources.ClaimTaggerResources;
import io.claimtagger.resources.Messages;

/**
 * Re-tags articles that were saved (or changed on disk) and already have claims, so the store
 * follows the text as the user works. Waits a moment and takes every change since in one run,
 * so "Save All" or a git pull makes one job. Problems go to the log, not to a dialog: nobody asked
 * for this run.
 */
final class RetagChangedArticlesJob extends Job {

	private static final long DELAY_MS = 500;

	private final Set<IFile> pending = new LinkedHashSet<>();

	RetagChangedArticlesJob() {
		super(Messages.RetagChangedArticlesJob_name);
		// Housekeeping after every save: not worth a line in the progress view.
		setSystem(true);
	}

	void add(Collection<IFile> articles) {
		if (articles.isEmpty()) {
			return;
		}
		synchronized (pending) {
			pending.addAll(articles);
		}
		schedule(DELAY_MS);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		List<IFile> articles;
		synchronized (pending) {
			articles = new ArrayList<>(pending);
			pending.clear();
		}
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

	@Override
	public boolean belongsTo(Object family) {
		return family == ClaimsWorkspace.FAMILY;
	}
}
