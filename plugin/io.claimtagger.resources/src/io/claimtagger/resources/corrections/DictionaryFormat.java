package io.claimtagger.resources.corrections;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.entity.UserCorrections;
import io.claimtagger.core.text.StableJson;
import io.claimtagger.core.text.StrictJson;

/**
 * The user dictionary as JSON, for the workspace file and for import/export:
 * {"version":1,"entries":[{"text","type","canonical"}],"ignored":[...],"suppressed":{article:[...]}}.
 */
public final class DictionaryFormat {

	private DictionaryFormat() {
	}

	@SuppressWarnings("unchecked")
	public static void read(String json, List<UserCorrections.Entry> entries, Set<String> ignored,
			Map<String, Set<String>> suppressed) {
		Object parsed = StrictJson.parse(json);
		if (!(parsed instanceof Map)) {
			throw new IllegalArgumentException("not a Claim Tagger dictionary (expected a JSON object)");
		}
		Map<String, Object> root = (Map<String, Object>) parsed;
		for (Object o : (List<Object>) root.getOrDefault("entries", List.of())) {
			Map<String, Object> e = (Map<String, Object>) o;
			String text = (String) e.get("text");
			if (text == null || text.isBlank()) {
				throw new IllegalArgumentException("an entry has no text");
			}
			entries.add(new UserCorrections.Entry(text, EntityType.fromId(String.valueOf(e.get("type"))),
					String.valueOf(e.getOrDefault("canonical", text))));
		}
		for (Object o : (List<Object>) root.getOrDefault("ignored", List.of())) {
			ignored.add(String.valueOf(o).toLowerCase(Locale.ROOT));
		}
		if (suppressed != null) {
			Map<String, Object> s = (Map<String, Object>) root.getOrDefault("suppressed", Map.of());
			s.forEach((article, names) -> suppressed.put(article, new TreeSet<>((List<String>) names)));
		}
	}

	public static String write(List<UserCorrections.Entry> entries, Set<String> ignored, Map<String, Set<String>> suppressed) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("version", 1);
		List<Object> es = new ArrayList<>();
		for (UserCorrections.Entry e : entries) {
			Map<String, Object> m = new LinkedHashMap<>();
			m.put("text", e.text());
			m.put("type", e.type().id());
			m.put("canonical", e.canonical());
			es.add(m);
		}
		root.put("entries", es);
		root.put("ignored", new ArrayList<>(ignored));
		if (suppressed != null) {
			Map<String, Object> s = new LinkedHashMap<>();
			suppressed.forEach((a, names) -> s.put(a, new ArrayList<>(names)));
			root.put("suppressed", s);
		}
		return StableJson.pretty(root);
	}
}
