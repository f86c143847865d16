package io.claimtagger.core.contradiction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import io.claimtagger.core.statement.Statement;
import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.core.store.ClaimSubject;

/**
 * A subject one claim names that the other claim's sentence writes without the tagger having
 * found it there: "Pallisade" inside "Pallisade Backup", "krill" where the name finder missed the
 * lower-case tool, "DirectFlash Modules" against "DirectFlash Module". Two claims about one
 * subject are compared only when they share it, so a name missed in one sentence hid the pair.
 * The completion is pair by pair: the tagger's reading of each claim stays as it is.
 */
final class SubjectMentions {

	private SubjectMentions() {
	}

	/** The two claims, each with the other's subjects its sentence writes added; the same objects when none is. */
	static DatedClaim[] complete(DatedClaim a, DatedClaim b) {
		DatedClaim ca = withMentioned(a, b);
		DatedClaim cb = withMentioned(b, a);
		return new DatedClaim[] { ca, cb };
	}

	/** {@code c} with the subjects of {@code other} that its sentence writes and its subjects lack. */
	private static DatedClaim withMentioned(DatedClaim c, DatedClaim other) {
		List<ClaimSubject> added = null;
		for (ClaimSubject s : other.claim().about()) {
			String key = Statement.key(s);
			if (c.statement().subjects().stream().anyMatch(k -> PairJudge.compatible(k, key))) {
				continue;
			}
			if (at(c.claim().sentence(), s.text()) < 0) {
				continue;
			}
			if (added == null) {
				added = new ArrayList<>(c.claim().about());
			}
			added.add(s);
		}
		if (added == null) {
			return c;
		}
		String sentence = c.claim().sentence();
		// in order of appearance, as the tagger lists them: the first subject is what the claim leads with
		added.sort(Comparator.comparingInt(s -> {
			int i = at(sentence, s.text());
			return i < 0 ? Integer.MAX_VALUE : i;
		}));
		ClaimRecord claim = c.claim().withSubjects(added);
		return DatedClaim.of(c.article(), c.published(), claim);
	}

	/**
	 * Where the sentence writes the name as whole words, a plural "s" allowed on either side
	 * ("DirectFlash Module" / "DirectFlash Modules"); -1 when it does not. Case counts, except for
	 * a name written all in lower case ("krill" at a sentence's start is "Krill").
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
}
