package io.claimtagger.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.claimtagger.core.claim.Claim;
import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.pipeline.TaggedDocument;
import io.claimtagger.core.text.StableJson;

/** The JSON shape of one tagged file, as documented in the README. */
public final class ResultJson {

	private ResultJson() {
	}

	/**
	 * What {@code claimtag tag --format json} prints for the files tagged, each made by {@link #of}:
	 * indented and byte-stable like every JSON file the tool writes ({@link StableJson}). Gold files
	 * take this shape ({@code GoldJson}), so this output is read back through there.
	 */
	/**
	 * The same array written one file at a time: {@code [}, each result as soon as it is ready,
	 * {@code ]}; byte for byte what {@link #write} gives for the whole list, flushed after each file.
	 */
	public static final class Stream {

		private final java.io.PrintStream out;
		private final StableJson.PrettyArray array;

		// A PrintStream never throws: its write errors show in checkError(), which the CLI reads.
		public Stream(java.io.PrintStream out) {
			this.out = out;
			try {
				this.array = new StableJson.PrettyArray(out);
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
		}

		/** Writes one file's result straight to the output, never as one string in memory. */
		public void add(Map<String, Object> result) {
			try {
				array.add(result);
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
			out.flush();
		}

		public void close() {
			try {
				array.close();
			} catch (java.io.IOException e) {
				throw new java.io.UncheckedIOException(e);
			}
			out.flush();
		}
	}

	public static String write(List<Map<String, Object>> files) {
		return StableJson.pretty(files);
	}

	public static Map<String, Object> of(String file, TaggedDocument doc) {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("file", file);
		List<Object> entities = new ArrayList<>();
		for (Entity e : doc.entities()) {
			entities.add(entity(e));
		}
		root.put("entities", entities);
		List<Object> claims = new ArrayList<>();
		for (Claim c : doc.claims()) {
			Map<String, Object> o = new LinkedHashMap<>();
			o.put("start", c.span().start());
			o.put("end", c.span().end());
			o.put("text", c.text());
			o.put("about", c.about().stream().map(Entity::text).distinct().toList());
			o.put("kind", c.kind().id());
			o.put("polarity", c.polarity().id());
			o.put("confidence", c.confidence());
			claims.add(o);
		}
		root.put("claims", claims);
		return root;
	}

	static Map<String, Object> entity(Entity e) {
		Map<String, Object> o = new LinkedHashMap<>();
		o.put("start", e.start());
		o.put("end", e.end());
		o.put("text", e.text());
		o.put("type", e.type().id());
		o.put("canonical", e.canonical());
		o.put("confidence", e.confidence());
		o.put("source", e.source().id());
		return o;
	}
}
