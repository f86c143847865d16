package io.claimtagger.core.claim;

import java.util.Locale;

/** What a claim asserts, per the annotation guide. */
public enum ClaimKind {
	SUPPORT, RELEASE, LICENSING, COMPARISON, ACQUISITION, PARTNERSHIP, STRATEGY, OTHER;

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static ClaimKind fromId(String id) {
		for (ClaimKind k : values()) {
			if (k.id().equals(id)) {
				return k;
			}
		}
		throw new IllegalArgumentException("Unknown claim kind '" + id + "'");
	}
}
