package io.claimtagger.ui.views;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.store.ReviewStatus;
import io.claimtagger.core.store.SubjectNames;
import io.claimtagger.resources.claims.ClaimRow;
import io.claimtagger.ui.Messages;

/**
 * The filters above the Claims view's table: review status, kind, a vendor or product, and a search
 * text. Each change sets the {@link ClaimsFilter} and tells the view, which refreshes the table and
 * its counts. The first item of each list lets everything through.
 */
final class ClaimsFilterBar {

	private final ClaimsFilter filter;
	private final Runnable changed;
	private final Combo subjects;

	ClaimsFilterBar(Composite parent, ClaimsFilter filter, Runnable changed) {
		this.filter = filter;
		this.changed = changed;
		Composite bar = new Composite(parent, SWT.NONE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(bar);
		GridLayoutFactory.fillDefaults().numColumns(4).margins(2, 2).applyTo(bar);

		Combo statuses = combo(bar, Messages.ClaimsView_filter_allStatuses);
		for (ReviewStatus s : ReviewStatus.values()) {
			statuses.add(ClaimColumn.statusName(s));
		}
		onSelection(statuses, i -> filter.setStatus(i < 0 ? null : ReviewStatus.values()[i]));

		Combo kinds = combo(bar, Messages.ClaimsView_filter_allKinds);
		for (ClaimKind k : ClaimKind.values()) {
			kinds.add(k.id());
		}
		onSelection(kinds, i -> filter.setKind(i < 0 ? null : ClaimKind.values()[i]));

		subjects = combo(bar, Messages.ClaimsView_filter_allSubjects);
		onSelection(subjects, i -> filter.setSubject(i < 0 ? null : subjects.getItem(i + 1)));

		Text search = new Text(bar, SWT.SEARCH | SWT.ICON_SEARCH | SWT.ICON_CANCEL);
		search.setMessage(Messages.ClaimsView_filter_text);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(search);
		search.addModifyListener(e -> {
			filter.setText(search.getText());
			changed.run();
		});
	}

	private static Combo combo(Composite parent, String all) {
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.add(all);
		combo.setVisibleItemCount(20);
		combo.select(0);
		return combo;
	}

	/** Calls {@code choose} with the chosen item's index after the "all" item, -1 for "all". */
	private void onSelection(Combo combo, IntConsumer choose) {
		combo.addListener(SWT.Selection, e -> {
			choose.accept(combo.getSelectionIndex() - 1);
			changed.run();
		});
	}

	/**
	 * Lists the vendors and products the rows are about. The chosen one stays chosen while some
	 * row is still about it; otherwise the filter falls back to all of them.
	 */
	void updateSubjects(List<ClaimRow> rows) {
		Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		for (ClaimRow r : rows) {
			names.addAll(SubjectNames.of(r.record()));
		}
		String selected = subjects.getSelectionIndex() > 0 ? subjects.getText() : null;
		subjects.removeAll();
		subjects.add(Messages.ClaimsView_filter_allSubjects);
		names.forEach(subjects::add);
		int index = selected == null ? 0 : subjects.indexOf(selected);
		subjects.select(Math.max(index, 0));
		if (index < 0) {
			filter.setSubject(null);
		}
	}
}
