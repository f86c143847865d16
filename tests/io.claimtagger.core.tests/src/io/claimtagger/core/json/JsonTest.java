package io.claimtagger.core.json;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.Test;

import io.claimtagger.core.text.WrittenBeforeGson;

public class JsonTest {

	/** A corrections-log line, then every value type, number form and escape the writer handles. */
	static Map<String, Object> tree() {
		String tricky = WrittenBeforeGson.TRICKY;
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("time", "2024-05-01T09:30:00Z");
		m.put("action", "tag-product");
		m.put("text", tricky);
		m.put("article", null);
		m.put("sentence", tricky);
		m.put(tricky, "user data as a key, as the dictionary's suppressed articles");
		m.put("integers", List.of(0, -7, 42L, Long.MAX_VALUE, Long.MIN_VALUE, (short) 3, (byte) -1, Integer.MIN_VALUE));
		m.put("doubles", List.of(0.913, 1.0, -0.0, 0.1 + 0.2, 1e-7, 999999999999999.0, 1e15, -1e15, 1e300,
				Double.MIN_VALUE, Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 0.1f,
				new BigDecimal("12.50"), new BigInteger("123456789012345678901234567890"), 2.5, -3.0));
		m.put("literals", Arrays.asList(true, false, null));
		m.put("emptyObject", Map.of());
		m.put("emptyList", List.of());
		m.put("nested", List.of(List.of(), List.of(Map.of()), List.of(List.of(1)), Map.of("k", List.of("v", ""))));
		m.put("iterable", new TreeSet<>(Set.of("b", "a")));
		return m;
	}

	@Test
	public void writesTheBytesTheWriterBeforeGsonWrote() throws Exception {
		WrittenBeforeGson.assertSameBytes("tree-pretty.json", Json.writePretty(tree()));
		WrittenBeforeGson.assertSameBytes("tree-compact.json", Json.write(tree()));
		WrittenBeforeGson.assertSameBytes("scalars.json", Json.writePretty(List.of(Json.write("s"), Json.write(1.5),
				Json.write(7), Json.write(true), Json.writePretty(Map.of()), Json.writePretty(List.of()))));
	}

	@Test
	public void roundTripKeepsKeyOrderEscapesAndNumbers() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("z", "quote \" back\\slash\nline \u00e9 \u2019 \u0001");
		m.put("a", List.of(1L, 2.5, true));
		m.put("n", null);
		String text = Json.writePretty(m);
		assertTrue(text.indexOf("\"z\"") < text.indexOf("\"a\""));
		assertEquals(m, Json.parse(text));
		assertEquals(m, Json.parse(Json.write(m)));
	}

	@Test
	public void syntaxErrorsSayWhere() {
		try {
			Json.parse("{\n\"a\": [1, 2,\n}");
			fail();
		} catch (Json.JsonException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("line 3"));
		}
	}
}
