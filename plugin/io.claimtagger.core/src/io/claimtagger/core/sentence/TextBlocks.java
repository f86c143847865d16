package io.claimtagger.core.sentence;

import java.util.ArrayList;
import java.util.List;

import io.claimtagger.core.text.TextSpan;

/**
 * Cuts an article into blocks that no sentence may cross: paragraphs, headings, bylines, list
 * items. OpenNLP's sentence model only sees punctuation, so without this a heading ("Virtualize
 * Java without an Operating System") would be glued to the first sentence under it.
 */
final class TextBlocks {

	/** A paragraph's lines are soft-wrapped prose when every line but the last is at least this long. */
	private static final int MIN_WRAPPED_LINE = 50;
	/**
	 * No editor wraps prose wider than this: a paragraph with a longer line is written one line per
	 * unit, so a shorter line above it (a press release's deck under its title) is a block of its own.
	 */
	private static final int MAX_WRAPPED_LINE = 150;

	private TextBlocks() {
	}

	static List<TextSpan> of(CharSequence text) {
		List<TextSpan> blocks = new ArrayList<>();
		List<TextSpan> paragraph = new ArrayList<>();
		int length = text.length();
		int lineStart = 0;
		while (lineStart <= length) {
			int lineEnd = lineStart;
			while (lineEnd < length && text.charAt(lineEnd) != '\n') {
				lineEnd++;
			}
			TextSpan line = trim(text, lineStart, lineEnd);
			if (line == null) {
				flush(text, paragraph, blocks);
			} else {
				if (!paragraph.isEmpty() && startsListItem(text, line)) {
					flush(text, paragraph, blocks);
				}
				paragraph.add(line);
			}
			lineStart = lineEnd + 1;
		}
		flush(text, paragraph, blocks);
		return blocks;
	}

	private static void flush(CharSequence text, List<TextSpan> paragraph, List<TextSpan> blocks) {
		if (paragraph.isEmpty()) {
			return;
		}
		boolean wrapped = paragraph.get(paragraph.size() - 1).length() <= MAX_WRAPPED_LINE;
		for (int i = 0; i < paragraph.size() - 1 && wrapped; i++) {
			TextSpan line = paragraph.get(i);
			wrapped = line.length() >= MIN_WRAPPED_LINE && line.length() <= MAX_WRAPPED_LINE
					&& !startsListItem(text, line);
		}
		if (wrapped) {
			blocks.add(new TextSpan(paragraph.get(0).start(), paragraph.get(paragraph.size() - 1).end()));
		} else {
			blocks.addAll(paragraph);
		}
		paragraph.clear();
	}

	private static boolean startsListItem(CharSequence text, TextSpan line) {
		char c = text.charAt(line.start());
		if (c == '#' || c == '>' || c == '|') {
			return true;
		}
		boolean bullet = c == '-' || c == '*' || c == '+' || c == '\u2022';
		return bullet && line.length() > 1 && Character.isWhitespace(text.charAt(line.start() + 1));
	}

	static TextSpan trim(CharSequence text, int start, int end) {
		while (start < end && Character.isWhitespace(text.charAt(start))) {
			start++;
		}
		while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		return start == end ? null : new TextSpan(start, end);
	}
}
