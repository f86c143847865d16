package io.claimtagger.core.store;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.claim.Polarity;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.text.InvalidJsonException;
import io.claimtagger.core.text.StableJson;
import io.claimtagger.core.text.StrictJson;
import io.claimtagger.core.text.TextSpan;

/**
 * The JSON file of one article's claims (described in {@code docs/claims-store.md}). Written for
 * git: pretty-printed, one key per line in a fixed order, claims in {@link ArticleClaims#ORDER},
 * a trailing newline ({@link StableJson}), so the same claims always give the same bytes and two
 * analysts reviewing different claims touch different lines. Reading is strict, the JSON
 * ({@link StrictJson}: RFC 8259 only, no duplicate keys, bounded nesting) and the fields (unknown
 * fields are errors too): a file this version does not fully understand is reported, as a
 * {@link ClaimStoreFormatException} and nothing else, rather than silently rewritten without what
 * it did not understand.
 */
public final class ClaimStoreFormat {

	/** The format version this code writes and reads. */
	public static final int VERSION = 1;

	private static final Set<String> ROOT_FIELDS = Set.of("version", "article", "claims");
	private static final java.util.regex.Pattern VALID_ID = java.util.regex.Pattern.compile("[0-9a-f]{16}");
	private static final Set<String> CLAIM_FIELDS = Set.of("id", "status", "note", "anchor", "sentence",
			"previousSentence", "start", "end", "about", "kind", "polarity", "analystReading", "confidence", "context", "created",
			"updated");
	private static final Set<String> SUBJECT_FIELDS = Set.of("text", "type", "canonical");
	private static final Set<String> CONTEXT_FIELDS = Set.of("sentence", "before", "after");

	private ClaimStoreFormat() {
	}

