package io.claimtagger.core.text;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;

import org.junit.Test;

public class PreGsonEscapesTest {

	/** Gson's output on the left, the form before Gson on the right. */
	private static final String GSON = "\"a\\bb\\fc\\u2028d\\u2029e\\u0001f\\\\bg\\\\u2028h\\\"i\\nj\\u00e9\"";
	private static final String BEFORE = "\"a\\u0008b\\u000cc\u2028d\u2029e\\u0001f\\\\bg\\\\u2028h\\\"i\\nj\\u00e9\"";

	@Test
	public void rewritesTheFourDifferingEscapesWhateverTheChunks() throws Exception {
		assertEquals(BEFORE, through(GSON, GSON.length()));
		for (int chunk = 1; chunk < 8; chunk++) {
			assertEquals("chunks of " + chunk, BEFORE, through(GSON, chunk));
		}
	}

	private static String through(String gson, int chunk) throws Exception {
		StringBuilder out = new StringBuilder();
		PreGsonEscapes escapes = new PreGsonEscapes(out);
		for (int i = 0; i < gson.length(); i += chunk) {
			int end = Math.min(gson.length(), i + chunk);
			if (chunk % 2 == 0) {
				escapes.write(gson, i, end - i);
			} else {
				escapes.write(gson.toCharArray(), i, end - i);
			}
		}
		assertFalse(escapes.inEscape());
		return out.toString();
	}
}
