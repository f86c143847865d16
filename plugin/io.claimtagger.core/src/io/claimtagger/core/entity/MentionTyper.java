package io.claimtagger.core.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * Whether a name is a vendor or a product, read from the words around it: "moved every cluster to
 * X", "installed X on every node", "X raised $40 million", "X was founded in 2019". The name finder
 * types a name from a two-word window; this classifier reads a wider window and the name's build
 * (length, shape, last word, a known vendor in front), so a name nobody has seen is typed the way
 * its context types it. One sentence says little ("X, which Y open-sourced" reads as a company):
 * {@link DocumentNames} pools what every sentence of the article says about the same name.
 * Not thread-safe (one per pipeline).
 */
public final class MentionTyper {

	/** No model: no opinion (a model set trained before this classifier existed). */
	public static final MentionTyper NONE = new MentionTyper(null, Set.of());

	private static final EnglishWords ENGLISH = EnglishWords.bundled();
	private static final int NEAR = 2;
	private static final int WIDE = 6;
	private static final Set<String> APPOSITION_OPENERS = Set.of("a", "an", "the", "its");
	private static final Set<String> APPOSITION_ENDS = Set.of(",", "that", "which", "whose", "with", "for", "of", ".");

	private final DocumentCategorizerME classifier;
	private final Set<String> vendorNames;
	private final int vendorIndex;

	/**
	 * @param model   trained by {@code ModelTrainer} on {@link #features}; null for {@link #NONE}
	 * @param catalog the names known only as vendors ("Microsoft" in "Microsoft Sentinel")
	 */
	public MentionTyper(DoccatModel model, Catalog catalog) {
		this(model, catalog.vendorOnlyNames());
	}

	private MentionTyper(DoccatModel model, Set<String> vendorNames) {
		this.classifier = model == null ? null : new DocumentCategorizerME(model);
		this.vendorNames = vendorNames;
		this.vendorIndex = classifier == null ? -1 : classifier.getIndex(EntityType.VENDOR.id());
	}

	public boolean hasOpinion() {
		return classifier != null;
	}

	/** The probability, from the context alone, that tokens {@code first..last} name a vendor. */
	public double vendorProbability(String[] words, int first, int last) {
		if (classifier == null) {
			return 0.5;
		}
		return classifier.categorize(features(words, first, last, vendorNames))[vendorIndex];
	}

	/**
	 * What the classifier sees of tokens {@code first..last} (inclusive) of a sentence. Training
	 * and tagging share this method.
	 */
	public static String[] features(String[] words, int first, int last, Set<String> vendorNames) {
		List<String> f = new ArrayList<>(32);
		for (int k = 1; k <= NEAR; k++) {
			f.add("l" + k + "=" + word(words, first - k));
			f.add("r" + k + "=" + word(words, last + k));
		}
		f.add("l2l1=" + word(words, first - 2) + "_" + word(words, first - 1));
		f.add("r1r2=" + word(words, last + 1) + "_" + word(words, last + 2));
		for (int k = NEAR + 1; k <= WIDE; k++) {
			if (first - k >= 0) {
				f.add("lw=" + word(words, first - k));
			}
			if (last + k < words.length) {
				f.add("rw=" + word(words, last + k));
			}
		}
		int length = last - first + 1;
		f.add("len=" + Math.min(length, 3));
		if (length > 1) {
			// The last word says a lot ("... Capital", "... Foundation", "... Security", "... Cloud").
			f.add("last=" + word(words, last));
			StringBuilder head = new StringBuilder();
			for (int i = first; i < last; i++) {
				head.append(i > first ? " " : "").append(words[i].toLowerCase(Locale.ROOT));
				if (vendorNames.contains(head.toString())) {
					f.add("vendorHead");
				}
			}
		}
		StringBuilder shape = new StringBuilder();
		boolean english = true;
		boolean digit = false;
		for (int i = first; i <= last; i++) {
			shape.append(i > first ? "_" : "").append(WordShapeFeatureGenerator.shape(words[i]));
			english &= ENGLISH.contains(words[i]);
			digit |= hasDigit(words[i]);
		}
		f.add("sh=" + shape);
		f.add("en=" + english);
		f.add("digit=" + digit);
		f.add("start=" + (first == 0));
		// The nearest content word on each side reaches past adverbs and auxiliaries ("X has quietly
		// raised", "moved every cluster to X"), and an apposition's head says what X is ("X, a
		// Porto startup that ...", "X, the open-source scheduler").
		String next = contentWord(words, last + 1, 1);
		if (next != null) {
			f.add("nextw=" + next);
		}
		String previous = contentWord(words, first - 1, -1);
		if (previous != null) {
			f.add("prevw=" + previous);
		}
		String apposition = appositionHead(words, last);
		if (apposition != null) {
			f.add("appos=" + apposition);
		}
		// The name itself too: one the corpus has seen keeps the type it had there (Google acting is
		// a vendor), and the invented-name copies in training teach the rest to do without it.
		StringBuilder name = new StringBuilder("name=");
		for (int i = first; i <= last; i++) {
			name.append(i > first ? " " : "").append(words[i].toLowerCase(Locale.ROOT));
		}
		f.add(name.toString());
		return f.toArray(String[]::new);
	}

	/** The first lower-case word longer than three letters from {@code from} on in direction {@code step}, up to four words; null if none. */
	private static String contentWord(String[] words, int from, int step) {
		for (int i = from, n = 0; i >= 0 && i < words.length && n < 4; i += step, n++) {
			String w = words[i];
			if (w.length() > 3 && Character.isLowerCase(w.charAt(0))) {
				return w.toLowerCase(Locale.ROOT);
			}
		}
		return null;
	}

	/** "X, a Porto startup that ...": the word before the apposition's end, or null. */
	private static String appositionHead(String[] words, int last) {
		if (last + 2 >= words.length || !words[last + 1].equals(",") || !APPOSITION_OPENERS.contains(words[last + 2])) {
			return null;
		}
		for (int i = last + 3; i < Math.min(words.length, last + 8); i++) {
			if (APPOSITION_ENDS.contains(words[i])) {
				return words[i - 1].toLowerCase(Locale.ROOT);
			}
		}
		return null;
	}

	private static String word(String[] words, int i) {
		if (i < 0) {
			return "<s>";
		}
		if (i >= words.length) {
			return "</s>";
		}
		String w = words[i];
		return hasDigit(w) ? "<num>" : w.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
	}

	private static boolean hasDigit(String w) {
		for (int k = 0; k < w.length(); k++) {
			if (Character.isDigit(w.charAt(k))) {
				return true;
			}
		}
		return false;
	}
}
