package io.claimtagger.core.corpus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Training-time augmentation: a copy of an annotated document whose names are swapped for
 * invented ones ({@link NovelNames}), the same name for the same original throughout the document.
 * Trained on both, the name finder cannot rely on having seen a name; it has to read the sentence.
 * Only the name finder uses the copies: claim labels do not depend on which name is written.
 */
final class MentionReplacement {

	/** Share of a sentence's mentions swapped; the rest keep their real names, as in articles. */
	private static final double SWAP_SHARE = 0.8;

	private final Random random;
	private final NovelNames names;

	MentionReplacement(long seed) {
		this.random = new Random(seed);
		this.names = new NovelNames(random);
	}

	/** The document's sentences with invented names, or fewer when a sentence has no mention. */
	List<AnnotatedSentence> copyOf(AnnotatedDocument document) {
		Map<String, String> swapped = new HashMap<>();
		List<AnnotatedSentence> copies = new ArrayList<>();
		for (AnnotatedSentence sentence : document.sentences()) {
			if (!sentence.mentions().isEmpty()) {
				copies.add(swap(sentence, swapped));
			}
		}
		return copies;
	}

	private AnnotatedSentence swap(AnnotatedSentence sentence, Map<String, String> swapped) {
		String text = sentence.text();
		StringBuilder out = new StringBuilder(text.length() + 16);
		List<Mention> mentions = new ArrayList<>();
		int done = 0;
		for (Mention m : sentence.mentions()) {
			out.append(text, done, m.start());
			String original = text.substring(m.start(), m.end());
			String key = m.type().id() + "\u0000" + original;
			String name = swapped.get(key);
			if (name == null) {
				name = random.nextDouble() < SWAP_SHARE ? names.next(m.type()) : original;
				swapped.put(key, name);
			}
			int start = out.length();
			out.append(name);
			mentions.add(new Mention(start, out.length(), m.type(), name));
			done = m.end();
		}
		out.append(text, done, text.length());
		return new AnnotatedSentence(out.toString(), List.copyOf(mentions), sentence.heading(), sentence.kind(),
				sentence.polarity(), sentence.references(), sentence.namesOnly(), sentence.line());
	}
}
