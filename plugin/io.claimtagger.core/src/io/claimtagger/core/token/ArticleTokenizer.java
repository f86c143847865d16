package io.claimtagger.core.token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.claimtagger.core.text.TextSpan;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * OpenNLP's English tokenizer, refined so that no name hides inside a bigger token: hyphens,
 * slashes and dashes become tokens of their own ({@code OpenStack-based}, {@code Xen/Linux}),
 * possessive {@code 's} is split off even with a typographic apostrophe, and quotes or brackets
 * left stuck to a word are separated. Training and tagging both use this class, so the name
 * finder always sees the same token boundaries. Not thread-safe; the model is shared.
 */
public final class ArticleTokenizer implements TokenSplitter {

	private final TokenizerME tokenizer;

	public ArticleTokenizer(TokenizerModel model) {
		this.tokenizer = new TokenizerME(model);
	}

	@Override
	public List<TextSpan> tokenize(CharSequence text, TextSpan sentence) {
		String sentenceText = sentence.in(text).toString();
		List<TextSpan> tokens = new ArrayList<>();
		Span[] spans = tokenizer.tokenizePos(sentenceText);
		for (int i = 0; i < spans.length; i++) {
			int start = spans[i].getStart();
			int end = spans[i].getEnd();
			// The model sometimes cuts inside a word ("Sang|for", "n|pm", "AWSNode|Template", "3|PAR"):
			// letters and digits that touch are one word, and a name is never half of one.
			while (i + 1 < spans.length && spans[i + 1].getStart() == end && Character.isLetterOrDigit(sentenceText.charAt(end - 1))
					&& Character.isLetterOrDigit(sentenceText.charAt(end))) {
				end = spans[++i].getEnd();
			}
			refine(sentenceText, start, end, sentence.start(), tokens);
		}
		splitFinalPeriod(text, tokens);
		return tokens;
	}

	/**
	 * The sentence's full stop, left on its last word when that word looks like an abbreviation
	 * ("... from AMD."), is split off: it is never part of a name. Abbreviations that end a
	 * sentence ("Acme Inc.", "U.S.") keep theirs.
	 */
	static void splitFinalPeriod(CharSequence text, List<TextSpan> tokens) {
		int last = tokens.size() - 1;
		while (last > 0 && tokens.get(last).length() == 1 && isDetachable(text.charAt(tokens.get(last).start()))) {
			last--;
		}
		if (last < 0) {
			return;
		}
		TextSpan t = tokens.get(last);
		String word = t.in(text).toString();
		if (word.length() < 2 || word.charAt(word.length() - 1) != '.') {
			return;
		}
		String stem = word.substring(0, word.length() - 1);
		if (stem.indexOf('.') >= 0 || ABBREVIATIONS.contains(stem.toLowerCase(Locale.ROOT))
				|| !Character.isLetterOrDigit(stem.charAt(stem.length() - 1))) {
			return;
		}
		tokens.set(last, new TextSpan(t.start(), t.end() - 1));
		tokens.add(last + 1, new TextSpan(t.end() - 1, t.end()));
	}

	/** Words written with a full stop of their own (company forms, titles, "etc."). */
	private static final Set<String> ABBREVIATIONS = Set.of("inc", "corp", "ltd", "co", "llc",
			"plc", "jr", "sr", "dr", "mr", "mrs", "ms", "st", "etc", "vs", "no", "approx", "al");

	/** Applies the refinements to one token of {@code s} and appends the pieces, shifted by {@code offset}. */
	static void refine(String s, int start, int end, int offset, List<TextSpan> out) {
		// Opening quotes and brackets.
		while (end - start > 1 && isDetachable(s.charAt(start))) {
			out.add(new TextSpan(offset + start, offset + start + 1));
			start++;
		}
		// Closing quotes, brackets and a possessive, collected right to left.
		List<TextSpan> tail = new ArrayList<>(2);
		boolean changed = true;
		while (changed && end - start > 1) {
			changed = false;
			if (isDetachable(s.charAt(end - 1))) {
				tail.add(0, new TextSpan(offset + end - 1, offset + end));
				end--;
				changed = true;
			} else if (end - start > 2 && (s.charAt(end - 1) == 's' || s.charAt(end - 1) == 'S')
					&& isApostrophe(s.charAt(end - 2)) && (Character.isLetterOrDigit(s.charAt(end - 3)) || s.charAt(end - 3) == '.')) {
				// "Inc.'s" too: the company's, after its abbreviation's full stop
				tail.add(0, new TextSpan(offset + end - 2, offset + end));
				end -= 2;
				changed = true;
			}
		}
		int pieceStart = start;
		for (int i = start; i < end; i++) {
			if (isJoiner(s.charAt(i)) && end - start > 1) {
				if (i > pieceStart) {
					out.add(new TextSpan(offset + pieceStart, offset + i));
				}
				out.add(new TextSpan(offset + i, offset + i + 1));
				pieceStart = i + 1;
			}
		}
		if (pieceStart < end) {
			out.add(new TextSpan(offset + pieceStart, offset + end));
		}
		out.addAll(tail);
	}

	private static boolean isJoiner(char c) {
		return c == '-' || c == '/' || c == '\u2013' || c == '\u2014' || c == '\u2010' || c == '\u2011';
	}

	private static boolean isApostrophe(char c) {
		return c == '\'' || c == '\u2019';
	}

	private static boolean isDetachable(char c) {
		switch (c) {
		case '"': case '\'': case '\u201C': case '\u201D': case '\u2018': case '\u2019':
		case '(': case ')': case '[': case ']': case '{': case '}': case '\u00AB': case '\u00BB':
			return true;
		default:
			return false;
		}
	}
}
