package io.claimtagger.core.entity;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;

import org.junit.Test;

import io.claimtagger.core.corpus.GoldDocument;
import io.claimtagger.core.eval.GoldSet;
import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.text.TextSpan;
import io.claimtagger.core.token.ArticleTokenizer;
import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;

/** The shared-feature beam gives OpenNLP's own beam search's readings, bit for bit. */
public class NameBeamSearchTest {

	@Test
	public void everyReadingOfEveryEvaluationParagraphIsOpenNlpsOwn() throws Exception {
		TokenNameFinderModel model = NlpModels.bundled().nameFinderModel();
		NameContextGenerator contexts = model.getFactory().createContextGenerator();
		SequenceValidator<String> validator = model.getFactory().createSequenceCodec().createSequenceValidator();
		NameBeamSearch search = NameBeamSearch.of(model, contexts, validator);
		assertNotNull("./claimtag train makes a GIS model", search);
		SequenceClassificationModel reference = model.getNameFinderSequenceModel();
		ArticleTokenizer tokenizer = new ArticleTokenizer(NlpModels.bundled().tokenizerModel());
		Path repo = Path.of(System.getProperty("claimtagger.repo", "."));
		int paragraphs = 0;
		int names = 0;
		for (GoldDocument doc : GoldSet.load(repo.resolve("corpus/eval"))) {
			for (String paragraph : doc.text().split("\n")) {
				String[] words = tokenizer.tokenize(paragraph, new TextSpan(0, paragraph.length())).stream()
						.map(t -> t.in(paragraph).toString()).toArray(String[]::new);
				Sequence[] expected = reference.bestSequences(3, words, null, contexts, validator);
				Sequence[] actual = search.bestSequences(3, words);
				assertEquals(paragraph, expected.length, actual.length);
				for (int k = 0; k < expected.length; k++) {
					assertEquals(paragraph, expected[k].getOutcomes(), actual[k].getOutcomes());
					assertArrayEquals(paragraph, expected[k].getProbs(), actual[k].getProbs(), 0.0);
					assertEquals(paragraph, expected[k].getScore(), actual[k].getScore(), 0.0);
				}
				if (words.length > 0) {
					paragraphs++;
					names += expected[0].getOutcomes().stream().filter(o -> o.endsWith("-start")).count();
				}
			}
		}
		assertTrue("the evaluation set was read: " + paragraphs + " paragraphs, " + names + " names",
				paragraphs > 300 && names > 1000);
	}
}
