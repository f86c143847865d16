package io.claimtagger.core.text;

import java.util.Arrays;

/**
 * Line numbers of text offsets, as an editor counts them: 1-based, a line ending at {@code \n},
 * {@code \r\n} or a lone {@code \r}. Built once per text; each lookup is a binary search, so a
 * table of thousands of claims does not rescan the article for every row.
 */
public final class LineIndex {

	/** Offsets where lines 2, 3, ... start. */
	private final int[] lineStarts;
	private final int length;

	private LineIndex(int[] lineStarts, int length) {
		this.lineStarts = lineStarts;
		this.length = length;
	}

	public static LineIndex of(CharSequence text) {
		int[] starts = new int[16];
		int count = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '\n' || c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n')) {
				if (count == starts.length) {
					starts = Arrays.copyOf(starts, count * 2);
				}
				starts[count++] = i + 1;
			}
		}
		return new LineIndex(Arrays.copyOf(starts, count), text.length());
	}

	/** The 1-based line of {@code offset}; offsets past the end count as the last line. */
	public int lineOf(int offset) {
		if (offset < 0) {
			throw new IllegalArgumentException("negative offset " + offset);
		}
		int found = Arrays.binarySearch(lineStarts, Math.min(offset, length));
		// An exact hit is the first character of line found + 2; otherwise the insertion point
		// counts the line starts at or before the offset.
		return found >= 0 ? found + 2 : -found;
	}

	/** The number of lines, at least 1. */
	public int lineCount() {
		return lineStarts.length + 1;
	}
}
