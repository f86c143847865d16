package io.claimtagger.core.contradiction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.claimtagger.core.statement.Statement;
import io.claimtagger.core.store.ClaimSubject;

/**
 * Subjects some claims name that other claims' sentences write without the tagger having found
 * them there: "Quillmarsh" inside "Quillmarsh Archive", "tarnlet" where the name finder missed the
 * lower-case tool, "DirectVault Modules" against "DirectVault Module". Two claims about one
 * subject are compared only when they share it, so a name missed in one sentence hid the pair.
 * A claim paired with one whose subject its sentence writes is compared completed with every such
 * subject of the run; the tagger's reading of each claim stays as it is. One instance serves one
 * run of the finder, on any number of threads once made.
 */
final class SubjectMentions {

	/** Per claim (by identity): the subjects of the run its sentence writes and its subjects lack, by text. */
	private final Map<DatedClaim, Map<String, ClaimSubject>> written = new IdentityHashMap<>();
	/** Per claim: the bases of those that few claims of the run are tagged with. */
	private final Map<DatedClaim, Set<String>> rare = new IdentityHashMap<>();
	/** A subject tagged in fewer claims than this is rare: a claim that writes it untagged joins its block. */
	static final int RARE = 50;
	/** Per claim, the completed claim: made once, as a block pairs one claim with thousands. */
	private final Map<DatedClaim, DatedClaim> made = java.util.Collections.synchronizedMap(new IdentityHashMap<>());

	private SubjectMentions() {
	}

	/**
	 * What the sentences of these claims write of the subjects the others name. Names are looked
	 * up by their first word, so the cost is one lookup per word of each sentence.
	 */
	static SubjectMentions of(List<DatedClaim> claims) {
		SubjectMentions out = new SubjectMentions();
		Map<String, Map<String, ClaimSubject>> byFirstWord = new HashMap<>();
		Map<String, Integer> tagged = new HashMap<>();
		for (DatedClaim c : claims) {
			c.statement().subjects().stream().map(Statement::base).distinct().forEach(b -> tagged.merge(b, 1, Integer::sum));
			for (ClaimSubject s : c.claim().about()) {
				String first = word(s.text(), 0);
				if (!first.isEmpty()) {
					byFirstWord.computeIfAbsent(first, k -> new LinkedHashMap<>()).putIfAbsent(s.text(), s);
				}
			}
		}
		for (DatedClaim c : claims) {
			String sentence = c.claim().sentence();
			String lower = sentence.toLowerCase(Locale.ROOT);
			for (int i = 0; i < lower.length(); i++) {
				if (!Character.isLetterOrDigit(lower.charAt(i)) || i > 0 && Character.isLetterOrDigit(lower.charAt(i - 1))) {
					continue;
				}
				Map<String, ClaimSubject> names = byFirstWord.get(word(lower, i));
				if (names == null) {
					continue;
				}
				for (ClaimSubject s : names.values()) {
					String key = Statement.key(s);
					if (c.statement().subjects().stream().noneMatch(k -> PairJudge.compatible(k, key)) && at(sentence, s.text()) >= 0) {
						out.written.computeIfAbsent(c, k -> new LinkedHashMap<>()).putIfAbsent(s.text(), s);
						String base = Statement.base(key);
						if (tagged.getOrDefault(base, 0) < RARE) {
							out.rare.computeIfAbsent(c, k -> new HashSet<>()).add(base);
						}
					}
				}
			}
		}
		return out;
	}

	/** The two claims, each with the other's subjects its sentence writes added (no finder run needed). */
	static DatedClaim[] complete(DatedClaim a, DatedClaim b) {
		DatedClaim[] completed = of(List.of(a, b)).completed(a, b);
		return completed == null ? new DatedClaim[] { a, b } : completed;
	}

	/**
	 * The subjects (without version) a claim writes and was not tagged with, when they are rare:
	 * the blocks it joins. The tagger misses new names ("tarnlet"), not the ones it has
	 * found in many claims of the run; an untagged "VMware" is mostly the maker inside a product's
	 * name, and joining the blocks of common names grew the pairs compared by half for few
	 * findings. Two claims that meet in another block are still completed.
	 */
	Set<String> bases(DatedClaim c) {
		return rare.getOrDefault(c, Set.of());
	}

