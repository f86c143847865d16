package io.claimtagger.core.entity;

import java.util.List;

import io.claimtagger.core.text.TextSpan;

/** A sentence with its tokens and entities, all in text offsets. */
public record TaggedSentence(TextSpan span, List<TextSpan> tokens, List<Entity> entities) {

	public TaggedSentence {
		tokens = List.copyOf(tokens);
		entities = List.copyOf(entities);
	}
}
