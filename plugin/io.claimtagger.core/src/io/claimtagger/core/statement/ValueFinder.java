package io.claimtagger.core.statement;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.claimtagger.core.text.TextSpan;

/**
 * Finds the values a sentence states: dates, money, percentages, versions and quantities. Numbers
 * inside a vendor or product name ({@code Windows Server 2008}, {@code vSphere 4.1}) are part of
 * the name, not values: they make the subject, and are skipped.
 */
public final class ValueFinder {

	private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
	private static final String NUMBER = "(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?";
	private static final String SCALE = "(hundred|thousand|million|billion|trillion|bn|mn|[mbk])\\b";
	private static final Pattern MONEY_BEFORE = Pattern.compile("([$€£])\\s?" + NUMBER + "(?:\\s*" + SCALE + ")?((?:\\s*(?:per|/|a|an|each|for each|for every)\\s*(?:[\\w-]+\\s+)?(?:month|year|hour|second|minute|day|user|seat|node|core|gb|tb|gigabyte|terabyte|instance|cluster|host|server|vcpu|gpu|request|million|invocation|site|share|employee|member)[\\w-]*(?!\\s+(?:ago|earlier)\\b)|\\s+(?:annually|yearly|monthly|hourly)\\b){1,3})?",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern MONEY_AFTER = Pattern.compile(NUMBER + "(?:\\s*" + SCALE + ")?\\s*(dollars?|euros?|pounds?|usd|eur|gbp)\\b((?:\\s*(?:per|/|a|an|each|for each|for every)\\s*(?:[\\w-]+\\s+)?(?:month|year|hour|second|minute|day|user|seat|node|core|gb|tb|gigabyte|terabyte|instance|cluster|host|server|vcpu|gpu|request|million|invocation|site|share|employee|member)[\\w-]*(?!\\s+(?:ago|earlier)\\b)|\\s+(?:annually|yearly|monthly|hourly)\\b){1,3})?",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern APIECE = Pattern.compile("\\s*(?:apiece|each)\\b");
	private static final Pattern SHARES = Pattern.compile("(?i)\\bshares\\b");
	private static final Pattern PER_SHARE = Pattern.compile("(?:[^,.;]|\\.\\d){0,60}?\\b(?:for each|for every|per|a) (?:\\p{Lu}\\p{L}* ){0,2}share\\b");
	private static final Pattern PERCENT = Pattern.compile(NUMBER + "\\s?(%|percent\\b|per cent\\b)", Pattern.CASE_INSENSITIVE);
	private static final Pattern DAY_FIRST_MONTH = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
	private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})\\s+" + MONTH + ",?\\s+(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
	private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",?\\s+(?:of\\s+)?(\\d{4})\\b", Pattern.CASE_INSENSITIVE);
	private static final Pattern ISO_DAY = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
	private static final Pattern QUARTER = Pattern.compile("\\b(?:q([1-4])\\s*(?:of\\s+)?(\\d{4})|(first|second|third|fourth)\\s+quarter\\s+(?:of\\s+)?(\\d{4}))\\b", Pattern.CASE_INSENSITIVE);
	private static final Pattern YEAR = Pattern.compile("\\b(?:in|since|by|until|till|during|from|of|early|late|mid|mid-|before|after|throughout|spring|summer|fall|autumn|winter)\\s+(?:of\\s+)?((?:19|20)\\d{2})\\b", Pattern.CASE_INSENSITIVE);
	private static final Pattern VERSION = Pattern.compile("\\b(?:version|release|v)\\s?(\\d+(?:\\.\\d+)*(?:\\s?sp\\d)?)\\b|\\b(\\d+\\.\\d+(?:\\.\\d+)*)\\b", Pattern.CASE_INSENSITIVE);
	/** What is counted, when an adjective comes first ("24 geographic regions", "64 virtual CPUs"). */
	private static final String HEADS = "regions|zones|centers|centres|customers|users|nodes|cpus|vcpus|gpus|cores|servers|instances|locations|countries|partners|employees|clusters|sites|cities|engineers|developers|organizations|companies|containers|pods|machines|hosts|accelerators|chips|racks";
	/** Units written in capitals: "12,000 GPUs", "64 vCPUs". */
	private static final String CAPITAL_UNITS = "(?:v?[CGTDN]PU|VM)s\\b";
	/** A number, then what it counts: a lower-case noun, perhaps after a name or two ("12 AWS regions"). */
	private static final Pattern QUANTITY = Pattern.compile("\\b" + NUMBER + "(?:\\s*(?i:" + SCALE + "))?\\s*(?:\\+\\s*)?(?:new\\s+|more\\s+|additional\\s+|active\\s+|paying\\s+)?(?:(?!" + CAPITAL_UNITS + ")\\p{Lu}[\\p{L}\\d-]*\\s+){0,2}([a-z][a-z-]{1,20}|" + CAPITAL_UNITS + ")(?:\\s+((?i:" + HEADS + ")))?\\b");
	private static final Pattern SIZE = Pattern.compile("\\b" + NUMBER + "\\s?(PB|TB|GB|MB|petabytes?|terabytes?|gigabytes?|megabytes?)\\b", Pattern.CASE_INSENSITIVE);
	private static final Pattern LICENSE = Pattern.compile("(?<![\\w-])(apache(?: license)?,?(?: version)? ?2(?:\\.0)?|mit license|\\bmit\\b|(?:three|two|[23])-clause bsd|bsd(?: license)?|"
			+ "a?gpl ?v?[23]?|lgpl ?v?[23]?|mozilla public license(?: 2\\.0)?|mpl ?(?:2\\.0)?|sspl ?v?1?|server side public license|"
			+ "business source license(?: 1\\.1)?|bsl ?(?:1\\.1)?|bu?sl|elastic license(?: 2\\.0)?|elv2|rsal ?v?2|proprietary|closed[- ]source|"
			+ "hfoil ?(?:1\\.0)?|open[- ]source)(?![\\w-])", Pattern.CASE_INSENSITIVE);
	private static final Pattern MULTIPLE = Pattern.compile("\\b" + NUMBER + "\\s?(?:x|times)\\b", Pattern.CASE_INSENSITIVE);
	private static final Pattern WORD_QUANTITY = Pattern.compile("\\b(?i:(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen))\\s+(?:new\\s+|more\\s+|additional\\s+)?(?:\\p{Lu}[\\p{L}\\d-]*\\s+){0,2}([a-z][a-z-]{1,20})\\b");
	private static final Map<String, Integer> WORDS = Map.ofEntries(Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4),
			Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9),
			Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("dozen", 12));
	/** Words after a number that are not what it counts. */
	private static final Set<String> NOT_UNITS = Set.of("a", "an", "the", "and", "or", "of", "to", "in", "on", "at", "for", "by",
			"with", "from", "as", "is", "was", "were", "are", "be", "it", "its", "that", "this", "than", "percent", "per", "times",
			"x", "am", "pm", "st", "nd", "rd", "th", "years", "year", "months", "month", "weeks", "week", "days", "day",
			"million", "billion", "thousand", "trillion", "dollars", "euros",
			"pounds", "usd", "eur", "gbp", "but", "when", "after", "before", "release", "version");

	private ValueFinder() {
	}

	/**
	 * @param sentence the sentence
	 * @param names    where vendor and product names are in it: their numbers are not values
	 */
	public static List<StatedValue> find(String written, List<TextSpan> names) {
		// "nine dollars", "two dozen regions": as digits, every offset where it was
		String sentence = NumberWords.asDigits(written);
		List<StatedValue> out = new ArrayList<>();
		money(sentence, MONEY_BEFORE, 1, 2, 3, 4, 5, names, out);
		money(sentence, MONEY_AFTER, 4, 1, 2, 3, 5, names, out);
		Matcher m = PERCENT.matcher(sentence);
		while (m.find()) {
			add(out, names, new StatedValue(StatedValue.Type.PERCENT, "", number(m.group(1), m.group(2)),
					m.group().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT), new TextSpan(m.start(), m.end())));
		}
		dates(sentence, names, out);
		// before versions: "MPL 2.0" and "Business Source License 1.1" are licenses, not releases
		m = LICENSE.matcher(sentence);
		while (m.find()) {
			add(out, names, new StatedValue(StatedValue.Type.LICENSE, "", 0, license(m.group(1)), new TextSpan(m.start(), m.end())));
		}
		// before versions: "1.5 PB" and "2.5 times" are a size and a multiple, not releases
		m = SIZE.matcher(sentence);
		while (m.find()) {
			String unit = m.group(3).toLowerCase(Locale.ROOT);
			double factor = unit.startsWith("p") ? 1e6 : unit.startsWith("t") ? 1e3 : unit.startsWith("g") ? 1 : 1e-3;
			add(out, names, new StatedValue(StatedValue.Type.QUANTITY, "gb", number(m.group(1), m.group(2)) * factor, m.group(),
					new TextSpan(m.start(), m.end())));
		}
		m = MULTIPLE.matcher(sentence);
		while (m.find()) {
			add(out, names, new StatedValue(StatedValue.Type.QUANTITY, "times", number(m.group(1), m.group(2)), m.group(),
					new TextSpan(m.start(), m.end())));
		}
		m = VERSION.matcher(sentence);
		while (m.find()) {
			String v = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
			add(out, names, new StatedValue(StatedValue.Type.VERSION, "", 0, v, new TextSpan(m.start(), m.end())));
		}
		m = QUANTITY.matcher(sentence);
		while (m.find()) {
			String unit = unit(m.group(5) != null ? m.group(5) : m.group(4));
			// "64 virtual CPUs" are "64 vCPUs"
			if ("cpu".equals(unit) && "virtual".equalsIgnoreCase(m.group(4))) {
				unit = "vcpu";
			}
			// A name between the number and what it counts ("12 Azure regions") is fine: only the number must be free.
			if (unit != null && outside(names, m.start(), m.end(1))) {
				double n = number(m.group(1), m.group(2)) * scale(m.group(3));
				add(out, List.of(), new StatedValue(StatedValue.Type.QUANTITY, unit, n, m.group().replaceAll("\\s+", " "),
						new TextSpan(m.start(), m.end())));
			}
		}
		m = WORD_QUANTITY.matcher(sentence);
		while (m.find()) {
			String unit = unit(m.group(2));
			if (unit != null && outside(names, m.start(), m.end(1))) {
				add(out, List.of(), new StatedValue(StatedValue.Type.QUANTITY, unit, WORDS.get(m.group(1).toLowerCase(Locale.ROOT)),
						m.group(), new TextSpan(m.start(), m.end())));
			}
		}
		out.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
		return out;
	}

	private static void money(String s, Pattern p, int currencyGroup, int intGroup, int fracGroup, int scaleGroup, int perGroup,
			List<TextSpan> names, List<StatedValue> out) {
		Matcher m = p.matcher(s);
		while (m.find()) {
			String currency = switch (m.group(currencyGroup).toLowerCase(Locale.ROOT)) {
			case "$", "dollars", "dollar", "usd" -> "usd";
			case "€", "euros", "euro", "eur" -> "eur";
			default -> "gbp";
			};
			double amount = number(m.group(intGroup), m.group(fracGroup)) * scale(m.group(scaleGroup));
			String per = per(m.group(perGroup));
			// "$26.79 in cash plus 0.0776 of a share for each Slack share" is a price per share
			if (per.isEmpty() && PER_SHARE.matcher(s).region(m.end(), s.length()).lookingAt()) {
				per = "/share";
			}
			// "sold shares in its IPO at $75 apiece"
			if (per.isEmpty() && APIECE.matcher(s).region(m.end(), s.length()).lookingAt() && SHARES.matcher(s).find()) {
				per = "/share";
			}
			// One unit per quantity: yearly prices as monthly, per-terabyte prices as per-gigabyte.
			if (per.equals("/year")) {
				per = "/month";
				amount /= 12;
			}
			String group = m.group(perGroup) == null ? "" : m.group(perGroup).toLowerCase(Locale.ROOT);
			if (group.matches(".*\\b(?:tb|terabyte)s?\\b.*")) {
				amount /= 1000;
			}
			String unit = currency + per;
			add(out, names, new StatedValue(StatedValue.Type.MONEY, unit, amount, m.group().strip().replaceAll("\\s+", " "), new TextSpan(m.start(), m.end())));
		}
	}

	/**
	 * What a price is per, as its unit: the period when one is named ("per cluster per hour" and
	 * "per hour" are both hourly prices), else the first thing named; empty when none.
	 */
	private static final Pattern PERIOD = Pattern.compile("(month|year|annual|hour|second|minute|day)");
	private static final Pattern PER_WHAT = Pattern.compile("(?:per|/|a|an|each)\\s*([\\w-]+)");

	private static String per(String group) {
		if (group == null) {
			return "";
		}
		String g = group.toLowerCase(Locale.ROOT);
		Matcher period = PERIOD.matcher(g);
		if (period.find()) {
			// "billed at $72 annually" is a yearly price
			return "/" + (period.group(1).equals("annual") ? "year" : period.group(1));
		}
		Matcher first = PER_WHAT.matcher(g);
		return first.find() ? "/" + first.group(1) : "";
	}

	private static void dates(String s, List<TextSpan> names, List<StatedValue> out) {
		Matcher m = DAY_FIRST_MONTH.matcher(s);
		while (m.find()) {
			add(out, names, date("day", DateValues.day(year(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2))), m));
		}
		m = DAY_MONTH_YEAR.matcher(s);
		while (m.find()) {
			add(out, names, date("day", DateValues.day(year(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1))), m));
		}
		m = ISO_DAY.matcher(s);
		while (m.find()) {
			add(out, names, date("day", DateValues.day(year(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))), m));
		}
		m = MONTH_YEAR.matcher(s);
		while (m.find()) {
			// "may" is a month only before a year: "May 2010", not "may 2010 customers"
			add(out, names, date("month", DateValues.month(year(m.group(2)), month(m.group(1))), m));
		}
		m = QUARTER.matcher(s);
		while (m.find()) {
			int q = m.group(1) != null ? Integer.parseInt(m.group(1))
					: List.of("first", "second", "third", "fourth").indexOf(m.group(3).toLowerCase(Locale.ROOT)) + 1;
			int y = year(m.group(2) != null ? m.group(2) : m.group(4));
			add(out, names, date("quarter", DateValues.quarter(y, q), m));
		}
		m = YEAR.matcher(s);
		while (m.find()) {
			StatedValue v = new StatedValue(StatedValue.Type.DATE, "year", year(m.group(1)), m.group(1), new TextSpan(m.start(1), m.end(1)));
			add(out, names, v);
		}
	}

	private static StatedValue date(String precision, double amount, Matcher m) {
		return new StatedValue(StatedValue.Type.DATE, precision, amount, m.group().replaceAll("\\s+", " "), new TextSpan(m.start(), m.end()));
	}

	/** Adds the value unless it overlaps a name or a value found before (the earlier patterns are the more specific). */
	private static void add(List<StatedValue> out, List<TextSpan> names, StatedValue v) {
		TextSpan s = v.span();
		for (TextSpan n : names) {
			if (n.start() < s.end() && s.start() < n.end()) {
				return;
			}
		}
		for (StatedValue o : out) {
			if (o.span().start() < s.end() && s.start() < o.span().end()) {
				return;
			}
		}
		out.add(v);
	}

	/** One spelling per license: the comparison is by name. */
	private static String license(String written) {
		String w = written.toLowerCase(Locale.ROOT).replaceAll("[ ,-]+", " ").strip();
		if (w.startsWith("apache")) {
			return "apache-2.0";
		}
		if (w.startsWith("mozilla") || w.startsWith("mpl")) {
			return "mpl-2.0";
		}
		if (w.contains("server side") || w.startsWith("sspl")) {
			return "sspl";
		}
		if (w.startsWith("business source") || w.startsWith("bsl") || w.startsWith("busl")) {
			return "bsl";
		}
		if (w.startsWith("elastic") || w.equals("elv2")) {
			return "elastic-license";
		}
		if (w.contains("bsd")) {
			return "bsd";
		}
		if (w.startsWith("mit")) {
			return "mit";
		}
		if (w.startsWith("closed") || w.equals("proprietary")) {
			return "proprietary";
		}
		if (w.startsWith("open")) {
			return "open-source";
		}
		return w.replace(" ", "");
	}

	private static boolean outside(List<TextSpan> names, int start, int end) {
		return names.stream().noneMatch(n -> n.start() < end && start < n.end());
	}

	private static String unit(String word) {
		String w = word.toLowerCase(Locale.ROOT);
		if (NOT_UNITS.contains(w) || w.matches(MONTH)) {
			return null;
		}
		if (w.endsWith("ies") && w.length() > 4) {
			return w.substring(0, w.length() - 3) + "y";
		}
		if (w.endsWith("s") && !w.endsWith("ss") && w.length() > 3) {
			return w.substring(0, w.length() - 1);
		}
		return w;
	}

	private static double number(String integer, String fraction) {
		String n = integer.replace(",", "") + (fraction != null ? "." + fraction : "");
		return Double.parseDouble(n);
	}

	private static double scale(String word) {
		if (word == null) {
			return 1;
		}
		return switch (word.toLowerCase(Locale.ROOT)) {
		case "hundred" -> 1e2;
		case "thousand", "k" -> 1e3;
		case "million", "m", "mn" -> 1e6;
		case "billion", "b", "bn" -> 1e9;
		case "trillion" -> 1e12;
		default -> 1;
		};
	}

	private static int year(String y) {
		return Integer.parseInt(y);
	}

	private static int month(String name) {
		String n = name.toLowerCase(Locale.ROOT);
		List<String> months = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");
		return months.indexOf(n.substring(0, 3)) + 1;
	}
}
