package io.claimtagger.resources;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.ListenerList;
import org.eclipse.core.runtime.SafeRunner;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;

import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.pipeline.TaggingPipeline;
import io.claimtagger.resources.jobs.JobFamilies;
import io.claimtagger.resources.learning.WorkspaceModels;

/**
 * The core engine as the workbench sees it: models load once, lazily, in a background job;
 * callers on background threads wait for them, the UI thread never does. The models are the
 * workspace's retrained ones when there are usable ones ({@link WorkspaceModels}), else the
 * shipped ones; a retraining swaps them, and every listener (the open editors) re-tags.
 */
public final class TaggingEngine {

	private static final TaggingEngine INSTANCE = new TaggingEngine();

	private volatile NlpModels models;
	private final ListenerList<Runnable> modelListeners = new ListenerList<>();

	private final Job loadJob = new Job(Messages.TaggingEngine_loadingModels) {
		@Override
		protected IStatus run(IProgressMonitor monitor) {
			try {
				NlpModels bundled = NlpModels.bundled().preload();
				use(WorkspaceModels.get().loadOrShipped(bundled));
				return Status.OK_STATUS;
			} catch (RuntimeException e) {
				return new Status(IStatus.ERROR, ClaimTaggerResources.ID, Messages.TaggingEngine_loadFailed, e);
			}
		}

		@Override
		public boolean belongsTo(Object family) {
			return family == JobFamilies.TAGGING;
		}
	};

	private TaggingEngine() {
		loadJob.setSystem(true);
		loadJob.setPriority(Job.LONG);
	}

	public static TaggingEngine get() {
		return INSTANCE;
	}

	public void loadInBackground() {
		if (loadJob.getResult() == null || !loadJob.getResult().isOK()) {
			loadJob.schedule();
		}
	}

	/** A new pipeline for one background user; blocks until the models are loaded. Never call on the UI thread. */
	public TaggingPipeline newPipeline(IProgressMonitor monitor) throws InterruptedException {
		if (loadJob.getResult() == null) {
			loadInBackground();
			loadJob.join(0, monitor);
		}
		IStatus result = loadJob.getResult();
		if (result == null) {
			throw new OperationCanceledException();
		}
		if (!result.isOK()) {
			throw new IllegalStateException(result.getMessage(), result.getException());
		}
		return new TaggingPipeline(models);
	}

	/** The models in use; null until they are loaded. */
	public NlpModels models() {
		return models;
	}

	/** Uses these models from now on: new pipelines get them, and the listeners are told (on this thread). */
	public void use(NlpModels newModels) {
		models = newModels;
		for (Runnable listener : modelListeners) {
			SafeRunner.run(listener::run);
		}
	}

	/** Told after the models changed (a retraining or a revert); may be called on any thread. */
	public void addModelsListener(Runnable listener) {
		modelListeners.add(listener);
	}

	public void removeModelsListener(Runnable listener) {
		modelListeners.remove(listener);
	}
}
