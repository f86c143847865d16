package io.claimtagger.core.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Test;

/**
 * Feeds {@link ClaimStoreFormat#read} valid store files broken in seeded random ways (mutations,
 * truncations, deep nesting, duplicate keys, huge numbers, invalid UTF-16): each input must load,
 * or fail with a {@link ClaimStoreFormatException} naming the file, which is what sends a file to
 * quarantine. Any other exception or error (a StackOverflowError above all) fails the test with
 * the seed, round and input, so it can be replayed.
 */
public class ClaimStoreFormatFuzzTest {

	private static final String FILE = "/p/.claims/fuzz.txt.claims.json";
	private static final long SEED = 0x5EED_C1A1L;
	private static final int ROUNDS = 4000;

	/** What each round does to the file; every kind must be applied and most must also be refused. */
	enum Mutation {
		TRUNCATE, DELETE_RANGE, INSERT_TOKEN, REPLACE_CHAR, DUPLICATE_KEY, DEEP_NESTING, HUGE_NUMBER, BAD_SURROGATE,
		SHUFFLE_LINES, SEVERAL
	}

	/** Tokens that poke at the corners of strict JSON. */
	private static final String[] TOKENS = { "{", "}", "[", "]", ",", ":", "\"", "\\", "\\u", "\\ud800", "\\udc00",
			"\\uZZZZ", "01", "-0", "-", "+1", ".5", "1.", "1e", "1e999", "99999999999999999999", "NaN", "Infinity",
			"null", "true", "fals", "//", "/*", "*/", "#", "'", "\u0000", "\u001f", "\u0661", "\uff11", "\ud800",
			"\udc00", "\ud83d\ude00", "\u2028", "\ufeff", "\u00a0", " ", "\n", "\t", "\r", "0x1F", "\"version\": 1,",
			"\"claims\": [],", "<<<<<<< HEAD\n", "=======\n", ">>>>>>> theirs\n" };

	private static final String[] NUMBERS = { "1" + "0".repeat(400), "1e400", "-1e400", "1e-400", "-0",
			"123456789012345678901234567890", "9223372036854775808", "-9223372036854775809", "2147483648",
			"-2147483649", "1E+2147483648", "0." + "0".repeat(500) + "1", "4.9E-324", "1.7976931348623157E309",
			"1" + "1".repeat(5000) };

	private static final Pattern NUMBER = Pattern.compile("(?<=: )-?\\d[\\d.eE+-]*");
	private static final Pattern KEY_LINE = Pattern.compile("(?m)^ *\"[^\"]+\": .*$");

	@Test
	public void everyInputLoadsOrIsAFormatErrorNamingTheFile() throws Exception {
		List<String> valid = List.of(ClaimStoreFormat.write(TrickyClaims.claims()),
				ClaimStoreFormat.write(ClaimStoreFormatTest.sample()));
		Random random = new Random(SEED);
		Map<Mutation, int[]> outcomes = new EnumMap<>(Mutation.class);
		for (int round = 0; round < ROUNDS; round++) {
			Mutation mutation = Mutation.values()[random.nextInt(Mutation.values().length)];
			String input = mutate(valid.get(random.nextInt(valid.size())), mutation, random);
			int[] counts = outcomes.computeIfAbsent(mutation, m -> new int[2]);
			try {
				ArticleClaims loaded = ClaimStoreFormat.read(input, FILE);
				// What loads is a store like any other: it writes and reads back unchanged.
				assertEquals(loaded, ClaimStoreFormat.read(ClaimStoreFormat.write(loaded), FILE));
				counts[0]++;
			} catch (ClaimStoreFormatException e) {
				assertEquals(FILE, e.file());
				assertTrue(e.getMessage(), e.getMessage().startsWith(FILE + ": "));
				counts[1]++;
			} catch (Throwable t) {
				throw new AssertionError("seed " + SEED + ", round " + round + ", " + mutation + ": " + t
						+ "\ninput: " + abbreviate(input), t);
			}
		}
		for (Mutation m : Mutation.values()) {
			int[] counts = outcomes.get(m);
			assertTrue(m + " never applied", counts != null);
			assertTrue(m + " never refused: " + counts[0] + " loaded", counts[1] > 0);
		}
		// Whitespace and other harmless changes load, so the valid path is exercised too.
		assertTrue("nothing loaded", outcomes.values().stream().mapToInt(c -> c[0]).sum() > 0);
	}

