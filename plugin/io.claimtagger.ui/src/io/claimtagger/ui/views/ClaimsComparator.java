package io.claimtagger.ui.views;

import java.util.Comparator;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.swt.SWT;

import io.claimtagger.resources.claims.ClaimRow;

/**
 * Sorts by the clicked column; clicking it again reverses. Ties keep reading order (article, then
 * place in the text) in both directions, so review goes down an article, not up it.
 */
final class ClaimsComparator extends ViewerComparator {

	private ClaimColumn column;
	private boolean descending;

	/** Sorts by {@code clicked}, reversing if it already was the sort column. */
	void sortBy(ClaimColumn clicked) {
		descending = clicked == column && !descending;
		column = clicked;
	}

	ClaimColumn column() {
		return column;
	}

	/** {@link SWT#UP}, {@link SWT#DOWN} or {@link SWT#NONE}, for the table's sort indicator. */
	int direction() {
		return column == null ? SWT.NONE : descending ? SWT.DOWN : SWT.UP;
	}

	@Override
	public int compare(Viewer viewer, Object a, Object b) {
		return comparator().compare((ClaimRow) a, (ClaimRow) b);
	}

	Comparator<ClaimRow> comparator() {
		if (column == null) {
			return ClaimColumn.READING_ORDER;
		}
		Comparator<ClaimRow> own = descending ? column.order().reversed() : column.order();
		return own.thenComparing(ClaimColumn.READING_ORDER);
	}
}
