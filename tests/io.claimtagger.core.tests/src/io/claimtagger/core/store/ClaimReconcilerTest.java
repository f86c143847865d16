package io.claimtagger.core.store;

import static io.claimtagger.core.store.SampleClaims.ARTICLE;
import static io.claimtagger.core.store.SampleClaims.at;
import static io.claimtagger.core.store.SampleClaims.claimsOf;
import static io.claimtagger.core.store.SampleClaims.only;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.claimtagger.core.claim.Claim;
import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.claim.Polarity;

public class ClaimReconcilerTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private static final String S1 = "SUSE Linux Enterprise Server 11 SP1 supports KVM for SUSE guests.";
	private static final String S2 = "VMware acquired SpringSource in 2009.";
	private static final String S3 = "Citrix XenServer is free of charge since version 6.2.";
	private static final String TEXT = "Virtualization news\n\n" + S1 + " It was a long wait. " + S2
			+ "\n\nMeanwhile, " + S3 + " That is all.\n";

	private static final ClaimReconciler DAY1 = new ClaimReconciler(at("2024-05-01T09:00:00Z"));
	private static final ClaimReconciler DAY2 = new ClaimReconciler(at("2024-05-02T09:00:00Z"));
	private static final ClaimReconciler DAY3 = new ClaimReconciler(at("2024-05-03T09:00:00Z"));
	private static final Instant REVIEWED = Instant.parse("2024-05-01T10:00:00Z");

	/** The article tagged on day 1 and reviewed: S1 accepted with a note, S2 rejected. */
	private static ArticleClaims reviewed() {
		ArticleClaims c = DAY1.reconcile(ArticleClaims.empty(ARTICLE), TEXT, claimsOf(TEXT, S1, S2, S3));
		c = c.with(only(c, S1).withStatus(ReviewStatus.ACCEPTED, REVIEWED).withNote("Per release notes.", REVIEWED));
		return c.with(only(c, S2).withStatus(ReviewStatus.REJECTED, REVIEWED));
	}

	private static void assertAnchored(ClaimRecord r, String text) {
		assertEquals(r.sentence(), r.span().in(text).toString());
	}

	/** Issue 14 row 13: a CRLF/LF flip of the whole article changes no claim's update time. */
	@Test
	public void aLineEndingFlipKeepsEveryUpdateTime() {
		String wrapped = "Virtualization news\n\nSUSE Linux Enterprise Server 11 SP1 supports\nKVM for SUSE guests. " + S2 + "\n";
		String s1Wrapped = "SUSE Linux Enterprise Server 11 SP1 supports\nKVM for SUSE guests.";
		ArticleClaims day1 = DAY1.reconcile(ArticleClaims.empty(ARTICLE), wrapped, claimsOf(wrapped, s1Wrapped, S2));
		day1 = day1.with(only(day1, S2).withStatus(ReviewStatus.ACCEPTED, REVIEWED));
		String crlf = wrapped.replace("\n", "\r\n");
		ArticleClaims day2 = DAY2.reconcile(day1, crlf, claimsOf(crlf, s1Wrapped.replace("\n", "\r\n"), S2));
		assertEquals(2, day2.claims().size());
		for (ClaimRecord before : day1.claims()) {
			ClaimRecord after = day2.find(before.id()).orElseThrow();
			assertEquals(before.sentence(), before.updated(), after.updated());
			assertEquals(before.status(), after.status());
			assertAnchored(after, crlf);
		}
	}

	@Test
	public void firstTaggingAddsEveryClaimAsNew() {
		ArticleClaims c = DAY1.reconcile(ArticleClaims.empty(ARTICLE), TEXT, claimsOf(TEXT, S3, S1, S2));
		assertEquals(3, c.claims().size());
		assertEquals(List.of(S1, S2, S3), c.claims().stream().map(ClaimRecord::sentence).toList());
		Set<String> ids = new HashSet<>();
		for (ClaimRecord r : c.claims()) {
			assertEquals(ReviewStatus.NEW, r.status());
			assertEquals(AnchorState.ANCHORED, r.anchor());
			assertEquals(Instant.parse("2024-05-01T09:00:00Z"), r.created());
			assertEquals(r.created(), r.updated());
			assertEquals("", r.note());
			assertEquals(ARTICLE, r.article());
			assertAnchored(r, TEXT);
			assertTrue(ids.add(r.id()));
		}
		assertEquals("SUSE", only(c, S1).about().get(0).canonical());
	}

	@Test
	public void retaggingAnUnchangedArticleChangesNoByte() {
		ArticleClaims before = reviewed();
		ArticleClaims after = DAY2.reconcile(before, TEXT, claimsOf(TEXT, S1, S2, S3));
		assertEquals(before, after);
		assertEquals(ClaimStoreFormat.write(before), ClaimStoreFormat.write(after));
	}

	@Test
	public void insertionsBeforeTheClaimsMoveThemAndKeepTheReview() {
		ArticleClaims before = reviewed();
		String text = "Updated 2024: a new intro paragraph with \u00fcml\u00e4uts.\n\n" + TEXT.replace(
				"It was a long wait.", "It was a long wait, and \"many\" asked for it.");
		ArticleClaims after = DAY2.reconcile(before, text, claimsOf(text, S1, S2, S3));
		assertEquals(3, after.claims().size());
		for (ClaimRecord old : before.claims()) {
			ClaimRecord now = after.find(old.id()).orElseThrow();
			assertEquals(AnchorState.ANCHORED, now.anchor());
			assertEquals(old.status(), now.status());
			assertEquals(old.note(), now.note());
			assertEquals(old.created(), now.created());
			// A mere move is not an update.
			assertEquals(old.updated(), now.updated());
			assertNotEquals(old.span(), now.span());
			assertAnchored(now, text);
		}
		assertEquals("Per release notes.", only(after, S1).note());
	}

	@Test
	public void anEditedSentenceIsChangedWithItsOldTextUntilAcknowledged() {
		ArticleClaims before = reviewed();
		String edited = "SUSE Linux Enterprise Server 11 SP1 fully supports KVM for SUSE guests.";
		String text = TEXT.replace(S1, edited);
		ArticleClaims after = DAY2.reconcile(before, text, claimsOf(text, edited, S2, S3));
		assertEquals(3, after.claims().size());
		ClaimRecord r = only(after, edited);
		ClaimRecord old = only(before, S1);
		assertEquals(old.id(), r.id());
		assertEquals(AnchorState.CHANGED, r.anchor());
		assertEquals(S1, r.previousSentence());
		assertEquals(ReviewStatus.ACCEPTED, r.status());
		assertEquals("Per release notes.", r.note());
		assertEquals(old.created(), r.created());
		assertEquals(Instant.parse("2024-05-02T09:00:00Z"), r.updated());
		assertAnchored(r, text);

		// Re-tagging again keeps the flag; a second edit still shows the reviewed wording.
		assertEquals(after, DAY3.reconcile(after, text, claimsOf(text, edited, S2, S3)));
		String again = "SUSE Linux Enterprise Server 11 SP1 fully supports KVM for all SUSE guests.";
		String text2 = text.replace(edited, again);
		ClaimRecord twice = only(DAY3.reconcile(after, text2, claimsOf(text2, again, S2, S3)), again);
		assertEquals(r.id(), twice.id());
		assertEquals(S1, twice.previousSentence());

		// Editing it back to the reviewed wording ends the change.
		ClaimRecord reverted = only(DAY3.reconcile(after, TEXT, claimsOf(TEXT, S1, S2, S3)), S1);
		assertEquals(r.id(), reverted.id());
		assertEquals(AnchorState.ANCHORED, reverted.anchor());
		assertNull(reverted.previousSentence());

		ClaimRecord seen = twice.withChangeAcknowledged(REVIEWED);
		assertEquals(AnchorState.ANCHORED, seen.anchor());
		assertNull(seen.previousSentence());
	}

	@Test
	public void aRewrittenSentenceBetweenTheSameNeighboursIsChanged() {
		ArticleClaims before = reviewed();
		String rewrite = "SLES 11 SP1 added KVM as a hypervisor.";
		String text = TEXT.replace(S1, rewrite);
		assertTrue(ClaimReconciler.jaccard(ClaimReconciler.words(S1), ClaimReconciler.words(rewrite)) < 0.6);
		ClaimRecord r = only(DAY2.reconcile(before, text, claimsOf(text, rewrite, S2, S3)), rewrite);
		assertEquals(only(before, S1).id(), r.id());
		assertEquals(AnchorState.CHANGED, r.anchor());
		assertEquals(S1, r.previousSentence());
	}

	@Test
	public void anExtendedSentenceIsChangedNotAnchoredInsideTheNewOne() {
		ArticleClaims before = reviewed();
		String extended = "Since 2010, " + S2;
		String text = TEXT.replace(S2, extended);
		ArticleClaims after = DAY2.reconcile(before, text, claimsOf(text, S1, extended, S3));
		assertEquals(3, after.claims().size());
		ClaimRecord r = only(after, extended);
		assertEquals(only(before, S2).id(), r.id());
		assertEquals(AnchorState.CHANGED, r.anchor());
		assertEquals(ReviewStatus.REJECTED, r.status());
	}

	@Test
	public void aDeletedSentenceIsKeptAsRemovedAndComesBackWhenRestored() {
		ArticleClaims before = reviewed();
		String text = TEXT.replace(S1 + " It was a long wait. ", "");
		ArticleClaims after = DAY2.reconcile(before, text, claimsOf(text, S2, S3));
		assertEquals(3, after.claims().size());
		ClaimRecord gone = only(after, S1);
		assertEquals(AnchorState.REMOVED, gone.anchor());
		assertEquals(ReviewStatus.ACCEPTED, gone.status());
		assertEquals("Per release notes.", gone.note());
		assertEquals(only(before, S1).span(), gone.span());
		assertEquals(Instant.parse("2024-05-02T09:00:00Z"), gone.updated());
		assertAnchored(only(after, S2), text);
		assertEquals(after, DAY3.reconcile(after, text, claimsOf(text, S2, S3)));

		// git revert, undo: the sentence is back and so is its claim.
		ClaimRecord back = only(DAY3.reconcile(after, TEXT, claimsOf(TEXT, S1, S2, S3)), S1);
		assertEquals(gone.id(), back.id());
		assertEquals(AnchorState.ANCHORED, back.anchor());
		assertAnchored(back, TEXT);
	}

	@Test
	public void retaggingKeepsStatusAndNotesAndRefreshesTheTagging() {
		ArticleClaims before = reviewed();
		List<Claim> fresh = new ArrayList<>(claimsOf(TEXT, S2, S3));
		fresh.add(SampleClaims.claim(TEXT, TEXT.indexOf(S1), S1, ClaimKind.RELEASE, 0.75));
		ArticleClaims after = DAY2.reconcile(before, TEXT, fresh);
		ClaimRecord r = only(after, S1);
		assertEquals(only(before, S1).id(), r.id());
		assertEquals(ReviewStatus.ACCEPTED, r.status());
		assertEquals("Per release notes.", r.note());
		assertEquals(ClaimKind.RELEASE, r.kind());
		assertEquals(0.75, r.confidence(), 0);
		assertEquals(Instant.parse("2024-05-02T09:00:00Z"), r.updated());
		assertEquals(only(before, S2), only(after, S2));
	}

	/** Issue 12: a kind and polarity the analyst set survive re-tagging and the store file. */
	@Test
	public void theAnalystsKindAndPolaritySurviveRetaggingAndTheFile() throws Exception {
		ArticleClaims before = reviewed();
		ClaimRecord read = only(before, S3).withReading(ClaimKind.LICENSING, Polarity.NEGATED, REVIEWED);
		before = before.with(read);
		List<Claim> fresh = new ArrayList<>(claimsOf(TEXT, S1, S2));
		fresh.add(SampleClaims.claim(TEXT, TEXT.indexOf(S3), S3, ClaimKind.RELEASE, 0.75));
		ArticleClaims after = DAY2.reconcile(before, TEXT, fresh);
		ClaimRecord r = only(after, S3);
		assertEquals(ClaimKind.LICENSING, r.kind());
		assertEquals(Polarity.NEGATED, r.polarity());
		assertTrue(r.analystReading());
		assertEquals(0.75, r.confidence(), 0); // the rest of the tagging is refreshed

		String json = ClaimStoreFormat.write(after);
		assertTrue(json, json.contains("\"analystReading\": true"));
		assertEquals(1, json.split("analystReading", -1).length - 1); // only the claim that has it
		assertEquals(after, ClaimStoreFormat.read(json, "test"));
		try {
			ClaimStoreFormat.read(json.replace("\"analystReading\": true", "\"analystReading\": \"yes\""), "test");
			org.junit.Assert.fail("a non-boolean analystReading was read");
		} catch (ClaimStoreFormatException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("analystReading"));
		}
	}

	@Test
	public void aSentenceTheTaggerNoLongerReportsKeepsItsReview() {
		ArticleClaims before = reviewed();
		ArticleClaims after = DAY2.reconcile(before, TEXT, claimsOf(TEXT, S2, S3));
		assertEquals(only(before, S1), only(after, S1));
	}

	@Test
	public void repeatedSentencesKeepTheirOwnReviews() {
		String s = "Xen supports ARM.";
		String text = "Intro. " + s + " Alpha follows.\n\nMiddle part. " + s + " Beta follows.\n";
		ArticleClaims c = DAY1.reconcile(ArticleClaims.empty(ARTICLE), text, claimsOf(text, s));
		assertEquals(2, c.claims().size());
		ClaimRecord first = c.claims().get(0);
		ClaimRecord second = c.claims().get(1);
		assertNotEquals(first.id(), second.id());
		c = c.with(first.withStatus(ReviewStatus.ACCEPTED, REVIEWED))
				.with(second.withStatus(ReviewStatus.REJECTED, REVIEWED));

		// A long insertion before both, and a third copy in a new context in between.
		String edited = "A much longer introduction than before, written later. ".repeat(5) + "Intro. " + s
				+ " Alpha follows.\n\nQuote: " + s + " (sic)\n\nMiddle part. " + s + " Beta follows.\n";
		ArticleClaims after = DAY2.reconcile(c, edited, claimsOf(edited, s));
		assertEquals(3, after.claims().size());
		ClaimRecord a = after.find(first.id()).orElseThrow();
		ClaimRecord b = after.find(second.id()).orElseThrow();
		assertEquals(edited.indexOf("Intro. " + s) + 7, a.span().start());
		assertEquals(ReviewStatus.ACCEPTED, a.status());
		assertEquals(edited.indexOf("Middle part. " + s) + 13, b.span().start());
		assertEquals(ReviewStatus.REJECTED, b.status());
		ClaimRecord copy = after.claims().get(1);
		assertEquals(edited.indexOf("Quote: " + s) + 7, copy.span().start());
		assertEquals(ReviewStatus.NEW, copy.status());
		for (ClaimRecord r : after.claims()) {
			assertEquals(AnchorState.ANCHORED, r.anchor());
			assertAnchored(r, edited);
		}
	}

	@Test
	public void repeatsWithIdenticalSurroundingsKeepTheirOrder() {
		// Each repeat has the same hundred-odd characters on both sides: the context cannot tell
		// them apart, and after a long insertion the second one is nearer the first's new place.
		String filler = "Boilerplate paragraph that every section of this report repeats word for word. ".repeat(2);
		String s = "Xen supports ARM.";
		String block = filler + s + " " + filler;
		String text = block + block;
		ArticleClaims c = DAY1.reconcile(ArticleClaims.empty(ARTICLE), text, claimsOf(text, s));
		assertEquals(2, c.claims().size());
		c = c.with(c.claims().get(0).withStatus(ReviewStatus.ACCEPTED, REVIEWED));
		String edited = "A new preface. ".repeat(30) + text;
		ArticleClaims after = DAY2.reconcile(c, edited, claimsOf(edited, s));
		assertEquals(c.claims().stream().map(ClaimRecord::id).toList(),
				after.claims().stream().map(ClaimRecord::id).toList());
		assertEquals(ReviewStatus.ACCEPTED, after.claims().get(0).status());
		assertEquals(ReviewStatus.NEW, after.claims().get(1).status());
	}

	@Test
	public void rewrappingASentenceIsNoChange() {
		ArticleClaims before = reviewed();
		String wrapped = S1.replace(" supports ", "\n  supports ");
		String text = TEXT.replace(S1, wrapped);
		ClaimRecord r = only(DAY2.reconcile(before, text, claimsOf(text, wrapped, S2, S3)), wrapped);
		assertEquals(only(before, S1).id(), r.id());
		assertEquals(AnchorState.ANCHORED, r.anchor());
		assertNull(r.previousSentence());
	}

	@Test
	public void anUnrelatedNewSentenceIsANewClaimAndTheOldOneRemoved() {
		ArticleClaims before = reviewed();
		String other = "Oracle bought Sun Microsystems for 7.4 billion dollars.";
		String text = TEXT.replace(S3, other);
		ArticleClaims after = DAY2.reconcile(before, text, claimsOf(text, S1, S2, other));
		assertEquals(4, after.claims().size());
		assertEquals(AnchorState.REMOVED, only(after, S3).anchor());
		assertEquals(ReviewStatus.NEW, only(after, other).status());
	}

	@Test
	public void anArticleEditedWhileTheToolWasClosedIsReanchoredFromTheStore() throws Exception {
		Path project = tmp.newFolder("p").toPath();
		ClaimStore store = new ClaimStore(project);
		store.save(reviewed());
		// Later, after a git pull: only the stored claims and the new text are known.
		String edited = "SUSE Linux Enterprise Server 11 SP1 now supports KVM for SUSE guests.";
		String text = "New lead.\n\n" + TEXT.replace(S1, edited).replace(S2 + "\n\n", "\n\n");
		ArticleClaims after = store.update(ARTICLE,
				stored -> DAY2.reconcile(stored, text, claimsOf(text, edited, S3)));
		assertEquals(after, store.load(ARTICLE));
		assertEquals(AnchorState.CHANGED, only(after, edited).anchor());
		assertEquals(S1, only(after, edited).previousSentence());
		assertEquals(AnchorState.REMOVED, only(after, S2).anchor());
		assertEquals(ReviewStatus.REJECTED, only(after, S2).status());
		assertEquals(AnchorState.ANCHORED, only(after, S3).anchor());
		assertAnchored(only(after, S3), text);
		assertTrue(Files.readString(store.fileOf(ARTICLE)).contains("\"anchor\": \"changed\""));
	}

	@Test
	public void wordOverlap() {
		assertEquals(1.0, ClaimReconciler.jaccard(ClaimReconciler.words("KVM runs, fast."),
				ClaimReconciler.words("kvm RUNS fast")), 0);
		assertEquals(0.5, ClaimReconciler.jaccard(ClaimReconciler.words("a b c"), ClaimReconciler.words("b c d")),
				1e-9);
		assertEquals(Set.of("red", "hat", "s", "café", "11"), ClaimReconciler.words("Red Hat\u2019s caf\u00e9 11!"));
	}
}
