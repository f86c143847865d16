package io.claimtagger.core.claim;

import java.util.List;

import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.text.TextSpan;

/**
 * A sentence asserting something checkable about vendors or products.
 *
 * @param span       the whole sentence
 * @param text       the sentence as written
 * @param about      the entities it is about: its own mentions, then any entity it only refers to
 *                   by pronoun or description (those lie before the sentence)
 * @param kind       what it asserts
 * @param polarity   affirmed or negated
 * @param confidence 0..1
 */
public record Claim(TextSpan span, String text, List<Entity> about, ClaimKind kind, Polarity polarity,
		double confidence) {

	public Claim {
		about = List.copyOf(about);
	}
}
