package io.claimtagger.core.entity;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.Test;

import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.text.TextSpan;
import io.claimtagger.core.token.ArticleTokenizer;

public class MentionTyperTest {

	private static final NlpModels MODELS = NlpModels.bundled();
	private final ArticleTokenizer tokenizer = new ArticleTokenizer(MODELS.tokenizerModel());
	private final MentionTyper typer = new MentionTyper(MODELS.mentionTypeModel().orElseThrow(), MODELS.catalog());

	private String[] words(String sentence) {
		return tokenizer.tokenize(sentence, new TextSpan(0, sentence.length())).stream()
				.map(t -> t.in(sentence).toString()).toArray(String[]::new);
	}

	/** The vendor probability of {@code name} where {@code sentence} first writes it. */
	private double vendor(String sentence, String name) {
		String[] w = words(sentence);
		int n = words(name).length;
		for (int i = 0; i + n <= w.length; i++) {
			if (String.join(" ", Arrays.copyOfRange(w, i, i + n)).equals(String.join(" ", words(name)))) {
				return typer.vendorProbability(w, i, i + n - 1);
			}
		}
		throw new AssertionError(name + " not in " + sentence);
	}

	@Test
	public void namesNobodyHasSeenAreTypedByWhatTheSentenceDoesWithThem() {
		assertTrue(vendor("Last spring we moved every cluster to Quendrix.", "Quendrix") < 0.2);
		assertTrue(vendor("We installed Quendrix on every node.", "Quendrix") < 0.2);
		assertTrue(vendor("Quendrix raised $40 million in a Series B round.", "Quendrix") > 0.8);
		assertTrue(vendor("Quendrix was founded in 2019 and employs 80 people.", "Quendrix") > 0.8);
	}

	@Test
	public void theFeaturesSeeAKnownCompanyInFrontAndTheWordsAroundTheName() {
		String[] w = words("Our logs now go to Microsoft Quillstream every night.");
		List<String> f = List.of(MentionTyper.features(w, 5, 6, MODELS.catalog().vendorOnlyNames()));
		assertTrue(f.toString(), f.contains("vendorHead"));
		assertTrue(f.toString(), f.contains("l1=to"));
		assertTrue(f.toString(), f.contains("r1=every"));
		assertTrue(f.toString(), f.contains("last=quillstream"));
		assertFalse(List.of(MentionTyper.features(w, 6, 6, Set.of())).contains("vendorHead"));
	}

	@Test
	public void theFeaturesReachTheNearestContentWordsAndAnAppositionsHead() {
		String[] w = words("Last year Quendrix, a Porto startup that routes logs, has quietly raised $9 million.");
		List<String> f = List.of(MentionTyper.features(w, 2, 2, Set.of()));
		assertTrue(f.toString(), f.contains("prevw=year"));
		assertTrue(f.toString(), f.contains("appos=startup"));
		String[] moved = words("We moved every cluster to Quendrix.");
		List<String> g = List.of(MentionTyper.features(moved, 5, 5, Set.of()));
		assertTrue(g.toString(), g.contains("prevw=cluster"));
		assertFalse(g.toString(), g.stream().anyMatch(x -> x.startsWith("nextw=") || x.startsWith("appos=")));
	}

	@Test
	public void withoutAModelThereIsNoOpinion() {
		assertFalse(MentionTyper.NONE.hasOpinion());
		assertEquals(0.5, MentionTyper.NONE.vendorProbability(words("Quendrix raised money."), 0, 0), 0);
	}
}
