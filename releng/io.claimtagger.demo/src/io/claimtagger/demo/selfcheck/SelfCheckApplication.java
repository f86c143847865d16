package io.claimtagger.demo.selfcheck;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;

import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.pipeline.TaggedDocument;
import io.claimtagger.core.pipeline.TaggingPipeline;

/**
 * {@code -application io.claimtagger.demo.selfcheck}: proves, from inside an installed Eclipse,
 * that the feature's bundles resolve and start and that tagging works through them. Headless;
 * prints one line per check and exits 0 when all pass. The install test runs it; it lives in the
 * demo bundle, so users never get an application they have no use for.
 */
public final class SelfCheckApplication implements IApplication {

	static final String SAMPLE = "Red Hat ships KVM in RHEL 6. Citrix bought XenSource in 2007.";

	@Override
	public Object start(IApplicationContext context) {
		boolean ok = true;
		for (String id : new String[] { "io.claimtagger.core", "io.claimtagger.resources", "io.claimtagger.ui" }) {
			Bundle bundle = Platform.getBundle(id);
			if (bundle == null) {
				System.out.println("claimtagger-selfcheck: FAIL " + id + " is not installed or not resolved");
				ok = false;
				continue;
			}
			try {
				bundle.start(Bundle.START_TRANSIENT);
			} catch (BundleException e) {
				System.out.println("claimtagger-selfcheck: FAIL " + id + " does not start: " + e.getMessage());
				ok = false;
				continue;
			}
			System.out.println("claimtagger-selfcheck: " + id + " " + bundle.getVersion() + " "
					+ (bundle.getState() == Bundle.ACTIVE ? "ACTIVE" : "state " + bundle.getState()));
			ok &= bundle.getState() == Bundle.ACTIVE;
		}
		try {
			TaggedDocument doc = new TaggingPipeline(NlpModels.bundled()).tag(SAMPLE);
			System.out.println("claimtagger-selfcheck: tagged " + doc.entities().size() + " entities, "
					+ doc.claims().size() + " claims: "
					+ String.join(", ", doc.entities().stream().map(Entity::text).toList()));
			ok &= doc.entities().size() >= 4;
		} catch (RuntimeException e) {
			System.out.println("claimtagger-selfcheck: FAIL tagging: " + e);
			ok = false;
		}
		System.out.println("claimtagger-selfcheck: " + (ok ? "OK" : "FAILED"));
		return ok ? IApplication.EXIT_OK : Integer.valueOf(1);
	}

	@Override
	public void stop() {
		// runs to completion quickly; nothing to interrupt
	}
}
