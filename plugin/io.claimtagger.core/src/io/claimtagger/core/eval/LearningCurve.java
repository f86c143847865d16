package io.claimtagger.core.eval;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.claimtagger.core.corpus.AnnotatedDocument;
import io.claimtagger.core.corpus.AnnotatedSentence;
import io.claimtagger.core.corpus.GoldDocument;
import io.claimtagger.core.corpus.Mention;
import io.claimtagger.core.corpus.ModelTrainer;
import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.evidence.Evidence;
import io.claimtagger.core.evidence.EvidenceStore;
import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.pipeline.TaggedDocument;
import io.claimtagger.core.pipeline.TaggingPipeline;

/**
 * Issue 12's benchmark: a {@link SimulatedUser} corrects the first k articles of a pool, the models
 * are retrained from the corpus plus that evidence (as Retrain from My Corrections does), and the
 * retrained models are scored on test articles nobody corrected: all names, the names the user had
 * to correct (their other mentions, in other sentences), and claims.
 */
public final class LearningCurve {

	/** One point of the curve. */
	public record Point(int k, int correctedSentences, int claimDecisions, int correctedNames, Score entities,
			Score correctedNamesBefore, Score correctedNamesWithCatalog, Score correctedNamesModelAlone, Score claims,
			double trainSeconds) {
	}

	private final Path corpus;
	private final Path work;
	private final PrintStream log;
	private final int threads;

	public LearningCurve(Path corpus, Path work, int threads, PrintStream log) {
		this.corpus = corpus;
		this.work = work;
		this.threads = threads;
		this.log = log;
	}

	public List<Point> run(List<AnnotatedDocument> pool, List<AnnotatedDocument> test, int[] ks) throws IOException {
		List<GoldDocument> testGold = new ArrayList<>();
		for (AnnotatedDocument d : test) {
			testGold.add(GoldDocument.render(d.id(), d));
		}
		List<Point> points = new ArrayList<>();
		for (int k : ks) {
			Path project = Files.createTempDirectory(work, "project-k" + k + "-");
			EvidenceStore store = new EvidenceStore(project);
			SimulatedUser user = new SimulatedUser(new TaggingPipeline(NlpModels.bundled(), true));
			int sentences = 0;
			List<AnnotatedSentence> decisions = new ArrayList<>();
			Set<String> corrected = new HashSet<>();
			for (int i = 0; i < Math.min(k, pool.size()); i++) {
				SimulatedUser.Corrections c = user.correct("articles/" + pool.get(i).id() + ".txt", pool.get(i), store);
				sentences += c.sentences();
				decisions.addAll(c.claimDecisions());
				corrected.addAll(c.missedNames());
			}
			NlpModels models = NlpModels.bundled();
			double seconds = 0;
			if (k > 0) {
				Evidence files = Evidence.under(project);
				Evidence evidence = files.plus(new Evidence(
						List.of(new Evidence.ArticleEvidence("reviews of the simulated user", List.of(), decisions)), List.of()));
				Path out = Files.createTempDirectory(work, "models-k" + k + "-");
				long start = System.nanoTime();
				new ModelTrainer(NlpModels.bundled(), new PrintStream(java.io.OutputStream.nullOutputStream())).threads(threads).train(corpus, evidence, ModelTrainer.EVIDENCE_WEIGHT, out, null);
				seconds = (System.nanoTime() - start) / 1e9;
				models = NlpModels.fromDirectory(out);
			}
			Evaluation withCatalog = new Evaluation();
			Score namesBefore = new Score();
			Score namesWith = new Score();
			Score namesAlone = new Score();
			TaggingPipeline on = new TaggingPipeline(models, true);
			TaggingPipeline off = new TaggingPipeline(models, false);
			TaggingPipeline shipped = new TaggingPipeline(NlpModels.bundled(), true);
			for (GoldDocument g : testGold) {
				score(g, shipped.tag(g.text()), corrected, namesBefore);
				TaggedDocument tagged = on.tag(g.text());
				withCatalog.add(g, tagged);
				score(g, tagged, corrected, namesWith);
				score(g, off.tag(g.text()), corrected, namesAlone);
			}
			Point p = new Point(k, sentences, decisions.size(), corrected.size(), withCatalog.entities(), namesBefore, namesWith, namesAlone,
					withCatalog.claims(), seconds);
			log.println(line(p));
			points.add(p);
		}
		return points;
	}

	/** Recall (and precision among them) of the corrected names' mentions in the test articles. */
	private static void score(GoldDocument gold, TaggedDocument tagged, Set<String> names, Score score) {
		Set<Mention> expected = new HashSet<>();
		for (Mention m : gold.entities()) {
			if (names.contains(m.text().toLowerCase(Locale.ROOT))) {
				expected.add(new Mention(m.start(), m.end(), m.type(), m.text()));
			}
		}
		Set<Mention> found = new HashSet<>();
		for (Entity e : tagged.entities()) {
			if (names.contains(e.text().toLowerCase(Locale.ROOT))) {
				found.add(new Mention(e.span().start(), e.span().end(), e.type(), e.text()));
			}
		}
		score.add(expected, found);
	}

	public static String header() {
		return "  k  corrected sentences  claim decisions  corrected names | entity P / R / F1 | corrected names' mentions, recall: shipped -> retrained (catalog on) / model alone | claims P / R | training";
	}

	public static String line(Point p) {
		return String.format(Locale.ROOT,
				"%3d  %19d  %15d  %15d | %.3f / %.3f / %.3f | %.3f -> %.3f (%d of %d) / %.3f | %.3f / %.3f | %.1f s",
				p.k(), p.correctedSentences(), p.claimDecisions(), p.correctedNames(), p.entities().precision(),
				p.entities().recall(), p.entities().f1(), p.correctedNamesBefore().recall(), p.correctedNamesWithCatalog().recall(),
				p.correctedNamesWithCatalog().truePositives(),
				p.correctedNamesWithCatalog().truePositives() + p.correctedNamesWithCatalog().falseNegatives(),
				p.correctedNamesModelAlone().recall(), p.claims().precision(), p.claims().recall(), p.trainSeconds());
	}
}
