package io.claimtagger.ui.editor;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.claimtagger.resources.jobs.JobFamilies;
import io.claimtagger.ui.Messages;

/** Re-tags one open document in the background after a toggle or a preference change. */
public final class RetagJob extends Job {

	private final TaggingReconcilingStrategy strategy;

	public RetagJob(TaggingReconcilingStrategy strategy) {
		super(Messages.RetagJob_name);
		this.strategy = strategy;
		setSystem(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		strategy.retag();
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == JobFamilies.TAGGING;
	}

	/** Repaints every open document, e.g. after the preferences changed. */
	public static void retagAll() {
		for (TaggingReconcilingStrategy s : TaggingSessions.all()) {
			s.invalidate();
			new RetagJob(s).schedule();
		}
	}
}
