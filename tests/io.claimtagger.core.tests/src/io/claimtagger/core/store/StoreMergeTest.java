package io.claimtagger.core.store;

import static org.junit.Assert.assertEquals;

import java.time.Instant;
import java.util.List;

import org.junit.Test;

/** Issue 14 row 3: a git merge of a claims file loses no decision and no note. */
public class StoreMergeTest {

	private static final Instant T0 = Instant.parse("2026-11-01T10:00:00Z");
	private static final Instant T1 = T0.plusSeconds(3600);
	private static final Instant T2 = T0.plusSeconds(7200);

	private static ClaimRecord claim(ArticleClaims claims, int i) {
		return claims.claims().get(i);
	}

	@Test
	public void decisionsAndNotesOfBothSidesSurvive() {
		ArticleClaims base = ClaimStoreFormatTest.sample();
		ClaimRecord a = claim(base, 0);
		ClaimRecord b = claim(base, 1);
		ArticleClaims ours = base.with(a.withStatus(ReviewStatus.ACCEPTED, T1)).with(b.withNote("checked: yes", T1));
		ArticleClaims theirs = base.with(b.withNote("source: press release", T2).withStatus(ReviewStatus.REJECTED, T2));

		ArticleClaims merged = StoreMerge.merge(base, ours, theirs);
		assertEquals(ReviewStatus.ACCEPTED, merged.find(a.id()).orElseThrow().status()); // only ours changed it
		ClaimRecord mergedB = merged.find(b.id()).orElseThrow();
		assertEquals(ReviewStatus.REJECTED, mergedB.status()); // only theirs changed it
		assertEquals("checked: yes" + StoreMerge.NOTE_SEPARATOR + "source: press release", mergedB.note());
		assertEquals(T2, mergedB.updated());
		assertEquals(2, merged.claims().size());
		// The same merge the other way round keeps the same decisions.
		ArticleClaims reversed = StoreMerge.merge(base, theirs, ours);
		assertEquals(ReviewStatus.ACCEPTED, reversed.find(a.id()).orElseThrow().status());
		assertEquals(ReviewStatus.REJECTED, reversed.find(b.id()).orElseThrow().status());
	}

	@Test
	public void whenBothSidesDecidedTheLaterDecisionWins() {
		ArticleClaims base = ClaimStoreFormatTest.sample();
		ClaimRecord a = claim(base, 0);
		ArticleClaims ours = base.with(a.withStatus(ReviewStatus.ACCEPTED, T2));
		ArticleClaims theirs = base.with(a.withStatus(ReviewStatus.REJECTED, T1));
		assertEquals(ReviewStatus.ACCEPTED, StoreMerge.merge(base, ours, theirs).find(a.id()).orElseThrow().status());
		assertEquals(ReviewStatus.ACCEPTED, StoreMerge.merge(base, theirs, ours).find(a.id()).orElseThrow().status());
	}

	/** The analyst's kind on one side is kept over a later re-tagging on the other. */
	@Test
	public void theAnalystsReadingOfOneSideSurvivesTheOthersLaterChange() {
		ArticleClaims base = ClaimStoreFormatTest.sample();
		ClaimRecord a = claim(base, 0);
		io.claimtagger.core.claim.ClaimKind other = a.kind() == io.claimtagger.core.claim.ClaimKind.STRATEGY
				? io.claimtagger.core.claim.ClaimKind.PARTNERSHIP : io.claimtagger.core.claim.ClaimKind.STRATEGY;
		ArticleClaims ours = base.with(a.withReading(other, a.polarity(), T1));
		ArticleClaims theirs = base.with(a.withStatus(ReviewStatus.ACCEPTED, T2));
		for (ArticleClaims merged : List.of(StoreMerge.merge(base, ours, theirs), StoreMerge.merge(base, theirs, ours))) {
			ClaimRecord m = merged.find(a.id()).orElseThrow();
			assertEquals(other, m.kind());
			assertEquals(true, m.analystReading());
			assertEquals(ReviewStatus.ACCEPTED, m.status());
		}
	}

	@Test
	public void claimsFoundOnEitherSideAreAllKept() {
		ArticleClaims both = ClaimStoreFormatTest.sample();
		ArticleClaims ours = new ArticleClaims(both.article(), List.of(claim(both, 0)));
		ArticleClaims theirs = new ArticleClaims(both.article(), List.of(claim(both, 1)));
		ArticleClaims merged = StoreMerge.merge(ArticleClaims.empty(both.article()), ours, theirs);
		assertEquals(both, merged);
	}

	/** Content ids: the same claim found on two branches at different times has one id. */
	@Test
	public void theSameClaimFoundAtDifferentTimesHasTheSameId() {
		String text = "Red Hat ships KVM in RHEL 6.";
		var claim = SampleClaims.claimsOf(text, text).get(0);
		assertEquals(ClaimRecord.found("a.txt", claim, text, T0, 0).id(), ClaimRecord.found("a.txt", claim, text, T2, 0).id());
	}
}
