package io.claimtagger.resources.claims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IPath;

import io.claimtagger.resources.Messages;

/**
 * Offers the claims merge driver where it matters: a project in a git work tree whose
 * {@code .gitattributes} does not yet send claims files to it gets an information marker saying
 * the two lines to add (docs/claims-store.md, "Merging in a team"); once they are there, the
 * marker goes. The plugin cannot install the driver itself: git runs it as a command, the
 * {@code claimtag} launcher of a Claim Tagger checkout.
 */
final class MergeDriverAdvice {

	static final String ATTRIBUTE = "merge=claimtagger";

	private MergeDriverAdvice() {
	}

	static void check(IProject project) {
		IPath location = project.isAccessible() ? project.getLocation() : null;
		if (location == null) {
			return;
		}
		Path workTree = workTreeOf(location.toPath());
		if (workTree == null || sendsClaimsToTheDriver(workTree) || sendsClaimsToTheDriver(location.toPath())) {
			StoreProblemMarkers.clear(project, StoreProblemMarkers.MERGE_DRIVER);
			return;
		}
		StoreProblemMarkers.report(project, StoreProblemMarkers.MERGE_DRIVER, IMarker.SEVERITY_INFO,
				Messages.Claims_mergeDriver);
	}

	/** The folder holding {@code .git} at or above {@code dir}; null outside git. */
	private static Path workTreeOf(Path dir) {
		for (Path d = dir.toAbsolutePath(); d != null; d = d.getParent()) {
			if (Files.exists(d.resolve(".git"))) {
				return d;
			}
		}
		return null;
	}

	private static boolean sendsClaimsToTheDriver(Path dir) {
		Path attributes = dir.resolve(".gitattributes");
		try {
			return Files.isRegularFile(attributes)
					&& Files.readAllLines(attributes, StandardCharsets.UTF_8).stream().anyMatch(l -> l.contains(ATTRIBUTE));
		} catch (IOException e) {
			return false; // unreadable: the advice stays, harmlessly
		}
	}
}
