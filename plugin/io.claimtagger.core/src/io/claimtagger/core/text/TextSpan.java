package io.claimtagger.core.text;

/**
 * A half-open character range {@code [start, end)} into the analysed text, in Java {@code String}
 * (UTF-16) indices. Every result of the pipeline is anchored by one, so it maps straight onto
 * document positions.
 */
public record TextSpan(int start, int end) implements Comparable<TextSpan> {

	public TextSpan {
		if (start < 0 || end < start) {
			throw new IllegalArgumentException("Invalid span [" + start + ", " + end + ")");
		}
	}

	public int length() {
		return end - start;
	}

	public boolean contains(TextSpan other) {
		return start <= other.start && other.end <= end;
	}

	public boolean intersects(TextSpan other) {
		return start < other.end && other.start < end;
	}

	public TextSpan shift(int offset) {
		return new TextSpan(start + offset, end + offset);
	}

	public CharSequence in(CharSequence text) {
		return text.subSequence(start, end);
	}

	@Override
	public int compareTo(TextSpan o) {
		return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
	}
}
