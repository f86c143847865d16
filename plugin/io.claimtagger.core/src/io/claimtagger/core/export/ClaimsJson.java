package io.claimtagger.core.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.claimtagger.core.store.ArticleClaims;
import io.claimtagger.core.store.ClaimStoreFormat;
import io.claimtagger.core.store.ClaimStoreFormatException;
import io.claimtagger.core.text.ByteOrderMark;
import io.claimtagger.core.text.InvalidJsonException;
import io.claimtagger.core.text.StableJson;
import io.claimtagger.core.text.StrictJson;

/**
 * Claims of many articles, possibly of several projects, in one JSON file to hand to a colleague,
 * a script or a later import:
 *
 * <pre>
 * {"format": "claimtagger-claims", "version": 1, "exported": "2024-05-03T08:00:00Z",
 *  "articles": [{"project": "articles", "version": 1, "article": "kvm.txt", "claims": [...]}]}
 * </pre>
 *
 * Each entry is an article's store file ({@code docs/claims-store.md}) plus its project, written
 * and read by {@link ClaimStoreFormat} itself, so an import is exactly as strict as loading a
 * store file, and a store file pasted into {@code articles} is a valid entry.
 */
public final class ClaimsJson {

	public static final String FORMAT = "claimtagger-claims";
	public static final int VERSION = 1;

	private ClaimsJson() {
	}

	public static String write(List<ProjectArticleClaims> articles, Instant exported) {
		List<Object> entries = new ArrayList<>();
		for (ProjectArticleClaims a : articles) {
			Map<String, Object> entry = new LinkedHashMap<>();
			entry.put("project", a.project());
			entry.putAll(object(StrictJson.parse(ClaimStoreFormat.write(a.claims()))));
			entries.add(entry);
		}
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("format", FORMAT);
		root.put("version", VERSION);
		root.put("exported", exported.toString());
		root.put("articles", entries);
		return StableJson.pretty(root);
	}

	/**
	 * @param source names the file in error messages
	 * @throws ClaimStoreFormatException when the text is not such an export, naming the entry and
	 *                                   field that is wrong; nothing is returned then, so an import
	 *                                   applies a whole file or nothing
	 */
	public static List<ProjectArticleClaims> read(String json, String source) throws ClaimStoreFormatException {
		Object parsed;
		try {
			parsed = StrictJson.parse(ByteOrderMark.strip(json));
		} catch (InvalidJsonException e) {
			throw new ClaimStoreFormatException(source, "not valid JSON: " + e.getMessage(), e);
		}
		if (!(parsed instanceof Map<?, ?> rootMap) || !FORMAT.equals(rootMap.get("format"))) {
			throw new ClaimStoreFormatException(source,
					"not a Claim Tagger claims export (expected \"format\": \"" + FORMAT + "\")");
		}
		Map<String, Object> root = object(rootMap);
		if (!(root.get("version") instanceof Long v && v == VERSION)) {
			throw new ClaimStoreFormatException(source, "unsupported export version " + StableJson.compact(root.get("version"))
					+ " (this Claim Tagger reads version " + VERSION + ")");
		}
		if (!(root.get("articles") instanceof List<?> entries)) {
			throw new ClaimStoreFormatException(source, "field 'articles' must be a list");
		}
		List<ProjectArticleClaims> result = new ArrayList<>(entries.size());
		for (int i = 0; i < entries.size(); i++) {
			String where = source + ", article entry " + (i + 1);
			if (!(entries.get(i) instanceof Map<?, ?> entryMap)) {
				throw new ClaimStoreFormatException(where, "expected a JSON object");
			}
			Map<String, Object> entry = new LinkedHashMap<>(object(entryMap));
			if (!(entry.remove("project") instanceof String project) || project.isBlank()) {
				throw new ClaimStoreFormatException(where, "field 'project' must be a non-empty string");
			}
			ArticleClaims claims = ClaimStoreFormat.read(StableJson.compact(entry), where);
			result.add(new ProjectArticleClaims(project, claims));
		}
		return result;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> object(Object o) {
		return (Map<String, Object>) o;
	}
}
