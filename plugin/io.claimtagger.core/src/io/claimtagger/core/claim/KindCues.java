package io.claimtagger.core.claim;

import java.util.List;
import java.util.Map;

/**
 * Groups the words that signal a claim kind under one feature each ("acquired", "bought",
 * "takeover" -> {@code _acquisition_}), so the classifiers learn from a few thousand sentences
 * what a word list of each kind would tell them. Matched on lower-case word beginnings.
 */
final class KindCues {

	private static final Map<String, List<String>> STEMS = Map.of(
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

	private KindCues() {
	}

	/** The cue of a lower-case word, or null. */
	static String of(String word) {
		for (Map.Entry<String, List<String>> e : STEMS.entrySet()) {
			for (String stem : e.getValue()) {
				if (stem.length() <= 3 ? word.equals(stem) : word.startsWith(stem)) {
					return e.getKey();
				}
			}
		}
		return null;
	}
}
