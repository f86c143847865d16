package io.claimtagger.core.export;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertSame;

import java.time.Instant;
import java.util.List;

import org.junit.Test;

import io.claimtagger.core.store.ArticleClaims;
import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.core.store.ReviewStatus;

public class ImportMergeTest {

	private static final Instant LATER = Instant.parse("2024-06-01T12:00:00Z");
	private static final Instant EARLIER = Instant.parse("2024-04-01T12:00:00Z");

	private static ClaimRecord first(ArticleClaims claims) {
		return claims.claims().get(0);
	}

	@Test
	public void aNewerDecisionFromTheImportWinsAndKeepsTheStoredRecord() {
		ArticleClaims stored = ExportSamples.claims();
		ClaimRecord theirs = first(stored).withStatus(ReviewStatus.DISPUTED, LATER).withNote("Only on x86", LATER);
		ArticleClaims merged = ImportMerge.merge(stored, stored.with(theirs));
		ClaimRecord mine = first(merged);
		assertEquals(ReviewStatus.DISPUTED, mine.status());
		assertEquals("Only on x86", mine.note());
		assertEquals(LATER, mine.updated());
		assertEquals(first(stored).span(), mine.span());
		assertEquals(2, merged.claims().size());
	}

	@Test
	public void anOlderDecisionNeverUndoesANewerOne() {
		ArticleClaims stored = ExportSamples.claims();
		ClaimRecord old = first(stored).withStatus(ReviewStatus.REJECTED, EARLIER);
		assertSame(stored, ImportMerge.merge(stored, stored.with(old)));
	}

	/** Issue 14 row 8: an export dated in the future never reverts a decision made here. */
	@Test
	public void aDecisionDatedInTheFutureNeverRevertsALocalOne() {
		Instant now = Instant.parse("2026-12-03T10:00:00Z");
		ArticleClaims stored = ExportSamples.claims();
		ArticleClaims local = stored.with(first(stored).withStatus(ReviewStatus.REJECTED, now.minusSeconds(60)));
		ClaimRecord future = first(stored).withStatus(ReviewStatus.ACCEPTED, Instant.parse("2030-01-01T00:00:00Z"));
		assertSame(local, ImportMerge.merge(local, stored.with(future), now));
		// Within the clock skew another machine's newer decision still counts.
		ClaimRecord skewed = first(stored).withStatus(ReviewStatus.ACCEPTED, now.plusSeconds(120));
		assertEquals(ReviewStatus.ACCEPTED, first(ImportMerge.merge(local, stored.with(skewed), now)).status());
	}

	@Test
	public void claimsOnlyInTheImportAreAddedUnderTheStoredArticlePath() {
		ArticleClaims stored = new ArticleClaims(ExportSamples.ARTICLE, List.of(first(ExportSamples.claims())));
		ArticleClaims imported = ExportSamples.claims().movedTo("elsewhere/kvm.txt");
		ArticleClaims merged = ImportMerge.merge(stored, imported);
		assertEquals(ExportSamples.claims(), merged);
	}

	@Test
	public void claimsOnlyInTheStoreStayAndImportingTwiceChangesNothing() {
		ArticleClaims stored = ExportSamples.claims();
		ArticleClaims imported = new ArticleClaims(ExportSamples.ARTICLE,
				List.of(first(stored).withStatus(ReviewStatus.REJECTED, LATER)));
		ArticleClaims once = ImportMerge.merge(stored, imported);
		assertEquals(2, once.claims().size());
		assertEquals(ReviewStatus.REJECTED, first(once).status());
		assertEquals(once, ImportMerge.merge(once, imported));
	}
}
