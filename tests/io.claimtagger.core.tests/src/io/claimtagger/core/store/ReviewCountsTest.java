package io.claimtagger.core.store;

import static io.claimtagger.core.store.ReviewedClaims.record;
import static org.junit.Assert.assertEquals;

import java.util.List;

import org.junit.Test;

public class ReviewCountsTest {

	@Test
	public void countsEachStatusAndTheEditedClaimsWhateverTheirStatus() {
		ReviewCounts counts = ReviewCounts.of(List.of(record(ReviewStatus.NEW, AnchorState.ANCHORED),
				record(ReviewStatus.NEW, AnchorState.REMOVED), record(ReviewStatus.ACCEPTED, AnchorState.CHANGED),
				record(ReviewStatus.DISPUTED, AnchorState.CHANGED), record(ReviewStatus.DISPUTED, AnchorState.ANCHORED)));
		assertEquals(5, counts.total());
		assertEquals(2, counts.toReview());
		assertEquals(2, counts.withStatus(ReviewStatus.NEW));
		assertEquals(1, counts.withStatus(ReviewStatus.ACCEPTED));
		assertEquals(0, counts.withStatus(ReviewStatus.REJECTED));
		assertEquals(2, counts.withStatus(ReviewStatus.DISPUTED));
		assertEquals(2, counts.edited());
	}

	@Test
	public void noClaimsCountZeroEverywhere() {
		ReviewCounts counts = ReviewCounts.of(List.of());
		assertEquals(0, counts.total());
		for (ReviewStatus s : ReviewStatus.values()) {
			assertEquals(0, counts.withStatus(s));
		}
		assertEquals(0, counts.edited());
	}
}
