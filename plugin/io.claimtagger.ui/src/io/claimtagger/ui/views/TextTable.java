package io.claimtagger.ui.views;

import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;

/**
 * A read-only table of rows of one type whose columns share the view's width by weight, each
 * cell's whole text in its tooltip (sentences are cut by the column): the Claim Diff and
 * Contradictions views' tables.
 */
final class TextTable {

	/** A column: its header, its share of the width, and the cell text of a row. */
	record Column<T>(String header, int weight, Function<T, String> text) {
	}

	private TextTable() {
	}

	static <T> TableViewer create(Composite parent, int selectionStyle, Class<T> rowType, List<Column<T>> columns) {
		Composite holder = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
		TableColumnLayout layout = new TableColumnLayout(true);
		holder.setLayout(layout);
		TableViewer viewer = new TableViewer(holder, selectionStyle | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		for (Column<T> c : columns) {
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
			column.getColumn().setText(c.header());
			layout.setColumnData(column.getColumn(), new ColumnWeightData(c.weight(), 40, true));
			column.setLabelProvider(new ColumnLabelProvider() {
				@Override
				public String getText(Object element) {
					return c.text().apply(rowType.cast(element));
				}

				@Override
				public String getToolTipText(Object element) {
					return getText(element);
				}
			});
		}
		ColumnViewerToolTipSupport.enableFor(viewer);
		return viewer;
	}
}
