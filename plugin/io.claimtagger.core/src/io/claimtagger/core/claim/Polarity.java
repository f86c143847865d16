package io.claimtagger.core.claim;

import java.util.Locale;

/** Whether a claim asserts or denies ("OpenStack supports XenServer (which it doesn't ...)"). */
public enum Polarity {
	AFFIRMED, NEGATED;

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static Polarity fromId(String id) {
		for (Polarity p : values()) {
			if (p.id().equals(id)) {
				return p;
			}
		}
		throw new IllegalArgumentException("Unknown polarity '" + id + "'");
	}
}
