package io.claimtagger.ui.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.claimtagger.resources.jobs.JobFamilies;
import io.claimtagger.ui.Messages;

/**
 * Re-tags one open document in the background after a toggle, a preference, correction or review
 * change. One per session: scheduling it again while it waits is free, so a burst of changes
 * makes one run.
 */
public final class RetagJob extends Job {

	private final TaggingSession session;

	RetagJob(TaggingSession session) {
		super(Messages.RetagJob_name);
		this.session = session;
		setSystem(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		session.run(monitor);
		return monitor.isCanceled() ? Status.CANCEL_STATUS : Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobFamilies.TAGGING;
	}

	/** Repaints every open document, e.g. after the preferences or the user's corrections changed; safe on the UI thread. */
	public static void retagAll() {
		for (TaggingSession s : TaggingSessions.all()) {
			s.invalidate();
		}
	}
}
