package io.claimtagger.resources.learning;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.claimtagger.core.eval.CrossValidation;
import io.claimtagger.core.evidence.Evidence;
import io.claimtagger.resources.ClaimTaggerResources;
import io.claimtagger.resources.Messages;
import io.claimtagger.resources.jobs.LastResult;

/**
 * The learning report: k-fold cross-validation over the reviewed articles of the open projects
 * (shipped vs retrained models, and what changed), one training per fold, as a cancellable job.
 * The last report is kept for the view; listeners are told when a new one is ready.
 */
public final class LearningReportJob extends Job {

	/** At most this many folds (one training each, about a minute on two cores). */
	public static final int FOLDS = 5;

	/** The latest result, and the views told when a new one is in. */
	public static final LastResult<CrossValidation.Report> RESULTS = new LastResult<>();

	private final int folds;
	private final java.util.List<org.eclipse.core.resources.IProject> projects;

	/** Over every open project's reviewed articles. */
	public LearningReportJob(int folds) {
		this(folds, null);
	}

	/** Over these projects' reviewed articles (null: every open project). */
	public LearningReportJob(int folds, java.util.List<org.eclipse.core.resources.IProject> projects) {
		super(Messages.LearningReportJob_name);
		this.folds = folds;
		this.projects = projects;
		setUser(true);
		setPriority(LONG);
		setRule(RetrainJob.RULE);
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == LearningReportJob.class;
	}

	/** The job family: join it to wait for a report, cancel it to stop one. */
	public static Object family() {
		return LearningReportJob.class;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Path work = null;
		try {
			Evidence evidence = RetrainJob.evidenceOf(projects);
			int k = Math.min(folds, evidence.articles());
			if (k < 2) {
				return new Status(IStatus.INFO, ClaimTaggerResources.ID, NLS.bind(Messages.LearningReportJob_tooFew, evidence.articles()));
			}
			SubMonitor progress = SubMonitor.convert(monitor, NLS.bind(Messages.LearningReportJob_task, k, evidence.articles()), k);
			work = Files.createTempDirectory("claimtagger-report-");
			CrossValidation.Report report = new CrossValidation(RetrainJob.shippedCorpus(), work,
					Runtime.getRuntime().availableProcessors()).run(evidence, k, monitor::isCanceled, fold -> progress.worked(1));
			RESULTS.publish(report);
			return Status.OK_STATUS;
		} catch (CancellationException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException | RuntimeException e) {
			return new Status(IStatus.ERROR, ClaimTaggerResources.ID, Messages.LearningReportJob_failed, e);
		} finally {
			if (work != null) {
				try {
					WorkspaceModels.delete(work);
				} catch (IOException e) {
					ClaimTaggerResources.log("Cannot remove " + work, e);
				}
			}
		}
	}
}
