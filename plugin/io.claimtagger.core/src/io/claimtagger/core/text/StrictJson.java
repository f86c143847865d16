package io.claimtagger.core.text;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;

/**
 * Reads the JSON files the tool keeps (claim stores, claims exports, gold files, the user
 * dictionary) as RFC 8259 JSON and nothing looser, since a store file that is accepted is later
 * rewritten: whatever was read leniently would silently change. Gson's {@link JsonReader} in
 * {@link Strictness#STRICT} mode refuses leading zeros ({@code 01}), non-ASCII digits, NaN and
 * infinities, comments, single quotes, unquoted names, trailing commas and raw control characters;
 * on top of it this reader refuses:
 * <ul>
 * <li>nesting deeper than {@value #NESTING_LIMIT} levels, so a hostile or broken file is an error
 * and never a {@link StackOverflowError} (the deepest format, the claims export, needs 7);</li>
 * <li>a name twice in one object, which RFC 8259 leaves undefined and which in a store file means
 * a bad merge: reading either value would lose the other;</li>
 * <li>anything but whitespace after the value;</li>
 * <li>numbers that do not fit: integers beyond a {@code long}, others beyond a finite
 * {@code double};</li>
 * <li>strings with an unpaired UTF-16 surrogate (possible through a unicode escape such as D800 alone), which no UTF-8
 * file can hold, so the value could not be written back.</li>
 * </ul>
 * The result is a tree of plain Java values, so that other bundles need no JSON library: objects
 * are {@code LinkedHashMap<String, Object>} in file order, arrays {@code List<Object>}, integers
 * {@code Long}, other numbers {@code Double}, and {@code String}, {@code Boolean} or {@code null}.
 * {@link StableJson} writes such trees.
 */
public final class StrictJson {

	/** Deepest nesting of arrays and objects accepted; far above what any format needs. */
	public static final int NESTING_LIMIT = 64;

	/** How Gson words its strict-mode refusals; it points at a setting, not at the file. */
	private static final String GSON_LENIENCY_HINT = "Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON";

	private static final String UNPAIRED_SURROGATE = "unpaired UTF-16 surrogate in a string (no UTF-8 file can hold it)";

	private StrictJson() {
	}

	/**
	 * @throws InvalidJsonException saying what is wrong and where, when {@code json} is not one
	 *                              strict JSON value
	 */
	public static Object parse(String json) {
		JsonReader reader = new JsonReader(new StringReader(json));
		reader.setStrictness(Strictness.STRICT);
		reader.setNestingLimit(NESTING_LIMIT);
		try {
			Object value = value(reader);
			expectEnd(reader);
			return value;
		} catch (IOException e) {
			// MalformedJsonException, or EOFException for a document that ends early.
			throw new InvalidJsonException(describe(e), e);
		}
	}

	private static Object value(JsonReader reader) throws IOException {
		JsonToken token = reader.peek();
		return switch (token) {
		case BEGIN_OBJECT -> object(reader);
		case BEGIN_ARRAY -> array(reader);
		case STRING -> string(reader);
		case NUMBER -> number(reader, reader.nextString());
		case BOOLEAN -> reader.nextBoolean();
		case NULL -> {
			reader.nextNull();
			yield null;
		}
		// peek() only gives a value's token where a value is due.
		default -> throw error(reader, "expected a value, found " + token);
		};
	}

	/** Recursive, but never deeper than the nesting limit: the reader refuses deeper input first. */
	private static Map<String, Object> object(JsonReader reader) throws IOException {
		Map<String, Object> object = new LinkedHashMap<>();
		reader.beginObject();
		while (reader.hasNext()) {
			String name = reader.nextName();
			if (hasUnpairedSurrogate(name)) {
				throw error(reader, UNPAIRED_SURROGATE);
			}
			if (object.containsKey(name)) {
				throw error(reader, "duplicate key '" + name + "'");
			}
			object.put(name, value(reader));
		}
		reader.endObject();
		return object;
	}

	private static List<Object> array(JsonReader reader) throws IOException {
		List<Object> array = new ArrayList<>();
		reader.beginArray();
		while (reader.hasNext()) {
			array.add(value(reader));
		}
		reader.endArray();
		return array;
	}

	private static String string(JsonReader reader) throws IOException {
		String string = reader.nextString();
		if (hasUnpairedSurrogate(string)) {
			throw valueError(reader, UNPAIRED_SURROGATE);
		}
		return string;
	}

	/** The literal as written: the reader has checked its syntax, this checks its range. */
	private static Object number(JsonReader reader, String literal) {
		if (literal.indexOf('.') < 0 && literal.indexOf('e') < 0 && literal.indexOf('E') < 0) {
			try {
				return Long.parseLong(literal);
			} catch (NumberFormatException e) {
				throw valueError(reader, "integer out of range: " + literal);
			}
		}
		double d = Double.parseDouble(literal);
		if (Double.isInfinite(d)) {
			throw valueError(reader, "number out of range: " + literal);
		}
		return d;
	}

	private static boolean hasUnpairedSurrogate(String s) {
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
				i++;
			} else if (Character.isSurrogate(c)) {
				return true;
			}
		}
		return false;
	}

	private static void expectEnd(JsonReader reader) throws IOException {
		JsonToken next;
		try {
			next = reader.peek();
		} catch (MalformedJsonException e) {
			// In strict mode a second value or stray character fails here, with Gson's generic hint.
			throw error(reader, "data after the JSON value");
		}
		if (next != JsonToken.END_DOCUMENT) {
			throw error(reader, "data after the JSON value");
		}
	}

	private static InvalidJsonException error(JsonReader reader, String problem) {
		return new InvalidJsonException(problem + position(reader) + " path " + reader.getPath());
	}

	/** For a value just read: the reader has moved past it, its path is the previous one. */
	private static InvalidJsonException valueError(JsonReader reader, String problem) {
		return new InvalidJsonException(problem + position(reader) + " path " + reader.getPreviousPath());
	}

	/** " at line L column C": the reader tells its line and column only through toString(). */
	private static String position(JsonReader reader) {
		String s = reader.toString();
		int at = s.indexOf(" at line ");
		int path = s.indexOf(" path ", Math.max(at, 0));
		return at < 0 ? "" : path < 0 ? s.substring(at) : s.substring(at, path);
	}

	/** Gson's message without its troubleshooting link and setting hint, keeping line and column. */
	private static String describe(IOException e) {
		String message = String.valueOf(e.getMessage());
		int link = message.indexOf("\nSee ");
		if (link >= 0) {
			message = message.substring(0, link);
		}
		return message.replace(GSON_LENIENCY_HINT, "not strict JSON (RFC 8259)");
	}
}
