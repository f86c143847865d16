package io.claimtagger.ui.views;

import java.util.List;

import org.eclipse.jface.dialogs.InputDialog;
import org.eclipse.jface.window.Window;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IWorkbenchPartSite;

import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.claim.Polarity;
import io.claimtagger.core.store.ClaimPlace;
import io.claimtagger.core.store.ReviewStatus;
import io.claimtagger.resources.claims.ClaimRef;
import io.claimtagger.resources.claims.ClaimRow;
import io.claimtagger.resources.claims.ReviewClaimsJob;
import io.claimtagger.ui.Messages;

/**
 * What the review commands ({@link ReviewHandler}) do to the claims selected in the Claims view.
 * Decisions go to the store in a {@link ReviewClaimsJob}; the table shows them once the store
 * reports the change, so it never shows a decision that was not saved.
 */
public final class ClaimReview {

	private final ClaimsTable table;
	private final IWorkbenchPartSite site;

	ClaimReview(ClaimsTable table, IWorkbenchPartSite site) {
		this.table = table;
		this.site = site;
	}

	/**
	 * Records a decision on the selected claims. With one claim selected, the selection moves on to
	 * the next, so a review is a run of single keys.
	 */
	public void decide(ReviewStatus status) {
		List<ClaimRow> selected = table.selectedRows();
		if (selected.isEmpty()) {
			return;
		}
		ReviewClaimsJob.status(refs(selected), status).schedule();
		if (selected.size() == 1) {
			table.selectNext(1);
		}
	}

	/** The analyst's kind for the selected claims: kept over the tagger's, taught on retraining. */
	public void setKind(ClaimKind kind) {
		List<ClaimRow> selected = table.selectedRows();
		if (!selected.isEmpty()) {
			ReviewClaimsJob.reading(refs(selected), kind, null).schedule();
		}
	}

	/** Negated, or affirmed when every selected claim is negated already. */
	public void togglePolarity() {
		List<ClaimRow> selected = table.selectedRows();
		if (!selected.isEmpty()) {
			boolean allNegated = selected.stream().allMatch(r -> r.record().polarity() == Polarity.NEGATED);
			ReviewClaimsJob.reading(refs(selected), null, allNegated ? Polarity.AFFIRMED : Polarity.NEGATED).schedule();
		}
	}

	/** Asks for a note, starting from the first selected claim's, and gives it to all selected claims. */
	public void editNote() {
		List<ClaimRow> selected = table.selectedRows();
		if (selected.isEmpty()) {
			return;
		}
		ClaimRow first = selected.get(0);
		InputDialog dialog = new InputDialog(site.getShell(), Messages.ClaimsView_note_title,
				NLS.bind(Messages.ClaimsView_note_message, ClaimColumn.CLAIM.text(first)), first.record().note(), null);
		if (dialog.open() == Window.OK) {
			ReviewClaimsJob.note(refs(selected), dialog.getValue().strip()).schedule();
		}
	}

	/** The reviewer has seen how the selected claims' sentences were edited since their review. */
	public void acknowledgeEdit() {
		List<ClaimRow> edited = table.selectedRows().stream().filter(r -> ClaimPlace.isEditedSinceReview(r.record()))
				.toList();
		if (!edited.isEmpty()) {
			ReviewClaimsJob.acknowledgeChange(refs(edited)).schedule();
		}
	}

	/** Moves the selection {@code delta} rows down (or up), staying within the table. */
	public void selectNext(int delta) {
		table.selectNext(delta);
	}

	/** Opens the article of the (first) selected claim with the claim selected. */
	public void openSelected() {
		List<ClaimRow> selected = table.selectedRows();
		if (!selected.isEmpty()) {
			ClaimRow row = selected.get(0);
			EditorOpener.open(site.getPage(), row.article(), row.record().span().start(), row.record().span().length());
		}
	}

	private static List<ClaimRef> refs(List<ClaimRow> rows) {
		return rows.stream().map(ClaimRow::ref).toList();
	}
}
