package io.claimtagger.core.entity;

import io.claimtagger.core.text.TextSpan;

/**
 * One vendor or product mention.
 *
 * @param span       where the mention is, in text offsets
 * @param text       the mention as written
 * @param type       vendor or product
 * @param canonical  the catalog's canonical name, or the mention text without a version when
 *                   the catalog does not know the name
 * @param confidence 0..1
 * @param source     model, catalog or both
 */
public record Entity(TextSpan span, String text, EntityType type, String canonical, double confidence,
		EntitySource source) {

	public int start() {
		return span.start();
	}

	public int end() {
		return span.end();
	}

	public Entity shift(int delta) {
		return delta == 0 ? this : new Entity(span.shift(delta), text, type, canonical, confidence, source);
	}
}