	public static String write(ArticleClaims claims) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("version", VERSION);
		root.put("article", claims.article());
		List<Object> list = new ArrayList<>();
		for (ClaimRecord c : claims.claims()) {
			list.add(claim(c));
		}
		root.put("claims", list);
		return StableJson.pretty(root);
	}

	private static Map<String, Object> claim(ClaimRecord c) {
		Map<String, Object> o = new LinkedHashMap<>();
		o.put("id", c.id());
		o.put("status", c.status().id());
		o.put("note", c.note());
		o.put("anchor", c.anchor().id());
		o.put("sentence", c.sentence());
		if (c.previousSentence() != null) {
			o.put("previousSentence", c.previousSentence());
		}
		o.put("start", c.span().start());
		o.put("end", c.span().end());
		List<Object> about = new ArrayList<>();
		for (ClaimSubject s : c.about()) {
			Map<String, Object> so = new LinkedHashMap<>();
			so.put("text", s.text());
			so.put("type", s.type().id());
			so.put("canonical", s.canonical());
			about.add(so);
		}
		o.put("about", about);
		o.put("kind", c.kind().id());
		o.put("polarity", c.polarity().id());
		if (c.analystReading()) {
			o.put("analystReading", true); // written only when set: stores without it read as before
		}
		o.put("confidence", c.confidence());
		Map<String, Object> context = new LinkedHashMap<>();
		context.put("sentence", c.context().sentence());
		context.put("before", c.context().before());
		context.put("after", c.context().after());
		o.put("context", context);
		o.put("created", c.created().toString());
		o.put("updated", c.updated().toString());
		return o;
	}

	/**
	 * @param source names the file in error messages
	 * @throws ClaimStoreFormatException naming {@code source} and what is wrong
	 */
	public static ArticleClaims read(String json, String source) throws ClaimStoreFormatException {
		Object parsed;
		try {
			parsed = StrictJson.parse(json);
		} catch (InvalidJsonException e) {
			throw new ClaimStoreFormatException(source, "not valid JSON: " + e.getMessage(), e);
		}
		if (!(parsed instanceof Map<?, ?>)) {
			throw new ClaimStoreFormatException(source, "expected a JSON object with version, article and claims");
		}
		Fields root = new Fields(source, "", asObject(parsed));
		// The version first: a newer file may lack or rename the other fields.
		Object version = root.map.get("version");
		if (!root.map.containsKey("version")) {
			throw root.error("missing field 'version'");
		}
		if (!(version instanceof Long v && v == VERSION)) {
			// 1.0 is not 1: the version is an integer, and saying "unsupported version 1" would puzzle.
			String why = version instanceof Double ? " (the version is a whole number: " + VERSION + ")"
					: version == null ? " (null; this Claim Tagger reads version " + VERSION + ")"
							: " (this Claim Tagger reads version " + VERSION + ")";
			// As written in the file: the JSON writer would print 1.0 as 1.
			String shown = version instanceof Double d ? d.toString() : StableJson.compact(version);
			throw root.error("unsupported version " + shown + why);
		}
		root.onlyKnown(ROOT_FIELDS);
		String article = root.string("article");
		List<Object> items = root.list("claims");
		List<ClaimRecord> records = new ArrayList<>(items.size());
		for (int i = 0; i < items.size(); i++) {
			records.add(claim(source, i, items.get(i), article));
		}
		try {
			return new ArticleClaims(article, records);
		} catch (IllegalArgumentException e) {
			throw root.error(e.getMessage());
		}
	}

	private static ClaimRecord claim(String source, int index, Object item, String article)
			throws ClaimStoreFormatException {
		String where = "claim " + (index + 1) + ": ";
		if (!(item instanceof Map<?, ?>)) {
			throw new ClaimStoreFormatException(source, where + "expected a JSON object");
		}
		Map<String, Object> map = asObject(item);
		if (map.get("id") instanceof String id) {
			where = "claim " + (index + 1) + " (id " + id + "): ";
		}
		Fields f = new Fields(source, where, map);
		f.onlyKnown(CLAIM_FIELDS);
		String id = f.string("id");
		// Ids are 16 lower-case hex digits; anything else (a spreadsheet formula, a path, markup) is
		// a format error, so it never reaches an export or a file name.
		if (!VALID_ID.matcher(id).matches()) {
			throw new ClaimStoreFormatException(source, where + "id must be 16 lower-case hex digits, not '"
					+ (id.length() > 40 ? id.substring(0, 40) + "..." : id) + "'");
		}
		ReviewStatus status = f.enumValue("status", ReviewStatus::fromId);
		String note = f.string("note");
		AnchorState anchor = f.enumValue("anchor", AnchorState::fromId);
		String sentence = f.string("sentence");
		String previousSentence = f.optionalString("previousSentence");
		int start = f.integer("start");
		int end = f.integer("end");
		List<ClaimSubject> about = new ArrayList<>();
		List<Object> subjects = f.list("about");
		for (int i = 0; i < subjects.size(); i++) {
			about.add(subject(f, i, subjects.get(i)));
		}
		ClaimKind kind = f.enumValue("kind", ClaimKind::fromId);
		Polarity polarity = f.enumValue("polarity", Polarity::fromId);
		boolean analystReading = f.optionalBoolean("analystReading");
		double confidence = f.number("confidence");
		Fields c = f.object("context");
		c.onlyKnown(CONTEXT_FIELDS);
		ContextFingerprint context = new ContextFingerprint(c.string("sentence"), c.string("before"),
				c.string("after"));
		Instant created = f.instant("created");
		Instant updated = f.instant("updated");
		try {
			return new ClaimRecord(id, article, sentence, new TextSpan(start, end), about, kind, polarity, confidence,
					status, note, created, updated, context, anchor, previousSentence, analystReading);
		} catch (IllegalArgumentException e) {
			throw f.error(e.getMessage());
		}
	}

	private static ClaimSubject subject(Fields claim, int index, Object item) throws ClaimStoreFormatException {
		if (!(item instanceof Map<?, ?>)) {
			throw claim.error("about entry " + (index + 1) + " is not a JSON object");
		}
		Fields s = claim.nested("about entry " + (index + 1), asObject(item));
		s.onlyKnown(SUBJECT_FIELDS);
		return new ClaimSubject(s.string("text"), s.enumValue("type", EntityType::fromId), s.string("canonical"));
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asObject(Object o) {
		return (Map<String, Object>) o;
	}

	/** Typed access to one JSON object's fields, each failure naming the file, place and field. */
	private static final class Fields {
		final String source;
		final String where;
		final Map<String, Object> map;

		Fields(String source, String where, Map<String, Object> map) {
			this.source = source;
			this.where = where;
			this.map = map;
		}

		ClaimStoreFormatException error(String problem) {
			return new ClaimStoreFormatException(source, where + problem);
		}

		Fields nested(String name, Map<String, Object> object) {
			return new Fields(source, where + name + ": ", object);
		}

		void onlyKnown(Set<String> known) throws ClaimStoreFormatException {
			for (String key : map.keySet()) {
				if (!known.contains(key)) {
					throw error("unknown field '" + key + "'");
				}
			}
		}

		private Object required(String key) throws ClaimStoreFormatException {
			if (!map.containsKey(key)) {
				throw error("missing field '" + key + "'");
			}
			Object v = map.get(key);
			if (v == null) {
				throw error("field '" + key + "' is null");
			}
			return v;
		}

		String string(String key) throws ClaimStoreFormatException {
			if (required(key) instanceof String s) {
				return s;
			}
			throw error("field '" + key + "' must be a string");
		}

		/** Null when absent or JSON null. */
		String optionalString(String key) throws ClaimStoreFormatException {
			return map.get(key) == null ? null : string(key);
		}

		/** False when absent. */
		boolean optionalBoolean(String key) throws ClaimStoreFormatException {
			Object value = map.get(key);
			if (value == null || value instanceof Boolean) {
				return Boolean.TRUE.equals(value);
			}
			throw error("field '" + key + "' must be true or false");
		}

		int integer(String key) throws ClaimStoreFormatException {
			if (required(key) instanceof Long n && n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) {
				return n.intValue();
			}
			throw error("field '" + key + "' must be an integer");
		}

		double number(String key) throws ClaimStoreFormatException {
			if (required(key) instanceof Number n) {
				return n.doubleValue();
			}
			throw error("field '" + key + "' must be a number");
		}

		Instant instant(String key) throws ClaimStoreFormatException {
			String s = string(key);
			try {
				return Instant.parse(s);
			} catch (DateTimeParseException e) {
				throw error("field '" + key + "' is not an ISO-8601 UTC time like 2024-05-01T09:30:00Z: '" + s + "'");
			}
		}

		<E> E enumValue(String key, Function<String, E> fromId) throws ClaimStoreFormatException {
			String s = string(key);
			try {
				return fromId.apply(s);
			} catch (IllegalArgumentException e) {
				throw error("field '" + key + "': " + e.getMessage());
			}
		}

		@SuppressWarnings("unchecked")
		List<Object> list(String key) throws ClaimStoreFormatException {
			if (required(key) instanceof List<?> l) {
				return (List<Object>) l;
			}
			throw error("field '" + key + "' must be a list");
		}

		Fields object(String key) throws ClaimStoreFormatException {
			if (required(key) instanceof Map<?, ?> m) {
				return nested(key, asObject(m));
			}
			throw error("field '" + key + "' must be an object");
		}
	}
}
