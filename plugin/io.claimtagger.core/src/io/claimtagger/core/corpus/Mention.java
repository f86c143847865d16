package io.claimtagger.core.corpus;

import io.claimtagger.core.entity.EntityType;

/** A gold entity mention: offsets into its sentence or document text, end exclusive. */
public record Mention(int start, int end, EntityType type, String text) {

	public Mention shift(int offset) {
		return new Mention(start + offset, end + offset, type, text);
	}
}
