package io.claimtagger.ui.claims;

import static io.claimtagger.ui.claims.ClaimsWorkbench.storeFile;
import static io.claimtagger.ui.claims.ClaimsWorkbench.stored;
import static io.claimtagger.ui.claims.ClaimsWorkbench.storedSafely;
import static io.claimtagger.ui.claims.ClaimsWorkbench.waitForClaimJobs;
import static io.claimtagger.ui.claims.ClaimsWorkbench.waitUntil;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.text.IDocument;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import io.claimtagger.core.store.AnchorState;
import io.claimtagger.core.store.ArticleClaims;
import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.core.store.ClaimStore;
import io.claimtagger.core.store.ReviewStatus;
import io.claimtagger.resources.claims.ClaimRef;
import io.claimtagger.resources.claims.ClaimsWorkspace;
import io.claimtagger.resources.claims.ReviewClaimsJob;
import io.claimtagger.resources.claims.StoreProblemMarkers;
import io.claimtagger.resources.claims.TagClaimsJob;
import io.claimtagger.ui.editor.ArticleEditor;

/**
 * Claims follow their article through the workspace: rename, move (also to another project),
 * delete and its undo, edits saved in the editor or made outside Eclipse, and a claims file that
 * was broken by hand.
 */
public class ArticleFollowTest {

	private IProject project;
	private IProject other;
	private IFile article;
	private String acceptedId;

	@Before
	public void tagAndAccept() throws Exception {
		project = ClaimsWorkbench.project("claims-follow-test");
		other = ClaimsWorkbench.project("claims-follow-other");
		article = ClaimsWorkbench.file(project, "drafts/kvm.txt", ClaimsWorkbench.KVM);
		new TagClaimsJob(List.of(article)).schedule();
		waitUntil("claims", () -> storedSafely(article, c -> c.claims().size() == 3));
		acceptedId = stored(article).claims().get(1).id();
		ReviewClaimsJob.status(List.of(new ClaimRef(article, acceptedId)), ReviewStatus.ACCEPTED).schedule();
		waitUntil("accepted", () -> storedSafely(article, c -> isAccepted(c)));
		waitForClaimJobs();
	}

	@After
	public void cleanUp() throws Exception {
		ClaimsWorkbench.page().closeAllEditors(false);
		ClaimsWorkbench.delete(project);
		ClaimsWorkbench.delete(other);
	}

	private boolean isAccepted(ArticleClaims c) {
		return c.find(acceptedId).map(r -> r.status() == ReviewStatus.ACCEPTED).orElse(false);
	}

	@Test
	public void renamingAndMovingTakeTheClaimsAlong() throws Exception {
		Path before = storeFile(article);
		article.move(IPath.fromPortableString("renamed.txt"), true, null);
		IFile renamed = project.getFile("drafts/renamed.txt");
		waitUntil("claims renamed", () -> storedSafely(renamed, this::isAccepted) && !Files.exists(before));
		assertEquals("drafts/renamed.txt", stored(renamed).article());

		project.getFolder("archive").create(true, true, null);
		renamed.move(IPath.fromPortableString("/claims-follow-test/archive/kvm.txt"), true, null);
		IFile archived = project.getFile("archive/kvm.txt");
		waitUntil("claims moved", () -> storedSafely(archived, this::isAccepted));

		archived.move(other.getFullPath().append("kvm.txt"), true, null);
		IFile elsewhere = other.getFile("kvm.txt");
		waitUntil("claims moved to the other project",
				() -> storedSafely(elsewhere, this::isAccepted) && !Files.exists(storeFile(archived)));
		assertEquals(3, stored(elsewhere).claims().size());
	}

	@Test
	public void movingAFolderMovesTheClaimsOfItsArticles() throws Exception {
		project.getFolder("drafts").move(IPath.fromPortableString("/claims-follow-test/published"), true, null);
		IFile published = project.getFile("published/kvm.txt");
		waitUntil("claims moved with the folder", () -> storedSafely(published, this::isAccepted));
		assertFalse(Files.exists(storeFile(article)));
	}

	@Test
	public void deletingRemovesTheClaimsAndRecreatingBringsThemBack() throws Exception {
		Path file = storeFile(article);
		article.delete(true, null);
		waitUntil("claims deleted", () -> !Files.exists(file));
		waitForClaimJobs();
		// What an undo of the deletion does: the same file again.
		ClaimsWorkbench.file(project, "drafts/kvm.txt", ClaimsWorkbench.KVM);
		waitUntil("claims restored", () -> storedSafely(article, this::isAccepted));
	}

	@Test
	public void savingInTheEditorReanchorsTheClaimsAndKeepsTheReview() throws Exception {
		ITextEditor editor = (ITextEditor) IDE.openEditor(ClaimsWorkbench.page(), article, ArticleEditor.ID, true);
		IDocument doc = editor.getDocumentProvider().getDocument(editor.getEditorInput());
		String accepted = stored(article).find(acceptedId).orElseThrow().sentence();
		doc.replace(0, 0, "A new first paragraph about nothing in particular.\n\n");
		editor.doSave(null);
		waitUntil("claims moved down", () -> storedSafely(article,
				c -> c.find(acceptedId).map(r -> r.span().start() == doc.get().indexOf(accepted)).orElse(false)));
		assertTrue(isAccepted(stored(article)));
	}

