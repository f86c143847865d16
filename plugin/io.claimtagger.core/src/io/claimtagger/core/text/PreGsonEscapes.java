package io.claimtagger.core.text;

import java.io.IOException;
import java.io.Writer;
import java.nio.CharBuffer;

/**
 * Sits between Gson's {@code JsonWriter} and the text, turning the four escapes in which Gson
 * differs from the writer Claim Tagger used before it back into that writer's form: backspace and
 * form feed, which Gson writes as the short escapes b and f, get the six-character unicode escapes
 * of U+0008 and U+000C, and U+2028 and U+2029, which Gson escapes, are written as they are. Both
 * forms are the same JSON; keeping the old one means files written by earlier versions keep their
 * bytes and git shows no churn. Every other escape (quote, backslash, newline, return, tab, and
 * the unicode escape of the remaining control characters) is already the same. Gson writes a
 * backslash only to start an escape, so each one is decoded here.
 */
final class PreGsonEscapes extends Writer {

	private final Appendable out;
	/** An escape being read: empty, or a backslash and up to five more characters. */
	private final StringBuilder escape = new StringBuilder(6);

	PreGsonEscapes(Appendable out) {
		this.out = out;
	}

	@Override
	public void write(char[] chars, int offset, int length) throws IOException {
		copy(CharBuffer.wrap(chars), offset, length);
	}

	@Override
	public void write(String s, int offset, int length) throws IOException {
		copy(s, offset, length);
	}

	/** Copies runs without a backslash in one go; only escapes go character by character. */
	private void copy(CharSequence s, int offset, int length) throws IOException {
		int end = offset + length;
		int i = offset;
		while (i < end) {
			if (escape.length() > 0) {
				accept(s.charAt(i++));
				continue;
			}
			int run = i;
			while (run < end && s.charAt(run) != '\\') {
				run++;
			}
			out.append(s, i, run);
			i = run;
			if (i < end) {
				accept(s.charAt(i++));
			}
		}
	}

	private void accept(char c) throws IOException {
		if (escape.length() == 0) {
			if (c == '\\') {
				escape.append(c);
			} else {
				out.append(c);
			}
			return;
		}
		escape.append(c);
		if (escape.length() == 2) {
			switch (c) {
			case 'b' -> emit("\\u0008");
			case 'f' -> emit("\\u000c");
			case 'u' -> {
				// four hex digits follow
			}
			default -> emit(escape);
			}
		} else if (escape.length() == 6) {
			String unicode = escape.toString();
			emit(unicode.equals("\\u2028") ? "\u2028" : unicode.equals("\\u2029") ? "\u2029" : unicode);
		}
	}

	private void emit(CharSequence s) throws IOException {
		out.append(s);
		escape.setLength(0);
	}

	/** True when Gson stopped in the middle of an escape, which it never does. */
	boolean inEscape() {
		return escape.length() > 0;
	}

	@Override
	public void flush() {
	}

	@Override
	public void close() {
	}
}
