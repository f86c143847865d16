package io.claimtagger.core.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.store.ClaimPlace;
import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.core.text.StableJson;
import io.claimtagger.core.text.TextSpan;

/**
 * An article as a UIMA CAS in the UIMA JSON CAS format (Apache UIMA's {@code uimaj-io-jsoncas},
 * DKPro cassis, INCEpTION's "UIMA CAS JSON" import): the text as the initial view's sofa, every
 * vendor, product and claim as an annotation of a type declared in the file's {@code %TYPES}, so
 * a reader needs no type system descriptor. Offsets are Java's UTF-16 indices, UIMA's own.
 * Removed claims are left out, as in {@link BratStandoff}.
 */
public final class UimaCasJson {

	public static final String VENDOR = "io.claimtagger.type.Vendor";
	public static final String PRODUCT = "io.claimtagger.type.Product";
	public static final String CLAIM = "io.claimtagger.type.Claim";

	private static final String ANNOTATION = "uima.tcas.Annotation";
	private static final String STRING = "uima.cas.String";
	private static final String DOUBLE = "uima.cas.Double";

	private UimaCasJson() {
	}

	public static String write(String text, List<Entity> entities, List<ClaimRecord> claims) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("%TYPES", types());
		List<Object> structures = new ArrayList<>();
		Map<String, Object> sofa = new LinkedHashMap<>();
		sofa.put("%ID", 1);
		sofa.put("%TYPE", "uima.cas.Sofa");
		sofa.put("sofaNum", 1);
		sofa.put("sofaID", "_InitialView");
		sofa.put("mimeType", "text");
		sofa.put("sofaString", text);
		structures.add(sofa);
		List<Object> members = new ArrayList<>();
		int id = 2;
		for (Entity e : entities.stream().sorted(Comparator.comparing(Entity::span)).toList()) {
			if (!fits(e.span(), text)) {
				continue;
			}
			Map<String, Object> fs = annotation(id, e.type() == EntityType.VENDOR ? VENDOR : PRODUCT, e.span());
			fs.put("canonical", e.canonical());
			fs.put("confidence", e.confidence());
			fs.put("source", e.source().id());
			structures.add(fs);
			members.add(id++);
		}
		for (ClaimRecord c : claims) {
			if (!ClaimPlace.fitsIn(c, text)) {
				continue;
			}
			Map<String, Object> fs = annotation(id, CLAIM, c.span());
			fs.put("claimId", c.id());
			fs.put("status", c.status().id());
			fs.put("kind", c.kind().id());
			fs.put("polarity", c.polarity().id());
			fs.put("confidence", c.confidence());
			fs.put("about", ClaimsCsv.about(c));
			fs.put("note", c.note());
			structures.add(fs);
			members.add(id++);
		}
		root.put("%FEATURE_STRUCTURES", structures);
		Map<String, Object> view = new LinkedHashMap<>();
		view.put("%SOFA", 1);
		view.put("%MEMBERS", members);
		root.put("%VIEWS", Map.of("_InitialView", view));
		return StableJson.pretty(root);
	}

	private static Map<String, Object> annotation(int id, String type, TextSpan span) {
		Map<String, Object> fs = new LinkedHashMap<>();
		fs.put("%ID", id);
		fs.put("%TYPE", type);
		fs.put("@sofa", 1);
		fs.put("begin", span.start());
		fs.put("end", span.end());
		return fs;
	}

	private static Map<String, Object> types() {
		Map<String, Object> types = new LinkedHashMap<>();
		for (String entity : List.of(VENDOR, PRODUCT)) {
			types.put(entity, type(entity, "canonical", STRING, "confidence", DOUBLE, "source", STRING));
		}
		types.put(CLAIM, type(CLAIM, "claimId", STRING, "status", STRING, "kind", STRING, "polarity", STRING,
				"confidence", DOUBLE, "about", STRING, "note", STRING));
		return types;
	}

	/** A type extending {@code uima.tcas.Annotation}; features as name, range pairs. */
	private static Map<String, Object> type(String name, String... features) {
		Map<String, Object> type = new LinkedHashMap<>();
		type.put("%NAME", name);
		type.put("%SUPER_TYPE", ANNOTATION);
		for (int i = 0; i < features.length; i += 2) {
			Map<String, Object> feature = new LinkedHashMap<>();
			feature.put("%NAME", features[i]);
			feature.put("%RANGE", features[i + 1]);
			type.put(features[i], feature);
		}
		return type;
	}

	private static boolean fits(TextSpan span, String text) {
		return span.length() > 0 && span.end() <= text.length();
	}
}
