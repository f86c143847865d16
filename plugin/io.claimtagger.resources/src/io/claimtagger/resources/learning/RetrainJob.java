package io.claimtagger.resources.learning;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URL;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.claimtagger.core.corpus.ModelTrainer;
import io.claimtagger.core.evidence.Evidence;
import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.resources.ClaimTaggerResources;
import io.claimtagger.resources.Messages;
import io.claimtagger.resources.TaggingEngine;

/**
 * Retrain from My Corrections: trains the name finder and the claim models from the shipped
 * corpus plus the evidence of every open project (corrected sentences, reviewed claims), into a new
 * workspace model generation, and switches the engine to it only once it is written and verified.
 * The editors keep tagging with the old models meanwhile. OpenNLP's training cannot be interrupted
 * inside a model, so a cancel returns at once and the abandoned training stops at its next model
 * without writing anything.
 */
public final class RetrainJob extends Job {

	/** Sentences of evidence and seconds of the last successful retraining, for tests and the report. */
	public record Result(int nameSentences, int claimDecisions, int articles, double seconds) {
	}

	private static final Object FAMILY = RetrainJob.class;
	/** Two retrainings (or a retraining and a revert) never run at once; nothing else is held: the workspace stays free. */
	public static final org.eclipse.core.runtime.jobs.ISchedulingRule RULE = new org.eclipse.core.runtime.jobs.ISchedulingRule() {
		@Override
		public boolean contains(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
			return rule == this;
		}

		@Override
		public boolean isConflicting(org.eclipse.core.runtime.jobs.ISchedulingRule rule) {
			return rule == this;
		}
	};
	/** Progress ticks of the training: one per 200 ms, about a minute in all on two cores. */
	private static final int TRAINING_TICKS = 300;
	private static volatile Result last;

	private boolean reportAfterwards;

	public RetrainJob() {
		super(Messages.RetrainJob_name);
		setUser(true);
		setPriority(LONG);
		setRule(RULE);
	}

	/**
	 * Whether a successful retraining schedules the learning report (one training per fold, in the
	 * background, cancellable), so the view shows what the new models changed without being asked.
	 */
	public RetrainJob reportAfterwards(boolean report) {
		this.reportAfterwards = report;
		return this;
	}

	public static Result lastResult() {
		return last;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == FAMILY;
	}

	/** The job family: join it to wait for a retraining. */
	public static Object family() {
		return FAMILY;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.RetrainJob_name, 100);
		try {
			progress.subTask(Messages.RetrainJob_collecting);
			Evidence evidence = workspaceEvidence();
			progress.worked(5);
			if (evidence.isEmpty()) {
				return new Status(IStatus.INFO, ClaimTaggerResources.ID, Messages.RetrainJob_nothing);
			}
			Path corpus = shippedCorpus();
			Path generation = WorkspaceModels.get().newGeneration();
			AtomicBoolean cancelled = new AtomicBoolean();
			AtomicReference<Throwable> failure = new AtomicReference<>();
			Evidence input = evidence;
			long start = System.nanoTime();
			Thread training = new Thread(() -> {
				try {
					new ModelTrainer(NlpModels.bundled(), new PrintStream(java.io.OutputStream.nullOutputStream()))
							.threads(Runtime.getRuntime().availableProcessors())
							.train(corpus, input, ModelTrainer.EVIDENCE_WEIGHT, generation, cancelled::get);
				} catch (Throwable e) {
					failure.set(e);
				}
			}, "Claim Tagger retraining");
			training.setDaemon(true);
			progress.subTask(NLS.bind(Messages.RetrainJob_training, evidence.names().size() + evidence.claims().size(),
					evidence.articles()));
			SubMonitor trainingProgress = progress.split(90).setWorkRemaining(TRAINING_TICKS);
			int ticks = 0;
			training.start();
			while (training.isAlive()) {
				if (monitor.isCanceled()) {
					cancelled.set(true);
					WorkspaceModels.delete(generation);
					return Status.CANCEL_STATUS;
				}
				training.join(200);
				if (++ticks < TRAINING_TICKS - 10) {
					trainingProgress.worked(1);
				}
			}
			if (failure.get() instanceof CancellationException) {
				WorkspaceModels.delete(generation);
				return Status.CANCEL_STATUS;
			}
			if (failure.get() != null) {
				WorkspaceModels.delete(generation);
				return new Status(IStatus.ERROR, ClaimTaggerResources.ID, Messages.RetrainJob_failed, failure.get());
			}
			NlpModels trained = NlpModels.fromDirectory(generation).preload();
			WorkspaceModels.get().activate(generation);
			TaggingEngine.get().use(trained);
			progress.worked(5);
			last = new Result(evidence.names().size(), evidence.claims().size(), evidence.articles(),
					(System.nanoTime() - start) / 1e9);
			if (reportAfterwards) {
				LearningReportJob report = new LearningReportJob(LearningReportJob.FOLDS);
				report.setUser(false); // the Progress view shows it (and cancels it); no dialog pops up
				report.schedule();
			}
			return new Status(IStatus.OK, ClaimTaggerResources.ID, NLS.bind(Messages.RetrainJob_done,
					new Object[] { evidence.names().size(), evidence.claims().size(), evidence.articles() }));
		} catch (IOException | InterruptedException e) {
			return new Status(IStatus.ERROR, ClaimTaggerResources.ID, Messages.RetrainJob_failed, e);
		}
	}

	static Evidence workspaceEvidence() throws IOException {
		return evidenceOf(null);
	}

	/** The evidence of these projects (null: every open one); files that cannot be read are logged (warnings) and skipped. */
	static Evidence evidenceOf(java.util.List<IProject> projects) throws IOException {
		Evidence evidence = Evidence.NONE;
		for (IProject project : projects != null ? projects : java.util.List.of(ResourcesPlugin.getWorkspace().getRoot().getProjects())) {
			if (project.isOpen() && project.getLocation() != null) {
				evidence = evidence.plus(Evidence.ofProject(project.getLocation().toFile().toPath()));
			}
		}
		for (String problem : evidence.problems()) {
			ClaimTaggerResources.log(new Status(IStatus.WARNING, ClaimTaggerResources.ID, problem));
		}
		return evidence;
	}

	/** The training corpus inside the core bundle, as a folder (extracted by the framework when the bundle is a jar). */
	static Path shippedCorpus() throws IOException {
		URL entry = Platform.getBundle("io.claimtagger.core").getEntry("io/claimtagger/core/corpus-train/");
		if (entry == null) {
			throw new IOException("the training corpus is missing from the io.claimtagger.core bundle");
		}
		URL file = FileLocator.toFileURL(entry);
		try {
			return Path.of(file.toURI());
		} catch (java.net.URISyntaxException | IllegalArgumentException e) {
			return Path.of(file.getPath());
		}
	}
}
