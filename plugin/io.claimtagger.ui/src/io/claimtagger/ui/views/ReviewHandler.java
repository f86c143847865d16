package io.claimtagger.ui.views;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.ui.handlers.HandlerUtil;

import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.store.ReviewStatus;

/**
 * The review commands of the Claims view (accept, reject, dispute, back to new, kind, polarity,
 * note, acknowledge an edit, next, previous, open), active while the view is. The view's single keys are bindings of
 * these commands ({@link ReviewKeys}); the context menu and user-defined bindings run them too.
 */
public final class ReviewHandler extends AbstractHandler {

	public static final String ACCEPT = "io.claimtagger.ui.review.accept";
	public static final String REJECT = "io.claimtagger.ui.review.reject";
	public static final String DISPUTE = "io.claimtagger.ui.review.dispute";
	public static final String REOPEN = "io.claimtagger.ui.review.reopen";
	public static final String NOTE = "io.claimtagger.ui.review.note";
	public static final String ACKNOWLEDGE = "io.claimtagger.ui.review.acknowledge";
	public static final String NEXT = "io.claimtagger.ui.review.next";
	public static final String PREVIOUS = "io.claimtagger.ui.review.previous";
	public static final String OPEN = "io.claimtagger.ui.review.open";
	public static final String KIND = "io.claimtagger.ui.review.kind";
	public static final String KIND_PARAMETER = "io.claimtagger.ui.review.kind.value";
	public static final String POLARITY = "io.claimtagger.ui.review.polarity";

	@Override
	public Object execute(ExecutionEvent event) {
		if (!(HandlerUtil.getActivePart(event) instanceof ClaimsView view)) {
			return null;
		}
		ClaimReview review = view.review();
		switch (event.getCommand().getId()) {
		case ACCEPT -> review.decide(ReviewStatus.ACCEPTED);
		case REJECT -> review.decide(ReviewStatus.REJECTED);
		case DISPUTE -> review.decide(ReviewStatus.DISPUTED);
		case REOPEN -> review.decide(ReviewStatus.NEW);
		case NOTE -> review.editNote();
		case ACKNOWLEDGE -> review.acknowledgeEdit();
		case NEXT -> review.selectNext(1);
		case PREVIOUS -> review.selectNext(-1);
		case OPEN -> review.openSelected();
		case KIND -> review.setKind(ClaimKind.fromId(event.getParameter(KIND_PARAMETER)));
		case POLARITY -> review.togglePolarity();
		default -> throw new IllegalArgumentException("Not a review command: " + event.getCommand().getId());
		}
		return null;
	}
}