	@Test
	public void anEditMadeOutsideEclipseIsReconciledAndMarkedChanged() throws Exception {
		ClaimRecord reviewed = stored(article).find(acceptedId).orElseThrow();
		String edited = ClaimsWorkbench.KVM.replace("Citrix bought XenSource in 2007.",
				"Citrix bought XenSource in October 2007.");
		Files.writeString(article.getLocation().toPath(), edited, StandardCharsets.UTF_8);
		article.refreshLocal(IResource.DEPTH_ZERO, null);
		waitUntil("the claim re-anchored as changed",
				() -> storedSafely(article, c -> c.find(acceptedId).orElseThrow().anchor() == AnchorState.CHANGED));
		ClaimRecord now = stored(article).find(acceptedId).orElseThrow();
		assertEquals("Citrix bought XenSource in October 2007.", now.sentence());
		assertEquals(reviewed.sentence(), now.previousSentence());
		assertEquals(ReviewStatus.ACCEPTED, now.status());
	}

	@Test
	public void aBrokenClaimsFileIsReportedThenSetAsideWhileOtherArticlesWork() throws Exception {
		IFile second = ClaimsWorkbench.file(project, "cloud.txt", ClaimsWorkbench.CLOUD);
		Files.writeString(storeFile(article), "<<<<<<< HEAD\n{ not json\n", StandardCharsets.UTF_8);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		waitForClaimJobs();

		assertTrue(ClaimsWorkspace.get().load(article).isEmpty());
		IMarker[] markers = article.findMarkers(StoreProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
		assertEquals(1, markers.length);
		assertEquals(IMarker.SEVERITY_ERROR, markers[0].getAttribute(IMarker.SEVERITY, -1));
		assertTrue(markers[0].getAttribute(IMarker.MESSAGE, ""), markers[0].getAttribute(IMarker.MESSAGE, "")
				.contains(".claims/drafts/kvm.txt.claims.json cannot be read"));

		new TagClaimsJob(List.of(project)).schedule();
		waitUntil("both articles tagged", () -> storedSafely(article, c -> c.claims().size() == 3)
				&& storedSafely(second, c -> c.claims().size() == 2));
		waitForClaimJobs();
		try (Stream<Path> files = Files.list(storeFile(article).getParent())) {
			List<Path> backups = files.filter(p -> p.getFileName().toString().startsWith("kvm.txt"
					+ ClaimStore.SUFFIX + ".corrupt-")).toList();
			assertEquals(1, backups.size());
			assertTrue(Files.readString(backups.get(0)).contains("{ not json"));
		}
		markers = article.findMarkers(StoreProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
		assertEquals(1, markers.length);
		assertEquals(IMarker.SEVERITY_WARNING, markers[0].getAttribute(IMarker.SEVERITY, -1));
		assertTrue(markers[0].getAttribute(IMarker.MESSAGE, ""), markers[0].getAttribute(IMarker.MESSAGE, "")
				.contains("kept as kvm.txt.claims.json.corrupt-"));
	}

	/** Issue 14 row 3: a claims file a line merge left in conflict gives back both sides' decisions. */
	@Test
	public void aClaimsFileLeftInMergeConflictIsRecoveredNotStartedAfresh() throws Exception {
		ArticleClaims before = stored(article);
		String other = before.claims().get(0).id();
		java.time.Instant t = java.time.Instant.now();
		String ours = io.claimtagger.core.store.ClaimStoreFormat.write(
				before.with(before.find(acceptedId).orElseThrow().withNote("ours: checked", t)));
		String theirs = io.claimtagger.core.store.ClaimStoreFormat.write(
				before.with(before.find(other).orElseThrow().withStatus(ReviewStatus.REJECTED, t)));
		Files.writeString(storeFile(article), "<<<<<<< HEAD\n" + ours + "=======\n" + theirs + ">>>>>>> colleague\n",
				StandardCharsets.UTF_8);
		project.refreshLocal(IResource.DEPTH_INFINITE, null);
		waitForClaimJobs();

		new TagClaimsJob(List.of(article)).schedule();
		waitUntil("the decisions of both sides back", () -> storedSafely(article,
				c -> c.find(other).map(r -> r.status() == ReviewStatus.REJECTED).orElse(false)));
		ArticleClaims now = stored(article);
		assertEquals(ReviewStatus.ACCEPTED, now.find(acceptedId).orElseThrow().status());
		assertEquals("ours: checked", now.find(acceptedId).orElseThrow().note());
		assertEquals(before.claims().size(), now.claims().size());
		IMarker[] markers = article.findMarkers(StoreProblemMarkers.TYPE, false, IResource.DEPTH_ZERO);
		assertEquals(1, markers.length);
		assertTrue(markers[0].getAttribute(IMarker.MESSAGE, ""),
				markers[0].getAttribute(IMarker.MESSAGE, "").contains("claims were recovered from both sides"));
	}
}
