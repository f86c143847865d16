package io.claimtagger.core.entity;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.text.TextSpan;
import io.claimtagger.core.token.ArticleTokenizer;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.util.Span;

/** The best reading is exactly OpenNLP's NameFinderME; runner-up names only add, never replace. */
public class ModelEntityFinderTest {

	private static final String[] SENTENCES = {
			"Zentrix Labs said on Tuesday that its Quorvex database now runs on Kestrel Cloud.",
			"Red Hat shipped RHEL 6 with KVM and dropped Xen.",
			"We renew certificates with cert-manager and push images to quill.dev before deploying with fathomctl.",
			"Tessel Adds Snapshot Replication to FlashGrid//X",
			"Alternatives include Pebble, Otterbase and QuillDB, each cheaper than Lantern 3.2." };

	@Test
	public void everyNameOfTheBestReadingIsFoundWithNameFinderMesProbability() {
		NlpModels models = NlpModels.bundled();
		ArticleTokenizer tokenizer = new ArticleTokenizer(models.tokenizerModel());
		ModelEntityFinder finder = new ModelEntityFinder(models.nameFinderModel());
		NameFinderME reference = new NameFinderME(models.nameFinderModel());
		int names = 0;
		for (String sentence : SENTENCES) {
			String[] words = tokenizer.tokenize(sentence, new TextSpan(0, sentence.length())).stream()
					.map(t -> t.in(sentence).toString()).toArray(String[]::new);
			List<NameFinder.Prediction> found = finder.find(words);
			Span[] best = reference.find(words);
			double[] probs = reference.probs(best);
			for (int i = 0; i < best.length; i++) {
				Span s = best[i];
				NameFinder.Prediction p = found.stream().filter(f -> f.startToken() == s.getStart()).findFirst()
						.orElseThrow(() -> new AssertionError("missing " + s + " in " + sentence));
				assertEquals(s.getEnd(), p.endToken());
				assertEquals(s.getType(), p.type().id());
				assertEquals(probs[i], p.probability(), 1e-9);
				names++;
			}
			for (int i = 1; i < found.size(); i++) {
				assertTrue("sorted and disjoint", found.get(i - 1).endToken() <= found.get(i).startToken());
			}
		}
		assertTrue("the sentences hold names for the model to find", names >= 8);
	}
}
