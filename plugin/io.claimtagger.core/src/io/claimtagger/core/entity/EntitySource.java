package io.claimtagger.core.entity;

import java.util.Locale;

/** Which recognizer found an entity; shown to the user so he can judge a doubtful highlight. */
public enum EntitySource {
	MODEL, CATALOG, BOTH;

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	public EntitySource plus(EntitySource other) {
		return other == this ? this : BOTH;
	}
}
