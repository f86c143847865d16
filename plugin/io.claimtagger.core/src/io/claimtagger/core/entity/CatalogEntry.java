package io.claimtagger.core.entity;

import java.util.List;

/**
 * One vendor or product of the curated catalog.
 *
 * @param type          vendor or product
 * @param canonical     the official full name shown to the user
 * @param aliases       surface forms, the canonical name included
 * @param contextual    some alias is an ordinary word (Chef, Swift): needs support from context
 * @param caseSensitive only the exact capitalisation is the name (KVM, ESX)
 */
public record CatalogEntry(EntityType type, String canonical, List<String> aliases, boolean contextual,
		boolean caseSensitive) {

	public CatalogEntry {
		aliases = List.copyOf(aliases);
	}
}
