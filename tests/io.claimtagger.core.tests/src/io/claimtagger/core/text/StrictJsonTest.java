package io.claimtagger.core.text;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

public class StrictJsonTest {

	@Test
	public void readsPlainValuesKeepingKeyOrder() {
		Map<String, Object> expected = new LinkedHashMap<>();
		expected.put("z", "\u00e9\u2019\ud83d\ude00\n\"");
		expected.put("a", Arrays.asList(1L, -2L, 0L, 2.5, 100.0, -0.0, 1e-7, true, false, null));
		expected.put("o", Map.of());
		Object parsed = StrictJson.parse(
				" {\"z\": \"\u00e9\\u2019\\ud83d\\ude00\\n\\\"\", \"a\": [1, -2, -0, 2.5, 1E2, -0.0, 1e-7, true, false, null],\r\n\t\"o\": {}} \n");
		assertEquals(expected, parsed);
		assertEquals(List.of("z", "a", "o"), List.copyOf(((Map<?, ?>) parsed).keySet()));
		assertEquals(Long.MAX_VALUE, StrictJson.parse("9223372036854775807"));
		assertEquals("top-level string", StrictJson.parse("\"top-level string\""));
	}

	@Test
	public void leadingZerosAreRefused() {
		for (String json : List.of("01", "[01]", "[-01]", "{\"start\": 007}", "00", "[0.5, 02]")) {
			assertRefused(json, "not strict JSON");
		}
		assertEquals(List.of(0L, 0.5), StrictJson.parse("[0, 0.5]"));
	}

	@Test
	public void nonAsciiDigitsAreRefused() {
		// Arabic-Indic, Devanagari and full-width digits are digits to Character.isDigit, not to JSON.
		for (String json : List.of("[\u0661\u0662]", "{\"start\": \u0967\u0968}", "[\uff11]", "[1\u0662]", "\u0661")) {
			assertRefused(json, "line 1 column");
		}
	}

	@Test
	public void duplicateKeysAreRefusedNamingTheKey() {
		assertRefused("{\"a\": 1, \"a\": 2}", "duplicate key 'a'");
		assertRefused("{\"claims\": [{\"id\": \"x\",\n \"status\": \"new\",\n \"status\": \"accepted\"}]}",
				"duplicate key 'status'", "line 3", "$.claims[0].status");
		// The same name written two ways is still the same name.
		assertRefused("{\"id\": 1, \"\\u0069d\": 2}", "duplicate key 'id'");
		assertEquals(2, ((Map<?, ?>) StrictJson.parse("{\"id\": 1, \"ID\": 2}")).size());
	}

	@Test
	public void deepNestingIsAFormatErrorNotAStackOverflow() {
		int deep = 3000;
		assertRefused("[".repeat(deep) + "]".repeat(deep), "Nesting limit " + StrictJson.NESTING_LIMIT);
		assertRefused("{\"a\":".repeat(deep) + "1" + "}".repeat(deep), "Nesting limit");
		assertRefused("[".repeat(deep), "Nesting limit");
		assertRefused("[{\"a\":".repeat(deep), "Nesting limit");
		int limit = StrictJson.NESTING_LIMIT;
		StrictJson.parse("[".repeat(limit) + "]".repeat(limit));
		assertRefused("[".repeat(limit + 1) + "]".repeat(limit + 1), "Nesting limit");
	}

	@Test
	public void trailingDataIsRefused() {
		for (String json : List.of("{} {}", "[1] x", "1 2", "{}\n,", "\"a\"\"b\"", "{}\u0000", "{}]", "{}}",
				"{} // comment", "[1]\u00a0")) {
			assertRefused(json, "data after the JSON value");
		}
		assertEquals(Map.of(), StrictJson.parse("{}\n\t \r\n"));
	}

	@Test
	public void onlyRfc8259IsAccepted() {
		for (String json : List.of("[NaN]", "[Infinity]", "[-Infinity]", "// c\n{}", "/* c */ {}", "{# c\n}",
				"['single']", "{unquoted: 1}", "[1,]", "{\"a\": 1,}", "[,1]", "{\"a\" 1}", "{\"a\"=1}", "{\"a\";1}",
				"[\"tab\there\"]", "[\"\\x41\"]", "[\"\\u12\"]", "[+1]", "[.5]", "[1.]", "[1e]", "[0x10]", "[TRUE]",
				"[nul]", "", " \n ", "[\"unterminated]", "{\"a\":1", "[1 2]")) {
			try {
				Object parsed = StrictJson.parse(json);
				fail("accepted " + json + " as " + parsed);
			} catch (InvalidJsonException e) {
				assertTrue(json + ": " + e.getMessage(), e.getMessage().contains(" at line "));
				assertTrue(json + ": " + e.getMessage(), !e.getMessage().contains("setStrictness"));
			}
		}
	}

	@Test
	public void numbersMustFit() {
		assertRefused("[9223372036854775808]", "integer out of range: 9223372036854775808");
		assertRefused("[-123456789012345678901234567890]", "integer out of range");
		assertRefused("[1e400]", "number out of range: 1e400", "path $[0]");
		assertRefused("{\"confidence\": -1.5E+999}", "number out of range");
		assertEquals(List.of(0.0), StrictJson.parse("[1e-400]"));
		assertEquals(List.of(Long.MIN_VALUE), StrictJson.parse("[-9223372036854775808]"));
	}

	@Test
	public void unpairedSurrogatesAreRefused() {
		assertRefused("[\"\\ud800\"]", "unpaired UTF-16 surrogate", "path $[0]");
		assertRefused("[\"a\\udc00b\"]", "unpaired UTF-16 surrogate");
		assertRefused("[\"\\ude00\\ud83d\"]", "unpaired");
		assertRefused("[\"\ud800\"]", "unpaired");
		assertRefused("{\"\\ud800\": 1}", "unpaired");
		assertEquals(List.of("\ud83d\ude00"), StrictJson.parse("[\"\\ud83d\\ude00\"]"));
	}

	@Test
	public void errorsSayLineAndColumn() {
		assertRefused("{\n\"a\": [1, 2,\n}", "line 3 column 1");
		assertRefused("{\n  \"version\": 1,\n  \"claims\": [\n}", "line 4");
		assertRefused("{\"a\": 1}\n\n  x", "line 3 column");
	}

	private static void assertRefused(String json, String... expected) {
		try {
			Object parsed = StrictJson.parse(json);
			fail("accepted " + abbreviate(json) + " as " + parsed);
		} catch (InvalidJsonException e) {
			for (String part : expected) {
				assertTrue(abbreviate(json) + ": '" + part + "' not in: " + e.getMessage(), e.getMessage().contains(part));
			}
		}
	}

	private static String abbreviate(String json) {
		return json.length() > 80 ? json.substring(0, 80) + "..." : json;
	}
}
