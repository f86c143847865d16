package io.claimtagger.core.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * The words of an English dictionary (SCOWL, lower case; {@code english-words.txt}). The name finder
 * asks whether a token is one: "Karpenter", "Redpanda" and "kubectl" are not, "Iceberg" and "cosign"
 * are. Unlike the token itself, which the model only knows for words it was trained on, the answer
 * exists for every word, so it carries over to names no training sentence has.
 */
public final class EnglishWords {

	private static final String RESOURCE = "english-words.txt";

	private final Set<String> words;

	EnglishWords(Set<String> words) {
		this.words = Set.copyOf(words);
	}

	/** The list that ships in the core bundle, read once. */
	public static EnglishWords bundled() {
		return Holder.BUNDLED;
	}

	/** Whether the word, in lower case, is an English word (a plural or possessive of one counts). */
	public boolean contains(String word) {
		String lower = word.toLowerCase(Locale.ROOT);
		return words.contains(lower) || lower.endsWith("s") && words.contains(lower.substring(0, lower.length() - 1));
	}

	private static final class Holder {
		static final EnglishWords BUNDLED = read();

		private static EnglishWords read() {
			try (InputStream in = EnglishWords.class.getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException("Missing resource " + RESOURCE);
				}
				Set<String> words = new HashSet<>(1 << 17);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
				for (String line; (line = reader.readLine()) != null;) {
					if (!line.isEmpty() && !line.startsWith("#")) {
						words.add(line);
					}
				}
				return new EnglishWords(words);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}
}
