package io.claimtagger.core.pipeline;

import java.util.List;

import io.claimtagger.core.claim.Claim;
import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.entity.TaggedSentence;

/** Everything the pipeline found in one text. */
public record TaggedDocument(List<TaggedSentence> sentences, List<Claim> claims) {

	public TaggedDocument {
		sentences = List.copyOf(sentences);
		claims = List.copyOf(claims);
	}

	public List<Entity> entities() {
		return sentences.stream().flatMap(s -> s.entities().stream()).toList();
	}
}
