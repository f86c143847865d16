package io.claimtagger.core.store;

import static io.claimtagger.core.store.ReviewedClaims.record;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;

public class ClaimPlaceTest {

	private final ClaimRecord anchored = record(ReviewStatus.ACCEPTED, AnchorState.ANCHORED);
	private final ClaimRecord edited = record(ReviewStatus.ACCEPTED, AnchorState.CHANGED);
	private final ClaimRecord removed = record(ReviewStatus.ACCEPTED, AnchorState.REMOVED);

	@Test
	public void anEditedClaimIsStillInTheTextButNeedsASecondLook() {
		assertTrue(ClaimPlace.isInText(anchored));
		assertTrue(ClaimPlace.isInText(edited));
		assertFalse(ClaimPlace.isInText(removed));
		assertTrue(ClaimPlace.isEditedSinceReview(edited));
		assertFalse(ClaimPlace.isEditedSinceReview(anchored));
		assertFalse(ClaimPlace.isEditedSinceReview(removed));
		assertTrue(ClaimPlace.isRemoved(removed));
		assertFalse(ClaimPlace.isRemoved(edited));
	}

	@Test
	public void theCaretIsOnAClaimFromItsFirstLetterToJustAfterItsFullStop() {
		int start = anchored.span().start();
		int end = anchored.span().end();
		assertFalse(ClaimPlace.isAt(anchored, start - 1));
		assertTrue(ClaimPlace.isAt(anchored, start));
		assertTrue(ClaimPlace.isAt(anchored, start + 5));
		assertTrue(ClaimPlace.isAt(anchored, end));
		assertFalse(ClaimPlace.isAt(anchored, end + 1));
		assertTrue(ClaimPlace.isAt(edited, start + 5));
	}

	@Test
	public void aRemovedClaimIsNeverUnderTheCaret() {
		assertFalse(ClaimPlace.isAt(removed, removed.span().start() + 5));
	}

	/** Exporters point at a claim only where the text they export still holds its sentence. */
	@Test
	public void aClaimStandsInATextThatHoldsItsSentenceAtItsSpan() {
		String text = "Hypervisors\n\n" + anchored.sentence();
		assertTrue(ClaimPlace.fitsIn(anchored, text));
		assertTrue(ClaimPlace.standsIn(anchored, text));
		String rewritten = "Hypervisors\n\n" + "X".repeat(anchored.sentence().length());
		assertTrue(ClaimPlace.fitsIn(anchored, rewritten));
		assertFalse(ClaimPlace.standsIn(anchored, rewritten));
		String shortened = text.substring(0, anchored.span().end() - 1);
		assertFalse(ClaimPlace.fitsIn(anchored, shortened));
		assertFalse(ClaimPlace.standsIn(anchored, shortened));
		assertFalse(ClaimPlace.fitsIn(removed, text));
	}
}
