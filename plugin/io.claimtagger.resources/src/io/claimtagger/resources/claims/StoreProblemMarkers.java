package io.claimtagger.resources.claims;

import java.util.Map;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;

import io.claimtagger.resources.ClaimTaggerResources;

/**
 * Problem markers (Problems view, editor ruler) for an article whose claims file is in trouble:
 * unreadable (shown while it is, removed once it reads again), set aside after it could not be
 * read (kept until the user deletes it: it says where the backup is), or unable to follow its
 * article. One marker per message, however often the file is loaded.
 */
public final class StoreProblemMarkers {

	public static final String TYPE = "io.claimtagger.resources.claimsProblem";
	/** Which kind of trouble, so that only the "unreadable" marker goes away by itself. */
	static final String KIND = "claimsProblem";
	static final String UNREADABLE = "unreadable";
	static final String QUARANTINED = "quarantined";
	static final String MERGE_DRIVER = "mergeDriver";
	static final String NOT_MOVED = "notMoved";

	private StoreProblemMarkers() {
	}

	static void report(IResource on, String kind, int severity, String message) {
		if (!on.isAccessible()) {
			return;
		}
		try {
			for (IMarker m : on.findMarkers(TYPE, false, IResource.DEPTH_ZERO)) {
				if (kind.equals(m.getAttribute(KIND, "")) && message.equals(m.getAttribute(IMarker.MESSAGE, ""))) {
					return;
				}
			}
			on.createMarker(TYPE, Map.of(IMarker.MESSAGE, message, IMarker.SEVERITY, severity, KIND, kind,
					IMarker.LOCATION, ".claims"));
		} catch (CoreException e) {
			ClaimTaggerResources.log(message, e);
		}
	}

	/** The claims file reads again: its "unreadable" marker is no longer true. */
	static void clearUnreadable(IResource on) {
		clear(on, UNREADABLE);
	}

	/** Removes the markers of this kind from {@code on}. */
	static void clear(IResource on, String kind) {
		if (!on.isAccessible()) {
			return;
		}
		try {
			for (IMarker m : on.findMarkers(TYPE, false, IResource.DEPTH_ZERO)) {
				if (kind.equals(m.getAttribute(KIND, ""))) {
					m.delete();
				}
			}
		} catch (CoreException e) {
			ClaimTaggerResources.log("Cannot clear a claims marker", e);
		}
	}
}
