package io.claimtagger.core.text;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The JSON files in {@code fixtures/pre-gson/}, written by the hand-made writer that Gson replaced
 * and never regenerated since: every codec must keep writing exactly these bytes, so files written
 * by earlier versions (claim stores under git above all) do not churn.
 */
public final class WrittenBeforeGson {

	/** Every kind of character whose escaping matters, in one string. */
	public static final String TRICKY = "q\"uote back\\slash /slash\nnl\rcr\ttab \b\f \u0000\u0001\u001f\u007f"
			+ " \u00e9\u2019 \u2028\u2029 \ud83d\ude00 \u65e5\u672c <&'=> \\u0041";

	private WrittenBeforeGson() {
	}

	public static String read(String name) throws IOException {
		return Files.readString(dir().resolve(name), StandardCharsets.UTF_8);
	}

	public static void assertSameBytes(String name, String written) throws IOException {
		byte[] before = Files.readAllBytes(dir().resolve(name));
		// Strings first: a failure then shows the differing text, not two byte arrays.
		assertEquals(name, new String(before, StandardCharsets.UTF_8), written);
		assertArrayEquals(name, before, written.getBytes(StandardCharsets.UTF_8));
	}

	private static Path dir() {
		return Path.of(System.getProperty("claimtagger.repo", ".")).resolve("tests/io.claimtagger.core.tests/fixtures/pre-gson");
	}
}
