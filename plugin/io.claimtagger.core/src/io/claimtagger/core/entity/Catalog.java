package io.claimtagger.core.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.claimtagger.core.text.FormatException;

/**
 * The curated vendor and product catalog ({@code corpus/CATALOG-FORMAT.md}). Immutable; loaded
 * once and shared by every pipeline.
 */
public final class Catalog {

	static final String BUNDLED = "/io/claimtagger/core/entity/catalog.tsv";

	private final List<CatalogEntry> entries;
	/** Worked out once: every pipeline's type classifier asks for it. */
	private final java.util.Set<String> vendorOnlyNames;

	public Catalog(List<CatalogEntry> entries) {
		this.entries = List.copyOf(entries);
		this.vendorOnlyNames = vendorOnlyNames(this.entries);
	}

	public List<CatalogEntry> entries() {
		return entries;
	}

	/** Lower-cased aliases known as vendors and never as products ("microsoft" in "Microsoft Sentinel"). */
	public java.util.Set<String> vendorOnlyNames() {
		return vendorOnlyNames;
	}

	private static java.util.Set<String> vendorOnlyNames(List<CatalogEntry> entries) {
		java.util.Map<String, java.util.Set<EntityType>> types = new java.util.HashMap<>();
		for (CatalogEntry e : entries) {
			for (String alias : e.aliases()) {
				types.computeIfAbsent(alias.toLowerCase(java.util.Locale.ROOT), k -> java.util.EnumSet.noneOf(EntityType.class))
						.add(e.type());
			}
		}
		java.util.Set<String> vendors = new java.util.HashSet<>();
		types.forEach((alias, t) -> {
			if (t.equals(java.util.EnumSet.of(EntityType.VENDOR))) {
				vendors.add(alias);
			}
		});
		return java.util.Set.copyOf(vendors);
	}

	/** The catalog shipped in this bundle. */
	public static Catalog bundled() {
		try (InputStream in = Catalog.class.getResourceAsStream(BUNDLED)) {
			if (in == null) {
				throw new IllegalStateException("Catalog resource missing: " + BUNDLED);
			}
			return read("catalog.tsv", in);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static Catalog read(String source, InputStream in) throws IOException {
		List<CatalogEntry> entries = new ArrayList<>();
		BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
		String line;
		int lineNo = 0;
		while ((line = reader.readLine()) != null) {
			lineNo++;
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			String[] cols = line.split("\t", -1);
			if (cols.length < 3 || cols.length > 4) {
				throw new FormatException(source, lineNo, "expected TYPE, CANONICAL, ALIASES[, FLAGS] separated by tabs");
			}
			EntityType type;
			try {
				type = EntityType.fromId(cols[0].strip());
			} catch (IllegalArgumentException e) {
				throw new FormatException(source, lineNo, e.getMessage());
			}
			String canonical = cols[1].strip();
			List<String> aliases = new ArrayList<>();
			aliases.add(canonical);
			for (String alias : cols[2].split("\\|")) {
				String a = alias.strip();
				if (!a.isEmpty() && !aliases.contains(a)) {
					aliases.add(a);
				}
			}
			List<String> flags = cols.length == 4 ? Arrays.stream(cols[3].split(",")).map(String::strip).toList() : List.of();
			for (String flag : flags) {
				if (!flag.isEmpty() && !flag.equals("context") && !flag.equals("case")) {
					throw new FormatException(source, lineNo, "unknown flag '" + flag + "'");
				}
			}
			if (canonical.isEmpty()) {
				throw new FormatException(source, lineNo, "empty canonical name");
			}
			entries.add(new CatalogEntry(type, canonical, aliases, flags.contains("context"), flags.contains("case")));
		}
		return new Catalog(entries);
	}
}
