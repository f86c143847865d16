package io.claimtagger.core.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Minimal JSON for the CLI output, gold files and claim stores: objects become
 * {@code LinkedHashMap<String, Object>} (key order kept, for stable diffs), arrays {@code List},
 * numbers {@code Double} or {@code Long}. The core bundle has no other dependency than OpenNLP,
 * so it carries this instead of a JSON library.
 */
public final class Json {

	private Json() {
	}

	public static String write(Object value) {
		StringBuilder b = new StringBuilder();
		write(value, b, "", false);
		return b.toString();
	}

	/** Pretty-printed, two-space indent, one value per line. */
	public static String writePretty(Object value) {
		StringBuilder b = new StringBuilder();
		write(value, b, "", true);
		return b.append('\n').toString();
	}

	private static void write(Object v, StringBuilder b, String indent, boolean pretty) {
		if (v == null) {
			b.append("null");
		} else if (v instanceof String s) {
			quote(s, b);
		} else if (v instanceof Boolean || v instanceof Integer || v instanceof Long) {
			b.append(v);
		} else if (v instanceof Number n) {
			double d = n.doubleValue();
			if (Double.isNaN(d) || Double.isInfinite(d)) {
				b.append("null");
			} else if (d == Math.rint(d) && Math.abs(d) < 1e15) {
				b.append((long) d);
			} else {
				b.append(d);
			}
		} else if (v instanceof Map<?, ?> map) {
			if (map.isEmpty()) {
				b.append("{}");
				return;
			}
			String inner = indent + "  ";
			b.append('{');
			boolean first = true;
			for (Map.Entry<?, ?> e : map.entrySet()) {
				if (!first) {
					b.append(',');
				}
				first = false;
				if (pretty) {
					b.append('\n').append(inner);
				}
				quote(String.valueOf(e.getKey()), b);
				b.append(pretty ? ": " : ":");
				write(e.getValue(), b, inner, pretty);
			}
			if (pretty) {
				b.append('\n').append(indent);
			}
			b.append('}');
		} else if (v instanceof Iterable<?> list) {
			String inner = indent + "  ";
			b.append('[');
			boolean first = true;
			for (Object item : list) {
				if (!first) {
					b.append(',');
				}
				first = false;
				if (pretty) {
					b.append('\n').append(inner);
				}
				write(item, b, inner, pretty);
			}
			if (pretty && !first) {
				b.append('\n').append(indent);
			}
			b.append(']');
		} else {
			throw new IllegalArgumentException("Not a JSON value: " + v.getClass().getName());
		}
	}

	private static void quote(String s, StringBuilder b) {
		b.append('"');
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			switch (c) {
			case '"' -> b.append("\\\"");
			case '\\' -> b.append("\\\\");
			case '\n' -> b.append("\\n");
			case '\r' -> b.append("\\r");
			case '\t' -> b.append("\\t");
			default -> {
				if (c < 0x20) {
					b.append(String.format("\\u%04x", (int) c));
				} else {
					b.append(c);
				}
			}
			}
		}
		b.append('"');
	}

	public static Object parse(String text) {
		Parser p = new Parser(text);
		p.skipWhitespace();
		Object v = p.value();
		p.skipWhitespace();
		if (p.pos != text.length()) {
			throw p.error("unexpected trailing content");
		}
		return v;
	}

	/** A JSON syntax error with its position. */
	public static final class JsonException extends RuntimeException {
		private static final long serialVersionUID = 1L;

		JsonException(String message) {
			super(message);
		}
	}

	private static final class Parser {
		private final String s;
		private int pos;

		Parser(String s) {
			this.s = s;
		}

		JsonException error(String message) {
			int line = 1;
			for (int i = 0; i < Math.min(pos, s.length()); i++) {
				if (s.charAt(i) == '\n') {
					line++;
				}
			}
			return new JsonException("JSON " + message + " at line " + line + " (offset " + pos + ")");
		}

		void skipWhitespace() {
			while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) {
				pos++;
			}
		}

		Object value() {
			if (pos >= s.length()) {
				throw error("unexpected end");
			}
			char c = s.charAt(pos);
			switch (c) {
			case '{':
				return object();
			case '[':
				return array();
			case '"':
				return string();
			case 't':
				return literal("true", Boolean.TRUE);
			case 'f':
				return literal("false", Boolean.FALSE);
			case 'n':
				return literal("null", null);
			default:
				if (c == '-' || Character.isDigit(c)) {
					return number();
				}
				throw error("unexpected character '" + c + "'");
			}
		}

		private Object literal(String word, Object value) {
			if (!s.startsWith(word, pos)) {
				throw error("expected " + word);
			}
			pos += word.length();
			return value;
		}

		private Map<String, Object> object() {
			Map<String, Object> map = new LinkedHashMap<>();
			pos++;
			skipWhitespace();
			if (peek() == '}') {
				pos++;
				return map;
			}
			while (true) {
				skipWhitespace();
				if (peek() != '"') {
					throw error("expected a key");
				}
				String key = string();
				skipWhitespace();
				expect(':');
				skipWhitespace();
				map.put(key, value());
				skipWhitespace();
				char c = next();
				if (c == '}') {
					return map;
				}
				if (c != ',') {
					throw error("expected , or }");
				}
			}
		}

		private List<Object> array() {
			List<Object> list = new ArrayList<>();
			pos++;
			skipWhitespace();
			if (peek() == ']') {
				pos++;
				return list;
			}
			while (true) {
				skipWhitespace();
				list.add(value());
				skipWhitespace();
				char c = next();
				if (c == ']') {
					return list;
				}
				if (c != ',') {
					throw error("expected , or ]");
				}
			}
		}

		private String string() {
			pos++;
			StringBuilder b = new StringBuilder();
			while (true) {
				if (pos >= s.length()) {
					throw error("unterminated string");
				}
				char c = s.charAt(pos++);
				if (c == '"') {
					return b.toString();
				}
				if (c == '\\') {
					char e = next();
					switch (e) {
					case '"', '\\', '/' -> b.append(e);
					case 'b' -> b.append('\b');
					case 'f' -> b.append('\f');
					case 'n' -> b.append('\n');
					case 'r' -> b.append('\r');
					case 't' -> b.append('\t');
					case 'u' -> {
						if (pos + 4 > s.length()) {
							throw error("bad unicode escape");
						}
						try {
							b.append((char) Integer.parseInt(s.substring(pos, pos + 4), 16));
						} catch (NumberFormatException ex) {
							throw error("bad unicode escape");
						}
						pos += 4;
					}
					default -> throw error("bad escape \\" + e);
					}
				} else {
					b.append(c);
				}
			}
		}

		private Object number() {
			int start = pos;
			if (peek() == '-') {
				pos++;
			}
			boolean fraction = false;
			while (pos < s.length()) {
				char c = s.charAt(pos);
				if (Character.isDigit(c)) {
					pos++;
				} else if (c == '.' || c == 'e' || c == 'E' || c == '+' || c == '-') {
					fraction = true;
					pos++;
				} else {
					break;
				}
			}
			String n = s.substring(start, pos);
			try {
				return fraction ? (Object) Double.parseDouble(n) : (Object) Long.parseLong(n);
			} catch (NumberFormatException e) {
				throw error("bad number '" + n + "'");
			}
		}

		private char peek() {
			if (pos >= s.length()) {
				throw error("unexpected end");
			}
			return s.charAt(pos);
		}

		private char next() {
			char c = peek();
			pos++;
			return c;
		}

		private void expect(char c) {
			if (next() != c) {
				pos--;
				throw error("expected '" + c + "'");
			}
		}
	}
}
