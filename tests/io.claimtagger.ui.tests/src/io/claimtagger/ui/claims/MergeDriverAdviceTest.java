package io.claimtagger.ui.claims;

import static io.claimtagger.ui.claims.ClaimsWorkbench.storedSafely;
import static io.claimtagger.ui.claims.ClaimsWorkbench.waitForClaimJobs;
import static io.claimtagger.ui.claims.ClaimsWorkbench.waitUntil;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.junit.After;
import org.junit.Test;

import io.claimtagger.resources.claims.StoreProblemMarkers;
import io.claimtagger.resources.claims.TagClaimsJob;

/** Issue 14 row 3: a project in git is offered the claims merge driver until its .gitattributes has it. */
public class MergeDriverAdviceTest {

	private IProject project;

	@After
	public void cleanUp() throws Exception {
		ClaimsWorkbench.delete(project);
	}

	private IMarker[] advice() throws Exception {
		return java.util.Arrays.stream(project.findMarkers(StoreProblemMarkers.TYPE, false, IResource.DEPTH_ZERO))
				.filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains("merge=claimtagger")).toArray(IMarker[]::new);
	}

	@Test
	public void aGitProjectIsOfferedTheMergeDriverUntilItIsConfigured() throws Exception {
		// Outside any git work tree (the test workspace itself may sit in one).
		Path root = Files.createTempDirectory("merge-advice-test");
		project = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot().getProject("merge-advice-test");
		org.eclipse.core.resources.IProjectDescription description = project.getWorkspace()
				.newProjectDescription(project.getName());
		description.setLocation(org.eclipse.core.runtime.IPath.fromOSString(root.toString()));
		project.create(description, null);
		project.open(null);
		IFile kvm = ClaimsWorkbench.file(project, "kvm.article", ClaimsWorkbench.KVM);

		new TagClaimsJob(List.of(kvm)).schedule();
		waitUntil("claims stored", () -> storedSafely(kvm, c -> !c.claims().isEmpty()));
		waitForClaimJobs();
		assertEquals("not in git: no advice", 0, advice().length);

		Files.createDirectories(root.resolve(".git"));
		new TagClaimsJob(List.of(kvm)).schedule();
		waitForClaimJobs();
		IMarker[] markers = advice();
		assertEquals(1, markers.length);
		assertEquals(IMarker.SEVERITY_INFO, markers[0].getAttribute(IMarker.SEVERITY, -1));
		assertTrue(markers[0].getAttribute(IMarker.MESSAGE, ""),
				markers[0].getAttribute(IMarker.MESSAGE, "").contains("claimtag merge-driver %O %A %B"));

		Files.writeString(root.resolve(".gitattributes"), "*.claims.json merge=claimtagger\n");
		new TagClaimsJob(List.of(kvm)).schedule();
		waitForClaimJobs();
		assertEquals("configured: the advice is gone", 0, advice().length);
	}
}
