package io.claimtagger.ui.views;

import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Canvas;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.part.ViewPart;

import io.claimtagger.core.eval.CrossValidation;
import io.claimtagger.core.eval.Score;
import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.resources.TaggingEngine;
import io.claimtagger.resources.learning.LearningReportJob;
import io.claimtagger.resources.learning.WorkspaceModels;
import io.claimtagger.ui.Messages;

/**
 * The learning report: which models tag now, and how the retrained models compare with the shipped
 * ones on the user's own reviewed articles (k-fold cross-validation, so no article scores a model
 * that trained on it), as a bar chart of F1 for vendors, products and claims, and in words what
 * changed. The report runs as a job from the view's toolbar.
 */
public final class LearningReportView extends ViewPart {

	public static final String ID = "io.claimtagger.ui.views.learning";

	private Label status;
	private Canvas chart;
	private Text changes;
	private org.eclipse.jface.viewers.TableViewer learned;
	private final Runnable refresh = () -> Display.getDefault().asyncExec(this::show);

	@Override
	public void createPartControl(Composite parent) {
		parent.setLayout(new GridLayout(1, false));
		status = new Label(parent, SWT.WRAP);
		status.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		chart = new Canvas(parent, SWT.DOUBLE_BUFFERED);
		GridData chartData = new GridData(SWT.FILL, SWT.TOP, true, false);
		chartData.heightHint = 190;
		chart.setLayoutData(chartData);
		chart.addPaintListener(e -> paint(e.gc, chart.getClientArea().width));
		changes = new Text(parent, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL);
		changes.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		createLearnedTable(parent);
		LearningReportJob.RESULTS.addListener(refresh);
		TaggingEngine.get().addModelsListener(refresh);
		TaggingEngine.get().loadInBackground();
		show();
	}

	/**
	 * What was learned from the user: each corrected sentence with its names and its last change;
	 * Delete (or the context menu) forgets the selected ones.
	 */
	private void createLearnedTable(Composite parent) {
		Label title = new Label(parent, SWT.NONE);
		title.setText(Messages.LearningReport_learnedTitle);
		learned = new org.eclipse.jface.viewers.TableViewer(parent, SWT.BORDER | SWT.FULL_SELECTION | SWT.MULTI);
		learned.getTable().setHeaderVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 120;
		learned.getTable().setLayoutData(data);
		learned.setContentProvider(org.eclipse.jface.viewers.ArrayContentProvider.getInstance());
		column(Messages.LearningReport_learnedArticle, 180, l -> l.project().getName() + "/" + l.article());
		column(Messages.LearningReport_learnedSentence, 520, l -> io.claimtagger.core.evidence.EvidenceFormat.markup(l.entry()));
		column(Messages.LearningReport_learnedChange, 260,
				l -> l.entry().history().isEmpty() ? "" : l.entry().history().get(l.entry().history().size() - 1));
		org.eclipse.jface.action.MenuManager menu = new org.eclipse.jface.action.MenuManager();
		menu.add(new org.eclipse.jface.action.Action(Messages.LearningReport_forget) {
			@Override
			public void run() {
				forgetSelected();
			}
		});
		learned.getTable().setMenu(menu.createContextMenu(learned.getTable()));
		learned.getTable().addListener(SWT.KeyDown, e -> {
			if (e.keyCode == SWT.DEL) {
				forgetSelected();
			}
		});
		loadLearned();
	}

	private void column(String title, int width,
			java.util.function.Function<io.claimtagger.resources.learning.LearnedSentences.Learned, String> text) {
		org.eclipse.jface.viewers.TableViewerColumn c = new org.eclipse.jface.viewers.TableViewerColumn(learned, SWT.NONE);
		c.getColumn().setText(title);
		c.getColumn().setWidth(width);
		c.setLabelProvider(new org.eclipse.jface.viewers.ColumnLabelProvider() {
			@SuppressWarnings("unchecked")
			@Override
			public String getText(Object element) {
				return text.apply((io.claimtagger.resources.learning.LearnedSentences.Learned) element);
			}
		});
	}

	/** Reads the evidence in the background and shows it. */
	private void loadLearned() {
		org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create(Messages.LearningReport_loadingLearned, monitor -> {
			List<io.claimtagger.resources.learning.LearnedSentences.Learned> all = io.claimtagger.resources.learning.LearnedSentences.all();
			Display.getDefault().asyncExec(() -> {
				if (!learned.getTable().isDisposed()) {
					learned.setInput(all);
				}
			});
		});
		job.setSystem(true);
		job.schedule();
	}

	@SuppressWarnings("unchecked")
	private void forgetSelected() {
		List<io.claimtagger.resources.learning.LearnedSentences.Learned> selected = learned.getStructuredSelection().toList();
		if (selected.isEmpty()) {
			return;
		}
		org.eclipse.core.runtime.jobs.Job job = org.eclipse.core.runtime.jobs.Job.create(Messages.LearningReport_forgetting, monitor -> {
			try {
				io.claimtagger.resources.learning.LearnedSentences.forget(List.copyOf(selected), monitor);
			} catch (java.io.IOException e) {
				return new org.eclipse.core.runtime.Status(org.eclipse.core.runtime.IStatus.ERROR, io.claimtagger.ui.ClaimTaggerPlugin.ID,
						Messages.LearningReport_forgetFailed, e);
			}
			loadLearned();
			return org.eclipse.core.runtime.Status.OK_STATUS;
		});
		// No rule: it refreshes the .claims folder (a resource rule of its own); a retraining running
		// meanwhile reads each evidence file whole, before or after the change.
		job.schedule();
	}

	/** The learned sentences as shown (corpus markup), for tests. */
	public List<String> learnedSentences() {
		List<String> out = new java.util.ArrayList<>();
		for (org.eclipse.swt.widgets.TableItem item : learned.getTable().getItems()) {
			out.add(item.getText(1));
		}
		return out;
	}

