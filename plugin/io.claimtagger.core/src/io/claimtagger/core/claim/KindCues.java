package io.claimtagger.core.claim;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups the words that signal a claim kind under one feature each ("acquired", "bought",
 * "takeover" -> {@code _acquisition_}), so the classifiers learn from a few thousand sentences
 * what a word list of each kind would tell them. Matched on lower-case word beginnings; a stem of
 * three letters or fewer must be the whole word ("run", not "runner").
 */
final class KindCues {

	static final Map<String, List<String>> STEMS = Map.of(
			"_acquisition_", List.of("acquir", "acquisition", "bought", "buy", "buys", "merger", "merge", "takeover",
					"take over", "purchas", "deal"),
			"_partnership_", List.of("partner", "alliance", "collaborat", "teamed", "jointly", "joint", "co-develop",
					"preferred", "anchor", "together"),
			"_release_", List.of("releas", "launch", "ship", "available", "availability", "ga", "beta", "preview",
					"introduc", "unveil", "debut", "renam", "added", "adds", "published", "version", "opened", "announc"),
			"_licensing_", List.of("licens", "price", "pricing", "priced", "cost", "charg", "subscription", "free",
					"open-sourc", "open sourc", "fee", "paid", "pays", "per", "bsl", "gpl", "apache"),
			"_comparison_", List.of("than", "faster", "slower", "cheaper", "better", "worse", "rival", "compet",
					"alternative", "unlike", "versus", "vs", "compar", "largest", "biggest", "leader", "leads", "only",
					"same", "similar", "whereas", "while"),
			"_support_", List.of("support", "runs", "run", "compatible", "works", "certified", "handles", "integrat",
					"accepts", "speaks", "reads", "writes", "uses", "requires"),
			"_strategy_", List.of("plan", "will", "aim", "strateg", "focus", "bet", "wants", "intend", "expect",
					"push", "commit", "priorit", "roadmap", "argu", "markets", "sells", "invest", "betting"));

	/** Stems of three letters or fewer, matched as whole words. */
	private static final Map<String, String> WHOLE_WORDS = new HashMap<>();
	/** Longer stems, matched against the word's beginnings of each stem length. */
	private static final Map<String, String> BEGINNINGS = new HashMap<>();
	private static final int SHORTEST_BEGINNING;
	private static final int LONGEST_BEGINNING;

	static {
		int shortest = Integer.MAX_VALUE;
		int longest = 0;
		for (Map.Entry<String, List<String>> e : STEMS.entrySet()) {
			for (String stem : e.getValue()) {
				String earlier = (stem.length() <= 3 ? WHOLE_WORDS : BEGINNINGS).put(stem, e.getKey());
				if (earlier != null) {
					throw new IllegalStateException("kind cue stem listed twice: " + stem);
				}
				if (stem.length() > 3) {
					shortest = Math.min(shortest, stem.length());
					longest = Math.max(longest, stem.length());
				}
			}
		}
		SHORTEST_BEGINNING = shortest;
		LONGEST_BEGINNING = longest;
	}

	private KindCues() {
	}

	/**
	 * The cue of a lower-case word, or null. A lookup per possible stem length rather than a scan
	 * of every stem: this runs for every word of every sentence (the scan was 15% of tagging time).
	 * No word begins with stems of two kinds, so the shortest match is the answer.
	 */
	static String of(String word) {
		String cue = WHOLE_WORDS.get(word);
		if (cue != null) {
			return cue;
		}
		int longest = Math.min(word.length(), LONGEST_BEGINNING);
		for (int n = SHORTEST_BEGINNING; n <= longest; n++) {
			cue = BEGINNINGS.get(word.substring(0, n));
			if (cue != null) {
				return cue;
			}
		}
		return null;
	}
}
