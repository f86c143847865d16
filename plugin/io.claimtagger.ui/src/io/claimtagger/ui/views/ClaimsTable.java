package io.claimtagger.ui.views;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.TableColumnLayout;
import org.eclipse.jface.viewers.ColumnWeightData;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.IElementComparer;
import org.eclipse.jface.viewers.IStructuredContentProvider;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;

import io.claimtagger.core.store.ClaimPlace;
import io.claimtagger.resources.claims.ClaimRow;

/**
 * The Claims view's table: a row per claim, a column per {@link ClaimColumn}, sorted by the
 * clicked header ({@link ClaimsComparator}) and narrowed by the {@link ClaimsFilter}. The rows are
 * rebuilt from the store after every change, so a row is identified by its claim: selection and
 * scroll position survive the refresh.
 */
final class ClaimsTable {

	private final TableViewer viewer;
	private final ClaimsComparator comparator = new ClaimsComparator();
	private final Map<ClaimColumn, TableViewerColumn> columns = new EnumMap<>(ClaimColumn.class);
	private List<ClaimRow> rows = List.of();

	ClaimsTable(Composite parent, ClaimsFilter filter) {
		// The table alone in a composite whose layout shares the width among the columns by weight.
		Composite holder = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, true).applyTo(holder);
		TableColumnLayout layout = new TableColumnLayout(true);
		holder.setLayout(layout);
		viewer = new TableViewer(holder, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.H_SCROLL | SWT.V_SCROLL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		viewer.setComparer(new ByClaim());
		viewer.setContentProvider((IStructuredContentProvider) input -> rows.toArray());
		for (ClaimColumn c : ClaimColumn.values()) {
			TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
			column.getColumn().setText(c.header);
			layout.setColumnData(column.getColumn(), new ColumnWeightData(c.weight, c.minimumWidth, true));
			column.getColumn().setMoveable(true);
			column.setLabelProvider(new ClaimLabels(c));
			column.getColumn().addListener(SWT.Selection, e -> sortBy(c));
			columns.put(c, column);
		}
		viewer.setComparator(comparator);
		viewer.addFilter(filter);
		viewer.setInput(this);
		ColumnViewerToolTipSupport.enableFor(viewer);
	}

	TableViewer viewer() {
		return viewer;
	}

	/** Every row read for the scope, filtered or not. */
	List<ClaimRow> rows() {
		return rows;
	}

	void setRows(List<ClaimRow> newRows) {
		rows = List.copyOf(newRows);
		viewer.refresh();
	}

	void refresh() {
		viewer.refresh();
	}

	/** The rows as the table shows them: filtered and sorted. */
	List<ClaimRow> shownRows() {
		List<ClaimRow> shown = new ArrayList<>();
		for (TableItem item : viewer.getTable().getItems()) {
			shown.add((ClaimRow) item.getData());
		}
		return shown;
	}

	/** The selected rows, in table order. */
	List<ClaimRow> selectedRows() {
		List<ClaimRow> selected = new ArrayList<>();
		for (Object o : viewer.getStructuredSelection().toList()) {
			selected.add((ClaimRow) o);
		}
		return selected;
	}

	void select(ClaimRow row) {
		viewer.setSelection(new StructuredSelection(row), true);
	}

	/** Moves the selection {@code delta} rows down (or up), staying within the table. */
	void selectNext(int delta) {
		Table table = viewer.getTable();
		int count = table.getItemCount();
		if (count == 0) {
			return;
		}
		int[] selected = table.getSelectionIndices();
		int from;
		if (selected.length == 0) {
			from = delta > 0 ? -1 : count;
		} else {
			from = delta > 0 ? max(selected) : min(selected);
		}
		int to = Math.max(0, Math.min(count - 1, from + delta));
		select((ClaimRow) table.getItem(to).getData());
	}

	/** Selects the shown claim of {@code file} under a caret at {@code offset}, if there is one. */
	void selectAt(IFile file, int offset) {
		for (ClaimRow row : shownRows()) {
			if (row.article().equals(file) && ClaimPlace.isAt(row.record(), offset)) {
				select(row);
				return;
			}
		}
	}

	private void sortBy(ClaimColumn column) {
		comparator.sortBy(column);
		Table table = viewer.getTable();
		table.setSortColumn(columns.get(column).getColumn());
		table.setSortDirection(comparator.direction());
		viewer.refresh();
	}

	private static int max(int[] values) {
		int m = values[0];
		for (int v : values) {
			m = Math.max(m, v);
		}
		return m;
	}

	private static int min(int[] values) {
		int m = values[0];
		for (int v : values) {
			m = Math.min(m, v);
		}
		return m;
	}

	/** Rows are equal when they stand for the same claim, whatever its state. */
	private static final class ByClaim implements IElementComparer {
		@Override
		public boolean equals(Object a, Object b) {
			return a instanceof ClaimRow x && b instanceof ClaimRow y ? x.ref().equals(y.ref()) : a.equals(b);
		}

		@Override
		public int hashCode(Object element) {
			return element instanceof ClaimRow row ? row.ref().hashCode() : element.hashCode();
		}
	}
}
