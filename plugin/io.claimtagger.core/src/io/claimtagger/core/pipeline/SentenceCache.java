package io.claimtagger.core.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.entity.TaggedSentence;
import io.claimtagger.core.text.TextSpan;

/**
 * Tokens and entities per sentence text, relative to the sentence start. Tagging a sentence
 * depends on nothing but its text, so after an edit only the sentences whose text changed cost
 * anything. Least recently used entries go first.
 */
final class SentenceCache {

	private record Cached(List<TextSpan> tokens, List<Entity> entities) {
	}

	private final Map<String, Cached> entries;

	SentenceCache(int capacity) {
		this.entries = new LinkedHashMap<>(256, 0.75f, true) {
			private static final long serialVersionUID = 1L;

			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
				return size() > capacity;
			}
		};
	}

	TaggedSentence get(String sentenceText, TextSpan span) {
		Cached e = entries.get(sentenceText);
		return e == null ? null : new TaggedSentence(span, shift(e.tokens, span.start()), shiftEntities(e.entities, span.start()));
	}

	void put(String sentenceText, TaggedSentence sentence) {
		int offset = -sentence.span().start();
		entries.put(sentenceText, new Cached(shift(sentence.tokens(), offset), shiftEntities(sentence.entities(), offset)));
	}

	int size() {
		return entries.size();
	}

	private static List<TextSpan> shift(List<TextSpan> spans, int offset) {
		List<TextSpan> out = new ArrayList<>(spans.size());
		for (TextSpan s : spans) {
			out.add(s.shift(offset));
		}
		return out;
	}

	private static List<Entity> shiftEntities(List<Entity> entities, int offset) {
		List<Entity> out = new ArrayList<>(entities.size());
		for (Entity e : entities) {
			out.add(e.shift(offset));
		}
		return out;
	}
}
