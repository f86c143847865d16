package io.claimtagger.core.contradiction;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the pair judge asks of a claim's words, worked out once per claim rather than once per
 * pair it takes part in (a subject with thousands of claims makes millions of pairs).
 *
 * @param qualifiers  per kind ({@link PairJudge#QUALIFIERS}), the qualifiers named
 * @param years       the years the claim names
 * @param metrics     what its percentages measure
 * @param products    its product subject keys
 * @param vendors     its vendor subject keys
 * @param independent says the subject is independent
 * @param renamed     says something was renamed
 * @param universal   says "never", "all", "every" (not "at all")
 * @param never       says "never"
 * @param owned       says who owns or governs the subject
 * @param ownerChange says the owner changed (sold, spun off, acquired)
 * @param classes     the meaning classes its words use, names left out ({@link PairFeatures})
 * @param listing     says the subject's shares are listed ("listed", "publicly traded") or that it
 *                    went private ("taken private"), or nothing; {@code ""} when it says neither
 * @param terms       the words it denies and the words it affirms
 * @param valueNames  the subjects named inside its values ("12 AWS regions")
 * @param releases    the versions it names, of its subjects or as values ("vSphere 4.1", "version 5.0")
 * @param dateEvents  the events its dates are of, by the cue before each ("founded in 2016")
 * @param denies      denies something ("at no charge" is a price, not a denial)
 * @param deniesValues denies its values, not only something beside them ("has no plans to raise it"
 *                    leaves "the ceiling is 3,008 MB" stated)
 * @param planned     reports a deal not agreed: a plan, an offer, a bid, a rumour
 * @param dealOff     reports a deal called off ("terminated their merger agreement")
 * @param atLaunch    is scoped to a product's launch ("at launch", "initially")
 */
record Traits(Map<String, Set<String>> qualifiers, Set<Double> years, Set<String> metrics, List<String> products, List<String> vendors,
		boolean independent, boolean renamed, boolean universal, boolean never, boolean owned, boolean ownerChange, Set<String> classes, String listing,
		DeniedTerms terms, Set<String> valueNames, Set<String> releases, Set<io.claimtagger.core.statement.Relation> dateEvents, boolean denies,
		boolean deniesValues, boolean planned, boolean dealOff, boolean atLaunch) {

	/** The same words' traits with other subjects ({@link SubjectMentions}: names a sentence writes untagged). */
	Traits withSubjects(List<String> products, List<String> vendors) {
		return new Traits(qualifiers, years, metrics, products, vendors, independent, renamed, universal, never, owned, ownerChange, classes, listing,
				terms, valueNames, releases, dateEvents, denies, deniesValues, planned, dealOff, atLaunch);
	}
}
