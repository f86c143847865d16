package io.claimtagger.core.sentence;

import java.util.ArrayList;
import java.util.List;

import io.claimtagger.core.text.TextSpan;

/**
 * The longest "sentence" the rest of the pipeline sees. OpenNLP's name finder costs grow with the
 * square of a sentence's length (a 1 MB line without punctuation never finished), so a sentence
 * longer than {@link #MAX_CHARS} is cut into pieces of at most that length: after the last clause
 * mark ({@code ; : ,} or a dash) in the second half of the window, else after the last space, else
 * (one endless token) at the window's end. Real sentences are far shorter; the cut only bounds the
 * work on pasted logs, tables and hostile input.
 */
final class SentenceLimit {

	/** About 180 words; the longest sentences of the evaluation articles are under 600 characters. */
	static final int MAX_CHARS = 1_200;

	private SentenceLimit() {
	}

	/** {@code sentence} itself when short enough, else its pieces, in order, trimmed, none empty. */
	static List<TextSpan> bound(CharSequence text, TextSpan sentence) {
		if (sentence.length() <= MAX_CHARS) {
			return List.of(sentence);
		}
		List<TextSpan> pieces = new ArrayList<>();
		int start = sentence.start();
		while (start < sentence.end()) {
			int limit = Math.min(sentence.end(), start + MAX_CHARS);
			int cut = limit == sentence.end() ? limit : cutBefore(text, start, limit);
			TextSpan piece = TextBlocks.trim(text, start, cut);
			if (piece != null) {
				pieces.add(piece);
			}
			start = cut;
		}
		return pieces;
	}

	/** Where to end a piece that starts at {@code start} and may not reach past {@code limit}. */
	private static int cutBefore(CharSequence text, int start, int limit) {
		int half = start + (limit - start) / 2;
		int space = -1;
		for (int i = limit - 1; i > start; i--) {
			char c = text.charAt(i);
			if (i >= half && (c == ';' || c == ':' || c == ',' || c == '\u2014' || c == '\u2013')
					&& Character.isWhitespace(text.charAt(Math.min(i + 1, limit - 1)))) {
				return i + 1;
			}
			if (space < 0 && Character.isWhitespace(c)) {
				space = i;
			}
		}
		return space > start ? space : limit;
	}
}
