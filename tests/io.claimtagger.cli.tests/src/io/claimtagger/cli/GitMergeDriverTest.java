package io.claimtagger.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assume.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.pipeline.TaggingPipeline;
import io.claimtagger.core.store.ArticleClaims;
import io.claimtagger.core.store.ClaimReconciler;
import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.core.store.ClaimStore;
import io.claimtagger.core.store.ReviewStatus;

/**
 * Issue 14 row 3, through a real {@code git merge}: two branches review the same article's claims,
 * and the merge driver installed as the README says merges them without a conflict, keeping every
 * decision and both notes.
 */
public class GitMergeDriverTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private Path repo;

	private String git(String... args) throws Exception {
		List<String> command = new java.util.ArrayList<>(List.of("git"));
		command.addAll(List.of(args));
		Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
		String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (p.waitFor() != 0) {
			throw new AssertionError("git " + String.join(" ", args) + " failed:\n" + output);
		}
		return output;
	}

	/** A fresh repository with the merge driver installed by the two lines the README gives. */
	private void newRepoWithTheDriver() throws Exception {
		newRepo();
		Path claimtag = Path.of(System.getProperty("claimtagger.repo", ".")).toAbsolutePath().normalize().resolve("claimtag");
		Files.writeString(repo.resolve(".gitattributes"), "*.claims.json merge=claimtagger\n");
		git("config", "merge.claimtagger.driver", claimtag + " merge-driver %O %A %B");
	}

	private void newRepo() throws Exception {
		assumeTrue("git is installed", gitAvailable());
		repo = tmp.newFolder().toPath();
		git("init", "-q", "-b", "main");
		git("config", "user.email", "test@example.invalid");
		git("config", "user.name", "Test");
	}

	private static boolean gitAvailable() {
		try {
			return new ProcessBuilder("git", "--version").start().waitFor() == 0;
		} catch (IOException | InterruptedException e) {
			return false;
		}
	}

	@Test
	public void twoBranchesReviewsMergeWithoutConflict() throws Exception {
		newRepoWithTheDriver();

		String article = "articles/kvm.txt";
		String text = "Red Hat ships KVM in RHEL 6.\n\nCitrix bought XenSource in 2007.\n";
		Files.createDirectories(repo.resolve("articles"));
		Files.writeString(repo.resolve(article), text);
		ClaimStore store = new ClaimStore(repo, Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"), ZoneOffset.UTC));
		TaggingPipeline pipeline = new TaggingPipeline(NlpModels.bundled());
		ClaimReconciler reconciler = new ClaimReconciler(Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"), ZoneOffset.UTC));
		ArticleClaims base = store.update(article, s -> reconciler.reconcile(s, text, pipeline.tag(text).claims()));
		assertEquals(2, base.claims().size());
		String first = base.claims().get(0).id();
		String second = base.claims().get(1).id();
		git("add", "-A");
		git("commit", "-q", "-m", "tagged");

		git("checkout", "-q", "-b", "colleague");
		Instant t1 = Instant.parse("2026-11-02T10:00:00Z");
		store.update(article, s -> s.with(find(s, first).withStatus(ReviewStatus.REJECTED, t1).withNote("not in RHEL 6.0", t1)));
		git("commit", "-q", "-am", "colleague's review");

		git("checkout", "-q", "main");
		Instant t2 = Instant.parse("2026-11-03T10:00:00Z");
		store.update(article, s -> s.with(find(s, first).withNote("see the release notes", t2))
				.with(find(s, second).withStatus(ReviewStatus.ACCEPTED, t2)));
		git("commit", "-q", "-am", "my review");

		git("merge", "-q", "--no-edit", "colleague");
		ArticleClaims merged = store.load(article);
		ClaimRecord a = find(merged, first);
		assertEquals(ReviewStatus.REJECTED, a.status());
		assertEquals("see the release notes\n---\nnot in RHEL 6.0", a.note());
		assertEquals(ReviewStatus.ACCEPTED, find(merged, second).status());
		assertEquals("", git("status", "--porcelain"));
	}

	/** Row 4: the same untagged article tagged on two branches at different times merges into one set of claims. */
	@Test
	public void theSameArticleTaggedOnTwoBranchesMergesWithoutConflict() throws Exception {
		newRepoWithTheDriver();
		String article = "kvm.txt";
		String text = "Red Hat ships KVM in RHEL 6.\n\nCitrix bought XenSource in 2007.\n";
		Files.writeString(repo.resolve(article), text);
		git("add", "-A");
		git("commit", "-q", "-m", "article");
		TaggingPipeline pipeline = new TaggingPipeline(NlpModels.bundled());

		git("checkout", "-q", "-b", "colleague");
		Clock monday = Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC);
		ArticleClaims theirs = new ClaimStore(repo, monday).update(article,
				s -> new ClaimReconciler(monday).reconcile(s, text, pipeline.tag(text).claims()));
		git("add", "-A");
		git("commit", "-q", "-m", "tagged on Monday");

		git("checkout", "-q", "main");
		Clock tuesday = Clock.fixed(Instant.parse("2026-11-03T15:30:00Z"), ZoneOffset.UTC);
		ClaimStore store = new ClaimStore(repo, tuesday);
		ArticleClaims ours = store.update(article, s -> new ClaimReconciler(tuesday).reconcile(s, text, pipeline.tag(text).claims()));
		git("add", "-A");
		git("commit", "-q", "-m", "tagged on Tuesday");
		// Content ids: the same claims, whenever they were found.
		assertEquals(theirs.claims().stream().map(ClaimRecord::id).toList(), ours.claims().stream().map(ClaimRecord::id).toList());

		git("merge", "-q", "--no-edit", "colleague");
		ArticleClaims merged = store.load(article);
		assertEquals(ours.claims().stream().map(ClaimRecord::id).toList(), merged.claims().stream().map(ClaimRecord::id).toList());
		assertEquals("", git("status", "--porcelain"));
	}

	/**
	 * Row 3 as reported, without the driver: the review is made on one branch while the article is
	 * edited (a paragraph added above, another sentence reworded) and re-tagged on the other. No field
	 * is written by both sides, so git's own line merge succeeds and keeps the decision and the note.
	 */
	@Test
	public void aReviewAndAnEditOnTwoBranchesMergeWithoutTheDriver() throws Exception {
		newRepo();
		String article = "kvm.txt";
		String text = "Red Hat ships KVM in RHEL 6.\n\nCitrix bought XenSource in 2007.\n\nVMware sells vSphere 4 to enterprises.\n";
		Files.writeString(repo.resolve(article), text);
		TaggingPipeline pipeline = new TaggingPipeline(NlpModels.bundled());
		Clock monday = Clock.fixed(Instant.parse("2026-11-02T09:00:00Z"), ZoneOffset.UTC);
		ClaimStore store = new ClaimStore(repo, monday);
		ArticleClaims base = store.update(article, s -> new ClaimReconciler(monday).reconcile(s, text, pipeline.tag(text).claims()));
		assertEquals(3, base.claims().size());
		String citrix = base.claims().get(1).id();
		git("add", "-A");
		git("commit", "-q", "-m", "tagged");

		git("checkout", "-q", "-b", "review");
		Instant tuesday = Instant.parse("2026-11-03T10:00:00Z");
		store.update(article, s -> s.with(find(s, citrix).withStatus(ReviewStatus.ACCEPTED, tuesday).withNote("press release of 15 Aug 2007", tuesday)));
		git("commit", "-q", "-am", "review");

		git("checkout", "-q", "main");
		String edited = "Hypervisors in 2010: a summary.\n\nRed Hat ships KVM in RHEL 6.\n\nCitrix bought XenSource in 2007.\n\nVMware sells vSphere 4.1 to enterprises.\n";
		Files.writeString(repo.resolve(article), edited);
		Clock wednesday = Clock.fixed(Instant.parse("2026-11-04T09:00:00Z"), ZoneOffset.UTC);
		new ClaimStore(repo, wednesday).update(article, s -> new ClaimReconciler(wednesday).reconcile(s, edited, pipeline.tag(edited).claims()));
		git("commit", "-q", "-am", "edited and re-tagged");

		git("merge", "-q", "--no-edit", "review");
		assertEquals("", git("status", "--porcelain"));
		ClaimRecord merged = find(store.load(article), citrix);
		assertEquals(ReviewStatus.ACCEPTED, merged.status());
		assertEquals("press release of 15 Aug 2007", merged.note());
		assertEquals(edited.indexOf("Citrix"), merged.span().start());
	}

	private static ClaimRecord find(ArticleClaims claims, String id) {
		return claims.find(id).orElseThrow(() -> new AssertionError("no claim " + id));
	}
}
