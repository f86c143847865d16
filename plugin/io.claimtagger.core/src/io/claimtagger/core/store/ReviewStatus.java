package io.claimtagger.core.store;

import java.util.Locale;

/** The analyst's decision on a claim. Every claim starts as {@link #NEW}. */
public enum ReviewStatus {
	NEW, ACCEPTED, REJECTED, DISPUTED;

	/** The lower-case name used in the store files ({@code accepted}). */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static ReviewStatus fromId(String id) {
		for (ReviewStatus s : values()) {
			if (s.id().equals(id)) {
				return s;
			}
		}
		throw new IllegalArgumentException(
				"Unknown review status '" + id + "' (expected new, accepted, rejected or disputed)");
	}
}
