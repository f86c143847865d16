package io.claimtagger.benchmarks;

import java.util.List;

import io.claimtagger.core.entity.TaggedSentence;
import io.claimtagger.core.pipeline.TaggedDocument;
import io.claimtagger.core.text.TextSpan;

/**
 * One typo-sized edit of a document, as {@link io.claimtagger.core.pipeline.IncrementalTagger#update}
 * takes it: in the old text, {@code removed} characters at {@code offset} became
 * {@code inserted} characters, giving {@code text}.
 * <p>
 * Edit {@code n} goes inside a word of one of the {@value #SENTENCES} sentences around the middle
 * of the document, rotating over the sentences and over the words within them. Every edit thus
 * gives its sentence a text never seen before (no cache hit, which undoing an edit would be),
 * while the sentence stays realistic (typing at one spot over and over would grow one absurd
 * word, and the tokenizer's cost grows with word length).
 */
record TypoEdit(String text, int offset, int removed, int inserted) {

	/** How many sentences around the middle the edits rotate over. */
	static final int SENTENCES = 20;

	/** Edit {@code n}: one letter typed inside a word; everything after it shifts by one. */
	static TypoEdit insert(TaggedDocument doc, String text, int n) {
		int at = point(doc, text, n);
		return new TypoEdit(text.substring(0, at) + (char) ('a' + n % 26) + text.substring(at), at, 0, 1);
	}

	/** Edit {@code n}: one letter of a word replaced by another; nothing shifts. */
	static TypoEdit replace(TaggedDocument doc, String text, int n) {
		// Offset by 7 from the inserts' rotation, so the two kinds do not hit the same letters.
		int at = point(doc, text, n + 7);
		char c = (char) ('a' + (n * 11 + 3) % 26);
		if (c == text.charAt(at)) {
			c = c == 'z' ? 'a' : (char) (c + 1);
		}
		return new TypoEdit(text.substring(0, at) + c + text.substring(at + 1), at, 1, 1);
	}

	/**
	 * Where edit {@code n} goes: after the first letter of a word of three letters or more in
	 * sentence {@code n % SENTENCES} of those around the middle, its {@code n / SENTENCES}-th such
	 * word, cycling.
	 */
	static int point(TaggedDocument doc, String text, int n) {
		List<TaggedSentence> sentences = doc.sentences();
		int first = Math.max(0, sentences.size() / 2 - SENTENCES / 2);
		for (int s = 0; s < sentences.size(); s++) {
			TaggedSentence sentence = sentences.get((first + (n + s) % SENTENCES) % sentences.size());
			List<TextSpan> words = sentence.tokens().stream().filter(t -> isWord(text, t)).toList();
			if (!words.isEmpty()) {
				return words.get((n / SENTENCES) % words.size()).start() + 1;
			}
		}
		throw new IllegalStateException("no word to edit in the middle of the document");
	}

	private static boolean isWord(String text, TextSpan token) {
		if (token.length() < 3) {
			return false;
		}
		for (int i = token.start(); i < token.end(); i++) {
			if (!Character.isLetter(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}
}
