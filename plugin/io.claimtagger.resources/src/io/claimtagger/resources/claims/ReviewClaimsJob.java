package io.claimtagger.resources.claims;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.claim.Polarity;
import io.claimtagger.core.store.ReviewStatus;
import io.claimtagger.resources.Messages;

/** A {@link ReviewClaimsOperation} in the background, named for the decision it records. */
public final class ReviewClaimsJob extends OperationJob {

	private ReviewClaimsJob(String name, ReviewClaimsOperation operation) {
		super(name, operation);
	}

	public static ReviewClaimsJob status(List<ClaimRef> claims, ReviewStatus status) {
		return new ReviewClaimsJob(NLS.bind(Messages.ReviewClaimsJob_status, status.id()),
				ReviewClaimsOperation.status(claims, status));
	}

	/** @param note the new note; empty clears it */
	public static ReviewClaimsJob note(List<ClaimRef> claims, String note) {
		return new ReviewClaimsJob(Messages.ReviewClaimsJob_note, ReviewClaimsOperation.note(claims, note));
	}

	/** The analyst's kind or polarity (null keeps each claim's own). */
	public static ReviewClaimsJob reading(List<ClaimRef> claims, ClaimKind kind, Polarity polarity) {
		return new ReviewClaimsJob(Messages.ReviewClaimsJob_reading, ReviewClaimsOperation.reading(claims, kind, polarity));
	}

	/** The reviewer has seen the edit of a changed sentence. */
	public static ReviewClaimsJob acknowledgeChange(List<ClaimRef> claims) {
		return new ReviewClaimsJob(Messages.ReviewClaimsJob_acknowledge, ReviewClaimsOperation.acknowledgeChange(claims));
	}
}
