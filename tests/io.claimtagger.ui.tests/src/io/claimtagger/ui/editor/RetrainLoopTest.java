package io.claimtagger.ui.editor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.IJobChangeEvent;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.core.runtime.jobs.JobChangeAdapter;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.After;
import org.junit.Test;

import io.claimtagger.core.entity.EntitySource;
import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.resources.TaggingEngine;
import io.claimtagger.resources.corrections.UserCorrectionsStore;
import io.claimtagger.resources.learning.LearningReportJob;
import io.claimtagger.resources.learning.RetrainJob;
import io.claimtagger.resources.learning.WorkspaceModels;

/**
 * Issue 12, the whole loop in the workbench: a name the shipped model misses is tagged once with
 * Ctrl+1 in one article (kept as evidence in the project), Retrain from My Corrections runs in the
 * background while the editors keep working, and the retrained model then finds the name by
 * itself in another article's sentence (the dictionary entry removed, so only the model can);
 * Revert to Shipped Model takes it away again.
 */
public class RetrainLoopTest {

	private static final String FIRST = "Teams at the bank now stream every trade through harrowd before it reaches the warehouse.\n";
	private static final String SECOND = "The release notes say harrowd cuts tail latency in half.\n";
	private static final long TRAINING_TIMEOUT_MS = 600_000;

	@After
	public void cleanUp() throws Exception {
		UserCorrectionsStore.get().removeEntry("harrowd");
		Workbench.page().closeAllEditors(false);
		WorkspaceModels.get().revert();
		TaggingEngine.get().use(io.claimtagger.core.pipeline.NlpModels.bundled());
	}

	private static void run(String commandId) throws Exception {
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		handlers.executeCommand(commandId, null);
	}

