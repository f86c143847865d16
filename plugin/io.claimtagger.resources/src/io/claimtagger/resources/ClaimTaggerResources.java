package io.claimtagger.resources;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Plugin;
import org.eclipse.core.runtime.Status;
import org.osgi.framework.BundleContext;

import io.claimtagger.resources.claims.ClaimsWorkspace;

/**
 * The headless layer's activator: starts the claims service (it follows renames and deletions of
 * articles from then on) and the background loading of the models, so the first editor finds
 * them ready. Nothing here needs a display.
 */
public final class ClaimTaggerResources extends Plugin {

	public static final String ID = "io.claimtagger.resources";

	private static ClaimTaggerResources instance;

	@Override
	public void start(BundleContext context) throws Exception {
		super.start(context);
		instance = this;
		TaggingEngine.get().loadInBackground();
		ClaimsWorkspace.start();
	}

	@Override
	public void stop(BundleContext context) throws Exception {
		ClaimsWorkspace.stop();
		instance = null;
		super.stop(context);
	}

	public static ClaimTaggerResources getDefault() {
		return instance;
	}

	public static void log(String message, Throwable error) {
		ILog.of(ClaimTaggerResources.class).log(new Status(IStatus.ERROR, ID, message, error));
	}

	public static void log(IStatus status) {
		ILog.of(ClaimTaggerResources.class).log(status);
	}
}
