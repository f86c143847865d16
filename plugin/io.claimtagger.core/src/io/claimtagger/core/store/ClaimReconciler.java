package io.claimtagger.core.store;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.claimtagger.core.claim.Claim;
import io.claimtagger.core.text.TextSpan;
import io.claimtagger.core.text.Whitespace;

/**
 * Brings an article's stored claims up to date with a fresh tagging of its current text. Needs
 * nothing but the old store and the new text, so it also works after edits made while the tool was
 * closed, by git or by another editor. Never loses review work: status, note, id and creation time
 * stay with the claim; a claim that cannot be found is kept as {@link AnchorState#REMOVED}.
 * <ol>
 * <li>A stored claim whose sentence occurs verbatim in the text is anchored there. When it occurs
 * more than once, the occurrence with the same neighbours wins, then the one in the same order
 * among the repeats, then the nearest. An occurrence inside a longer fresh claim does not count:
 * that sentence was extended, which step 2 reports.</li>
 * <li>A stored claim not found so is matched to the most similar remaining fresh claim: word
 * overlap (Jaccard over lower-cased words) plus {@value #NEIGHBOUR_BONUS} for each unchanged
 * neighbour, at least {@value #SIMILARITY_THRESHOLD}. It takes the new sentence and becomes
 * {@link AnchorState#CHANGED}, keeping the wording its review was made on (unless only whitespace
 * changed, or the edit was undone).</li>
 * <li>Any other stored claim becomes {@link AnchorState#REMOVED}, at its last known place.</li>
 * <li>A fresh claim left over is added as {@link ReviewStatus#NEW}.</li>
 * </ol>
 * Reconciling the result again with the same text and claims changes nothing, so re-tagging an
 * unchanged article leaves its file byte for byte as it was.
 */
public final class ClaimReconciler {

	/** The similarity from which an edited sentence counts as the same claim. */
	public static final double SIMILARITY_THRESHOLD = 0.6;
	/** Added to the similarity per neighbour that did not change. */
	public static final double NEIGHBOUR_BONUS = 0.2;

	private final Clock clock;

	/** @param clock dates new and updated records */
	public ClaimReconciler(Clock clock) {
		this.clock = clock;
	}

	/**
	 * @param stored the article's claims as stored
	 * @param text   the article's current text
	 * @param fresh  all claims the tagger found in {@code text} (a partial list would mark the rest
	 *               removed)
	 */
	public ArticleClaims reconcile(ArticleClaims stored, String text, List<Claim> fresh) {
		Instant now = clock.instant();
		List<ClaimRecord> result = new ArrayList<>();
		List<ClaimRecord> unplaced = new ArrayList<>(stored.claims());
		Set<Integer> freshUsed = new HashSet<>();

		for (Placement p : verbatim(stored.claims(), text, fresh)) {
			ClaimRecord r = p.record;
			ClaimRecord next = r.withAnchor(r.sentence(), p.span, p.context, foundAgain(r), r.previousSentence());
			if (p.fresh >= 0) {
				next = next.withTagging(fresh.get(p.fresh));
				freshUsed.add(p.fresh);
			}
			result.add(settled(r, next, now));
			unplaced.remove(r);
		}

		for (Placement p : similar(unplaced, text, fresh, freshUsed)) {
			ClaimRecord r = p.record;
			Claim claim = fresh.get(p.fresh);
			// The wording the review was made on, not an intermediate one.
			String reviewed = r.anchor() == AnchorState.CHANGED ? r.previousSentence() : r.sentence();
			ClaimRecord next;
			if (claim.text().equals(reviewed)) {
				// The edit was undone.
				next = r.withAnchor(claim.text(), claim.span(), p.context, AnchorState.ANCHORED, null);
			} else if (r.context().sameWording(p.context)) {
				// Only whitespace changed, such as a re-wrapped paragraph.
				next = r.withAnchor(claim.text(), claim.span(), p.context, foundAgain(r), r.previousSentence());
			} else {
				next = r.withAnchor(claim.text(), claim.span(), p.context, AnchorState.CHANGED, reviewed);
			}
			result.add(settled(r, next.withTagging(claim), now));
			freshUsed.add(p.fresh);
			unplaced.remove(r);
		}

		for (ClaimRecord r : unplaced) {
			result.add(settled(r, r.withAnchor(r.sentence(), r.span(), r.context(), AnchorState.REMOVED, null), now));
		}

		Set<String> ids = new HashSet<>();
		result.forEach(r -> ids.add(r.id()));
		for (int i = 0; i < fresh.size(); i++) {
			if (!freshUsed.contains(i)) {
				ClaimRecord added = null;
				for (int salt = 0; added == null || !ids.add(added.id()); salt++) {
					added = ClaimRecord.found(stored.article(), fresh.get(i), text, now, salt);
				}
				result.add(added);
			}
		}
		return new ArticleClaims(stored.article(), result);
	}

	/**
	 * The state of a record whose wording was found: a removed one is back; a changed one stays
	 * changed until the analyst acknowledges it, however often the article is re-tagged.
	 */
	private static AnchorState foundAgain(ClaimRecord r) {
		return r.anchor() == AnchorState.REMOVED ? AnchorState.ANCHORED : r.anchor();
	}

