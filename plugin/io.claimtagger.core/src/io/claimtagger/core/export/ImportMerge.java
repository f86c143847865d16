package io.claimtagger.core.export;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.claimtagger.core.store.ArticleClaims;
import io.claimtagger.core.store.ClaimRecord;

/**
 * Brings imported review work into an article's store without losing any of the store's own:
 * <ul>
 * <li>a claim only in the import is added as it is (the next tagging re-anchors it to the text);</li>
 * <li>a claim in both keeps the stored record, taking the imported status and note when the
 * import's record was updated later, so importing an old export never undoes newer decisions and
 * importing the same file twice changes nothing;</li>
 * <li>a claim only in the store stays.</li>
 * </ul>
 * Claims are matched by id, which never changes once a claim is found. A decision dated after the
 * time of the import (beyond {@link #CLOCK_SKEW}) cannot be ordered against the store's own (a
 * wrong clock, or a crafted file), so it never replaces a stored decision.
 */
public final class ImportMerge {

	/** How far ahead of this machine's clock another machine's may be. */
	static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

	private ImportMerge() {
	}

	/**
	 * @param stored   the article's claims as stored
	 * @param imported the claims of the same article from an import (its article path is ignored:
	 *                 the store's wins)
	 */
	public static ArticleClaims merge(ArticleClaims stored, ArticleClaims imported) {
		return merge(stored, imported, Instant.now());
	}

	/** {@link #merge(ArticleClaims, ArticleClaims)} at the time {@code now}. */
	public static ArticleClaims merge(ArticleClaims stored, ArticleClaims imported, Instant now) {
		Instant latestBelievable = now.plus(CLOCK_SKEW);
		ArticleClaims result = stored;
		for (ClaimRecord theirs : imported.movedTo(stored.article()).claims()) {
			Optional<ClaimRecord> ours = result.find(theirs.id());
			if (ours.isEmpty()) {
				result = result.with(theirs);
			} else if (theirs.updated().isAfter(ours.get().updated()) && !theirs.updated().isAfter(latestBelievable)) {
				ClaimRecord mine = ours.get();
				boolean differs = mine.status() != theirs.status() || !mine.note().equals(theirs.note());
				if (differs) {
					result = result.with(mine.withStatus(theirs.status(), theirs.updated()).withNote(theirs.note(),
							theirs.updated()));
				}
			}
		}
		return result;
	}
}
