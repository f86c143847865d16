package io.claimtagger.core.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.claimtagger.core.claim.Claim;
import io.claimtagger.core.claim.ClaimExtractor;
import io.claimtagger.core.entity.DocumentNames;
import io.claimtagger.core.entity.TaggedSentence;
import io.claimtagger.core.text.TextSpan;

/**
 * Keeps one document's tagging up to date edit by edit, at a cost that grows with the edits, not
 * with the document: only the paragraphs the edits touch are split into sentences again, only
 * sentences whose text changed are tagged again (the pipeline caches by sentence text), and
 * claims are recomputed for those sentences and the two after them, which may refer back.
 * Everything else is shifted. Not thread-safe: one per document, used by one thread at a time.
 */
public final class IncrementalTagger {

	/**
	 * One replacement, in the coordinates of the text just before it: {@code removedLength}
	 * characters at {@code offset} became {@code insertedLength} characters (a document event).
	 */
	public record Edit(int offset, int removedLength, int insertedLength) {

		int delta() {
			return insertedLength - removedLength;
		}
	}

	/**
	 * What one update changed: the new result and the ranges of the new text that were re-tagged,
	 * in order and disjoint (highlights elsewhere only moved).
	 */
	public record Update(TaggedDocument document, List<TextSpan> ranges) {

		public Update {
			ranges = List.copyOf(ranges);
		}

		/** From the first re-tagged character to the last (empty when nothing was). */
		public TextSpan retagged() {
			return ranges.isEmpty() ? new TextSpan(0, 0) : new TextSpan(ranges.get(0).start(), ranges.get(ranges.size() - 1).end());
		}
	}

	/** Sentences after an edit that can refer back into it ("It ...", "The company ..."). */
	private static final int REFERENCE_REACH = 2;