	/**
	 * The record as changed, dated now if anything but its position or the whitespace inside its
	 * sentence changed, otherwise with its old date: edits elsewhere in the article, a re-wrapped
	 * paragraph or a CRLF/LF flip do not touch its update time (nor make a git merge conflict).
	 */
	private static ClaimRecord settled(ClaimRecord before, ClaimRecord after, Instant now) {
		boolean same = after.sameContentAs(before) || (!after.sentence().equals(before.sentence())
				&& Whitespace.collapse(after.sentence()).equals(Whitespace.collapse(before.sentence()))
				&& after.withSentenceOf(before).sameContentAs(before));
		return after.withUpdated(same ? before.updated() : now);
	}

	/** A stored record placed at a span of the new text; fresh is the fresh claim's index or -1. */
	private record Placement(ClaimRecord record, TextSpan span, ContextFingerprint context, int fresh, double score,
			int rankDistance, int distance) {
	}

	/** Best first; ties keep the stored order, so the choice does not depend on list order. */
	private static final Comparator<Placement> BEST = Comparator.comparingDouble((Placement p) -> -p.score)
			.thenComparingInt(p -> p.rankDistance).thenComparingInt(p -> p.distance)
			.thenComparing(p -> p.record, ArticleClaims.ORDER).thenComparingInt(p -> p.span.start());

	/** Step 1: every stored claim whose sentence occurs verbatim, each occurrence used once. */
	private static List<Placement> verbatim(List<ClaimRecord> stored, String text, List<Claim> fresh) {
		Map<TextSpan, Integer> freshAt = new HashMap<>();
		for (int i = 0; i < fresh.size(); i++) {
			freshAt.putIfAbsent(fresh.get(i).span(), i);
		}
		// Rank of each record among stored records with the same sentence: with repeated sentences
		// and no telling context, the k-th stored repeat goes to the k-th repeat in the text.
		Map<String, Integer> seen = new HashMap<>();
		List<Placement> candidates = new ArrayList<>();
		for (ClaimRecord r : stored) {
			int rank = seen.merge(r.sentence(), 1, Integer::sum) - 1;
			int occurrence = 0;
			for (int at = text.indexOf(r.sentence()); at >= 0; at = text.indexOf(r.sentence(), at + 1)) {
				TextSpan span = new TextSpan(at, at + r.sentence().length());
				if (insideLongerClaim(span, fresh)) {
					continue;
				}
				ContextFingerprint here = ContextFingerprint.of(text, span);
				candidates.add(new Placement(r, span, here, freshAt.getOrDefault(span, -1),
						r.context().neighboursMatching(here), Math.abs(occurrence - rank),
						Math.abs(at - r.span().start())));
				occurrence++;
			}
		}
		return pick(candidates);
	}

	private static boolean insideLongerClaim(TextSpan span, List<Claim> fresh) {
		for (Claim c : fresh) {
			if (c.span().contains(span) && c.span().length() > span.length()) {
				return true;
			}
		}
		return false;
	}

	/** Step 2: stored claims not found verbatim, paired with similar fresh claims not yet taken. */
	private static List<Placement> similar(List<ClaimRecord> unplaced, String text, List<Claim> fresh,
			Set<Integer> freshUsed) {
		List<Placement> candidates = new ArrayList<>();
		for (int i = 0; i < fresh.size(); i++) {
			if (freshUsed.contains(i)) {
				continue;
			}
			Claim claim = fresh.get(i);
			ContextFingerprint here = ContextFingerprint.of(text, claim.span());
			Set<String> words = words(claim.text());
			for (ClaimRecord r : unplaced) {
				double score = jaccard(words(r.sentence()), words)
						+ NEIGHBOUR_BONUS * r.context().neighboursMatching(here);
				if (score >= SIMILARITY_THRESHOLD) {
					candidates.add(new Placement(r, claim.span(), here, i, score, 0,
							Math.abs(claim.span().start() - r.span().start())));
				}
			}
		}
		return pick(candidates);
	}

	/** Greedy, best candidate first: each record and each span is used at most once. */
	private static List<Placement> pick(List<Placement> candidates) {
		candidates.sort(BEST);
		Set<String> records = new HashSet<>();
		Set<TextSpan> spans = new HashSet<>();
		List<Placement> picked = new ArrayList<>();
		for (Placement p : candidates) {
			if (!records.contains(p.record.id()) && !spans.contains(p.span)) {
				records.add(p.record.id());
				spans.add(p.span);
				picked.add(p);
			}
		}
		return picked;
	}

	static Set<String> words(String sentence) {
		Set<String> words = new HashSet<>();
		for (String w : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!w.isEmpty()) {
				words.add(w);
			}
		}
		return words;
	}

	static double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() && b.isEmpty()) {
			return 1;
		}
		int common = 0;
		for (String w : a) {
			if (b.contains(w)) {
				common++;
			}
		}
		return (double) common / (a.size() + b.size() - common);
	}
}

