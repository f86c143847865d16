package io.claimtagger.core.statement;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written in words where they state a value ("nine dollars a month", "forty-two billion
 * dollars", "two dozen regions", "a twenty-billion-dollar deal"), rewritten as digits of the same
 * length (padded with spaces), so {@link ValueFinder}'s patterns read them and every span stays
 * where it was in the sentence. "One of the first", "the one that" stay words: only a number word
 * before a scale, a currency, a percentage, a time unit or a counted thing is a value.
 */
final class NumberWords {

	private static final Map<String, Integer> UNITS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
			Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
			Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13),
			Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17),
			Map.entry("eighteen", 18), Map.entry("nineteen", 19));
	private static final Map<String, Integer> TENS = Map.of("twenty", 20, "thirty", 30, "forty", 40, "fifty", 50, "sixty", 60,
			"seventy", 70, "eighty", 80, "ninety", 90);
	private static final String WORD = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
			+ "|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";
	private static final String FOLLOWING = "dozen|hundred|thousand|million|billion|trillion|dollars?|euros?|pounds?|percent|per cent"
			+ "|days?|weeks?|months?|years?|hours?|minutes?|seconds?|" + "regions|zones|customers|users|nodes|cpus|vcpus|gpus|cores|servers"
			+ "|instances|locations|countries|partners|employees|clusters|sites|cities|engineers|developers|organizations|companies"
			+ "|data cent(?:er|re)s|availability zones|points of presence|terabytes|gigabytes|petabytes";
	private static final Pattern NUMBER = Pattern.compile("(?<![\\w-])((?:" + WORD + ")(?:[- ](?:" + WORD + "))?)(?:[- ](dozen))?(?=[- ](?:"
			+ FOLLOWING + ")(?![\\w]))", Pattern.CASE_INSENSITIVE);
	/** "twenty-billion-dollar": the hyphens of a compound value, read as spaces. */
	private static final Pattern COMPOUND = Pattern.compile("(?<=\\d)(\\s*)-(?=(?:thousand|million|billion|trillion)-(?:dollar|euro|pound))|"
			+ "(?<=thousand|million|billion|trillion)-(?=(?:dollar|euro|pound))", Pattern.CASE_INSENSITIVE);

	private NumberWords() {
	}

	/** The sentence with its number words as digits, of the same length. */
	static String asDigits(String sentence) {
		Matcher m = NUMBER.matcher(sentence);
		if (!m.find()) {
			return sentence;
		}
		StringBuilder out = new StringBuilder(sentence);
		do {
			Integer value = value(m.group(1));
			if (value == null) {
				continue;
			}
			if (m.group(2) != null) {
				value *= 12;
			}
			String digits = Integer.toString(value);
			int length = m.end() - m.start();
			if (digits.length() <= length) {
				out.replace(m.start(), m.end(), digits + " ".repeat(length - digits.length()));
			}
		} while (m.find());
		Matcher c = COMPOUND.matcher(out);
		StringBuilder done = new StringBuilder(out);
		while (c.find()) {
			int hyphen = c.group(1) != null ? c.end(1) : c.start();
			done.setCharAt(hyphen, ' ');
		}
		return done.toString();
	}

	/** "forty-two" is 42, "nine" 9; null for a pair that is no number ("one two"). */
	private static Integer value(String words) {
		String[] parts = words.toLowerCase(Locale.ROOT).split("[- ]");
		if (parts.length == 1) {
			return UNITS.containsKey(parts[0]) ? UNITS.get(parts[0]) : TENS.get(parts[0]);
		}
		Integer tens = TENS.get(parts[0]);
		Integer unit = UNITS.get(parts[1]);
		return tens != null && unit != null && unit < 10 ? tens + unit : null;
	}
}
