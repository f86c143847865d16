package io.claimtagger.core.eval;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.claimtagger.core.contradiction.PairClassifier;
import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.pipeline.TaggingPipeline;
import io.claimtagger.core.statement.Statement;

public class BackgroundPairsTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private static final TaggingPipeline PIPELINE = new TaggingPipeline(NlpModels.bundled());

	private Path corpus() throws Exception {
		Path dir = folder.newFolder("train").toPath();
		Files.writeString(dir.resolve("x.ann"), String.join("\n",
				"=== one",
				"release+\t<v>Quorvane</v> released <p>Quorvane Cloud</p> 2.0 in March 2021.",
				"support+\t<p>Quorvane Cloud</p> runs on <p>Kubernetes</p> and <p>OpenShift</p>.",
				"",
				"=== two",
				"licensing+\t<p>Quorvane Cloud</p> costs $12 per user per month.",
				"other+\t<v>Tessaric Labs</v> has 40 employees in Porto.",
				""), StandardCharsets.UTF_8);
		Files.writeString(dir.resolve("notes.txt"), "not a corpus file", StandardCharsets.UTF_8);
		return dir;
	}

	@Test
	public void pairsShareASubjectComeFromTwoArticlesAndAreLabelledNone() throws Exception {
		List<PairClassifier.LabelledPair> pairs = BackgroundPairs.sample(corpus(), PIPELINE, 20, 7);
		assertFalse(pairs.isEmpty());
		for (PairClassifier.LabelledPair p : pairs) {
			assertEquals("none", p.label());
			assertNotEquals(p.a().article(), p.b().article());
			assertTrue(p.a().claim().sentence() + " | " + p.b().claim().sentence(),
					p.a().statement().subjects().stream().map(Statement::base)
							.anyMatch(s -> p.b().statement().subjects().stream().map(Statement::base).toList().contains(s)));
			// Tessaric Labs is in one article only: never paired
			assertFalse(p.a().claim().sentence().contains("Tessaric") || p.b().claim().sentence().contains("Tessaric"));
		}
	}

	@Test
	public void theSameCorpusAndSeedGiveTheSamePairs() throws Exception {
		Path corpus = corpus();
		List<String> first = BackgroundPairs.sample(corpus, PIPELINE, 20, 7).stream()
				.map(p -> p.a().claim().sentence() + " | " + p.b().claim().sentence()).toList();
		List<String> again = BackgroundPairs.sample(corpus, PIPELINE, 20, 7).stream()
				.map(p -> p.a().claim().sentence() + " | " + p.b().claim().sentence()).toList();
		assertEquals(first, again);
	}
}
