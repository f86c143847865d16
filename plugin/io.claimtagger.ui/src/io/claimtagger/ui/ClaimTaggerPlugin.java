package io.claimtagger.ui;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.ui.plugin.AbstractUIPlugin;
import org.osgi.framework.BundleContext;

import io.claimtagger.ui.claims.ClaimsWorkspace;
import io.claimtagger.ui.editor.RetagJob;
import io.claimtagger.ui.editor.ReviewStatusRepainter;

/** The UI bundle's activator: preference store, logging, the claims service. */
public final class ClaimTaggerPlugin extends AbstractUIPlugin {

	public static final String ID = "io.claimtagger.ui";

	private static ClaimTaggerPlugin instance;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
		// Models take a second or two to read: start now, in the background, so the first editor
		// finds them ready.
		TaggingEngine.get().loadInBackground();
		getPreferenceStore().addPropertyChangeListener(event -> RetagJob.retagAll());
		ClaimsWorkspace.start();
		ClaimsWorkspace.get().addListener(new ReviewStatusRepainter());
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		ClaimsWorkspace.stop();
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
