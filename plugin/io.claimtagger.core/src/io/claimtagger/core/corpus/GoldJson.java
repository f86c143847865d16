package io.claimtagger.core.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.claim.Polarity;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.text.InvalidJsonException;
import io.claimtagger.core.text.StableJson;
import io.claimtagger.core.text.StrictJson;

/**
 * Gold files ({@code NAME.json} beside {@code NAME.txt}): an article's expected entities and
 * claims in the shape of {@code claimtag tag --format json} without confidence or source, so the
 * CLI's output for an article can be corrected by hand into gold. Reading also takes the CLI's
 * output as is (an array of one such object). Written like every JSON file ({@link StableJson}),
 * read strictly ({@link StrictJson}); {@code entities}, {@code claims}, {@code about},
 * {@code kind} and {@code polarity} may be left out.
 */
public final class GoldJson {

	private GoldJson() {
	}

	public static String write(GoldDocument gold) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("file", gold.name() + ".txt");
		List<Object> entities = new ArrayList<>();
		for (Mention m : gold.entities()) {
			Map<String, Object> e = new LinkedHashMap<>();
			e.put("start", m.start());
			e.put("end", m.end());
			e.put("text", m.text());
			e.put("type", m.type().id());
			entities.add(e);
		}
		root.put("entities", entities);
		List<Object> claims = new ArrayList<>();
		for (GoldDocument.GoldClaim c : gold.claims()) {
			Map<String, Object> o = new LinkedHashMap<>();
			o.put("start", c.start());
			o.put("end", c.end());
			o.put("text", c.text());
			o.put("about", c.about());
			o.put("kind", c.kind().id());
			o.put("polarity", c.polarity().id());
			claims.add(o);
		}
		root.put("claims", claims);
		return StableJson.pretty(root);
	}

	/**
	 * @param name the document's name (the files' base name)
	 * @param text the matching {@code .txt} content, which the offsets index; the mention and claim
	 *             texts are taken from it
	 * @throws IllegalArgumentException saying what is wrong: bad JSON (with line and column), a
	 *                                  field of the wrong type, a span outside the text
	 */
	public static GoldDocument read(String name, String text, String json) {
		Object parsed;
		try {
			parsed = StrictJson.parse(json);
		} catch (InvalidJsonException e) {
			throw new IllegalArgumentException("not valid JSON: " + e.getMessage(), e);
		}
		if (parsed instanceof List<?> list && list.size() == 1) {
			parsed = list.get(0); // the CLI prints an array, one object per file
		}
		Map<?, ?> root = object(parsed, "expected a JSON object with entities and claims");
		List<Mention> entities = new ArrayList<>();
		List<?> entityItems = optionalList(root, "entities", "");
		for (int i = 0; i < entityItems.size(); i++) {
			String where = "entity " + (i + 1) + ": ";
			Map<?, ?> e = object(entityItems.get(i), where + "expected a JSON object");
			int start = integer(e, "start", where);
			int end = integer(e, "end", where);
			checkSpan(name, text, start, end);
			entities.add(new Mention(start, end, EntityType.fromId(string(e, "type", where)), text.substring(start, end)));
		}
		List<GoldDocument.GoldClaim> claims = new ArrayList<>();
		List<?> claimItems = optionalList(root, "claims", "");
		for (int i = 0; i < claimItems.size(); i++) {
			String where = "claim " + (i + 1) + ": ";
			Map<?, ?> c = object(claimItems.get(i), where + "expected a JSON object");
			int start = integer(c, "start", where);
			int end = integer(c, "end", where);
			checkSpan(name, text, start, end);
			List<String> about = new ArrayList<>();
			for (Object a : optionalList(c, "about", where)) {
				if (!(a instanceof String s)) {
					throw new IllegalArgumentException(where + "field 'about' must list strings");
				}
				about.add(s);
			}
			ClaimKind kind = c.get("kind") == null ? ClaimKind.OTHER : ClaimKind.fromId(string(c, "kind", where));
			Polarity polarity = c.get("polarity") == null ? Polarity.AFFIRMED
					: Polarity.fromId(string(c, "polarity", where));
			claims.add(new GoldDocument.GoldClaim(start, end, text.substring(start, end), about, kind, polarity));
		}
		return new GoldDocument(name, text, entities, claims);
	}

	private static Map<?, ?> object(Object value, String problem) {
		if (value instanceof Map<?, ?> map) {
			return map;
		}
		throw new IllegalArgumentException(problem);
	}

	private static List<?> optionalList(Map<?, ?> object, String key, String where) {
		Object value = object.get(key);
		if (value == null) {
			return List.of();
		}
		if (value instanceof List<?> list) {
			return list;
		}
		throw new IllegalArgumentException(where + "field '" + key + "' must be a list");
	}

	private static int integer(Map<?, ?> object, String key, String where) {
		if (object.get(key) instanceof Long n && n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) {
			return n.intValue();
		}
		throw new IllegalArgumentException(where + "field '" + key + "' must be an integer");
	}

	private static String string(Map<?, ?> object, String key, String where) {
		if (object.get(key) instanceof String s) {
			return s;
		}
		throw new IllegalArgumentException(where + "field '" + key + "' must be a string");
	}

	private static void checkSpan(String name, String text, int start, int end) {
		if (start < 0 || end > text.length() || start >= end) {
			throw new IllegalArgumentException(name + ": span [" + start + ", " + end + ") outside the text");
		}
	}
}