	/** The two claims, each with the other's subjects its sentence writes added; null when neither writes one. */
	DatedClaim[] completed(DatedClaim a, DatedClaim b) {
		DatedClaim ca = withMentioned(a, b);
		DatedClaim cb = withMentioned(b, a);
		return ca == a && cb == b ? null : new DatedClaim[] { ca, cb };
	}

	private DatedClaim withMentioned(DatedClaim c, DatedClaim other) {
		Map<String, ClaimSubject> names = written.get(c);
		if (names == null) {
			return c;
		}
		for (ClaimSubject s : other.claim().about()) {
			if (names.containsKey(s.text())) {
				// with every subject of the run it writes, made once: the other claim's alone would
				// make a claim anew for each subject it is paired on
				return made.computeIfAbsent(c, k -> withSubjects(c, List.copyOf(names.values())));
			}
		}
		return c;
	}

	/**
	 * The claim with more subjects. Its statement and traits are the claim's own with the subjects
	 * added, not worked out anew: analysing a sentence costs more than a thousand pair judgments,
	 * and what the added name changes of it (a number inside the name, the name's words) is left.
	 */
	private static DatedClaim withSubjects(DatedClaim c, List<ClaimSubject> missing) {
		List<ClaimSubject> added = new ArrayList<>(c.claim().about());
		added.addAll(missing);
		String sentence = c.claim().sentence();
		// in order of appearance, as the tagger lists them: the first subject is what the claim leads with
		added.sort(Comparator.comparingInt(s -> {
			int i = at(sentence, s.text());
			return i < 0 ? Integer.MAX_VALUE : i;
		}));
		List<String> keys = new ArrayList<>();
		List<String> products = new ArrayList<>();
		List<String> vendors = new ArrayList<>();
		for (ClaimSubject s : added) {
			String key = Statement.key(s);
			if (!keys.contains(key)) {
				keys.add(key);
			}
			List<String> of = s.type() == io.claimtagger.core.entity.EntityType.PRODUCT ? products : vendors;
			if (!of.contains(key)) {
				of.add(key);
			}
		}
		Statement s = c.statement();
		Statement statement = new Statement(s.sentence(), keys, s.relations(), s.values(), s.kind(), s.negated(), s.exclusive(),
				s.change(), s.words());
		return new DatedClaim(c.article(), c.published(), c.claim().withSubjects(added), statement, c.traits().withSubjects(products, vendors));
	}

	/**
	 * Where the sentence writes the name as whole words, a plural "s" allowed on either side
	 * ("DirectVault Module" / "DirectVault Modules"); -1 when it does not. Case counts, except for
	 * a name written all in lower case ("tarnlet" at a sentence's start is "Tarnlet").
	 */
	static int at(String sentence, String name) {
		if (name.length() < 2) {
			return -1;
		}
		int found = find(sentence, name);
		if (found < 0 && name.length() > 3 && name.endsWith("s")) {
			found = find(sentence, name.substring(0, name.length() - 1));
		}
		return found;
	}

	private static int find(String sentence, String name) {
		boolean lower = name.equals(name.toLowerCase(Locale.ROOT));
		String hay = lower ? sentence.toLowerCase(Locale.ROOT) : sentence;
		int from = 0;
		while (true) {
			int i = hay.indexOf(name, from);
			if (i < 0) {
				return -1;
			}
			int end = i + name.length();
			if (end < hay.length() && hay.charAt(end) == 's') {
				end++;
			}
			boolean startOk = i == 0 || !Character.isLetterOrDigit(hay.charAt(i - 1)) && hay.charAt(i - 1) != '-';
			boolean endOk = end == hay.length() || !Character.isLetterOrDigit(hay.charAt(end)) && hay.charAt(end) != '-';
			if (startOk && endOk) {
				return i;
			}
			from = i + 1;
		}
	}

	/** The run of letters and digits from {@code from}, in lower case. */
	private static String word(String text, int from) {
		int end = from;
		while (end < text.length() && Character.isLetterOrDigit(text.charAt(end))) {
			end++;
		}
		return text.substring(from, end).toLowerCase(Locale.ROOT);
	}
}
