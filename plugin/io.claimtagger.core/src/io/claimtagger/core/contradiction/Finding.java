package io.claimtagger.core.contradiction;

import java.util.Locale;

/**
 * Two claims that cannot both hold, or a later one that makes an earlier one out of date.
 *
 * @param type       contradiction or supersedes
 * @param first      the earlier claim (for supersedes: the one superseded); for two claims of
 *                   the same or unknown date, the one first in article order
 * @param second     the other claim
 * @param subject    the subject they share (canonical name, with version)
 * @param reason     in words: what differs
 * @param confidence 0..1
 */
public record Finding(Type type, DatedClaim first, DatedClaim second, String subject, String reason, double confidence) {

	public enum Type {
		CONTRADICTION, SUPERSEDES;

		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** Stable identity of the pair, for decisions kept in the project store: both claim keys, sorted. */
	public String id() {
		String a = first.key();
		String b = second.key();
		return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
	}
}