	@Test
	public void aCorrectionRetrainsTheModelThatThenFindsTheNameInAnotherArticle() throws Exception {
		IFile first = Workbench.file("learn-first.article", FIRST);
		IFile second = Workbench.file("learn-second.article", SECOND);
		ITextEditor editor = Workbench.open(first, ArticleEditor.ID);
		Workbench.waitUntil("the first article tagged", () -> Workbench.session(editor).sentenceAt(0) != null);
		assertTrue("the shipped model misses harrowd: " + Workbench.tagged(editor), Workbench.tagged(editor).isEmpty());

		int at = FIRST.indexOf("harrowd");
		QuickFixTest.proposal(editor, at, "harrowd".length(), "Tag 'harrowd' as product (all articles)").apply(Workbench.document(editor));
		Path evidence = first.getProject().getLocation().toFile().toPath().resolve(".claims/learn-first.article.evidence.ann");
		Workbench.waitUntil("the correction kept as evidence", () -> Files.isRegularFile(evidence)
				&& read(evidence).contains("?\tTeams at the bank now stream every trade through <p>harrowd</p> before it reaches the warehouse."));
		assertTrue(read(evidence), read(evidence).contains("tagged \"harrowd\" as product"));
		// The dictionary would find the string anywhere; without it only a model that learned can.
		UserCorrectionsStore.get().removeEntry("harrowd");

		ITextEditor other = Workbench.open(second, ArticleEditor.ID);
		Workbench.waitUntil("the second article tagged", () -> Workbench.session(other).sentenceAt(0) != null);
		assertTrue(Workbench.tagged(other).toString(), Workbench.tagged(other).isEmpty());

		java.util.concurrent.atomic.AtomicBoolean reportScheduled = new java.util.concurrent.atomic.AtomicBoolean();
		JobChangeAdapter reports = new JobChangeAdapter() {
			@Override
			public void scheduled(IJobChangeEvent event) {
				reportScheduled.compareAndSet(false, event.getJob().belongsTo(LearningReportJob.family()));
			}
		};
		Job.getJobManager().addJobChangeListener(reports);
		run("io.claimtagger.ui.retrain");
		// The editor keeps working while the models train: an edit is tagged with the old models.
		Workbench.document(other).replace(0, 0, "Red Hat ships KVM. ");
		Workbench.waitUntil("the edit tagged during the training", () -> Workbench.tagged(other).contains("io.claimtagger.ui.vendor:Red Hat@0"));
		Workbench.waitUntil("the retraining", TRAINING_TIMEOUT_MS,
				() -> RetrainJob.lastResult() != null && TaggingEngine.get().models().trainedDir() != null);
		assertTrue("evidence sentences: " + RetrainJob.lastResult().nameSentences(), RetrainJob.lastResult().nameSentences() >= 1);
		// The report follows the retraining by default (LearningReportViewTest checks what it says);
		// stopped here, so the revert below does not wait for its trainings.
		Workbench.waitUntil("the learning report scheduled after the retraining", reportScheduled::get);
		Job.getJobManager().removeJobChangeListener(reports);
		Job.getJobManager().cancel(LearningReportJob.family());
		Job.getJobManager().join(LearningReportJob.family(), null);
		// Whatever the report found (here: too few articles), it says so in its view, not in a dialog.
		while (PlatformUI.getWorkbench().getDisplay().readAndDispatch()) {
			// let a dialog open, if one would
		}
		java.util.List<String> dialogs = java.util.Arrays.stream(PlatformUI.getWorkbench().getDisplay().getShells())
				.filter(s -> s.isVisible() && s != PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell())
				.map(s -> s.getText()).toList();
		assertTrue("dialogs open: " + dialogs, dialogs.isEmpty());

		int inSecond = Workbench.document(other).get().indexOf("harrowd");
		Workbench.waitUntil("harrowd found by the retrained model in the other article",
				() -> Workbench.tagged(other).contains("io.claimtagger.ui.product:harrowd@" + inSecond));
		EntityAnnotation found = (EntityAnnotation) Workbench.annotationAt(other, "io.claimtagger.ui.product", inSecond);
		assertNotNull(found);
		assertEquals(EntitySource.MODEL, found.entity().source());
		assertTrue(found.getText(), found.getText().contains("Found by: the trained model"));

		// Shared through the project: a copy of the verified set in .claimtagger/models.
		Job share = io.claimtagger.ui.commands.ShareModelsHandler.schedule(first.getProject());
		share.join();
		assertTrue(String.valueOf(share.getResult()), share.getResult().isOK());
		Path shared = first.getProject().getLocation().toFile().toPath().resolve(io.claimtagger.resources.learning.ProjectModels.FOLDER);
		assertTrue(Files.isRegularFile(shared.resolve("models.properties")));

		run("io.claimtagger.ui.revertModels");
		Workbench.waitUntil("the shipped model again", () -> !Workbench.tagged(other).contains("io.claimtagger.ui.product:harrowd@" + inSecond));
		assertEquals(null, WorkspaceModels.get().current());
		NlpModels shipped = NlpModels.bundled();
		// Reverted means shipped, even with a set the project shares ...
		assertEquals(null, WorkspaceModels.get().loadOrShipped(shipped).trainedDir());
		// ... while a workspace without models of its own (a colleague's clone) takes the shared set up,
		Path pointer = io.claimtagger.resources.ClaimTaggerResources.getDefault().getStateLocation().toFile().toPath().resolve("models/current");
		Files.delete(pointer);
		assertEquals(shared, WorkspaceModels.get().loadOrShipped(shipped).trainedDir());
		// and never one that does not verify: the reason names the project.
		Path name = shared.resolve("name-finder.bin");
		if (!Files.exists(name)) {
			try (java.util.stream.Stream<Path> files = Files.list(shared)) {
				name = files.filter(p -> p.toString().endsWith(".bin")).findFirst().orElseThrow();
			}
		}
		Files.write(name, new byte[] { 1, 2, 3 }, java.nio.file.StandardOpenOption.APPEND);
		assertEquals(null, WorkspaceModels.get().loadOrShipped(shipped).trainedDir());
		assertTrue(WorkspaceModels.get().problem(), WorkspaceModels.get().problem().contains(first.getProject().getName()));
		WorkspaceModels.delete(shared.getParent());
		WorkspaceModels.get().revert();

		// The evidence follows its article when it is renamed.
		first.move(new org.eclipse.core.runtime.Path("learn-renamed.article"), true, null);
		Path renamed = evidence.resolveSibling("learn-renamed.article.evidence.ann");
		Workbench.waitUntil("the evidence renamed with its article", () -> Files.isRegularFile(renamed) && !Files.exists(evidence));
		assertTrue(read(renamed), read(renamed).contains("=== learn-renamed.article"));
	}

	/** The preference "retrain after N corrections": the N-th correction schedules a retraining (cancelled here). */
	@Test
	public void theNthCorrectionStartsARetrainingWhenThePreferenceAsks() throws Exception {
		io.claimtagger.ui.preferences.TaggerPreferences.store().setValue(io.claimtagger.ui.preferences.TaggerPreferences.RETRAIN_AFTER, 1);
		try {
			IFile file = Workbench.file("learn-auto.article", FIRST);
			ITextEditor editor = Workbench.open(file, ArticleEditor.ID);
			Workbench.waitUntil("tagged", () -> Workbench.session(editor).sentenceAt(0) != null);
			int at = FIRST.indexOf("harrowd");
			QuickFixTest.proposal(editor, at, "harrowd".length(), "Tag 'harrowd' as product (all articles)").apply(Workbench.document(editor));
			Workbench.waitUntil("a retraining scheduled by the correction",
					() -> org.eclipse.core.runtime.jobs.Job.getJobManager().find(RetrainJob.family()).length > 0);
		} finally {
			io.claimtagger.ui.preferences.TaggerPreferences.store().setValue(io.claimtagger.ui.preferences.TaggerPreferences.RETRAIN_AFTER, 0);
			org.eclipse.core.runtime.jobs.Job.getJobManager().cancel(RetrainJob.family());
			org.eclipse.core.runtime.jobs.Job.getJobManager().join(RetrainJob.family(), null);
		}
	}

	private static String read(Path p) {
		try {
			return Files.readString(p, StandardCharsets.UTF_8);
		} catch (java.io.IOException e) {
			return "";
		}
	}
}
