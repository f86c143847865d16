package io.claimtagger.ui.views;

import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.part.ViewPart;

import io.claimtagger.core.claim.Claim;
import io.claimtagger.core.compare.Change;
import io.claimtagger.core.compare.ClaimDifference;
import io.claimtagger.core.text.Whitespace;
import io.claimtagger.resources.compare.CompareClaimsJob;
import io.claimtagger.ui.Messages;

/**
 * Claim Diff: what an article's claims changed against an older text of it or another article,
 * side by side: the change (added, removed, reworded, polarity, kind, subjects, value), what
 * changed in words, the claim before and after. Double-click jumps to the sentence: the new one in
 * the article, or the old one when the other side is an article of the workspace.
 */
public final class ClaimDiffView extends ViewPart {

	public static final String ID = "io.claimtagger.ui.views.claimDiff";

	private Label summary;
	private TableViewer viewer;
	private final Runnable refresh = () -> Display.getDefault().asyncExec(this::show);

	private enum Column {
		CHANGE(Messages.ClaimDiff_change, 10) {
			@Override
			String text(ClaimDifference d) {
				return d.changes().stream().sorted().map(Change::id).collect(Collectors.joining(", "));
			}
		},
		DETAIL(Messages.ClaimDiff_detail, 16) {
			@Override
			String text(ClaimDifference d) {
				return d.detail();
			}
		},
		BEFORE(Messages.ClaimDiff_before, 37) {
			@Override
			String text(ClaimDifference d) {
				return sentence(d.before());
			}
		},
		AFTER(Messages.ClaimDiff_after, 37) {
			@Override
			String text(ClaimDifference d) {
				return sentence(d.after());
			}
		};

		final String header;
		final int weight;

		Column(String header, int weight) {
			this.header = header;
			this.weight = weight;
		}

		abstract String text(ClaimDifference d);

		private static String sentence(Claim c) {
			return c == null ? "" : Whitespace.collapse(c.text());
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		summary = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		viewer = TextTable.create(parent, SWT.SINGLE, ClaimDifference.class,
				java.util.Arrays.stream(Column.values()).map(c -> new TextTable.Column<ClaimDifference>(c.header, c.weight, c::text)).toList());
		viewer.addDoubleClickListener(e -> openSelected());
		CompareClaimsJob.RESULTS.addListener(refresh);
		show();
	}

	private void show() {
		if (viewer == null || viewer.getTable().isDisposed()) {
			return;
		}
		CompareClaimsJob.Result r = CompareClaimsJob.RESULTS.get();
		if (r == null) {
			summary.setText(Messages.ClaimDiff_none);
			viewer.setInput(List.of());
		} else if (r.problem() != null) {
			summary.setText(NLS.bind(Messages.ClaimDiff_problem, r.other().label(), r.problem()));
			viewer.setInput(List.of());
		} else {
			summary.setText(NLS.bind(Messages.ClaimDiff_summary, new Object[] { r.differences().size(),
					r.article().getFullPath().makeRelative(), r.other().label() }));
			viewer.setInput(r.differences());
		}
		summary.getParent().layout(true);
	}

	/** The differences as shown. */
	public List<ClaimDifference> shownRows() {
		@SuppressWarnings("unchecked")
		List<ClaimDifference> rows = viewer.getInput() == null ? List.of() : (List<ClaimDifference>) viewer.getInput();
		return rows;
	}

	public String summaryText() {
		return summary.getText();
	}

	public TableViewer viewer() {
		return viewer;
	}

	/** Jumps to the selected difference's sentence: the new one, or the old one in another article. */
	public void openSelected() {
		CompareClaimsJob.Result r = CompareClaimsJob.RESULTS.get();
		Object selected = ((IStructuredSelection) viewer.getSelection()).getFirstElement();
		if (r == null || !(selected instanceof ClaimDifference d)) {
			return;
		}
		if (d.after() != null) {
			EditorOpener.open(getSite().getPage(), r.article(), d.after().span().start(), d.after().span().length());
		} else if (r.other().file() != null) {
			EditorOpener.open(getSite().getPage(), r.other().file(), d.before().span().start(), d.before().span().length());
		}
	}

	@Override
	public void setFocus() {
		viewer.getTable().setFocus();
	}

	@Override
	public void dispose() {
		CompareClaimsJob.RESULTS.removeListener(refresh);
		super.dispose();
	}
}
