package io.claimtagger.core;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.Test;

/**
 * The architecture README draws, checked on the sources: core packages in pipeline order (a
 * package imports only packages of a lower layer), no Eclipse import in the core, nothing below
 * the UI importing the UI, and no display code in the headless resources bundle.
 */
public class LayeringTest {

	/** Layer of each core package; a package may import packages of lower layers only. */
	private static final Map<String, Integer> CORE_LAYERS = Map.ofEntries(
			Map.entry("text", 0),
			Map.entry("files", 1),
			Map.entry("sentence", 2), Map.entry("token", 2),
			Map.entry("entity", 3),
			Map.entry("claim", 4),
			Map.entry("pipeline", 5),
			Map.entry("store", 6), Map.entry("mentions", 6), Map.entry("corpus", 6),
			Map.entry("export", 7), Map.entry("evidence", 7), Map.entry("statement", 7),
			Map.entry("contradiction", 8), Map.entry("compare", 8),
			Map.entry("eval", 9));

	/** Imports and fully qualified names alike. */
	private static final Pattern REFERENCE = Pattern.compile("\\b((?:io\\.claimtagger|org\\.eclipse)\\.[\\w.]+)");
	private static final Path REPO = Path.of(System.getProperty("claimtagger.repo", "."));

	@Test
	public void corePackagesImportOnlyLowerLayers() throws IOException {
		Path src = REPO.resolve("plugin/io.claimtagger.core/src/io/claimtagger/core");
		List<String> violations = new ArrayList<>();
		for (Path file : javaFiles(src)) {
			String pkg = src.relativize(file).getName(0).toString();
			Integer own = CORE_LAYERS.get(pkg);
			if (own == null) {
				violations.add("core." + pkg + " has no layer: add it to LayeringTest and the README picture");
				continue;
			}
			for (String imported : imports(file)) {
				if (imported.startsWith("org.eclipse.")) {
					violations.add(file.getFileName() + " imports " + imported + ": the core is plain Java");
				}
				if (!imported.startsWith("io.claimtagger.core.")) {
					continue;
				}
				String target = imported.substring("io.claimtagger.core.".length()).split("\\.")[0];
				Integer layer = CORE_LAYERS.get(target);
				if (!target.equals(pkg) && (layer == null || layer >= own)) {
					violations.add("core." + pkg + "." + file.getFileName() + " imports " + imported + " (layer "
							+ layer + " >= " + own + ")");
				}
			}
		}
		assertEquals(String.join("\n", violations), List.of(), violations);
	}

	@Test
	public void theHeadlessLayerImportsNoUi() throws IOException {
		List<String> violations = new ArrayList<>();
		for (Path file : javaFiles(REPO.resolve("plugin/io.claimtagger.resources/src"))) {
			for (String imported : imports(file)) {
				if (imported.startsWith("io.claimtagger.ui") || imported.startsWith("org.eclipse.swt")
						|| imported.startsWith("org.eclipse.jface") || imported.startsWith("org.eclipse.ui")) {
					violations.add(file.getFileName() + " imports " + imported);
				}
			}
		}
		assertTrue(String.join("\n", violations), violations.isEmpty());
	}

	private static List<Path> javaFiles(Path dir) throws IOException {
		try (Stream<Path> files = Files.walk(dir)) {
			List<Path> out = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
			assertTrue("no sources under " + dir, !out.isEmpty());
			return out;
		}
	}

	/** The io.claimtagger and org.eclipse names the file refers to (its package line and strings aside). */
	private static List<String> imports(Path file) throws IOException {
		String text = Files.readString(file, StandardCharsets.UTF_8).replaceFirst("(?m)^package [\\w.]+;", "")
				.replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
		Matcher m = REFERENCE.matcher(text);
		List<String> out = new ArrayList<>();
		while (m.find()) {
			out.add(m.group(1));
		}
		return out;
	}
}
