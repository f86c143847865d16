package io.claimtagger.core.text;

/** Whitespace runs as one space, ends trimmed: how names and sentences compare across line wraps. */
public final class Whitespace {

	private Whitespace() {
	}

	public static String collapse(CharSequence s) {
		StringBuilder b = new StringBuilder(s.length());
		boolean space = false;
		for (int i = 0; i < s.length(); i++) {
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
		return b.toString();
	}
}
