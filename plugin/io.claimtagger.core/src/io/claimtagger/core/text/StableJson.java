package io.claimtagger.core.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

import com.google.gson.FormattingStyle;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonWriter;

/**
 * Writes the plain value trees {@link StrictJson} reads ({@code Map} in its iteration order,
 * {@code Iterable}, {@code String}, {@code Number}, {@code Boolean}, {@code null}) with Gson's
 * {@link JsonWriter}, always as the same bytes for the same tree, because store files live in git:
 * <ul>
 * <li>{@link #pretty}: two-space indent, one value per line, {@code "key": value}, {@code {}} and
 * {@code []} when empty, a trailing newline;</li>
 * <li>{@link #compact}: no whitespace at all (one line of a log);</li>
 * <li>integers as written; other numbers without a fraction when integral and below 10^15, else
 * as {@link Double#toString(double)} ({@code 0.913}, {@code 1.0E-7}); NaN and infinities as
 * {@code null};</li>
 * <li>non-ASCII as is, so diffs stay readable; escapes exactly as before Gson
 * ({@link PreGsonEscapes}).</li>
 * </ul>
 * That is the form the hand-made writer Gson replaced produced, byte for byte, so files written by
 * earlier versions stay as they are.
 */
public final class StableJson {

	/** Integral numbers below this are written without a fraction ({@code 1}, not {@code 1.0}). */
	private static final double PLAIN_INTEGRAL_LIMIT = 1e15;

	private StableJson() {
	}

	/** Indented, with a trailing newline: the form of every JSON file the tool writes. */
	public static String pretty(Object value) {
		return write(value, FormattingStyle.PRETTY) + "\n";
	}

	/** One line, no whitespace, no trailing newline. */
	public static String compact(Object value) {
		return write(value, FormattingStyle.COMPACT);
	}

	/**
	 * Writes a pretty array to {@code out} element by element, exactly as {@link #pretty} writes the
	 * whole list, so that a long output never has to be in memory at once (the CLI's results).
	 */
	public static final class PrettyArray {

		private final Appendable out;
		private final JsonWriter writer;

		public PrettyArray(Appendable out) throws IOException {
			this.out = out;
			this.writer = jsonWriter(new PreGsonEscapes(out), FormattingStyle.PRETTY);
			writer.beginArray();
		}

		public void add(Object value) throws IOException {
			write(writer, value);
			writer.flush();
		}

		public void close() throws IOException {
			writer.endArray();
			writer.flush();
			out.append('\n');
		}
	}

	private static JsonWriter jsonWriter(PreGsonEscapes escapes, FormattingStyle style) {
		JsonWriter writer = new JsonWriter(escapes);
		// PRETTY is "\n", two spaces and ": "; COMPACT has no whitespace at all.
		writer.setFormattingStyle(style);
		writer.setStrictness(Strictness.STRICT);
		writer.setHtmlSafe(false);
		writer.setSerializeNulls(true);
		return writer;
	}

	private static String write(Object value, FormattingStyle style) {
		StringBuilder text = new StringBuilder();
		PreGsonEscapes escapes = new PreGsonEscapes(text);
		JsonWriter writer = jsonWriter(escapes, style);
		try {
			write(writer, value);
			writer.flush();
		} catch (IOException e) {
			throw new UncheckedIOException("cannot happen: the text is a StringBuilder", e);
		}
		if (escapes.inEscape()) {
			throw new IllegalStateException("Gson ended inside an escape: " + text);
		}
		return text.toString();
	}

	private static void write(JsonWriter writer, Object value) throws IOException {
		if (value == null) {
			writer.nullValue();
		} else if (value instanceof String s) {
			writer.value(s);
		} else if (value instanceof Boolean b) {
			writer.value(b.booleanValue());
		} else if (value instanceof Integer || value instanceof Long) {
			writer.value(((Number) value).longValue());
		} else if (value instanceof Number n) {
			number(writer, n.doubleValue());
		} else if (value instanceof Map<?, ?> map) {
			writer.beginObject();
			for (Map.Entry<?, ?> e : map.entrySet()) {
				writer.name(String.valueOf(e.getKey()));
				write(writer, e.getValue());
			}
			writer.endObject();
		} else if (value instanceof Iterable<?> list) {
			writer.beginArray();
			for (Object item : list) {
				write(writer, item);
			}
			writer.endArray();
		} else {
			throw new IllegalArgumentException("Not a JSON value: " + value.getClass().getName());
		}
	}

	private static void number(JsonWriter writer, double d) throws IOException {
		if (Double.isNaN(d) || Double.isInfinite(d)) {
			writer.nullValue();
		} else if (d == Math.rint(d) && Math.abs(d) < PLAIN_INTEGRAL_LIMIT) {
			writer.value((long) d);
		} else {
			writer.value(d);
		}
	}
}
