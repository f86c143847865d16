package io.claimtagger.core.store;

import java.util.Objects;

import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.entity.EntityType;

/**
 * A vendor or product a stored claim is about. Only what the review needs: no span, because a
 * referent ("It ...") lies outside the claim's sentence and would go stale with every edit.
 *
 * @param text      the mention as written
 * @param type      vendor or product
 * @param canonical the catalog's canonical name
 */
public record ClaimSubject(String text, EntityType type, String canonical) {

	public ClaimSubject {
		Objects.requireNonNull(text, "text");
		Objects.requireNonNull(type, "type");
		Objects.requireNonNull(canonical, "canonical");
	}

	public static ClaimSubject of(Entity entity) {
		return new ClaimSubject(entity.text(), entity.type(), entity.canonical());
	}
}
