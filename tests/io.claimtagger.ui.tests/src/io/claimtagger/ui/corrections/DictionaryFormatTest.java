package io.claimtagger.ui.corrections;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.junit.Test;

import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.entity.UserCorrections;
import io.claimtagger.core.text.InvalidJsonException;
import io.claimtagger.resources.corrections.DictionaryFormat;

public class DictionaryFormatTest {

	/** Every kind of character whose escaping matters (as in the core tests' WrittenBeforeGson). */
	static final String TRICKY = "q\"uote back\\slash /slash\nnl\rcr\ttab \b\f \u0000\u0001\u001f\u007f"
			+ " \u00e9\u2019 \u2028\u2029 \ud83d\ude00 \u65e5\u672c <&'=> \\u0041";

	static List<UserCorrections.Entry> entries() {
		return List.of(new UserCorrections.Entry("Acme Cloud", EntityType.PRODUCT, "Acme Cloud"),
				new UserCorrections.Entry(TRICKY, EntityType.VENDOR, TRICKY));
	}

	static Set<String> ignored() {
		return new TreeSet<>(Set.of("the cloud", TRICKY));
	}

	/** Article paths are keys here: user data in key position. */
	static Map<String, Set<String>> suppressed() {
		Map<String, Set<String>> suppressed = new TreeMap<>();
		suppressed.put("p/articles/kvm.txt", new TreeSet<>(Set.of("red hat", "xen")));
		suppressed.put("p/" + TRICKY + ".txt", new LinkedHashSet<>(Set.of(TRICKY)));
		suppressed.put("p/none.txt", new TreeSet<>());
		return suppressed;
	}

	/** The workspace file and the export must keep the bytes the writer Gson replaced produced. */
	@Test
	public void writesTheBytesTheWriterBeforeGsonWrote() throws Exception {
		assertEquals(fixture("dictionary.json"), DictionaryFormat.write(entries(), ignored(), suppressed()));
		assertEquals(fixture("dictionary-export.json"), DictionaryFormat.write(entries(), ignored(), null));
		assertEquals(fixture("dictionary-empty.json"), DictionaryFormat.write(List.of(), Set.of(), Map.of()));
	}

	@Test
	public void readsBackWhatItWrites() {
		List<UserCorrections.Entry> entries = new ArrayList<>();
		Set<String> ignored = new TreeSet<>();
		Map<String, Set<String>> suppressed = new TreeMap<>();
		DictionaryFormat.read(DictionaryFormat.write(entries(), ignored(), suppressed()), entries, ignored, suppressed);
		assertEquals(entries(), entries);
		assertEquals(ignored(), ignored);
		assertEquals(suppressed(), suppressed);
	}

	/** A broken corrections.json is an exception the store quarantines, never a StackOverflowError. */
	@Test
	public void refusesNonStrictJson() {
		for (String json : List.of("[".repeat(3000), "{\"version\": 1, \"version\": 1}", "{\"version\": 01}",
				"{\"entries\": []} []")) {
			try {
				DictionaryFormat.read(json, new ArrayList<>(), new TreeSet<>(), new TreeMap<>());
				fail("read " + json);
			} catch (InvalidJsonException expected) {
				assertTrue(expected.getMessage(), expected.getMessage().contains(" at line "));
			}
		}
	}

	private static String fixture(String name) throws Exception {
		return Files.readString(Path.of(System.getProperty("claimtagger.repo", "."))
				.resolve("tests/io.claimtagger.ui.tests/fixtures/pre-gson").resolve(name), StandardCharsets.UTF_8);
	}
}
