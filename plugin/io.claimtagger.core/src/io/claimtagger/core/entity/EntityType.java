package io.claimtagger.core.entity;

import java.util.Locale;

/** The two entity types of the annotation guide. */
public enum EntityType {
	VENDOR, PRODUCT;

	/** The lower-case name used in JSON, the catalog and training data ({@code vendor}). */
	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public static EntityType fromId(String id) {
		for (EntityType t : values()) {
			if (t.id().equals(id)) {
				return t;
			}
		}
		throw new IllegalArgumentException("Unknown entity type '" + id + "' (expected vendor or product)");
	}
}