	/** Selects the learned sentences whose markup contains {@code text} and forgets them, as the Delete key does. */
	public void forget(String text) {
		List<Object> matching = new java.util.ArrayList<>();
		for (org.eclipse.swt.widgets.TableItem item : learned.getTable().getItems()) {
			if (item.getText(1).contains(text)) {
				matching.add(item.getData());
			}
		}
		learned.setSelection(new org.eclipse.jface.viewers.StructuredSelection(matching));
		forgetSelected();
	}

	@Override
	public void dispose() {
		LearningReportJob.RESULTS.removeListener(refresh);
		TaggingEngine.get().removeModelsListener(refresh);
		super.dispose();
	}

	@Override
	public void setFocus() {
		changes.setFocus();
	}

	/** The status line as shown. */
	public String statusText() {
		return status.getText();
	}

	/** The report in words as shown. */
	public String reportText() {
		return changes.getText();
	}

	private void show() {
		if (status == null || status.isDisposed()) {
			return;
		}
		NlpModels models = TaggingEngine.get().models();
		String problem = WorkspaceModels.get().problem();
		org.eclipse.core.resources.IProject sharing = models == null || models.trainedDir() == null ? null
				: io.claimtagger.resources.learning.ProjectModels.owner(models.trainedDir());
		String using = models == null ? Messages.LearningReport_loading
				: models.trainedDir() == null ? Messages.LearningReport_shipped
				: sharing != null ? org.eclipse.osgi.util.NLS.bind(Messages.LearningReport_shared, sharing.getName())
				: Messages.LearningReport_retrained;
		status.setText(problem == null ? using : using + " " + problem);
		CrossValidation.Report report = LearningReportJob.RESULTS.get();
		changes.setText(report == null ? Messages.LearningReport_none : CrossValidation.text(report));
		chart.redraw();
		status.getParent().layout(true);
		loadLearned();
	}

	/** Per row (vendors, products, claims) two bars of F1: shipped (grey) and retrained (blue), with P and R. */
	private void paint(GC gc, int width) {
		CrossValidation.Report report = LearningReportJob.RESULTS.get();
		Display display = chart.getDisplay();
		gc.setBackground(display.getSystemColor(SWT.COLOR_LIST_BACKGROUND));
		gc.fillRectangle(chart.getClientArea());
		gc.setForeground(display.getSystemColor(SWT.COLOR_LIST_FOREGROUND));
		if (report == null) {
			gc.drawText(Messages.LearningReport_noChart, 8, 8, true);
			return;
		}
		Color shipped = new Color(160, 160, 160);
		Color retrained = new Color(40, 110, 200);
		int labelWidth = 80;
		int textWidth = gc.textExtent("F1 0.000 (P 0.000, R 0.000)").x + 12;
		int barMax = Math.max(40, width - labelWidth - textWidth - 16);
		int lineHeight = gc.getFontMetrics().getHeight();
		int y = 4;
		legend(gc, shipped, Messages.LearningReport_legendShipped, 8, y, lineHeight);
		legend(gc, retrained, NLS.bind(Messages.LearningReport_legendRetrained, report.folds()), 8 + 220, y, lineHeight);
		y += lineHeight + 8;
		List<Object[]> rows = List.of(new Object[] { Messages.LearningReport_vendors, report.shipped().vendors(), report.retrained().vendors() },
				new Object[] { Messages.LearningReport_products, report.shipped().products(), report.retrained().products() },
				new Object[] { Messages.LearningReport_claims, report.shipped().claims(), report.retrained().claims() });
		for (Object[] row : rows) {
			gc.setForeground(display.getSystemColor(SWT.COLOR_LIST_FOREGROUND));
			gc.drawText((String) row[0], 8, y + lineHeight / 2, true);
			if (row[0] == Messages.LearningReport_claims && report.claimSentences() == 0) {
				gc.drawText(Messages.LearningReport_noClaims, labelWidth, y + lineHeight / 2, true);
				y += 2 * lineHeight + 12;
				continue;
			}
			if (empty((Score) row[1]) && empty((Score) row[2])) {
				gc.drawText(Messages.LearningReport_nothing, labelWidth, y + lineHeight / 2, true);
				y += 2 * lineHeight + 12;
				continue;
			}
			bar(gc, shipped, (Score) row[1], labelWidth, y, barMax, lineHeight);
			bar(gc, retrained, (Score) row[2], labelWidth, y + lineHeight + 2, barMax, lineHeight);
			y += 2 * lineHeight + 12;
		}
	}

	private static void legend(GC gc, Color color, String text, int x, int y, int h) {
		gc.setBackground(color);
		gc.fillRectangle(x, y + 2, h - 4, h - 4);
		gc.drawText(text, x + h + 2, y, true);
	}

	private static void bar(GC gc, Color color, Score score, int x, int y, int max, int h) {
		double f1 = Double.isNaN(score.f1()) ? 0 : score.f1();
		gc.setBackground(color);
		gc.fillRectangle(x, y, Math.max(1, (int) Math.round(f1 * max)), h);
		String label = String.format(Locale.ROOT, "F1 %.3f (P %.3f, R %.3f)", f1, nan(score.precision()), nan(score.recall()));
		Point extent = gc.textExtent(label);
		gc.drawText(label, x + max + 8, y + (h - extent.y) / 2, true);
	}

	/** No name of this type in the sentences, and none found: nothing to score. */
	private static boolean empty(Score s) {
		return s.truePositives() + s.falsePositives() + s.falseNegatives() == 0;
	}

	private static double nan(double d) {
		return Double.isNaN(d) ? 0 : d;
	}
}
