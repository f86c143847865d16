package io.claimtagger.core.compare;

import java.util.Locale;

/** How a claim differs between two revisions. */
public enum Change {
	/** Only in the new revision. */
	ADDED,
	/** Only in the old revision. */
	REMOVED,
	/** Other words, the same subjects, polarity and values. */
	REWORDED,
	/** Affirmed in one, negated in the other. */
	POLARITY,
	/** The tagger reads another kind of claim (support, release...). */
	KIND,
	/** About other vendors or products. */
	SUBJECTS,
	/** A date, price, version, percentage or quantity changed. */
	VALUE;

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}
}
