package io.claimtagger.core.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.claimtagger.core.text.TextSpan;

/**
 * Versions, editions and release stages written right after a name belong to its span
 * ("vSphere 4.1", "SLES 11 SP1", "Windows Server 2008 R2", "Red Hat 6 Beta"); a version standing
 * alone does not. Works on tokens so "vSphere 4 (or 4.1)" stops at "4".
 */
final class VersionSuffix {

	private static final Pattern NUMBER = Pattern.compile("v?\\d{1,4}(\\.(\\d{1,4}|x))*[a-z]?", Pattern.CASE_INSENSITIVE);
	private static final Pattern CODE = Pattern.compile("SP\\d{0,2}|R\\d{1,2}|U\\d{1,2}|RC\\d{0,2}|M\\d{1,2}|CU\\d{1,2}|GA|Update|Beta|Alpha|LTS|Preview",
			Pattern.CASE_INSENSITIVE);
	private static final Set<String> EDITIONS = Set.of("datacenter", "enterprise", "standard", "essentials",
			"professional", "express", "edition", "foundation", "advanced", "plus", "premium", "ultimate");

	private VersionSuffix() {
	}

	/** The end of the span once the version tokens following token {@code last} are attached. */
	static int extend(CharSequence text, List<TextSpan> tokens, int last) {
		int end = tokens.get(last).end();
		boolean sawVersion = false;
		for (int i = last + 1; i < tokens.size(); i++) {
			TextSpan t = tokens.get(i);
			if (!singleSpaceBetween(text, end, t.start())) {
				break;
			}
			String token = t.in(text).toString();
			boolean number = NUMBER.matcher(token).matches();
			boolean code = CODE.matcher(token).matches();
			boolean edition = sawVersion && EDITIONS.contains(token.toLowerCase(Locale.ROOT))
					&& Character.isUpperCase(token.charAt(0));
			if (token.equalsIgnoreCase("Update") && !(i + 1 < tokens.size() && NUMBER.matcher(tokens.get(i + 1).in(text)).matches())) {
				break;
			}
			if (!(number || code || edition)) {
				break;
			}
			sawVersion |= number || code;
			end = t.end();
		}
		return end;
	}

	/** True when a version number (not a stage word) directly follows token {@code last}. */
	static boolean followedByNumber(CharSequence text, List<TextSpan> tokens, int last) {
		if (last + 1 >= tokens.size()) {
			return false;
		}
		TextSpan next = tokens.get(last + 1);
		return singleSpaceBetween(text, tokens.get(last).end(), next.start())
				&& NUMBER.matcher(next.in(text)).matches() && next.length() <= 4;
	}

	private static boolean singleSpaceBetween(CharSequence text, int end, int nextStart) {
		return nextStart == end + 1 && text.charAt(end) == ' ';
	}

	/** A name without its trailing version tokens, for canonical names of unknown products. */
	static String strip(String name) {
		String[] words = name.split("\\s+");
		int n = words.length;
		while (n > 1 && (NUMBER.matcher(words[n - 1]).matches() || CODE.matcher(words[n - 1]).matches()
				|| EDITIONS.contains(words[n - 1].toLowerCase(Locale.ROOT)))) {
			n--;
		}
		return String.join(" ", java.util.Arrays.copyOf(words, n));
	}
}
