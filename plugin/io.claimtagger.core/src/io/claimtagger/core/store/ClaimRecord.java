package io.claimtagger.core.store;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

import io.claimtagger.core.claim.Claim;
import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.claim.Polarity;
import io.claimtagger.core.text.TextSpan;

/**
 * One claim of an article as the review keeps it: what the tagger said, what the analyst decided,
 * and enough context to find the sentence again after edits. Immutable; the {@code with...}
 * methods return changed copies.
 *
 * @param id               stable identity, derived once when the claim is first found and never
 *                         recomputed, so it survives re-anchoring, edits and renames
 * @param article          the article's path relative to its project, {@code /}-separated
 * @param sentence         the sentence as it reads now (its last known wording when removed)
 * @param span             where the sentence is in the article's text; for a removed claim, where
 *                         it last was
 * @param about            the vendors and products the claim is about
 * @param kind             what it asserts
 * @param polarity         affirmed or negated
 * @param confidence       the tagger's confidence, 0..1
 * @param status           the analyst's decision
 * @param note             the analyst's note, empty when none
 * @param created          when the claim was first found (second precision)
 * @param updated          when the decision, note, wording, state or tagging last changed; a mere
 *                         shift of position does not count, so inserting a paragraph does not
 *                         touch every record below it
 * @param context          fingerprint of the sentence and its neighbours, for re-anchoring
 * @param anchor           how the claim relates to the current text
 * @param previousSentence for {@link AnchorState#CHANGED} only: the wording the review was made on;
 *                         null otherwise
 * @param analystReading   kind and polarity were set by the analyst: re-tagging keeps them, and
 *                         they teach the claim models (docs/learning.md)
 */
