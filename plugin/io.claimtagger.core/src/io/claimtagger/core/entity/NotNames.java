package io.claimtagger.core.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Names the guide says are never a vendor or product, however much they look like one: standards,
 * protocols, formats defined as standards, instruction sets, certifications, licenses, algorithms
 * ("TLS", "NVMe", "SPDX", "RISC-V", "SOC 2", "HNSW"). Curated beside the catalog in
 * {@code not-names.txt}; matched as written against a whole proposed name.
 */
public final class NotNames {

	public static final NotNames NONE = new NotNames(Set.of());
	private static final String RESOURCE = "not-names.txt";

	private final Set<String> names;

	public NotNames(Set<String> names) {
		this.names = Set.copyOf(names);
	}

	/** The list that ships in the core bundle. */
	public static NotNames bundled() {
		try (InputStream in = NotNames.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("Missing resource " + RESOURCE);
			}
			Set<String> names = new HashSet<>();
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			for (String line; (line = reader.readLine()) != null;) {
				String name = line.strip();
				if (!name.isEmpty() && !name.startsWith("#")) {
					names.add(name);
				}
			}
			return new NotNames(names);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public boolean contains(String surface) {
		return names.contains(surface);
	}
}
