package io.claimtagger.core.text;

import static org.junit.Assert.assertEquals;
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

public class StableJsonTest {

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
		WrittenBeforeGson.assertSameBytes("tree-pretty.json", StableJson.pretty(tree()));
		WrittenBeforeGson.assertSameBytes("tree-compact.json", StableJson.compact(tree()));
		WrittenBeforeGson.assertSameBytes("scalars.json",
				StableJson.pretty(List.of(StableJson.compact("s"), StableJson.compact(1.5), StableJson.compact(7),
						StableJson.compact(true), StableJson.pretty(Map.of()), StableJson.pretty(List.of()))));
	}

	@Test
	public void whatItWritesReadsBackAsTheSameTree() {
		Map<String, Object> m = new LinkedHashMap<>();
		m.put("z", WrittenBeforeGson.TRICKY);
		m.put("a", Arrays.asList(1L, 2.5, true, null, List.of(), Map.of()));
		m.put(WrittenBeforeGson.TRICKY, Map.of("n", -3L));
		assertEquals(m, StrictJson.parse(StableJson.pretty(m)));
		assertEquals(m, StrictJson.parse(StableJson.compact(m)));
		assertEquals(List.copyOf(m.keySet()),
				List.copyOf(((Map<?, ?>) StrictJson.parse(StableJson.pretty(m))).keySet()));
	}

	@Test
	public void escapesOnlyWhatTheWriterBeforeGsonEscaped() {
		assertEquals("\"\\u0008\\u000c\\u001f\u2028\u2029\u007f/\\\\u2028\\\\b\"", StableJson.compact("\b\f\u001f\u2028\u2029\u007f/\\u2028\\b"));
	}

	@Test
	public void refusesWhatIsNoJsonValue() {
		try {
			fail(StableJson.pretty(Map.of("a", new Object())));
		} catch (IllegalArgumentException e) {
			assertEquals("Not a JSON value: java.lang.Object", e.getMessage());
		}
	}
}
