package io.claimtagger.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import io.claimtagger.resources.TaggingEngine;
import io.claimtagger.resources.claims.ClaimsWorkspace;
import io.claimtagger.resources.corrections.UserCorrectionsStore;
import io.claimtagger.ui.editor.RetagJob;
import io.claimtagger.ui.editor.ReviewStatusRepainter;

/** The UI bundle's activator: preference store, logging, repainting and re-tagging editors on changes below. */
public final class ClaimTaggerPlugin extends AbstractUIPlugin {

	public static final String ID = "io.claimtagger.ui";

	private static ClaimTaggerPlugin instance;

	private final ReviewStatusRepainter reviewRepainter = new ReviewStatusRepainter();
	private final Runnable retagAll = RetagJob::retagAll;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
		getPreferenceStore().addPropertyChangeListener(event -> RetagJob.retagAll());
		UserCorrectionsStore.get().addListener(retagAll);
		ClaimsWorkspace.get().addListener(reviewRepainter);
		TaggingEngine.get().addModelsListener(retagAll);
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		ClaimsWorkspace.get().removeListener(reviewRepainter);
		TaggingEngine.get().removeModelsListener(retagAll);
		UserCorrectionsStore.get().removeListener(retagAll);
		instance = null;
		super.stop(context);
	}

	public static ClaimTaggerPlugin getDefault() {
		return instance;
	}

	public static void log(String message, Throwable error) {
		ILog.of(ClaimTaggerPlugin.class).log(new Status(IStatus.ERROR, ID, message, error));
	}
}
