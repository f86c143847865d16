package io.claimtagger.core.store;

/**
 * Whether a stored claim is still at its place in its article's current text, as the last
 * re-anchoring ({@link ClaimReconciler}) found it. Whoever selects, paints or jumps to a claim's
 * span asks here first: a removed claim's span is where the sentence last was, and pointing there
 * would mark whatever text has taken its place.
 */
public final class ClaimPlace {

	private ClaimPlace() {
	}

	/** The record's span is its sentence in the current text: anchored, or edited since review. */
	public static boolean isInText(ClaimRecord claim) {
		return claim.anchor() != AnchorState.REMOVED;
	}

	/** The sentence was edited after the review: the reviewer has to look at it again and acknowledge. */
	public static boolean isEditedSinceReview(ClaimRecord claim) {
		return claim.anchor() == AnchorState.CHANGED;
	}

	/** The sentence is gone from the text; the record stays so no review work is lost. */
	public static boolean isRemoved(ClaimRecord claim) {
		return claim.anchor() == AnchorState.REMOVED;
	}

	/**
	 * Whether a caret at {@code offset} is in the claim's sentence. Both ends count: a caret right
	 * before the first letter or right after the full stop is on the claim.
	 */
	public static boolean isAt(ClaimRecord claim, int offset) {
		return isInText(claim) && claim.span().start() <= offset && offset <= claim.span().end();
	}

	/** The claim is in the text and its span is a non-empty range of {@code text}: an export can point there. */
	public static boolean fitsIn(ClaimRecord claim, CharSequence text) {
		return isInText(claim) && claim.span().length() > 0 && claim.span().end() <= text.length();
	}

	/**
	 * {@code text} holds the claim's sentence at its span: the store is up to date with this version
	 * of the article (it may have been edited since the last tagging).
	 */
	public static boolean standsIn(ClaimRecord claim, String text) {
		return fitsIn(claim, text) && text.regionMatches(claim.span().start(), claim.sentence(), 0, claim.sentence().length());
	}
}
