package io.claimtagger.core.entity;

import java.util.List;

import io.claimtagger.core.text.TextSpan;

/**
 * A catalog alias found in the text. An alias may name both a company and its product
 * (Eucalyptus, Docker), so a match can carry entries of both types; the merge step picks one.
 */
public record CatalogMatch(TextSpan span, List<CatalogEntry> entries) {

	public CatalogMatch {
		entries = List.copyOf(entries);
	}

	public CatalogEntry entryOf(EntityType type) {
		for (CatalogEntry e : entries) {
			if (e.type() == type) {
				return e;
			}
		}
		return null;
	}

	/** True when every entry needs support from context (the alias is also an ordinary word). */
	public boolean contextual() {
		return entries.stream().allMatch(CatalogEntry::contextual);
	}
}
