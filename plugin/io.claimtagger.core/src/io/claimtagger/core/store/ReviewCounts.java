package io.claimtagger.core.store;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;

/**
 * How far the review of a set of claims has come: how many there are, how many have each status,
 * and how many were edited since their review (they need a second look whatever their status).
 */
public final class ReviewCounts {

	private final int total;
	private final Map<ReviewStatus, Integer> byStatus;
	private final int edited;

	private ReviewCounts(int total, Map<ReviewStatus, Integer> byStatus, int edited) {
		this.total = total;
		this.byStatus = byStatus;
		this.edited = edited;
	}

	public static ReviewCounts of(Collection<ClaimRecord> claims) {
		Map<ReviewStatus, Integer> byStatus = new EnumMap<>(ReviewStatus.class);
		for (ReviewStatus s : ReviewStatus.values()) {
			byStatus.put(s, 0);
		}
		int edited = 0;
		for (ClaimRecord c : claims) {
			byStatus.merge(c.status(), 1, Integer::sum);
			if (ClaimPlace.isEditedSinceReview(c)) {
				edited++;
			}
		}
		return new ReviewCounts(claims.size(), byStatus, edited);
	}

	public int total() {
		return total;
	}

	public int withStatus(ReviewStatus status) {
		return byStatus.get(status);
	}

	/** The claims nobody has decided on yet. */
	public int toReview() {
		return withStatus(ReviewStatus.NEW);
	}

	/** The claims whose sentence changed since their review. */
	public int edited() {
		return edited;
	}

	@Override
	public String toString() {
		return total + " claims " + byStatus + ", " + edited + " edited";
	}
}
