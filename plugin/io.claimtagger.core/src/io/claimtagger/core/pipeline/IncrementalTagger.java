package io.claimtagger.core.pipeline;

import java.util.ArrayList;
import java.util.List;

import io.claimtagger.core.claim.Claim;
import io.claimtagger.core.claim.ClaimExtractor;
import io.claimtagger.core.entity.TaggedSentence;
import io.claimtagger.core.text.TextSpan;

/**
 * Keeps one document's tagging up to date edit by edit, at a cost that grows with the edit, not
 * with the document: only the paragraphs an edit touches are split into sentences again, only
 * sentences whose text changed are tagged again (the pipeline caches by sentence text), and
 * claims are recomputed for those sentences and the two after them, which may refer back.
 * Everything else is shifted. Not thread-safe: one per document, used by one thread at a time.
 */
public final class IncrementalTagger {

	/** What one update changed: the new result and the range of the new text that was re-tagged. */
	public record Update(TaggedDocument document, TextSpan retagged) {
	}

	/** Sentences after an edit that can refer back into it ("It ...", "The company ..."). */
	private static final int REFERENCE_REACH = 2;

	private final TaggingPipeline pipeline;
	private final ClaimExtractor claims;
	private String text = "";
	private List<TaggedSentence> sentences = List.of();
	private List<Claim> claimList = List.of();

	public IncrementalTagger(TaggingPipeline pipeline) {
		this.pipeline = pipeline;
		this.claims = pipeline.claimExtractor();
	}

	public TaggedDocument document() {
		return new TaggedDocument(sentences, claimList);
	}

	/** Tags {@code newText} from scratch (the sentence cache still helps). */
	public TaggedDocument reset(String newText) {
		text = newText;
		TaggedDocument doc = pipeline.tag(newText);
		sentences = doc.sentences();
		claimList = doc.claims();
		return doc;
	}

	/**
	 * Applies one edit: in the previous text, {@code removedLength} characters at {@code offset}
	 * were replaced by {@code insertedLength} characters, giving {@code newText}.
	 */
	public Update update(String newText, int offset, int removedLength, int insertedLength) {
		int delta = insertedLength - removedLength;
		if (offset < 0 || removedLength < 0 || insertedLength < 0 || offset + removedLength > text.length()
				|| newText.length() != text.length() + delta) {
			// Not a consistent edit of what we hold (e.g. a missed event): start over.
			TaggedDocument doc = reset(newText);
			return new Update(doc, new TextSpan(0, newText.length()));
		}
		int from = paragraphStart(newText, offset);
		int to = paragraphEnd(newText, offset + insertedLength);
		int oldTo = to - delta; // the same place in the old text

		List<TaggedSentence> before = new ArrayList<>();
		List<TaggedSentence> after = new ArrayList<>();
		for (TaggedSentence s : sentences) {
			if (s.span().end() <= from) {
				before.add(s);
			} else if (s.span().start() >= oldTo) {
				after.add(shift(s, delta));
			}
		}
		List<TextSpan> spans = new ArrayList<>();
		for (TextSpan s : pipeline.sentences(newText.subSequence(from, to))) {
			spans.add(s.shift(from));
		}
		List<TaggedSentence> retagged = pipeline.tagSentences(newText, spans);

		List<TaggedSentence> all = new ArrayList<>(before.size() + retagged.size() + after.size());
		all.addAll(before);
		all.addAll(retagged);
		all.addAll(after);

		// Claims: keep those before, recompute the re-tagged sentences and the few after them.
		int firstRecomputed = before.size();
		int lastRecomputed = Math.min(all.size() - 1, before.size() + retagged.size() - 1 + REFERENCE_REACH);
		int recomputeEnd = lastRecomputed >= firstRecomputed ? all.get(lastRecomputed).span().end() : from;
		List<Claim> newClaims = new ArrayList<>();
		for (Claim c : claimList) {
			if (c.span().end() <= from) {
				newClaims.add(c);
			}
		}
		for (int i = firstRecomputed; i <= lastRecomputed; i++) {
			Claim c = claims.claimAt(newText, all, i);
			if (c != null) {
				newClaims.add(c);
			}
		}
		for (Claim c : claimList) {
			if (c.span().start() >= oldTo) {
				Claim shifted = shift(c, delta);
				if (shifted.span().start() >= recomputeEnd) {
					newClaims.add(shifted);
				}
			}
		}
		text = newText;
		sentences = List.copyOf(all);
		claimList = List.copyOf(newClaims);
		return new Update(document(), new TextSpan(from, Math.max(to, recomputeEnd)));
	}

	/** Start of the paragraph holding {@code offset}: after the previous blank line. */
	static int paragraphStart(CharSequence text, int offset) {
		int lineStart = lineStart(text, Math.min(offset, text.length()));
		while (lineStart > 0) {
			int previous = lineStart(text, lineStart - 1);
			if (isBlank(text, previous, lineStart - 1)) {
				break;
			}
			lineStart = previous;
		}
		return lineStart;
	}

	/** End of the paragraph holding {@code offset}: before the next blank line. */
	static int paragraphEnd(CharSequence text, int offset) {
		int length = text.length();
		int lineEnd = lineEnd(text, Math.min(offset, length));
		while (lineEnd < length) {
			int nextEnd = lineEnd(text, lineEnd + 1);
			if (isBlank(text, lineEnd + 1, nextEnd)) {
				break;
			}
			lineEnd = nextEnd;
		}
		return lineEnd;
	}

	private static int lineStart(CharSequence text, int offset) {
		int i = offset;
		while (i > 0 && text.charAt(i - 1) != '\n') {
			i--;
		}
		return i;
	}

	private static int lineEnd(CharSequence text, int offset) {
		int i = offset;
		while (i < text.length() && text.charAt(i) != '\n') {
			i++;
		}
		return i;
	}

	private static boolean isBlank(CharSequence text, int start, int end) {
		for (int i = start; i < end; i++) {
			if (!Character.isWhitespace(text.charAt(i))) {
				return false;
			}
		}
		return true;
	}

	private static TaggedSentence shift(TaggedSentence s, int delta) {
		if (delta == 0) {
			return s;
		}
		List<TextSpan> tokens = new ArrayList<>(s.tokens().size());
		for (TextSpan t : s.tokens()) {
			tokens.add(t.shift(delta));
		}
		return new TaggedSentence(s.span().shift(delta), tokens, s.entities().stream().map(e -> e.shift(delta)).toList());
	}

	private static Claim shift(Claim c, int delta) {
		if (delta == 0) {
			return c;
		}
		return new Claim(c.span().shift(delta), c.text(), c.about().stream().map(e -> e.shift(delta)).toList(), c.kind(),
				c.polarity(), c.confidence());
	}
}
