package io.claimtagger.core.text;

/** Whitespace runs as one space, ends trimmed: how names and sentences compare across line wraps. */
public final class Whitespace {

	private Whitespace() {
	}

	public static String collapse(CharSequence s) {
		return collapseWalking(s, 0, 1, Integer.MAX_VALUE).toString();
	}

	/**
	 * Collapses the characters met walking from {@code from} in direction {@code step} (+1 or -1),
	 * in walking order, until {@code limit} characters are collected or the text ends. A leading
	 * run is dropped; a trailing one is not appended.
	 */
	public static StringBuilder collapseWalking(CharSequence s, int from, int step, int limit) {
		StringBuilder b = new StringBuilder(Math.min(limit, s.length()));
		boolean space = false;
		for (int i = from; i >= 0 && i < s.length() && b.length() < limit; i += step) {
			char c = s.charAt(i);
			if (Character.isWhitespace(c)) {
				space = b.length() > 0;
			} else {
				if (space) {
					b.append(' ');
					space = false;
				}
				b.append(c);
			}
		}
		return b;
	}
}
