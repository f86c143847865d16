package io.claimtagger.core.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimtagger.core.claim.Claim;
import io.claimtagger.core.statement.StatedValue;
import io.claimtagger.core.statement.Statement;
import io.claimtagger.core.store.ClaimSubject;

/**
 * The claims two revisions of an article differ in. A claim whose sentence is unchanged (whitespace,
 * quotes and a typo aside) is not a difference, wherever it moved; the others are paired by the
 * words they share, and each pair is told apart by what changed: polarity, values, subjects, kind,
 * or only the wording. What is left is added or removed.
 */
public final class ClaimDiff {

	/** Pairs below this word overlap are not the same claim rewritten but one removed and one added. */
	static final double PAIR_THRESHOLD = 0.34;
	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}.'$€£%-]*");

	private ClaimDiff() {
	}

	public static List<ClaimDifference> between(List<Claim> before, List<Claim> after) {
		return between(before, after, null, null);
	}

	/**
	 * @param beforeText the old revision's text, or null; with it, a claim the tagger no longer
	 *                   reports in a sentence that is still there (typos aside) is no difference
	 * @param afterText  the new revision's text, or null
	 */
	public static List<ClaimDifference> between(List<Claim> before, List<Claim> after, String beforeText, String afterText) {
		// Unchanged sentences first, by their normalised text (a moved paragraph is no difference).
		Map<String, List<Claim>> newByText = new HashMap<>();
		for (Claim c : after) {
			newByText.computeIfAbsent(normal(c.text()), k -> new ArrayList<>()).add(c);
		}
		List<Claim> oldLeft = new ArrayList<>();
		for (Claim c : before) {
			List<Claim> same = newByText.get(normal(c.text()));
			if (same != null && !same.isEmpty()) {
				same.remove(0);
			} else {
				oldLeft.add(c);
			}
		}
		List<Claim> newLeft = new ArrayList<>();
		for (List<Claim> rest : newByText.values()) {
			newLeft.addAll(rest);
		}
		newLeft.sort(Comparator.comparingInt(c -> c.span().start()));

		// The rest paired greedily, best overlap first.
		record Candidate(int o, int n, double score) {
		}
		List<Set<String>> oldWords = oldLeft.stream().map(ClaimDiff::words).toList();
		List<Set<String>> newWords = newLeft.stream().map(ClaimDiff::words).toList();
		List<Candidate> candidates = new ArrayList<>();
		for (int o = 0; o < oldLeft.size(); o++) {
			for (int n = 0; n < newLeft.size(); n++) {
				double score = jaccard(oldWords.get(o), newWords.get(n));
				if (score >= PAIR_THRESHOLD) {
					candidates.add(new Candidate(o, n, score));
				}
			}
		}
		candidates.sort(Comparator.comparingDouble(Candidate::score).reversed());
		boolean[] oldPaired = new boolean[oldLeft.size()];
		boolean[] newPaired = new boolean[newLeft.size()];
		List<ClaimDifference> out = new ArrayList<>();
		for (Candidate c : candidates) {
			if (!oldPaired[c.o()] && !newPaired[c.n()]) {
				oldPaired[c.o()] = true;
				newPaired[c.n()] = true;
				ClaimDifference d = compare(oldLeft.get(c.o()), newLeft.get(c.n()));
				if (d != null) {
					out.add(d);
				}
			}
		}
		// A sentence still in the other revision (typos aside) that the tagger reads differently
		// there is not a claim added or removed: the text did not change.
		List<String> oldSentences = sentences(beforeText);
		List<String> newSentences = sentences(afterText);
		for (int o = 0; o < oldLeft.size(); o++) {
			if (!oldPaired[o] && !stillWritten(oldLeft.get(o), newSentences)) {
				out.add(new ClaimDifference(EnumSet.of(Change.REMOVED), oldLeft.get(o), null, ""));
			}
		}
		for (int n = 0; n < newLeft.size(); n++) {
			if (!newPaired[n] && !stillWritten(newLeft.get(n), oldSentences)) {
				out.add(new ClaimDifference(EnumSet.of(Change.ADDED), null, newLeft.get(n), ""));
			}
		}
		out.sort(Comparator.comparingInt(ClaimDiff::order));
		return out;
	}

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"'\u201d\u2019)]?)\\s+|\\n\\s*\\n");

	private static List<String> sentences(String text) {
		return text == null ? List.of() : List.of(SENTENCE_END.split(text));
	}

	private static boolean stillWritten(Claim claim, List<String> sentences) {
		String mine = normal(claim.text());
		for (String s : sentences) {
			if (normal(s).equals(mine) || onlyTypos(claim.text(), s)) {
				return true;
			}
		}
		return false;
	}

	/** What changed between two versions of one claim; null when only a typo or punctuation did. */
	static ClaimDifference compare(Claim a, Claim b) {
		if (onlyTypos(a.text(), b.text())) {
			return null; // the tagger may read a corrected word differently; the claim is the same
		}
		Statement x = statement(a);
		Statement y = statement(b);
		Set<Change> changes = EnumSet.noneOf(Change.class);
		List<String> details = new ArrayList<>();
		if (x.negated() != y.negated()) {
			changes.add(Change.POLARITY);
			details.add((x.negated() ? "negated" : "affirmed") + " -> " + (y.negated() ? "negated" : "affirmed"));
		}
		String values = valueChange(x, y);
		String versions = versionChange(x, y);
		if (values != null || versions != null) {
			changes.add(Change.VALUE);
			details.add(values != null ? values : versions);
		}
		// A new version of the same name is a changed value (above); another name is another subject.
		Set<String> baseA = new LinkedHashSet<>(x.subjects().stream().map(Statement::base).toList());
		Set<String> baseB = new LinkedHashSet<>(y.subjects().stream().map(Statement::base).toList());
		if (!baseA.equals(baseB) && !subjectsWrittenInBoth(a, b)) {
			changes.add(Change.SUBJECTS);
			details.add(String.join(", ", x.subjects()) + " -> " + String.join(", ", y.subjects()));
		}
		if (changes.isEmpty()) {
			changes.add(Change.REWORDED);
		}
		// The kind is the tagger's reading: reported beside a change of the words, never alone.
		if (a.kind() != b.kind()) {
			changes.add(Change.KIND);
			details.add(a.kind().id() + " -> " + b.kind().id());
		}
		return new ClaimDifference(changes, a, b, String.join("; ", details));
	}

	/** The same name with another version on each side ({@code kestrel ci 7 -> kestrel ci 7.1}); null when none. */
	private static String versionChange(Statement x, Statement y) {
		for (String a : x.subjects()) {
			for (String b : y.subjects()) {
				if (!a.equals(b) && Statement.base(a).equals(Statement.base(b)) && !y.subjects().contains(a)
						&& !x.subjects().contains(b)) {
					return a + " -> " + b;
				}
			}
		}
		return null;
	}

	/**
	 * The tagger may find a name in one wording and miss it in the other; when every subject of each
	 * side is written in the other's sentence, the subjects did not change.
	 */
	private static boolean subjectsWrittenInBoth(Claim a, Claim b) {
		return a.about().stream().allMatch(e -> b.text().contains(e.text()))
				&& b.about().stream().allMatch(e -> a.text().contains(e.text()));
	}

	/**
	 * A value of one side that no comparable value of the other agrees with, either way round
	 * ("$600 million" and "between $600 million and $700 million" differ); null when none.
	 */
	private static String valueChange(Statement x, Statement y) {
		String change = unmatched(x.values(), y.values(), false);
		return change != null ? change : unmatched(y.values(), x.values(), true);
	}

	private static String unmatched(List<StatedValue> xs, List<StatedValue> ys, boolean reversed) {
		for (StatedValue v : xs) {
			StatedValue other = null;
			boolean agrees = false;
			for (StatedValue w : ys) {
				if (v.comparable(w)) {
					other = other == null ? w : other;
					agrees |= v.agrees(w);
				}
			}
			if (other != null && !agrees) {
				return reversed ? other.text() + " -> " + v.text() : v.text() + " -> " + other.text();
			}
		}
		return null;
	}

	private static Statement statement(Claim c) {
		return Statement.of(c.text(), c.about().stream().map(ClaimSubject::of).toList(), c.kind(), c.polarity());
	}

	/** Whitespace collapsed, quotes and dashes unified, lower case. */
	static String normal(String s) {
		return s.replaceAll("\\s+", " ").replace('\u2019', '\'').replace('\u2018', '\'').replace('\u201c', '"')
				.replace('\u201d', '"').replace('\u2013', '-').replace('\u2014', '-').strip().toLowerCase(Locale.ROOT);
	}

	/** Lower-case word stems without the commonest function words: what pairs two wordings of one claim. */
	static Set<String> words(Claim c) {
		Set<String> out = new LinkedHashSet<>();
		Matcher m = WORD.matcher(c.text().toLowerCase(Locale.ROOT));
		while (m.find()) {
			String w = m.group().replaceAll("[.',]+$", "");
			if (!FUNCTION_WORDS.contains(w)) {
				out.add(w.matches(".*\\d.*") ? w : stem(w));
			}
		}
		return out;
	}

	private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "at",
			"for", "by", "with", "from", "as", "is", "are", "was", "were", "be", "been", "it", "its", "that", "this", "has",
			"have", "had", "does", "do", "did", "not", "will", "would", "can", "also");

	private static String stem(String w) {
		for (String suffix : new String[] { "ing", "ed", "es", "s", "ly" }) {
			if (w.length() > suffix.length() + 3 && w.endsWith(suffix)) {
				return w.substring(0, w.length() - suffix.length());
			}
		}
		return w;
	}

	static double jaccard(Set<String> a, Set<String> b) {
		int common = 0;
		for (String w : a) {
			if (b.contains(w)) {
				common++;
			}
		}
		int union = a.size() + b.size() - common;
		return union == 0 ? 1 : common / (double) union;
	}

	/**
	 * Punctuation, case and spelling fixes only: the words differ at most by a couple of letters
	 * each (a number not at all) and the same number of them remain.
	 */
	static boolean onlyTypos(String a, String b) {
		String[] x = normal(a).replaceAll("[^\\p{L}\\p{N} ]", " ").trim().split("\\s+");
		String[] y = normal(b).replaceAll("[^\\p{L}\\p{N} ]", " ").trim().split("\\s+");
		if (x.length != y.length) {
			return false;
		}
		for (int i = 0; i < x.length; i++) {
			if (!x[i].equals(y[i]) && (editDistance(x[i], y[i]) > 2 || Math.min(x[i].length(), y[i].length()) < 4
					|| x[i].matches(".*\\d.*") || y[i].matches(".*\\d.*"))) {
				return false;
			}
		}
		return true;
	}

	static int editDistance(String a, String b) {
		int[] prev = new int[b.length() + 1];
		int[] cur = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			prev[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			cur[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
				cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
			}
			int[] t = prev;
			prev = cur;
			cur = t;
		}
		return prev[b.length()];
	}

	/** Old revision's order for changed and removed claims, then the added ones in the new order. */
	private static int order(ClaimDifference d) {
		return d.before() != null ? d.before().span().start() : 1_000_000_000 + d.after().span().start();
	}
}
