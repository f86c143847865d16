package io.claimtagger.core.statement;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.claim.Polarity;
import io.claimtagger.core.store.ClaimSubject;
import io.claimtagger.core.text.StringMemo;
import io.claimtagger.core.text.TextSpan;

/**
 * What a claim states, in a form two claims can be compared by: its subjects (canonical name plus
 * the version the sentence names), the relations its words express, the values it states, whether
 * it is negated, exclusive ("only") or says something changed ("no longer", "now").
 *
 * @param sentence  the claim's sentence
 * @param subjects  subject keys in order of appearance: lower-case canonical name, then the version
 *                  written in the mention ({@code vmware vsphere 4.1})
 * @param relations what the words say about the subjects
 * @param values    the values stated outside the names
 * @param kind      the claim's kind
 * @param negated   negated by the tagger, or saying something was removed, dropped or ended
 * @param exclusive says "only", "exclusively" or "sole": everything else is excluded
 * @param change    says the state changed ("no longer", "now", "dropped", "added", "raised"); "still"
 *                  does not: it says nothing changed
 * @param words     content words (lower case, no names, no numbers), for similarity
 */
public record Statement(String sentence, List<String> subjects, Set<Relation> relations, List<StatedValue> values,
		ClaimKind kind, boolean negated, boolean exclusive, boolean change, Set<String> words) {

	private static final Pattern REMOVAL = Pattern.compile(
			"(?<![\\w-])(?:dropp\\w*|drops|removed?|removes|discontinu\\w*|no longer|ended|ends support|end of life|deprecat\\w*|retired?|without|abandon\\w*|stopped|stops|leaves? \\S+(?: \\S+)? out|left \\S+(?: \\S+)? out|omit\\w*|exclud\\w*)(?![\\w-])",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern EXCLUSIVE = Pattern.compile("(?<![\\w-])(?:only|exclusively|solely|sole)(?![\\w-])", Pattern.CASE_INSENSITIVE);
	private static final Pattern CHANGE = Pattern.compile("(?<![\\w-])(?:no longer|now|anymore|any longer|newly|has become|became|switched|moved|added|adds|dropp\\w*|drops|removed?|removes|discontinu\\w*|deprecat\\w*|retired|replaced|raised|cut|lowered|increased|reduced|expanded|grew|grown|halved|doubled|extended|relicensed|returned|limits now|has \\w+ed)(?![\\w-])",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern VERSION_TAIL = Pattern.compile("\\s+((?:v|version\\s)?\\d[\\w.]*(?:\\s+(?:sp\\d+|r\\d+|update\\s*\\d+|beta|rc\\d*|lts))*)$",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'-]*");
	private static final Set<String> STOP = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on", "at", "for", "by",
			"with", "from", "as", "is", "are", "was", "were", "be", "been", "being", "it", "its", "that", "this", "these", "those",
			"than", "has", "have", "had", "will", "would", "can", "could", "also", "which", "who", "their", "they", "them", "not",
			"no", "does", "do", "did", "into", "over", "under", "about", "after", "before", "s", "per", "all", "any", "new");

	public Statement {
		subjects = List.copyOf(subjects);
		// in the enum's order, the same in every JVM (Set.copyOf's order changes from run to run)
		relations = relations.isEmpty() ? Set.of() : java.util.Collections.unmodifiableSet(java.util.EnumSet.copyOf(relations));
		values = List.copyOf(values);
		words = Set.copyOf(words);
	}

	/** The statement of a claim sentence about these subjects. */
	public static Statement of(String sentence, List<ClaimSubject> about, ClaimKind kind, Polarity polarity) {
		List<TextSpan> names = new ArrayList<>();
		Set<String> subjects = new LinkedHashSet<>();
		List<String> nameWords = new ArrayList<>();
		for (ClaimSubject s : about) {
			subjects.add(key(s));
			int at = sentence.indexOf(s.text());
			while (at >= 0) {
				names.add(new TextSpan(at, at + s.text().length()));
				at = sentence.indexOf(s.text(), at + s.text().length());
			}
			for (String w : (s.text() + " " + s.canonical()).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
				nameWords.add(w);
			}
		}
		List<StatedValue> values = current(sentence, ValueFinder.find(sentence, names));
		Set<String> words = new LinkedHashSet<>();
		Matcher m = WORD.matcher(sentence);
		while (m.find()) {
			String w = m.group().toLowerCase(Locale.ROOT);
			if (w.length() > 1 && !STOP.contains(w) && !nameWords.contains(w)) {
				words.add(stem(w));
			}
		}
		boolean negated = polarity == Polarity.NEGATED || REMOVAL.matcher(sentence).find();
		return new Statement(sentence, new ArrayList<>(subjects), Relation.in(sentence), values, kind, negated,
				EXCLUSIVE.matcher(sentence).find(), CHANGE.matcher(sentence).find(), words);
	}

	private static final Pattern TO_AFTER = Pattern.compile("[^.;]{0,40}?\\bto\\b");
	private static final Pattern FORMER = Pattern.compile("(?i)(?:\\bfrom|\\brather than|\\binstead of|\\breplacing|\\bformerly|"
			+ "\\b(?:earlier|previous|former|prior) (?:use|version) of|\\bconverts? (?:in)?to|\\bwill (?:switch|move|change) to)\\s+(?:the\\s+|its\\s+|a\\s+)?$");

	/**
	 * The values the sentence holds now: "moved from the AGPL to the SSPL", "raised from $5 to $6",
	 * "rather than Apache 2.0" state the later value, not the former one.
	 */
	private static List<StatedValue> current(String sentence, List<StatedValue> values) {
		List<StatedValue> out = new ArrayList<>();
		for (StatedValue v : values) {
			String before = sentence.substring(Math.max(0, v.span().start() - 30), v.span().start());
			Matcher former = FORMER.matcher(before);
			if (!former.find()) {
				out.add(v);
				continue;
			}
			// "from" names a former value only before a "to" ("raised from $5 to $6"), not in "runs from 120 cities"
			boolean from = former.group().strip().toLowerCase(Locale.ROOT).startsWith("from");
			if (from && !TO_AFTER.matcher(sentence).region(v.span().end(), sentence.length()).lookingAt()) {
				out.add(v);
			}
		}
		return out;
	}

	/** Lower-case canonical name, then the version the mention writes after its name. */
	public static String key(ClaimSubject s) {
		String canonical = s.canonical().toLowerCase(Locale.ROOT).strip();
		Matcher v = VERSION_TAIL.matcher(s.text());
		if (v.find()) {
			String version = v.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
			if (!canonical.endsWith(version)) {
				return canonical + " " + version;
			}
		}
		return canonical;
	}

	/** Subject keys are few and compared in every pair: their bases are worked out once. */
	private static final StringMemo BASES = new StringMemo(key -> {
		Matcher v = VERSION_TAIL.matcher(key);
		return v.find() ? key.substring(0, v.start()) : key;
	}, 100_000);

	/** The subject key without its version: the block claims are grouped in. */
	public static String base(String key) {
		return BASES.apply(key);
	}

	/** Share of content words the two have in common (Jaccard, 0..1). */
	public double overlap(Statement other) {
		if (words.isEmpty() && other.words.isEmpty()) {
			return 1;
		}
		int common = 0;
		for (String w : words) {
			if (other.words.contains(w)) {
				common++;
			}
		}
		return common / (double) (words.size() + other.words.size() - common);
	}

	/** Whether the two say something of one relation (a release, a price, support...). */
	public boolean sharesRelation(Statement other) {
		return !java.util.Collections.disjoint(relations, other.relations);
	}

	/** The stem {@link #words()} are kept as. */
	public static String stemOf(String w) {
		return stem(w);
	}

	/** A crude stem, so "supports" meets "support" and "shipped" meets "ships". */
	static String stem(String w) {
		for (String suffix : new String[] { "ing", "ed", "es", "s" }) {
			if (w.length() > suffix.length() + 3 && w.endsWith(suffix)) {
				return w.substring(0, w.length() - suffix.length());
			}
		}
		return w;
	}
}
