package io.claimtagger.core.contradiction;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import org.junit.Test;

import io.claimtagger.core.corpus.CorpusFingerprint;

/** The shipped pair model, as the Contradictions view and {@code ./claimtag contradictions} use it. */
public class PairClassifierTest {

	private static List<Finding> find(List<DatedClaim> claims, PairClassifier classifier) {
		return ContradictionFinder.find(claims, classifier, () -> false);
	}

	/** "No charge" and later "bills by the hour": no price, no shared cue word, yet a change of price. */
	@Test
	public void aChangeSaidInOtherWordsIsFoundWithItsReasonWhereTheRulesSeeNothing() {
		List<DatedClaim> claims = new ArrayList<>();
		claims.addAll(ContradictionFinderTest.article("a.txt", "2019-03-04",
				"Quorvane Cloud offers its managed Postgres service at no charge for small teams."));
		claims.addAll(ContradictionFinderTest.article("b.txt", "2021-06-09",
				"Quorvane Cloud now bills every managed Postgres database by the hour, and the free option is gone."));
		assertEquals(List.of(), find(claims, PairClassifier.RULES_ONLY));
		List<Finding> found = find(claims, PairClassifier.bundled());
		assertEquals(found.toString(), 1, found.size());
		Finding f = found.get(0);
		assertEquals(Finding.Type.SUPERSEDES, f.type());
		assertEquals("a.txt", f.first().article());
		assertEquals("quorvane cloud", f.subject());
		// the contrast it read, in words of the two sentences (which contrast depends on the training)
		assertTrue(f.reason(), f.reason().matches("the later article says \"(paid|removed|no / not|now)\", the earlier (\"(free|no / not)\"|does not)"));
		assertTrue(String.valueOf(f.confidence()), f.confidence() >= PairClassifier.FIND_BAR);
	}

	/** Two facts about one subject that speak of different things are no finding. */
	@Test
	public void unrelatedClaimsAboutOneSubjectAreNoFinding() {
		List<DatedClaim> claims = new ArrayList<>();
		claims.addAll(ContradictionFinderTest.article("a.txt", "2019-03-04",
				"Quorvane Cloud offers its managed Postgres service at no charge for small teams."));
		claims.addAll(ContradictionFinderTest.article("b.txt", "2021-06-09",
				"Quorvane Cloud opened a data center in Lisbon, its third in Europe."));
		assertEquals(List.of(), find(claims, PairClassifier.bundled()));
	}

	/** An article is taken to agree with itself: the model reads pairs of two articles only. */
	@Test
	public void twoClaimsOfOneArticleAreLeftToTheRules() {
		List<DatedClaim> claims = ContradictionFinderTest.article("a.txt", "2019-03-04",
				"Quorvane Cloud offers its managed Postgres service at no charge for small teams."
						+ " Quorvane Cloud now bills every managed Postgres database by the hour, and the free option is gone.");
		assertEquals(2, claims.size());
		assertEquals(List.of(), find(claims, PairClassifier.bundled()));
	}

	/** The rules' own findings stand with the model (it vetoes only what it is sure is none). */
	@Test
	public void anAcquisitionEndingIndependenceIsStillFound() {
		List<DatedClaim> claims = new ArrayList<>();
		claims.addAll(ContradictionFinderTest.article("a.txt", "2019-03-04", "Tessaric Labs is an independent company funded by its founders."));
		claims.addAll(ContradictionFinderTest.article("b.txt", "2021-06-09",
				"Tessaric Labs is now part of Halvane Systems, which bought the startup in May."));
		List<Finding> found = find(claims, PairClassifier.bundled());
		assertEquals(found.toString(), 1, found.size());
		assertEquals("a later acquisition ends its independence", found.get(0).reason());
	}

	/** Fails the build when the labelled pairs or the training corpus changed and the model was not retrained. */
	/** Training gives the same model in every JVM only when a pair's features come in one order. */
	@Test
	public void aPairsFeaturesComeInOneOrder() {
		DatedClaim a = ContradictionFinderTest.article("a.txt", "2019-03-04",
				"Quorvane Cloud charges $12 per month for its Standard tier in Europe, the only plan with backups.").get(0);
		DatedClaim b = ContradictionFinderTest.article("b.txt", "2021-06-01",
				"Quorvane Cloud now charges $15 per month for the Standard tier in Europe.").get(0);
		String[] features = PairFeatures.of(a, b, PairJudge.judge(a, b));
		String[] sorted = features.clone();
		java.util.Arrays.sort(sorted);
		assertEquals(List.of(sorted), List.of(features));
		assertTrue(List.of(features).toString(), List.of(features).contains("qtier=same"));
	}

	@Test
	public void theShippedModelWasTrainedFromTheCommittedPairsAndCorpus() throws Exception {
		Path repo = Path.of(System.getProperty("claimtagger.repo", "."));
		Properties provenance = PairClassifier.bundledProvenance();
		String retrain = "The pair model is out of date: run ./claimtag train-pairs and commit it";
		assertEquals(retrain, CorpusFingerprint.ofPairs(repo.resolve("corpus/contradiction-train")), provenance.getProperty("pairs.sha256"));
		assertEquals(retrain, CorpusFingerprint.of(repo.resolve("corpus/train")), provenance.getProperty("corpus.sha256"));
	}
}
