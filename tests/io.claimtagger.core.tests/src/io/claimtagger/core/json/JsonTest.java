package io.claimtagger.core.json;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.Test;

public class JsonTest {

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
