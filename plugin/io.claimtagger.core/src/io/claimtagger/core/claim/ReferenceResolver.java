package io.claimtagger.core.claim;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.entity.TaggedSentence;
import io.claimtagger.core.text.TextSpan;

/**
 * Resolves a sentence that opens on a pronoun or a description ("It supports ...", "The company
 * said ...", "The software ships ...") to the entity named just before. Deliberately narrow:
 * only the subject position, only the previous two sentences, so a wrong guess stays rare.
 */
public final class ReferenceResolver {

	/** Opening words and the type they refer to; null means either type, products first. */
	private static final Map<String, EntityType> OPENERS = Map.ofEntries(
			Map.entry("it", EntityType.PRODUCT), Map.entry("its", EntityType.PRODUCT),
			Map.entry("they", EntityType.VENDOR), Map.entry("their", EntityType.VENDOR),
			Map.entry("the company", EntityType.VENDOR), Map.entry("the firm", EntityType.VENDOR),
			Map.entry("the vendor", EntityType.VENDOR), Map.entry("the startup", EntityType.VENDOR),
			Map.entry("the foundation", EntityType.VENDOR), Map.entry("the group", EntityType.VENDOR),
			Map.entry("the software", EntityType.PRODUCT), Map.entry("the product", EntityType.PRODUCT),
			Map.entry("the platform", EntityType.PRODUCT), Map.entry("the project", EntityType.PRODUCT),
			Map.entry("the release", EntityType.PRODUCT), Map.entry("the hypervisor", EntityType.PRODUCT),
			Map.entry("the distribution", EntityType.PRODUCT), Map.entry("the service", EntityType.PRODUCT),
			Map.entry("the tool", EntityType.PRODUCT), Map.entry("the update", EntityType.PRODUCT),
			Map.entry("the new version", EntityType.PRODUCT), Map.entry("the beta", EntityType.PRODUCT),
			Map.entry("the suite", EntityType.PRODUCT), Map.entry("the system", EntityType.PRODUCT),
			Map.entry("this release", EntityType.PRODUCT), Map.entry("this version", EntityType.PRODUCT),
			Map.entry("the new release", EntityType.PRODUCT), Map.entry("the offering", EntityType.PRODUCT),
			Map.entry("the stack", EntityType.PRODUCT), Map.entry("the engine", EntityType.PRODUCT));

	/** "It seems ...", "It is likely ...": an "it" that refers to nothing. */
	private static final java.util.Set<String> EXPLETIVE_AFTER_IT = java.util.Set.of("seems", "seemed", "appears",
			"appeared", "looks", "looked", "turns", "turned", "makes", "remains", "follows", "means", "took", "takes",
			"has been", "is likely", "is unclear", "is clear", "is hard", "is easy", "is possible", "is worth",
			"is not clear", "was clear", "is time", "is true", "is fair", "'s worth", "'s hard", "'s clear", "'s easy",
			"'s not", "is also worth", "will be interesting", "would be", "may be", "might be", "could be");

	private ReferenceResolver() {
	}

	/** The type the sentence's opening refers to, or null when it opens on no reference. */
	public static EntityType openingReference(CharSequence text, List<TextSpan> tokens) {
		if (tokens.isEmpty()) {
			return null;
		}
		String first = tokens.get(0).in(text).toString().toLowerCase(Locale.ROOT);
		if (tokens.size() > 2) {
			String three = first + " " + tokens.get(1).in(text).toString().toLowerCase(Locale.ROOT) + " "
					+ tokens.get(2).in(text).toString().toLowerCase(Locale.ROOT);
			if (OPENERS.containsKey(three)) {
				return OPENERS.get(three);
			}
		}
		if (tokens.size() > 1) {
			String two = first + " " + tokens.get(1).in(text).toString().toLowerCase(Locale.ROOT);
			if (OPENERS.containsKey(two)) {
				return OPENERS.get(two);
			}
		}
		if (first.equals("it") && tokens.size() > 1) {
			String next = tokens.get(1).in(text).toString().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
			String nextTwo = tokens.size() > 2 ? next + " " + tokens.get(2).in(text).toString().toLowerCase(Locale.ROOT) : next;
			String nextThree = tokens.size() > 3 ? nextTwo + " " + tokens.get(3).in(text).toString().toLowerCase(Locale.ROOT) : nextTwo;
			if (EXPLETIVE_AFTER_IT.contains(next) || EXPLETIVE_AFTER_IT.contains(nextTwo) || EXPLETIVE_AFTER_IT.contains(nextThree)) {
				return null;
			}
		}
		return OPENERS.get(first);
	}

	/**
	 * The entity a reference in {@code sentences[index]} points to, or null: the last mention of
	 * the wanted type (or, failing that, any type) in the two sentences before.
	 */
	static Entity resolve(List<TaggedSentence> sentences, int index, EntityType wanted) {
		Entity fallback = null;
		for (int i = index - 1; i >= Math.max(0, index - 2); i--) {
			List<Entity> entities = sentences.get(i).entities();
			for (int k = entities.size() - 1; k >= 0; k--) {
				Entity e = entities.get(k);
				if (e.type() == wanted) {
					return e;
				}
				if (fallback == null) {
					fallback = e;
				}
			}
			if (fallback != null) {
				return fallback;
			}
		}
		return fallback;
	}
}
