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
 * The words of an English dictionary (SCOWL; {@code english-words.txt}): its lower-case words and
 * its capitalised proper nouns. The name finder asks whether a token is an ordinary word:
 * "Karpenter", "Redpanda" and "kubectl" are not, "Iceberg" and "cosign" are. Unlike the token
 * itself, which the model only knows for words it was trained on, the answer exists for every word,
 * so it carries over to names no training sentence has. The proper nouns (places, given names and
 * surnames, long-established companies: "Redmond", "Ortiz", "Intel") tell the rules a word that is
 * no new product's name.
 */
public final class EnglishWords {

	private static final String RESOURCE = "english-words.txt";

	private final Set<String> words;
	private final Set<String> properNouns;

	EnglishWords(Set<String> words, Set<String> properNouns) {
		this.words = Set.copyOf(words);
		this.properNouns = Set.copyOf(properNouns);
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

	/** Whether the dictionary has the word at all, in lower case or as a proper noun ("Oslo", "Ortiz"). */
	public boolean knows(String word) {
		return contains(word) || properNouns.contains(word);
	}

	private static final class Holder {
		static final EnglishWords BUNDLED = read();

		private static EnglishWords read() {
			try (InputStream in = EnglishWords.class.getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException("Missing resource " + RESOURCE);
				}
				Set<String> words = new HashSet<>(1 << 17);
				Set<String> properNouns = new HashSet<>(1 << 14);
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
				for (String line; (line = reader.readLine()) != null;) {
					if (!line.isEmpty() && !line.startsWith("#")) {
						(Character.isUpperCase(line.charAt(0)) ? properNouns : words).add(line);
					}
				}
				return new EnglishWords(words, properNouns);
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			}
		}
	}
}
