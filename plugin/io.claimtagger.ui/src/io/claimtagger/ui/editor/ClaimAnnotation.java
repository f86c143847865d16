package io.claimtagger.ui.editor;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.osgi.util.NLS;

import io.claimtagger.core.claim.Claim;
import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.core.store.ReviewStatus;
import io.claimtagger.ui.Messages;

/**
 * A claim sentence; its text is the hover. Its type follows the review status stored for it, so
 * reviewed claims look different in the text and rulers (types declared in plugin.xml).
 */
public final class ClaimAnnotation extends Annotation {

	public static final String TYPE = "io.claimtagger.ui.claim";
	public static final String ACCEPTED = TYPE + ".accepted";
	public static final String REJECTED = TYPE + ".rejected";
	public static final String DISPUTED = TYPE + ".disputed";

	private final Claim claim;
	private final ClaimRecord review;

	public ClaimAnnotation(Claim claim) {
		this(claim, null);
	}

	/** @param review the claim's stored record, null when it has none (not tagged into the store yet) */
	public ClaimAnnotation(Claim claim, ClaimRecord review) {
		super(typeOf(review == null ? ReviewStatus.NEW : review.status()), false, hoverText(claim, review));
		this.claim = claim;
		this.review = review;
	}

	public Claim claim() {
		return claim;
	}

	/** The stored record, or null. */
	public ClaimRecord review() {
		return review;
	}

	static String typeOf(ReviewStatus status) {
		return switch (status) {
		case NEW -> TYPE;
		case ACCEPTED -> ACCEPTED;
		case REJECTED -> REJECTED;
		case DISPUTED -> DISPUTED;
		};
	}

	static String hoverText(Claim c, ClaimRecord review) {
		String about = String.join(", ", c.about().stream().map(Entity::text).distinct().toList());
		String text = NLS.bind(Messages.Hover_claim, NLS.bind(Messages.Hover_claimKindPolarity, c.kind().id(), c.polarity().id()))
				+ '\n' + NLS.bind(Messages.Hover_about, about) + '\n'
				+ NLS.bind(Messages.Hover_confidence, String.format("%.0f%%", c.confidence() * 100)) + '\n'
				+ NLS.bind(Messages.Hover_status, statusText(review));
		if (review != null && !review.note().isEmpty()) {
			text += '\n' + NLS.bind(Messages.Hover_note, review.note());
		}
		return text;
	}

	private static String statusText(ClaimRecord review) {
		return switch (review == null ? ReviewStatus.NEW : review.status()) {
		case NEW -> Messages.Hover_status_new;
		case ACCEPTED -> Messages.Hover_status_accepted;
		case REJECTED -> Messages.Hover_status_rejected;
		case DISPUTED -> Messages.Hover_status_disputed;
		};
	}
}
