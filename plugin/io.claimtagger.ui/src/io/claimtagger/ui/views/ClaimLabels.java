package io.claimtagger.ui.views;

import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.widgets.Display;

import io.claimtagger.resources.claims.ClaimRow;

/** Texts, colors and tooltips of one column of the Claims view: a decision reads at a glance. */
final class ClaimLabels extends ColumnLabelProvider {

	private final ClaimColumn column;

	ClaimLabels(ClaimColumn column) {
		this.column = column;
	}

	@Override
	public String getText(Object element) {
		return column.text((ClaimRow) element);
	}

	@Override
	public Color getForeground(Object element) {
		if (column != ClaimColumn.STATUS) {
			return null;
		}
		Display display = Display.getCurrent();
		return switch (((ClaimRow) element).record().status()) {
		case NEW -> null;
		case ACCEPTED -> display.getSystemColor(SWT.COLOR_DARK_GREEN);
		case REJECTED -> display.getSystemColor(SWT.COLOR_DARK_RED);
		case DISPUTED -> display.getSystemColor(SWT.COLOR_DARK_YELLOW);
		};
	}

	@Override
	public String getToolTipText(Object element) {
		return column == ClaimColumn.CLAIM ? ClaimColumn.tooltip((ClaimRow) element) : null;
	}
}
