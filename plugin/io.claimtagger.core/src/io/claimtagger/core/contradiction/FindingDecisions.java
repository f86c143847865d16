package io.claimtagger.core.contradiction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import io.claimtagger.core.files.AtomicFile;
import io.claimtagger.core.text.FormatException;
import io.claimtagger.core.text.InvalidJsonException;
import io.claimtagger.core.text.StableJson;
import io.claimtagger.core.text.StrictJson;

/**
 * What the analyst decided about findings, kept in the project ({@code .claimtagger/contradictions.json}):
 * per pair of claims ({@link Finding#id()}), resolved or not a contradiction. Sorted by pair, one
 * decision per object, so the file diffs and merges like the claims store.
 */
public final class FindingDecisions {

	/** The file, relative to the project. */
	public static final String FILE = ".claimtagger/contradictions.json";
	static final int VERSION = 1;

	public enum Decision {
		/** A real contradiction the analyst has dealt with (an article corrected, a note written). */
		RESOLVED,
		/** Not a contradiction: the finder was wrong. */
		NOT_A_CONTRADICTION;

		public String id() {
			return name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

		public static Decision fromId(String id) {
			for (Decision d : values()) {
				if (d.id().equals(id)) {
					return d;
				}
			}
			throw new IllegalArgumentException("unknown decision '" + id + "'");
		}
	}

	/** One decision. */
	public record Entry(String pair, Decision decision, Instant updated) {
	}

	private FindingDecisions() {
	}

	/** The decisions in {@code file}, by pair; none when there is no file. */
	public static Map<String, Entry> read(Path file) throws IOException {
		Map<String, Entry> out = new TreeMap<>();
		if (!Files.isRegularFile(file)) {
			return out;
		}
		Object root;
		try {
			root = StrictJson.parse(Files.readString(file, StandardCharsets.UTF_8));
		} catch (InvalidJsonException e) {
			throw new FormatException(file.toString(), 1, e.getMessage());
		}
		if (!(root instanceof Map<?, ?> map) || !Long.valueOf(VERSION).equals(map.get("version"))
				|| !(map.get("decisions") instanceof List<?> list)) {
			throw new FormatException(file.toString(), 1, "not a version " + VERSION + " decisions file");
		}
		for (Object item : list) {
			if (!(item instanceof Map<?, ?> o) || !(o.get("pair") instanceof String pair) || !(o.get("decision") instanceof String d)
					|| !(o.get("updated") instanceof String updated)) {
				throw new FormatException(file.toString(), 1, "a decision needs pair, decision and updated: " + item);
			}
			try {
				out.put(pair, new Entry(pair, Decision.fromId(d), Instant.parse(updated)));
			} catch (IllegalArgumentException | java.time.format.DateTimeParseException e) {
				throw new FormatException(file.toString(), 1, e.getMessage());
			}
		}
		return out;
	}

	/** Writes the decisions atomically; a pair with a null decision is dropped (back to open). */
	public static void write(Path file, Map<String, Entry> decisions) throws IOException {
		List<Object> list = new ArrayList<>();
		for (Entry e : new TreeMap<>(decisions).values()) {
			Map<String, Object> o = new LinkedHashMap<>();
			o.put("pair", e.pair());
			o.put("decision", e.decision().id());
			o.put("updated", e.updated().toString());
			list.add(o);
		}
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("version", VERSION);
		root.put("decisions", list);
		Files.createDirectories(file.getParent());
		AtomicFile.write(file, StableJson.pretty(root));
	}
}
