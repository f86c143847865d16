package io.claimtagger.core.claim;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.Test;

public class KindCuesTest {

	@Test
	public void shortStemsMatchWholeWordsOnly() {
		assertEquals("_support_", KindCues.of("run"));
		assertNull(KindCues.of("runner"));
		assertEquals("_licensing_", KindCues.of("per"));
		assertNull(KindCues.of("percent"));
		assertEquals("_strategy_", KindCues.of("bet"));
		assertEquals("_comparison_", KindCues.of("better"));
	}

	@Test
	public void longerStemsMatchWordBeginnings() {
		assertEquals("_acquisition_", KindCues.of("acquired"));
		assertEquals("_acquisition_", KindCues.of("mergers"));
		assertEquals("_release_", KindCues.of("shipped"));
		assertEquals("_licensing_", KindCues.of("licensing"));
		assertEquals("_comparison_", KindCues.of("competitors"));
		assertEquals("_support_", KindCues.of("compatible"));
		assertEquals("_strategy_", KindCues.of("roadmap"));
		assertNull(KindCues.of("ran"));
		assertNull(KindCues.of("kubernetes"));
		assertNull(KindCues.of(""));
	}

	/** The lookup gives what scanning every stem gives, for every stem and words built on them. */
	@Test
	public void indexAgreesWithScanningEveryStem() {
		List<String> words = new ArrayList<>(List.of("a", "an", "the", "rivalry", "dealer", "freeze", "planet",
				"willing", "shipping", "ownership", "gateway", "vsphere", "apachecon"));
		for (List<String> stems : KindCues.STEMS.values()) {
			for (String stem : stems) {
				words.add(stem);
				words.add(stem + "s");
				words.add(stem + "ed");
				words.add(stem.substring(0, stem.length() - 1));
			}
		}
		for (String word : words) {
			assertEquals(word, scan(word), KindCues.of(word));
		}
	}

	@Test
	public void noWordBeginsWithStemsOfTwoKinds() {
		for (Map.Entry<String, List<String>> a : KindCues.STEMS.entrySet()) {
			for (Map.Entry<String, List<String>> b : KindCues.STEMS.entrySet()) {
				if (a.getKey().equals(b.getKey())) {
					continue;
				}
				for (String x : a.getValue()) {
					for (String y : b.getValue()) {
						if (x.length() > 3 && y.length() > 3) {
							assertFalse(x + " / " + y, x.startsWith(y));
						}
					}
				}
			}
		}
	}

	private static String scan(String word) {
		for (Map.Entry<String, List<String>> e : KindCues.STEMS.entrySet()) {
			for (String stem : e.getValue()) {
				if (stem.length() <= 3 ? word.equals(stem) : word.startsWith(stem)) {
					return e.getKey();
				}
			}
		}
		return null;
	}
}
