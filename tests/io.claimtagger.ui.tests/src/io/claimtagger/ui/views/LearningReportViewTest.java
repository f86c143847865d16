package io.claimtagger.ui.views;

import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IProject;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.PlatformUI;
import org.junit.After;
import org.junit.Test;

import io.claimtagger.core.corpus.Mention;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.evidence.EvidenceStore;
import io.claimtagger.resources.learning.LearningReportJob;
import io.claimtagger.ui.claims.ClaimsWorkbench;
import io.claimtagger.ui.editor.Workbench;

/**
 * Issue 12, the report: corrections in two articles, Run Report cross-validates (each article
 * scored by models trained without it) and the view shows which models tag, the bar chart, and in
 * words what the retrained models now find. Leaves target/screenshots/learning-report.png.
 */
public class LearningReportViewTest {

	private IProject project;

	@After
	public void cleanUp() throws Exception {
		if (project != null) {
			ClaimsWorkbench.delete(project);
		}
	}

	@Test
	public void theReportComparesShippedAndRetrainedModelsOnTheUsersArticles() throws Exception {
		project = ClaimsWorkbench.project("learning-report");
		Path root = project.getLocation().toFile().toPath();
		EvidenceStore evidence = new EvidenceStore(root);
		record(evidence, "articles/streams.txt", "Teams at the exchange now stream every trade through harrowd before it lands.");
		record(evidence, "articles/latency.txt", "The release notes say harrowd cuts tail latency in half for banks.");
		record(evidence, "articles/pilots.txt", "Two insurers piloted harrowd last spring and kept it.");

		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1100, 700);
		LearningReportView view = (LearningReportView) ClaimsWorkbench.page().showView(LearningReportView.ID);
		assertTrue(view.reportText(), view.reportText().startsWith("No report yet."));
		Workbench.waitUntil("the status: shipped models", 120_000, () -> view.statusText().equals("The editors tag with the shipped models."));

		new LearningReportJob(3, List.of(project)).schedule(); // this project's articles only
		Workbench.waitUntil("the report", 900_000, () -> view.reportText().startsWith("3-fold cross-validation over 3 reviewed articles"));
		String report = view.reportText();
		assertTrue(report, report.contains("(3 sentences with checked names, 0 reviewed claims)"));
		// Each fold's models learned harrowd from the other two articles' sentences only: most of the
		// held-out mentions are found (the shipped models find none), none wrongly.
		java.util.regex.Matcher found = java.util.regex.Pattern.compile("Now found: (\\d) mentions? of 1 name \\(harrowd (\\d)\\)").matcher(report);
		assertTrue(report, found.find() && Integer.parseInt(found.group(1)) >= 2);
		assertTrue(report, report.lines().anyMatch(l -> l.startsWith("products  0.000 / 0.000 / 0.000    1.000 / ")));
		assertTrue(report, report.contains("Newly tagged by mistake: 0 mentions of 0 names"));

		ClaimsWorkbench.page().toggleZoom(ClaimsWorkbench.page().getReference(view));
		ClaimsWorkbench.waitUntil("the view maximized", () -> ClaimsWorkbench.page().getPartState(ClaimsWorkbench.page().getReference(view))
				== org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		while (shell.getDisplay().readAndDispatch()) {
			// paint everything pending
		}
		shell.update();
		Path out = Path.of(System.getProperty("claimtagger.repo", ".")).resolve("tests/io.claimtagger.ui.tests/target/screenshots/learning-report.png");
		Files.createDirectories(out.getParent());
		ClaimsViewScreenshotTest.save(shell, out);
		assertTrue(Files.isRegularFile(out));

		// What was learned is listed, and forgetting a sentence removes it from the project's evidence.
		ClaimsWorkbench.waitUntil("the learned sentences listed", () -> view.learnedSentences()
				.contains("Two insurers piloted <p>harrowd</p> last spring and kept it."));
		view.forget("Two insurers piloted");
		ClaimsWorkbench.waitUntil("the sentence forgotten", () -> !view.learnedSentences().stream().anyMatch(l -> l.contains("piloted"))
				&& !Files.exists(root.resolve(".claims/articles/pilots.txt.evidence.ann")));
		assertTrue(view.learnedSentences().toString(), view.learnedSentences().stream().anyMatch(l -> l.contains("cuts tail latency")));
	}

	private static void record(EvidenceStore store, String article, String sentence) throws Exception {
		int at = sentence.indexOf("harrowd");
		store.record(article, sentence, List.of(new Mention(at, at + 7, EntityType.PRODUCT, "harrowd")), "tagged \"harrowd\" as product");
	}
}
