package io.claimtagger.ui.views;

import java.util.List;

import org.eclipse.jface.action.GroupMarker;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.part.ViewPart;

import io.claimtagger.core.contradiction.DatedClaim;
import io.claimtagger.core.contradiction.Finding;
import io.claimtagger.core.text.Whitespace;
import io.claimtagger.resources.contradictions.FindContradictionsJob;
import io.claimtagger.resources.contradictions.FindingRow;
import io.claimtagger.ui.Messages;

/**
 * Contradictions: pairs of stored claims, across articles, that contradict each other or where a
 * later article supersedes an earlier one, with the reason and a confidence, most confident first.
 * Find Contradictions (toolbar, or a project's Claim Tagger menu) runs as a job; double-click opens
 * both articles at their sentences; the context menu records the analyst's decision.
 */
public final class ContradictionsView extends ViewPart {

	public static final String ID = "io.claimtagger.ui.views.contradictions";

	private Label summary;
	private TableViewer viewer;
	private final Runnable refresh = () -> Display.getDefault().asyncExec(this::show);

	private enum Column {
		STATUS(Messages.Contradictions_status, 6) {
			@Override
			String text(FindingRow r) {
				return r.decision() == null ? Messages.Contradictions_open
						: r.decision() == io.claimtagger.core.contradiction.FindingDecisions.Decision.RESOLVED ? Messages.Contradictions_resolved
								: Messages.Contradictions_notContradiction;
			}
		},
		TYPE(Messages.Contradictions_type, 7) {
			@Override
			String text(FindingRow r) {
				return r.finding().type() == Finding.Type.CONTRADICTION ? Messages.Contradictions_contradiction : Messages.Contradictions_supersedes;
			}
		},
		CONFIDENCE(Messages.Contradictions_confidence, 4) {
			@Override
			String text(FindingRow r) {
				return String.format("%.2f", r.finding().confidence());
			}
		},
		SUBJECT(Messages.Contradictions_subject, 8) {
			@Override
			String text(FindingRow r) {
				return r.finding().subject();
			}
		},
		REASON(Messages.Contradictions_reason, 16) {
			@Override
			String text(FindingRow r) {
				return r.finding().reason();
			}
		},
		FIRST(Messages.Contradictions_first, 28) {
			@Override
			String text(FindingRow r) {
				return side(r.finding().first());
			}
		},
		SECOND(Messages.Contradictions_second, 28) {
			@Override
			String text(FindingRow r) {
				return side(r.finding().second());
			}
		};

		final String header;
		final int weight;

		Column(String header, int weight) {
			this.header = header;
			this.weight = weight;
		}

		abstract String text(FindingRow r);

		private static String side(DatedClaim c) {
			// The sentence first: it is what the analyst reads; where and when it was written after it.
			return Whitespace.collapse(c.claim().sentence()) + "  (" + c.article() + (c.published() == null ? "" : ", " + c.published()) + ")";
		}
	}

	@Override
	public void createPartControl(Composite parent) {
		GridLayoutFactory.fillDefaults().spacing(0, 2).applyTo(parent);
		summary = new Label(parent, SWT.WRAP);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(summary);
		viewer = TextTable.create(parent, SWT.MULTI, FindingRow.class,
				java.util.Arrays.stream(Column.values()).map(c -> new TextTable.Column<FindingRow>(c.header, c.weight, c::text)).toList());
		viewer.addDoubleClickListener(e -> openSelected());
		MenuManager menu = new MenuManager();
		menu.add(new GroupMarker(IWorkbenchActionConstants.MB_ADDITIONS));
		viewer.getTable().setMenu(menu.createContextMenu(viewer.getTable()));
		getSite().registerContextMenu(menu, viewer);
		getSite().setSelectionProvider(viewer);
		FindContradictionsJob.RESULTS.addListener(refresh);
		show();
	}

	private void show() {
		if (viewer == null || viewer.getTable().isDisposed()) {
			return;
		}
		FindContradictionsJob.Result result = FindContradictionsJob.RESULTS.get();
		if (result == null) {
			summary.setText(Messages.Contradictions_none);
			viewer.setInput(List.of());
		} else {
			long open = result.rows().stream().filter(r -> r.decision() == null).count();
			summary.setText(NLS.bind(Messages.Contradictions_summary, new Object[] { result.rows().size(), open, result.claims(),
					result.articles(), String.format("%.2f", result.seconds()) }));
			viewer.setInput(result.rows());
		}
		summary.getParent().layout(true);
	}

	/** The findings selected in the table. */
	public List<FindingRow> selectedRows() {
		return ((IStructuredSelection) viewer.getSelection()).toList().stream().map(FindingRow.class::cast).toList();
	}

	/** The rows as shown. */
	public List<FindingRow> shownRows() {
		@SuppressWarnings("unchecked")
		List<FindingRow> rows = viewer.getInput() == null ? List.of() : (List<FindingRow>) viewer.getInput();
		return rows;
	}

	/** The line above the table. */
	public String summaryText() {
		return summary.getText();
	}

	public TableViewer viewer() {
		return viewer;
	}

	/** Both articles of the (first) selected finding, the earlier one first, each at its sentence. */
	void openSelected() {
		List<FindingRow> rows = selectedRows();
		if (rows.isEmpty()) {
			return;
		}
		FindingRow r = rows.get(0);
		if (r.first() != null) {
			EditorOpener.open(getSite().getPage(), r.first(), r.finding().first().claim().span().start(),
					r.finding().first().claim().span().length());
		}
		if (r.second() != null) {
			EditorOpener.open(getSite().getPage(), r.second(), r.finding().second().claim().span().start(),
					r.finding().second().claim().span().length());
		}
	}

	@Override
	public void setFocus() {
		viewer.getTable().setFocus();
	}

	@Override
	public void dispose() {
		FindContradictionsJob.RESULTS.removeListener(refresh);
		super.dispose();
	}
}
