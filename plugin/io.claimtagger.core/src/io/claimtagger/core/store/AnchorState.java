package io.claimtagger.core.store;

import java.util.Locale;

/**
 * How a stored claim relates to the current text of its article, as found by the last
 * {@link ClaimReconciler re-anchoring}.
 */
public enum AnchorState {
	/** The claim's sentence is in the text, at the record's span. */
	ANCHORED,
	/**
	 * The sentence was edited: the record now points at the new wording and keeps the wording the
	 * review was made on, until the analyst acknowledges the change.
	 */
	CHANGED,
	/** The sentence is no longer in the text; the record is kept so no review work is lost. */
	REMOVED;

	/** The lower-case name used in the store files ({@code changed}). */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static AnchorState fromId(String id) {
		for (AnchorState s : values()) {
			if (s.id().equals(id)) {
				return s;
			}
		}
		throw new IllegalArgumentException(
				"Unknown anchor state '" + id + "' (expected anchored, changed or removed)");
	}
}
