package io.claimtagger.core.compare;

import java.util.Set;

import io.claimtagger.core.claim.Claim;

/**
 * One claim's difference between two revisions.
 *
 * @param changes what changed; {@link Change#ADDED} and {@link Change#REMOVED} stand alone
 * @param before  the claim in the old revision, null when added
 * @param after   the claim in the new revision, null when removed
 * @param detail  in words: the values, subjects or kinds before and after; empty when nothing to add
 */
public record ClaimDifference(Set<Change> changes, Claim before, Claim after, String detail) {

	public ClaimDifference {
		changes = Set.copyOf(changes);
		if (before == null && after == null) {
			throw new IllegalArgumentException("a difference needs a claim on at least one side");
		}
	}
}