	static String mutate(String text, Mutation mutation, Random random) {
		switch (mutation) {
		case TRUNCATE:
			return text.substring(0, random.nextInt(text.length()));
		case DELETE_RANGE: {
			int start = random.nextInt(text.length());
			int end = Math.min(text.length(), start + 1 + random.nextInt(40));
			return text.substring(0, start) + text.substring(end);
		}
		case INSERT_TOKEN:
			return insert(text, random.nextInt(text.length() + 1), TOKENS[random.nextInt(TOKENS.length)]);
		case REPLACE_CHAR: {
			int at = random.nextInt(text.length());
			String token = TOKENS[random.nextInt(TOKENS.length)];
			return text.substring(0, at) + token.charAt(random.nextInt(token.length())) + text.substring(at + 1);
		}
		case DUPLICATE_KEY: {
			// Repeats one "key": value line, so the object has that key twice.
			List<int[]> lines = matches(KEY_LINE, text);
			int[] line = lines.get(random.nextInt(lines.size()));
			String copy = text.substring(line[0], line[1]);
			String separator = copy.endsWith(",") ? "\n" : ",\n";
			return insert(text, line[0], copy + separator);
		}
		case DEEP_NESTING: {
			int[] depths = { 10, 63, 64, 65, 200, 3000, 50_000 };
			int depth = depths[random.nextInt(depths.length)];
			String open = random.nextBoolean() ? "[" : "{\"a\": ";
			String close = open.equals("[") ? "]" : "}";
			String nested = open.repeat(depth) + (random.nextBoolean() ? "1" + close.repeat(depth) : "");
			List<int[]> numbers = matches(NUMBER, text);
			int[] number = numbers.get(random.nextInt(numbers.size()));
			return text.substring(0, number[0]) + nested + text.substring(number[1]);
		}
		case HUGE_NUMBER: {
			List<int[]> numbers = matches(NUMBER, text);
			int[] number = numbers.get(random.nextInt(numbers.size()));
			return text.substring(0, number[0]) + NUMBERS[random.nextInt(NUMBERS.length)] + text.substring(number[1]);
		}
		case BAD_SURROGATE: {
			// Inside a string: an escaped or raw surrogate without its partner, or a reversed pair.
			String[] bad = { "\\ud800", "\\udfff", "\\udc00\\ud83d", "\ud800", "\udc00", "\\ud83d\\u0041" };
			List<Integer> quotes = new ArrayList<>();
			for (int i = text.indexOf("\": \""); i >= 0; i = text.indexOf("\": \"", i + 1)) {
				quotes.add(i + 4);
			}
			return insert(text, quotes.get(random.nextInt(quotes.size())), bad[random.nextInt(bad.length)]);
		}
		case SHUFFLE_LINES: {
			List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
			int a = random.nextInt(lines.size());
			int b = random.nextInt(lines.size());
			lines.set(a, lines.set(b, lines.get(a)));
			return String.join("\n", lines);
		}
		case SEVERAL: {
			String result = text;
			for (int i = 0; i < 2 + random.nextInt(3); i++) {
				Mutation m = Mutation.values()[random.nextInt(Mutation.SEVERAL.ordinal())];
				if (m == Mutation.DEEP_NESTING || m == Mutation.HUGE_NUMBER) {
					if (matches(NUMBER, result).isEmpty()) {
						continue;
					}
				} else if (m == Mutation.DUPLICATE_KEY && matches(KEY_LINE, result).isEmpty()) {
					continue;
				} else if (m == Mutation.BAD_SURROGATE && !result.contains("\": \"")) {
					continue;
				} else if (result.isEmpty()) {
					continue;
				}
				result = mutate(result, m, random);
			}
			return result;
		}
		default:
			throw new IllegalArgumentException(mutation.name());
		}
	}

	private static String insert(String text, int at, String token) {
		return text.substring(0, at) + token + text.substring(at);
	}

	private static List<int[]> matches(Pattern pattern, String text) {
		List<int[]> found = new ArrayList<>();
		Matcher m = pattern.matcher(text);
		while (m.find()) {
			found.add(new int[] { m.start(), m.end() });
		}
		return found;
	}

	static String abbreviate(String input) {
		return input.length() > 2000 ? input.substring(0, 2000) + "... (" + input.length() + " chars)" : input;
	}

	@Test
	public void targetedBreakagesAreFormatErrors() {
		String valid = ClaimStoreFormat.write(ClaimStoreFormatTest.sample());
		assertRefused(valid.replace("\"start\": 0", "\"start\": 00"), "not valid JSON", "line ");
		assertRefused(valid.replace("\"start\": 0", "\"start\": 01"), "not valid JSON", "line ");
		// Non-ASCII digits are digits to Character.isDigit, never to JSON.
		assertRefused(valid.replace("\"start\": 0", "\"start\": \u0660"), "not valid JSON", "line ");
		assertRefused(valid.replace("\"end\": 21", "\"end\": \u0662\u0661"), "not valid JSON");
		assertRefused(valid.replace("\"status\": \"new\",", "\"status\": \"new\",\n      \"status\": \"accepted\","),
				"not valid JSON", "duplicate key 'status'", "line ");
		assertRefused(valid.replace("\"version\": 1,", "\"version\": 1,\n  \"version\": 1,"), "duplicate key 'version'");
		assertRefused(valid.replace("\"start\": 0", "\"start\": " + "[".repeat(3000) + "]".repeat(3000)),
				"not valid JSON", "Nesting limit");
		assertRefused("[".repeat(3000), "not valid JSON", "Nesting limit");
		assertRefused(valid + "{}", "not valid JSON", "data after the JSON value");
		assertRefused(valid + valid, "data after the JSON value");
		assertRefused(valid.replace("\"start\": 0", "\"start\": 1e400"), "number out of range");
		assertRefused(valid.replace("\"start\": 0", "\"start\": 99999999999999999999"), "integer out of range");
		assertRefused(valid.replace("\"start\": 0", "\"start\": 2147483648"), "field 'start' must be an integer");
		assertRefused(valid.replace("\"note\": \"\"", "\"note\": \"\\ud800\""), "unpaired UTF-16 surrogate");
		assertRefused(valid.replace("\"confidence\": 1", "\"confidence\": NaN"), "not valid JSON");
		assertRefused("// a comment\n" + valid, "not valid JSON");
	}

	private static void assertRefused(String input, String... expected) {
		try {
			ClaimStoreFormat.read(input, FILE);
			fail("loaded: " + abbreviate(input));
		} catch (ClaimStoreFormatException e) {
			for (String part : expected) {
				assertTrue("'" + part + "' not in: " + e.getMessage(), e.getMessage().contains(part));
			}
		}
	}
}
