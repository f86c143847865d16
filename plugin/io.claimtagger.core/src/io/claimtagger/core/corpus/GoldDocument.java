package io.claimtagger.core.corpus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.claim.Polarity;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.json.Json;

/**
 * A gold standard article: its text and the expected entities and claims, in the CLI's JSON shape
 * ({@code NAME.txt} + {@code NAME.json}).
 */
public record GoldDocument(String name, String text, List<Mention> entities, List<GoldClaim> claims) {

	/** An expected claim: sentence span, kind, polarity and the entity texts it is about. */
	public record GoldClaim(int start, int end, String text, List<String> about, ClaimKind kind, Polarity polarity) {
	}

	/**
	 * Renders an annotated document as an article: headings on their own line, a paragraph's
	 * sentences joined by one space (a line not ending like a sentence keeps its own line), paragraphs separated by a blank line.
	 */
	public static GoldDocument render(String name, AnnotatedDocument document) {
		StringBuilder text = new StringBuilder();
		List<Mention> entities = new ArrayList<>();
		List<GoldClaim> claims = new ArrayList<>();
		for (List<AnnotatedSentence> paragraph : document.paragraphs()) {
			if (text.length() > 0) {
				text.append("\n\n");
			}
			for (int i = 0; i < paragraph.size(); i++) {
				if (i > 0) {
					// A line that does not end like a sentence (a byline, a dateline) stands on its own line.
					text.append(endsSentence(paragraph.get(i - 1).text()) ? ' ' : '\n');
				}
				AnnotatedSentence s = paragraph.get(i);
				int offset = text.length();
				text.append(s.text());
				List<String> about = new ArrayList<>();
				for (Mention m : s.mentions()) {
					entities.add(m.shift(offset));
					if (!about.contains(m.text())) {
						about.add(m.text());
					}
				}
				for (String r : s.references()) {
					if (!about.contains(r)) {
						about.add(r);
					}
				}
				if (s.isClaim()) {
					claims.add(new GoldClaim(offset, offset + s.text().length(), s.text(), about, s.kind(), s.polarity()));
				}
			}
		}
		text.append('\n');
		return new GoldDocument(name, text.toString(), entities, claims);
	}

	private static boolean endsSentence(String sentence) {
		int i = sentence.length() - 1;
		while (i > 0 && "\"'\u201D\u2019)]".indexOf(sentence.charAt(i)) >= 0) {
			i--;
		}
		return ".!?;:".indexOf(sentence.charAt(i)) >= 0;
	}

	/** The JSON shape of {@code claimtag tag --format json} (gold files carry no confidence or source). */
	public Map<String, Object> toJson() {
		Map<String, Object> root = new LinkedHashMap<>();
		root.put("file", name + ".txt");
		List<Object> es = new ArrayList<>();
		for (Mention m : entities) {
			Map<String, Object> e = new LinkedHashMap<>();
			e.put("start", m.start());
			e.put("end", m.end());
			e.put("text", m.text());
			e.put("type", m.type().id());
			es.add(e);
		}
		root.put("entities", es);
		List<Object> cs = new ArrayList<>();
		for (GoldClaim c : claims) {
			Map<String, Object> o = new LinkedHashMap<>();
			o.put("start", c.start());
			o.put("end", c.end());
			o.put("text", c.text());
			o.put("about", c.about());
			o.put("kind", c.kind().id());
			o.put("polarity", c.polarity().id());
			cs.add(o);
		}
		root.put("claims", cs);
		return root;
	}

	/** Reads a gold JSON file written in the CLI's shape; {@code text} is the matching .txt content. */
	@SuppressWarnings("unchecked")
	public static GoldDocument fromJson(String name, String text, String json) {
		Object parsed = Json.parse(json);
		if (parsed instanceof List<?> list && list.size() == 1) {
			parsed = list.get(0); // the CLI prints an array, one object per file
		}
		if (!(parsed instanceof Map)) {
			throw new IllegalArgumentException("expected a JSON object with entities and claims");
		}
		Map<String, Object> root = (Map<String, Object>) parsed;
		List<Mention> entities = new ArrayList<>();
		for (Object o : (List<Object>) root.getOrDefault("entities", List.of())) {
			Map<String, Object> e = (Map<String, Object>) o;
			int start = ((Number) e.get("start")).intValue();
			int end = ((Number) e.get("end")).intValue();
			checkSpan(name, text, start, end);
			entities.add(new Mention(start, end, EntityType.fromId((String) e.get("type")), text.substring(start, end)));
		}
		List<GoldClaim> claims = new ArrayList<>();
		for (Object o : (List<Object>) root.getOrDefault("claims", List.of())) {
			Map<String, Object> c = (Map<String, Object>) o;
			int start = ((Number) c.get("start")).intValue();
			int end = ((Number) c.get("end")).intValue();
			checkSpan(name, text, start, end);
			List<String> about = new ArrayList<>();
			for (Object a : (List<Object>) c.getOrDefault("about", List.of())) {
				about.add(String.valueOf(a));
			}
			ClaimKind kind = c.get("kind") == null ? ClaimKind.OTHER : ClaimKind.fromId((String) c.get("kind"));
			Polarity polarity = c.get("polarity") == null ? Polarity.AFFIRMED : Polarity.fromId((String) c.get("polarity"));
			claims.add(new GoldClaim(start, end, text.substring(start, end), about, kind, polarity));
		}
		return new GoldDocument(name, text, entities, claims);
	}

	private static void checkSpan(String name, String text, int start, int end) {
		if (start < 0 || end > text.length() || start >= end) {
			throw new IllegalArgumentException(name + ": span [" + start + ", " + end + ") outside the text");
		}
	}
}
