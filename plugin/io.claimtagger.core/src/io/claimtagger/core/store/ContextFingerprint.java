package io.claimtagger.core.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

import io.claimtagger.core.text.TextSpan;
import io.claimtagger.core.text.Whitespace;

/**
 * Hashes of a claim's sentence and of the text just before and after it, kept so a claim can be
 * found again after its article was edited, also when the edit happened outside the tool and only
 * the new text is known. The neighbours are hashed separately: an edit on one side of the sentence
 * still leaves the other side as evidence.
 * <p>
 * All three hash whitespace-collapsed text, so re-wrapping a paragraph changes none of them. Each
 * neighbour is about {@value #NEIGHBOUR_CHARS} characters, roughly a sentence's worth, taken from
 * the text alone so that no sentence splitter is needed to compute it.
 *
 * @param sentence hash of the sentence
 * @param before   hash of the text just before it
 * @param after    hash of the text just after it
 */
public record ContextFingerprint(String sentence, String before, String after) {

	/** How much neighbouring text (after whitespace collapsing) each side hashes. */
	public static final int NEIGHBOUR_CHARS = 100;

	public ContextFingerprint {
		Objects.requireNonNull(sentence, "sentence");
		Objects.requireNonNull(before, "before");
		Objects.requireNonNull(after, "after");
	}

	public static ContextFingerprint of(CharSequence text, TextSpan span) {
		return new ContextFingerprint(hash(Whitespace.collapse(span.in(text))), hash(before(text, span.start())),
				hash(after(text, span.end())));
	}

	/** How many of the two neighbours (0, 1 or 2) are the same in both fingerprints. */
	public int neighboursMatching(ContextFingerprint other) {
		return (before.equals(other.before) ? 1 : 0) + (after.equals(other.after) ? 1 : 0);
	}

	/** Whether both sentences read the same apart from whitespace. */
	public boolean sameWording(ContextFingerprint other) {
		return sentence.equals(other.sentence);
	}

	/** About NEIGHBOUR_CHARS collapsed characters before {@code start}. */
	static String before(CharSequence text, int start) {
		return neighbour(text, start - 1, -1).reverse().toString();
	}

	/** About NEIGHBOUR_CHARS collapsed characters from {@code end}. */
	static String after(CharSequence text, int end) {
		return neighbour(text, end, 1).toString();
	}

	/** Collapsed characters walking from {@code from} in direction {@code step}, in walking order. */
	private static StringBuilder neighbour(CharSequence text, int from, int step) {
		return Whitespace.collapseWalking(text, from, step, NEIGHBOUR_CHARS);
	}

	/** First 64 bits of SHA-256 in hex: plenty to tell neighbours apart, short in the file. */
	static String hash(String s) {
		try {
			byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(digest, 0, 8);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("Every Java platform has SHA-256", e);
		}
	}
}
