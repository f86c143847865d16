package io.claimtagger.core.entity;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

public class WordShapeFeatureGeneratorTest {

	@Test
	public void shapesDescribeHowANameIsWritten() {
		assertEquals("XxXx", WordShapeFeatureGenerator.shape("DeltaStream"));
		assertEquals("xd.dx", WordShapeFeatureGenerator.shape("m5.2xlarge"));
		assertEquals("x-x", WordShapeFeatureGenerator.shape("kube-router"));
		assertEquals("XxXx//X", WordShapeFeatureGenerator.shape("FlashArray//C"));
		assertEquals("xXx", WordShapeFeatureGenerator.shape("vSphere"));
		assertEquals("Xd", WordShapeFeatureGenerator.shape("S3"));
	}

	private static List<String> features(String sentence, int index) {
		List<String> features = new ArrayList<>();
		new WordShapeFeatureGenerator().createFeatures(features, sentence.split(" "), index, new String[0]);
		return features;
	}

	@Test
	public void aCapitalMidSentenceIsACueButNotInAHeadline() {
		assertTrue(features("We moved the cluster to Zentrix last year .", 5).contains("capmid"));
		assertFalse(features("Zentrix moved the cluster last year .", 0).contains("capmid"));
		assertFalse(features("Acme Cloud Run Combines Serverless Functions With Edge", 4).contains("capmid"));
		assertTrue(features("Acme Cloud Run Combines Serverless Functions With Edge", 4).contains("sh=Xx,hl"));
	}

	@Test
	public void lowerCaseCodeAndCamelCaseAreMarked() {
		assertTrue(features("we install cert-manager first", 2).contains("code"));
		assertFalse(features("we install certificates first", 2).contains("code"));
		assertTrue(features("events land in DeltaStream", 3).contains("camel"));
	}

	@Test
	public void aWordNoDictionaryHoldsIsMarkedWhateverItsCase() {
		assertTrue(features("we moved to Karpenter last year", 3).contains("en=o"));
		assertTrue(features("we moved to karpenter last year", 3).contains("en=o"));
		assertTrue(features("tables in Iceberg format", 2).contains("en=w"));
		assertTrue(features("several clusters ran", 1).contains("en=w"));
		assertFalse(features("it costs 5,000 dollars", 2).stream().anyMatch(f -> f.startsWith("en=")));
	}

	@Test
	public void theEnglishWordListHoldsWordsTheirPluralsAndProperNouns() {
		EnglishWords words = EnglishWords.bundled();
		assertTrue(words.contains("Snowflake"));
		assertTrue(words.contains("clusters"));
		assertFalse(words.contains("Kubernetes"));
		assertFalse(words.contains("Redpanda"));
		// Proper nouns are known, but are no ordinary words for the name finder.
		assertTrue(words.knows("Oslo"));
		assertFalse(words.contains("Oslo"));
		assertFalse(words.knows("Redpanda"));
	}
}
