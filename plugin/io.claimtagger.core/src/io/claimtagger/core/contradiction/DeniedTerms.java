package io.claimtagger.core.contradiction;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimtagger.core.statement.Statement;

/**
 * What a claim denies and what it affirms, word by word: the words after a negation or a removal
 * ("not", "never", "without", "removes", "except") up to the end of its clause are denied, the
 * others affirmed. A sentence-wide "negated" cannot tell "does not support Java" against "runs Java
 * 17" (a conflict) from "accepts only NVMe drives" against "does not support spinning disks" (none):
 * what matters is whether the word one side denies is a word the other affirms.
 *
 * @param denied   stems inside the scope of a negation or removal, names included
 * @param affirmed stems outside any such scope
 * @param scopes   where the sentence denies: start and end offsets, pair by pair
 * @param only     stems an "only" restricts the claim to ("runs only on Nvidia GPUs": nvidia, gpus)
 */
record DeniedTerms(Set<String> denied, Set<String> affirmed, int[] scopes, Set<String> only) {

	private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'.+#-]*|[,;:()\u2014]");
	/** Words that open a denial; "no" also opens "no longer". */
	private static final Set<String> CUES = Set.of("not", "never", "no", "neither", "nor", "without", "lacks", "lack", "lacking", "cannot",
			"removes", "removed", "remove", "drops", "dropped", "discontinued", "retire", "retired", "retires", "excludes", "excluding", "except",
			"stopped", "ended", "abandoned", "none");
	private static final Pattern BETA = Pattern.compile("\\s+(?:the |its )?beta\\b|\\s+(?:extra |additional )?(?:charge|cost)\\b|-cost\\b", Pattern.CASE_INSENSITIVE);
	private static final Set<String> ONLY = Set.of("only", "exclusively", "solely");
	/** Words that end a denial's scope as a new clause begins. */
	private static final Set<String> BOUNDARIES = Set.of(",", ";", ":", "(", ")", "\u2014", "but", "while", "though", "although", "because",
			"whereas", "yet", "so", "which", "instead", "unlike", "rather", "since", "after", "when", "according", "said", "says");
	/** Verbs and words most claims use, which say nothing of what is denied. */
	private static final Set<String> GENERIC = Set.of("support", "run", "include", "offer", "ship", "provide", "use", "available", "allow",
			"runs", "ships", "uses", "work", "come", "make", "let", "give", "get", "still", "yet", "longer", "any", "company", "customer", "user", "its", "their",
			"able", "also", "more", "than", "only", "now", "ha", "ve");
	private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "from",
			"as", "is", "are", "was", "were", "be", "been", "being", "it", "that", "this", "these", "those", "has", "have", "had", "will",
			"would", "can", "could", "does", "do", "did", "into", "over", "under", "about", "before", "per", "all", "new", "s");

	/** The denied and affirmed words of a sentence. */
	static DeniedTerms of(String sentence) {
		Set<String> denied = new TreeSet<>();
		Set<String> affirmed = new TreeSet<>();
		java.util.List<Integer> scopes = new java.util.ArrayList<>();
		Set<String> only = new TreeSet<>();
		boolean inScope = false;
		boolean inOnly = false;
		Matcher m = TOKEN.matcher(sentence);
		while (m.find()) {
			String token = m.group().toLowerCase(Locale.ROOT);
			// "dropped the beta label" launches a product, "at no charge" is a price: they deny nothing
			boolean cue = (token.endsWith("n't") || CUES.contains(token)) && !BETA.matcher(sentence).region(m.end(), sentence.length()).lookingAt();
			if (BOUNDARIES.contains(token) && !cue) {
				if (inScope) {
					scopes.add(m.start());
				}
				inScope = false;
				inOnly = false;
				continue;
			}
			if (ONLY.contains(token)) {
				inOnly = true;
				continue;
			}
			if (cue) {
				if (!inScope) {
					scopes.add(m.end());
				}
				inScope = true;
				continue;
			}
			String word = token.replaceAll("['.]+$", "").replaceAll("'s$", "");
			if (word.length() < 2 || STOP.contains(word) || !word.matches(".*\\p{L}.*")) {
				continue;
			}
			String stem = Statement.stemOf(word);
			if (GENERIC.contains(stem) || GENERIC.contains(word)) {
				continue;
			}
			(inScope ? denied : affirmed).add(stem);
			if (inOnly) {
				only.add(stem);
			}
		}
		if (inScope) {
			scopes.add(sentence.length());
		}
		return new DeniedTerms(Set.copyOf(denied), Set.copyOf(affirmed), scopes.stream().mapToInt(Integer::intValue).toArray(), Set.copyOf(only));
	}

	/** Whether the sentence denies what it writes at this offset ("no plans to raise it beyond 10 GB"). */
	boolean deniesAt(int offset) {
		for (int i = 0; i + 1 < scopes.length; i += 2) {
			if (offset >= scopes[i] && offset < scopes[i + 1]) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether one side denies a word the other affirms, leaving out the words of the subject the
	 * two share (each names it, affirmed or not): "yes", "no" when a side denies something else,
	 * or empty when neither denies anything.
	 */
	static String crossing(DeniedTerms x, DeniedTerms y, String sharedSubject) {
		if (x.denied.isEmpty() && y.denied.isEmpty()) {
			return "";
		}
		Set<String> subjectWords = new TreeSet<>();
		for (String w : sharedSubject.split("[^\\p{L}\\p{N}]+")) {
			subjectWords.add(Statement.stemOf(w));
		}
		return crosses(x.denied, y.affirmed, subjectWords) || crosses(y.denied, x.affirmed, subjectWords) ? "yes" : "no";
	}

	/**
	 * Whether one side restricts itself with "only" and the other denies something outside that
	 * restriction: "accepts only NVMe drives" and "does not support spinning disks" agree.
	 */
	static boolean deniesBesideOnly(DeniedTerms x, DeniedTerms y) {
		return besideOnly(x, y) || besideOnly(y, x);
	}

	private static boolean besideOnly(DeniedTerms restricted, DeniedTerms denying) {
		return !restricted.only.isEmpty() && restricted.denied.isEmpty() && !denying.denied.isEmpty()
				&& java.util.Collections.disjoint(restricted.only, denying.denied);
	}

	private static boolean crosses(Set<String> denied, Set<String> affirmed, Set<String> skip) {
		for (String w : denied) {
			if (affirmed.contains(w) && !skip.contains(w)) {
				return true;
			}
		}
		return false;
	}
}
