package io.claimtagger.core.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Three-way merge of one article's claims file, as git's merge driver for {@code .claims} files
 * ({@code claimtag merge-driver}). Claims are matched by id; per claim:
 * <ul>
 * <li>the review status a side changed from the common ancestor wins; when both changed it, the
 * later decision ({@code updated}) wins;</li>
 * <li>notes: one side's change wins; when both wrote different notes, both are kept, ours
 * first;</li>
 * <li>where the sentence is (span, wording, anchor, tagging) comes from the side whose record
 * was updated last: the next tagging re-anchors it to the merged article anyway;</li>
 * <li>a claim only one side has is kept (claims are never dropped by tagging, so a claim missing
 * on a side was never there); a claim both sides removed since the ancestor stays removed.</li>
 * </ul>
 * The result keeps the earliest {@code created} and the latest {@code updated} of each claim.
 */
public final class StoreMerge {

	/** Between two kept notes. */
	static final String NOTE_SEPARATOR = "\n---\n";

	private StoreMerge() {
	}

	/**
	 * @param base   the common ancestor's claims (empty when the file is new on both sides)
	 * @param ours   the current branch's
	 * @param theirs the merged branch's; base and theirs are read as claims of our article (a
	 *               rename on either side does not make claims differ)
	 */
	public static ArticleClaims merge(ArticleClaims base, ArticleClaims ours, ArticleClaims theirs) {
		base = base.movedTo(ours.article());
		theirs = theirs.movedTo(ours.article());
		Set<String> ids = new LinkedHashSet<>();
		ours.claims().forEach(c -> ids.add(c.id()));
		theirs.claims().forEach(c -> ids.add(c.id()));
		List<ClaimRecord> merged = new ArrayList<>();
		for (String id : ids) {
			Optional<ClaimRecord> b = base.find(id);
			Optional<ClaimRecord> o = ours.find(id);
			Optional<ClaimRecord> t = theirs.find(id);
			if (o.isPresent() && t.isPresent()) {
				merged.add(claim(b.orElse(null), o.get(), t.get()));
			} else {
				ClaimRecord only = o.orElseGet(t::get);
				// Present in the ancestor and gone from one side: that side removed it (its article
				// was rewritten without it by hand); keep it unless its own side changed nothing.
				if (b.isPresent() && b.get().equals(only)) {
					continue;
				}
				merged.add(only);
			}
		}
		return new ArticleClaims(ours.article(), merged);
	}

	private static ClaimRecord claim(ClaimRecord base, ClaimRecord ours, ClaimRecord theirs) {
		if (ours.equals(theirs)) {
			return ours;
		}
		boolean theirsLater = theirs.updated().isAfter(ours.updated());
		ClaimRecord place = theirsLater ? theirs : ours;
		// Without an ancestor (a file new on both sides, or a conflict shown without diff3) a claim
		// started as NEW with no note, as every found claim does: a decision beats none.
		ReviewStatus status = pick(base == null ? ReviewStatus.NEW : base.status(), ours.status(), theirs.status(),
				theirsLater);
		String note = note(base == null ? null : base.note(), ours.note(), theirs.note());
		Instant created = ours.created().isBefore(theirs.created()) ? ours.created() : theirs.created();
		Instant updated = theirsLater ? theirs.updated() : ours.updated();
		// The analyst's reading of kind and polarity is a decision like the status: a side that set
		// it wins over one that did not; when both did, the later.
		ClaimRecord reading = ours.analystReading() == theirs.analystReading() ? place
				: ours.analystReading() ? ours : theirs;
		return new ClaimRecord(ours.id(), place.article(), place.sentence(), place.span(), place.about(), reading.kind(),
				reading.polarity(), place.confidence(), status, note, created, updated, place.context(), place.anchor(),
				place.previousSentence(), reading.analystReading());
	}

	/** The value a side changed from the ancestor; when both changed it, the later side's. */
	private static <T> T pick(T base, T ours, T theirs, boolean theirsLater) {
		if (Objects.equals(ours, theirs)) {
			return ours;
		}
		if (base != null && Objects.equals(base, ours)) {
			return theirs;
		}
		if (base != null && Objects.equals(base, theirs)) {
			return ours;
		}
		return theirsLater ? theirs : ours;
	}

	private static String note(String base, String ours, String theirs) {
		if (ours.equals(theirs)) {
			return ours;
		}
		if (base != null && base.equals(ours)) {
			return theirs;
		}
		if (base != null && base.equals(theirs)) {
			return ours;
		}
		if (ours.isEmpty()) {
			return theirs;
		}
		if (theirs.isEmpty()) {
			return ours;
		}
		return ours + NOTE_SEPARATOR + theirs;
	}
}
