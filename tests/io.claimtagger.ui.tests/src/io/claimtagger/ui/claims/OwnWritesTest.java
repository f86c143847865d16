package io.claimtagger.ui.claims;

import static io.claimtagger.ui.claims.ClaimsWorkbench.stored;
import static io.claimtagger.ui.claims.ClaimsWorkbench.storedSafely;
import static io.claimtagger.ui.claims.ClaimsWorkbench.waitForClaimJobs;
import static io.claimtagger.ui.claims.ClaimsWorkbench.waitUntil;
import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import io.claimtagger.core.store.ArticleClaims;
import io.claimtagger.core.store.ClaimStore;
import io.claimtagger.core.store.ReviewStatus;
import io.claimtagger.resources.claims.ClaimRef;
import io.claimtagger.resources.claims.ClaimsListener;
import io.claimtagger.resources.claims.ClaimsWorkspace;
import io.claimtagger.resources.claims.ReviewClaimsJob;
import io.claimtagger.resources.claims.TagClaimsJob;

/**
 * The store's own writes come back from the workspace refresh as resource changes; listeners (the
 * Claims view, open editors) must hear of each review once, while a change made behind the
 * store's back (git) is still picked up.
 */
public class OwnWritesTest {

	private IProject project;
	private IFile article;
	private final AtomicInteger heard = new AtomicInteger();
	private final ClaimsListener counter = articles -> {
		if (articles.contains(article)) {
			heard.incrementAndGet();
		}
	};

	@Before
	public void tag() throws Exception {
		project = ClaimsWorkbench.project("own-writes-test");
		article = ClaimsWorkbench.file(project, "kvm.txt", ClaimsWorkbench.KVM);
		new TagClaimsJob(List.of(article)).schedule();
		waitUntil("claims", () -> storedSafely(article, c -> c.claims().size() == 3));
		waitForClaimJobs();
		ClaimsWorkspace.get().addListener(counter);
	}

	@After
	public void cleanUp() throws Exception {
		ClaimsWorkspace.get().removeListener(counter);
		ClaimsWorkbench.delete(project);
	}

	@Test
	public void aReviewIsHeardOnceAndAnOutsideChangeIsHeard() throws Exception {
		String id = stored(article).claims().get(0).id();
		ReviewClaimsJob.status(List.of(new ClaimRef(article, id)), ReviewStatus.ACCEPTED).schedule();
		waitUntil("accepted", () -> storedSafely(article,
				c -> c.find(id).map(r -> r.status() == ReviewStatus.ACCEPTED).orElse(false)));
		// The refresh that brings the write into the workspace is a claims job: after it, every
		// resource change it caused has been delivered.
		waitForClaimJobs();
		assertEquals("listeners told of one review", 1, heard.get());

		// git checks out another version of the claims file: that must be read again and told.
		ClaimStore store = new ClaimStore(project.getLocation().toPath());
		ArticleClaims onDisk = store.load("kvm.txt");
		store.save(onDisk.with(onDisk.find(id).orElseThrow().withStatus(ReviewStatus.REJECTED, Instant.now())));
		project.getFolder(ClaimStore.FOLDER).refreshLocal(IResource.DEPTH_INFINITE, null);
		waitUntil("outside change heard", () -> heard.get() == 2);
		assertEquals(ReviewStatus.REJECTED, ClaimsWorkspace.get().load(article).find(id).orElseThrow().status());
	}
}
