package io.claimtagger.core.entity;

import java.util.Locale;

/**
 * Which recognizer found an entity; shown to the user so he can judge a doubtful highlight. CONTEXT
 * is a name the sentence's wording gives away with no model or catalog behind it ("Quillfeather, a
 * payroll startup", "pgvector turns ...", a list beside a known name).
 */
public enum EntitySource {
	MODEL, CATALOG, BOTH, CONTEXT;

	public String id() {
		return name().toLowerCase(Locale.ROOT);
	}

	/** Read from the text (the model or the wording) rather than known from the catalog. */
	public boolean fromText() {
		return this == MODEL || this == CONTEXT;
	}

	/** The source of a name two findings make together ("Oracle" + "VM"). */
	public EntitySource plus(EntitySource other) {
		if (other == this) {
			return this;
		}
		return fromText() && other.fromText() ? MODEL : BOTH;
	}
}
