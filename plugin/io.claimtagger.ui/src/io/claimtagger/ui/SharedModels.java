package io.claimtagger.ui;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.claimtagger.core.pipeline.NlpModels;

/**
 * Loads the core bundle's models once, in a background job, so that opening the first editor never
 * waits on model loading in the UI thread.
 */
public final class SharedModels {

	private static final Job PRELOAD = Job.create("Loading Claim Tagger models", (IProgressMonitor monitor) -> {
		NlpModels.bundled().preload();
		return Status.OK_STATUS;
	});

	private SharedModels() {
	}

	/** Starts loading (once); returns immediately. */
	public static void preloadInBackground() {
		if (PRELOAD.getState() == Job.NONE && PRELOAD.getResult() == null) {
			PRELOAD.setSystem(true);
			PRELOAD.schedule();
		}
	}

	public static IStatus lastLoadResult() {
		return PRELOAD.getResult();
	}
}