public record ClaimRecord(String id, String article, String sentence, TextSpan span, List<ClaimSubject> about,
		ClaimKind kind, Polarity polarity, double confidence, ReviewStatus status, String note, Instant created,
		Instant updated, ContextFingerprint context, AnchorState anchor, String previousSentence,
		boolean analystReading) {

	/** A record whose kind and polarity are the tagger's. */
	public ClaimRecord(String id, String article, String sentence, TextSpan span, List<ClaimSubject> about,
			ClaimKind kind, Polarity polarity, double confidence, ReviewStatus status, String note, Instant created,
			Instant updated, ContextFingerprint context, AnchorState anchor, String previousSentence) {
		this(id, article, sentence, span, about, kind, polarity, confidence, status, note, created, updated, context,
				anchor, previousSentence, false);
	}

	public ClaimRecord {
		requireText(id, "id");
		requireText(article, "article");
		Objects.requireNonNull(sentence, "sentence");
		if (sentence.isEmpty()) {
			throw new IllegalArgumentException("sentence is empty");
		}
		Objects.requireNonNull(span, "span");
		if (span.length() != sentence.length()) {
			throw new IllegalArgumentException("span [" + span.start() + ", " + span.end() + ") is "
					+ span.length() + " characters but the sentence is " + sentence.length());
		}
		about = List.copyOf(about);
		// Text a UTF-8 file can hold: an unpaired surrogate (pasted from a broken source) becomes
		// U+FFFD, visibly, instead of making the whole store unreadable. Same length, so spans hold.
		sentence = wellFormed(sentence);
		note = note == null ? null : wellFormed(note);
		previousSentence = previousSentence == null ? null : wellFormed(previousSentence);
		Objects.requireNonNull(kind, "kind");
		Objects.requireNonNull(polarity, "polarity");
		if (!(confidence >= 0 && confidence <= 1)) {
			throw new IllegalArgumentException("confidence " + confidence + " is not within 0..1");
		}
		Objects.requireNonNull(status, "status");
		Objects.requireNonNull(note, "note");
		created = Objects.requireNonNull(created, "created").truncatedTo(ChronoUnit.SECONDS);
		updated = Objects.requireNonNull(updated, "updated").truncatedTo(ChronoUnit.SECONDS);
		Objects.requireNonNull(context, "context");
		Objects.requireNonNull(anchor, "anchor");
		if ((anchor == AnchorState.CHANGED) != (previousSentence != null)) {
			throw new IllegalArgumentException(anchor == AnchorState.CHANGED
					? "a changed claim needs its previous sentence"
					: "only a changed claim has a previous sentence");
		}
	}

	private static void requireText(String value, String name) {
		Objects.requireNonNull(value, name);
		if (value.isBlank()) {
			throw new IllegalArgumentException(name + " is empty");
		}
	}

	/**
	 * A newly found claim: status new, no note, anchored at the claim's span.
	 *
	 * @param salt 0, or a counter to make the id unique when another claim of the article already
	 *             has the derived one
	 */
	public static ClaimRecord found(String article, Claim claim, CharSequence text, Instant now, int salt) {
		Instant created = now.truncatedTo(ChronoUnit.SECONDS);
		return new ClaimRecord(deriveId(article, claim.text(), claim.span().start(), salt), article,
				claim.text(), claim.span(), subjects(claim), claim.kind(), claim.polarity(), claim.confidence(),
				ReviewStatus.NEW, "", created, created, ContextFingerprint.of(text, claim.span()),
				AnchorState.ANCHORED, null);
	}

	/**
	 * From the content only (article, sentence, place), not the time: the same claim found on two
	 * git branches gets the same id, so their stores merge claim by claim (StoreMerge). A sentence
	 * deleted and written again whose removed record is still stored gets the next salt (the
	 * reconciler never reuses an id within a store).
	 */
	static String deriveId(String article, String sentence, int start, int salt) {
		return ContextFingerprint.hash(article + '\n' + sentence + '\n' + start + '\n' + salt);
	}

	private static List<ClaimSubject> subjects(Claim claim) {
		return claim.about().stream().map(ClaimSubject::of).distinct().toList();
	}

	/** The analyst's decision. */
	public ClaimRecord withStatus(ReviewStatus newStatus, Instant now) {
		return new ClaimRecord(id, article, sentence, span, about, kind, polarity, confidence, newStatus, note,
				created, now, context, anchor, previousSentence, analystReading);
	}

	/** The analyst's note; null clears it. */
	public ClaimRecord withNote(String newNote, Instant now) {
		return new ClaimRecord(id, article, sentence, span, about, kind, polarity, confidence, status,
				newNote == null ? "" : newNote, created, now, context, anchor, previousSentence, analystReading);
	}

	/**
	 * The analyst has seen that the sentence changed: the record becomes anchored and forgets the
	 * old wording. Kept separate from {@link #withStatus}, so a status change alone never hides an
	 * edit the analyst has not looked at. No effect unless the claim is {@link AnchorState#CHANGED}.
	 */
	public ClaimRecord withChangeAcknowledged(Instant now) {
		if (anchor != AnchorState.CHANGED) {
			return this;
		}
		return new ClaimRecord(id, article, sentence, span, about, kind, polarity, confidence, status, note, created,
				now, context, AnchorState.ANCHORED, null, analystReading);
	}

	/**
	 * The same claim about other subjects: the contradiction finder's completion of a name the
	 * tagger missed in this sentence. Never stored.
	 */
	public ClaimRecord withSubjects(List<ClaimSubject> newAbout) {
		return new ClaimRecord(id, article, sentence, span, newAbout, kind, polarity, confidence, status, note,
				created, updated, context, anchor, previousSentence, analystReading);
	}

	/**
	 * The same claim in a renamed or moved article. Not counted as an update: the file then differs
	 * in the article line only, and git sees a rename.
	 */
	public ClaimRecord withArticle(String newArticle) {
		return new ClaimRecord(id, newArticle, sentence, span, about, kind, polarity, confidence, status, note,
				created, updated, context, anchor, previousSentence, analystReading);
	}

	/**
	 * The tagger's latest view of the sentence: entities, kind, polarity and confidence. A kind and
	 * polarity the analyst set stay: the analyst read the sentence, the tagger only guesses.
	 */
	ClaimRecord withTagging(Claim claim) {
		return new ClaimRecord(id, article, sentence, span, subjects(claim), analystReading ? kind : claim.kind(),
				analystReading ? polarity : claim.polarity(), claim.confidence(), status, note, created, updated, context,
				anchor, previousSentence, analystReading);
	}

	/** The analyst's reading of what the claim asserts: kept over the tagger's from now on. */
	public ClaimRecord withReading(ClaimKind newKind, Polarity newPolarity, Instant now) {
		return new ClaimRecord(id, article, sentence, span, about, newKind, newPolarity, confidence, status, note,
				created, now, context, anchor, previousSentence, true);
	}

	/** Where and as what the sentence is now. */
	ClaimRecord withAnchor(String newSentence, TextSpan newSpan, ContextFingerprint newContext, AnchorState newAnchor,
			String newPreviousSentence) {
		return new ClaimRecord(id, article, newSentence, newSpan, about, kind, polarity, confidence, status, note,
				created, updated, newContext, newAnchor, newPreviousSentence, analystReading);
	}

	ClaimRecord withUpdated(Instant now) {
		return new ClaimRecord(id, article, sentence, span, about, kind, polarity, confidence, status, note, created,
				now, context, anchor, previousSentence, analystReading);
	}

	/**
	 * Whether the two differ at most in position (span, context) and update time, the things that
	 * change when text elsewhere in the article is edited.
	 */
	/** This record with {@code other}'s sentence and span, to compare everything else. */
	ClaimRecord withSentenceOf(ClaimRecord other) {
		return new ClaimRecord(id, article, other.sentence, other.span, about, kind, polarity, confidence, status, note,
				created, updated, context, anchor, previousSentence, analystReading);
	}

	boolean sameContentAs(ClaimRecord other) {
		return id.equals(other.id) && article.equals(other.article) && sentence.equals(other.sentence)
				&& about.equals(other.about) && kind == other.kind && polarity == other.polarity
				&& Double.compare(confidence, other.confidence) == 0 && status == other.status
				&& note.equals(other.note) && created.equals(other.created) && anchor == other.anchor
				&& Objects.equals(previousSentence, other.previousSentence) && analystReading == other.analystReading;
	}

	/** {@code s} with every unpaired UTF-16 surrogate replaced by U+FFFD. */
	static String wellFormed(String s) {
		StringBuilder out = null;
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			boolean paired = Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
			if (paired) {
				if (out != null) {
					out.append(c).append(s.charAt(i + 1));
				}
				i++;
			} else if (Character.isSurrogate(c)) {
				if (out == null) {
					out = new StringBuilder(s.length()).append(s, 0, i);
				}
				out.append('\uFFFD');
			} else if (out != null) {
				out.append(c);
			}
		}
		return out == null ? s : out.toString();
	}
}