	private final TaggingPipeline pipeline;
	private final ClaimExtractor claims;
	private String text = "";
	/**
	 * Each sentence as tagged on its own, before the article's names changed it; null where they
	 * did not (most sentences), so an edit shifts one copy of those, not two.
	 */
	private List<TaggedSentence> found = List.of();
	/** Per sentence, what it offers the article's names (moved, not recomputed, by edits elsewhere). */
	private List<DocumentNames.Contribution> contributions = List.of();
	private DocumentNames names = DocumentNames.NONE;
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
		List<TaggedSentence> alone = pipeline.tagSentences(newText, pipeline.sentences(newText));
		contributions = new ArrayList<>(alone.size());
		for (TaggedSentence s : alone) {
			contributions.add(pipeline.contributionOf(newText, s));
		}
		names = pipeline.documentNames(contributions);
		sentences = pipeline.withDocumentNames(newText, alone, names);
		found = onlyChanged(alone, sentences);
		claimList = claims.extract(newText, sentences);
		return document();
	}

	/**
	 * Applies one edit: in the previous text, {@code removedLength} characters at {@code offset}
	 * were replaced by {@code insertedLength} characters, giving {@code newText}.
	 */
	public Update update(String newText, int offset, int removedLength, int insertedLength) {
		return update(newText, List.of(new Edit(offset, removedLength, insertedLength)));
	}

	/**
	 * Applies edits made one after the other, each in the coordinates of the text the previous one
	 * left, ending in {@code newText}. Edits in different paragraphs re-tag only their own
	 * paragraphs; what lies between them is shifted, not re-tagged.
	 */
	public Update update(String newText, List<Edit> edits) {
		List<Range> dirty = Range.of(edits, text.length());
		if (dirty == null || newText.length() != text.length() + Range.totalDelta(dirty)) {
			// Not a consistent edit of what we hold (e.g. a missed event): start over.
			return new Update(reset(newText), List.of(new TextSpan(0, newText.length())));
		}
		if (dirty.isEmpty()) {
			return new Update(document(), List.of());
		}
		List<Range> paragraphs = Range.toParagraphs(dirty, newText);

		List<TaggedSentence> all = new ArrayList<>(sentences.size() + 8);
		List<TaggedSentence> allFound = new ArrayList<>(sentences.size() + 8);
		List<DocumentNames.Contribution> allContributions = new ArrayList<>(sentences.size() + 8);
		List<Integer> shiftOf = new ArrayList<>(sentences.size() + 8); // null: re-tagged here
		List<int[]> retaggedIndices = new ArrayList<>(paragraphs.size());
		int next = 0;
		int shift = 0;
		for (Range r : paragraphs) {
			int oldStart = r.start - shift;
			int oldEnd = r.end - shift - r.delta;
			for (; next < sentences.size() && sentences.get(next).span().end() <= oldStart; next++) {
				all.add(shift(sentences.get(next), shift));
				allFound.add(found.get(next) == null ? null : shift(found.get(next), shift));
				allContributions.add(contributions.get(next));
				shiftOf.add(shift);
			}
			while (next < sentences.size() && sentences.get(next).span().start() < oldEnd) {
				next++; // in the changed paragraphs: split and tagged again below
			}
			List<TextSpan> spans = new ArrayList<>();
			for (TextSpan s : pipeline.sentences(newText.subSequence(r.start, r.end))) {
				spans.add(s.shift(r.start));
			}
			int first = all.size();
			for (TaggedSentence s : pipeline.tagSentences(newText, spans)) {
				all.add(s); // the article's names are added below
				allFound.add(s);
				allContributions.add(pipeline.contributionOf(newText, s));
				shiftOf.add(null);
			}
			retaggedIndices.add(new int[] { first, all.size() });
			shift += r.delta;
		}
		for (; next < sentences.size(); next++) {
			all.add(shift(sentences.get(next), shift));
			allFound.add(found.get(next) == null ? null : shift(found.get(next), shift));
			allContributions.add(contributions.get(next));
			shiftOf.add(shift);
		}

		// The article's names. When the edit changed what they teach, sentences elsewhere may
		// gain or lose a name: those are re-done like edited ones.
		List<TaggedSentence> alone = new ArrayList<>(all.size());
		for (int i = 0; i < all.size(); i++) {
			alone.add(allFound.get(i) != null ? allFound.get(i) : all.get(i));
		}
		DocumentNames newNames = pipeline.documentNames(allContributions);
		boolean namesChanged = !newNames.equals(names);
		List<Integer> taughtElsewhere = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			if (shiftOf.get(i) == null) {
				all.set(i, pipeline.withDocumentNames(newText, alone.get(i), newNames));
			} else if (namesChanged) {
				TaggedSentence taught = pipeline.withDocumentNames(newText, alone.get(i), newNames);
				if (!taught.entities().equals(all.get(i).entities())) {
					all.set(i, taught);
					taughtElsewhere.add(i);
				}
			}
		}
		allFound = onlyChanged(alone, all);

		// Claims: recompute the re-tagged sentences and the few after each run of them; keep the rest.
		boolean[] recompute = new boolean[all.size()];
		List<TextSpan> ranges = new ArrayList<>(paragraphs.size());
		for (int k = 0; k < paragraphs.size(); k++) {
			int[] idx = retaggedIndices.get(k);
			int last = Math.min(all.size(), idx[1] + REFERENCE_REACH) - 1;
			for (int i = idx[0]; i <= last; i++) {
				recompute[i] = true;
			}
			int end = last >= idx[0] ? Math.max(paragraphs.get(k).end, all.get(last).span().end()) : paragraphs.get(k).end;
			addMerged(ranges, new TextSpan(paragraphs.get(k).start, end));
		}
		for (int i : taughtElsewhere) {
			int last = Math.min(all.size(), i + 1 + REFERENCE_REACH) - 1;
			for (int k = i; k <= last; k++) {
				recompute[k] = true;
			}
			ranges.add(new TextSpan(all.get(i).span().start(), all.get(last).span().end()));
		}
		if (!taughtElsewhere.isEmpty()) {
			ranges = mergedInOrder(ranges);
		}
		Map<Integer, Claim> oldClaims = new HashMap<>(claimList.size() * 2);
		for (Claim c : claimList) {
			oldClaims.put(c.span().start(), c);
		}
		List<Claim> newClaims = new ArrayList<>(claimList.size() + 4);
		for (int i = 0; i < all.size(); i++) {
			Claim c;
			if (recompute[i] || shiftOf.get(i) == null) {
				c = claims.claimAt(newText, all, i);
			} else {
				int delta = shiftOf.get(i);
				Claim old = oldClaims.get(all.get(i).span().start() - delta);
				c = old == null ? null : shift(old, delta);
			}
			if (c != null) {
				newClaims.add(c);
			}
		}
		text = newText;
		found = allFound;
		contributions = allContributions;
		names = newNames;
		sentences = List.copyOf(all);
		claimList = List.copyOf(newClaims);
		return new Update(document(), ranges);
	}

	/**
	 * Brings the tagging to {@code newText} when the edits are not known (a document replaced as a
	 * whole, edits lost): the text between the common prefix and suffix of the old and the new
	 * text counts as one edit. Costs one comparison of the two texts.
	 */
	public Update resync(String newText) {
		int prefix = 0;
		int max = Math.min(text.length(), newText.length());
		while (prefix < max && text.charAt(prefix) == newText.charAt(prefix)) {
			prefix++;
		}
		int suffix = 0;
		while (suffix < max - prefix
				&& text.charAt(text.length() - 1 - suffix) == newText.charAt(newText.length() - 1 - suffix)) {
			suffix++;
		}
		if (prefix == text.length() && prefix == newText.length()) {
			return new Update(document(), List.of());
		}
		return update(newText, prefix, text.length() - prefix - suffix, newText.length() - prefix - suffix);
	}

	/** {@code alone[i]} where the article's names changed it into {@code taught[i]}, else null. */
	private static List<TaggedSentence> onlyChanged(List<TaggedSentence> alone, List<TaggedSentence> taught) {
		List<TaggedSentence> out = new ArrayList<>(alone.size());
		for (int i = 0; i < alone.size(); i++) {
			out.add(alone.get(i) == taught.get(i) ? null : alone.get(i));
		}
		return out;
	}

	private static List<TextSpan> mergedInOrder(List<TextSpan> ranges) {
		List<TextSpan> sorted = new ArrayList<>(ranges);
		sorted.sort((a, b) -> Integer.compare(a.start(), b.start()));
		List<TextSpan> merged = new ArrayList<>(sorted.size());
		for (TextSpan r : sorted) {
			addMerged(merged, r);
		}
		return merged;
	}

	private static void addMerged(List<TextSpan> ranges, TextSpan span) {
		if (!ranges.isEmpty() && ranges.get(ranges.size() - 1).end() >= span.start()) {
			TextSpan last = ranges.remove(ranges.size() - 1);
			span = new TextSpan(last.start(), Math.max(last.end(), span.end()));
		}
		ranges.add(span);
	}

	/**
	 * A changed stretch of the new text, {@code [start, end)}, that was {@code delta} characters
	 * shorter in the old text. Kept sorted and disjoint while edits are folded in.
	 */
	private static final class Range {
		int start;
		int end;
		int delta;

		Range(int start, int end, int delta) {
			this.start = start;
			this.end = end;
			this.delta = delta;
		}

		/** The edits as disjoint changed ranges of the final text; null when an edit does not fit the text. */
		static List<Range> of(List<Edit> edits, int length) {
			List<Range> ranges = new ArrayList<>();
			for (Edit e : edits) {
				if (e.offset() < 0 || e.removedLength() < 0 || e.insertedLength() < 0 || e.offset() + e.removedLength() > length) {
					return null;
				}
				int editEnd = e.offset() + e.removedLength();
				int start = e.offset();
				int end = editEnd;
				int delta = e.delta();
				List<Range> folded = new ArrayList<>(ranges.size() + 1);
				int at = 0;
				for (Range r : ranges) {
					if (r.end < e.offset()) {
						folded.add(r);
						at = folded.size();
					} else if (r.start > editEnd) {
						folded.add(new Range(r.start + e.delta(), r.end + e.delta(), r.delta));
					} else { // touches the edit: one range from now on
						start = Math.min(start, r.start);
						end = Math.max(end, r.end);
						delta += r.delta;
					}
				}
				folded.add(at, new Range(start, end + e.delta(), delta));
				ranges = folded;
				length += e.delta();
			}
			return ranges;
		}

		static int totalDelta(List<Range> ranges) {
			int total = 0;
			for (Range r : ranges) {
				total += r.delta;
			}
			return total;
		}

		/** Each range widened to whole paragraphs of {@code text}; ranges that then meet become one. */
		static List<Range> toParagraphs(List<Range> ranges, CharSequence text) {
			List<Range> out = new ArrayList<>(ranges.size());
			for (Range r : ranges) {
				Range p = new Range(paragraphStart(text, r.start), paragraphEnd(text, r.end), r.delta);
				Range last = out.isEmpty() ? null : out.get(out.size() - 1);
				if (last != null && last.end >= p.start) {
					last.end = Math.max(last.end, p.end);
					last.delta += p.delta;
				} else {
					out.add(p);
				}
			}
			return out;
		}
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
