package io.claimtagger.core.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.entity.TaggedSentence;
import io.claimtagger.core.text.TextSpan;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * Decides which sentences are claims. Hard rules first (the guide's "never a claim": headings,
 * questions, sentences about no vendor or product), then two classifiers trained on the project's
 * corpus: claim or not, and which kind; polarity comes from negation cues. Not thread-safe.
 */
public final class ClaimExtractor {

	public static final String CLAIM = "claim";
	public static final String NOT_CLAIM = "none";
	/**
	 * Probability of {@link #CLAIM} from which a sentence is reported. Low on purpose: a missed
	 * claim is lost to the reviewer, an extra one costs a keystroke to reject. The regularised
	 * classifier (step 26 in docs/accuracy.md, issue 9) is less sure of itself than the old one was
	 * at 0.4; at 0.25 both parts of the evaluation set keep their recall with higher precision.
	 */
	static final double THRESHOLD = 0.25;

	/** Lower-case on purpose: "May" is also a month. */
	private static final Set<String> HEDGES = Set.of("may", "might", "perhaps", "maybe", "possibly", "presumably");
	private static final Set<String> CLAUSE_JOINERS = Set.of("and", "but", "although", "though", "while", "whereas", "yet");

	private static final Set<String> NEGATIONS = Set.of("not", "n't", "no", "never", "cannot", "neither", "nor");

	private final DocumentCategorizerME claimClassifier;
	private final DocumentCategorizerME kindClassifier;

	/** {@code claimModel} tells claims from other sentences, {@code kindModel} gives their kind. */
	public ClaimExtractor(DoccatModel claimModel, DoccatModel kindModel) {
		this.claimClassifier = new DocumentCategorizerME(claimModel);
		this.kindClassifier = new DocumentCategorizerME(kindModel);
	}

	public List<Claim> extract(CharSequence text, List<TaggedSentence> sentences) {
		List<Claim> claims = new ArrayList<>();
		for (int i = 0; i < sentences.size(); i++) {
			Claim claim = claimAt(text, sentences, i);
			if (claim != null) {
				claims.add(claim);
			}
		}
		return claims;
	}

	/** The claim made by {@code sentences[index]}, or null. Earlier sentences supply references. */
	public Claim claimAt(CharSequence text, List<TaggedSentence> sentences, int index) {
		TaggedSentence sentence = sentences.get(index);
		if (!isStatement(text, sentence.span())) {
			return null;
		}
		List<Entity> about = new ArrayList<>(sentence.entities());
		EntityType referenceType = ReferenceResolver.openingReference(text, sentence.tokens());
		Entity referent = referenceType == null ? null : ReferenceResolver.resolve(sentences, index, referenceType);
		if (about.isEmpty() && referent == null || isHedged(text, sentence) || NotAClaim.excluded(text, sentences, index)) {
			return null;
		}
		String[] features = ClaimFeatures.of(text, sentence.tokens(), marks(sentence.entities()), referent != null);
		double[] outcome = claimClassifier.categorize(features);
		double probability = outcome[claimClassifier.getIndex(CLAIM)];
		if (probability < THRESHOLD) {
			return null;
		}
		if (referent != null && about.stream().noneMatch(e -> e.canonical().equals(referent.canonical()))) {
			about.add(referent);
		}
		ClaimKind kind = kindOf(features);
		String sentenceText = sentence.span().in(text).toString();
		return new Claim(sentence.span(), sentenceText, about, kind, polarity(features),
				Math.round(probability * 1000) / 1000.0);
	}

	/**
	 * Speculation is not a claim when it is the point of the sentence: a hedge in the main clause
	 * (the first clause naming an entity, else the first clause). "Novell is bound to support
	 * Windows guests, and it may be a while before ..." stays a claim.
	 */
	static boolean isHedged(CharSequence text, TaggedSentence sentence) {
		List<TextSpan> tokens = sentence.tokens();
		int clauseStart = 0;
		int firstClauseEnd = -1;
		for (int i = 0; i <= tokens.size(); i++) {
			boolean boundary = i == tokens.size();
			if (!boundary) {
				String w = tokens.get(i).in(text).toString();
				boundary = w.equals(";") || w.equals(",") && i + 1 < tokens.size()
						&& CLAUSE_JOINERS.contains(tokens.get(i + 1).in(text).toString());
			}
			if (!boundary) {
				continue;
			}
			if (firstClauseEnd < 0) {
				firstClauseEnd = i;
			}
			int start = tokens.get(clauseStart).start();
			int end = tokens.get(Math.max(clauseStart, i - 1)).end();
			boolean namesEntity = sentence.entities().stream().anyMatch(e -> e.start() >= start && e.end() <= end);
			if (namesEntity) {
				return hasHedge(text, tokens, clauseStart, i);
			}
			clauseStart = Math.min(i + 1, tokens.size() - 1);
		}
		return hasHedge(text, tokens, 0, Math.max(firstClauseEnd, 0));
	}

	private static boolean hasHedge(CharSequence text, List<TextSpan> tokens, int from, int to) {
		for (int i = from; i < to; i++) {
			String w = tokens.get(i).in(text).toString();
			if (HEDGES.contains(w) || i == 0 && HEDGES.contains(w.toLowerCase(java.util.Locale.ROOT)) && !w.equals("May")) {
				return true;
			}
		}
		return false;
	}

	private static final Set<String> COMPARISON_CUES = Set.of("versus", "vs.", "outperforms", "outperformed", "compared",
			"unlike", "whereas", "competes", "compete", "competed", "competing");
	private static final Set<String> ACQUISITION_CUES = Set.of("acquire", "acquired", "acquires", "acquiring",
			"acquisition", "bought", "buys", "takeover", "purchased", "purchase");

	private static final Set<String> PRICES = Set.of("price", "prices", "pricing", "fee", "fees");
	private static final Set<String> PRICE_CHANGES = Set.of("cut", "cuts", "cutting", "raised", "raises", "raising", "lowered",
			"lowers", "lowering", "reduced", "reduces", "reducing", "slashed", "slashes", "increased", "increases", "hiked",
			"hikes", "doubled", "halved");

	/** A verb of change up to six words before the price word or two after it ("cut ... prices", "prices rose"). */
	private static boolean changesNear(String[] features, int price) {
		for (int k = Math.max(0, price - 6); k <= Math.min(features.length - 1, price + 2); k++) {
			if (PRICE_CHANGES.contains(features[k])) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The classifier's kind, unless the sentence carries an unmistakable cue it underweights:
	 * a comparative with "than" (not "more than 500"), an acquisition verb, or a price that changed
	 * (licensing and pricing are one kind in the guide; 14 of 17 such sentences of the corpus).
	 */
	private ClaimKind kindOf(String[] features) {
		double[] p = kindClassifier.categorize(features);
		ClaimKind best = ClaimKind.fromId(kindClassifier.getBestCategory(p));
		for (int i = 0; i < features.length; i++) {
			String f = features[i];
			if (ACQUISITION_CUES.contains(f)) {
				return ClaimKind.ACQUISITION;
			}
			if (PRICES.contains(f) && changesNear(features, i)) {
				return ClaimKind.LICENSING; // "cut Azure Blob Storage prices by 25 percent": pricing
			}
			boolean comparative = f.equals("than") && i > 0 && !features[i - 1].equals("more") && !features[i - 1].equals("less")
					&& !features[i - 1].equals("fewer") && (i + 1 >= features.length || !features[i + 1].equals(ClaimFeatures.NUMBER))
					|| COMPARISON_CUES.contains(f);
			if (comparative) {
				return ClaimKind.COMPARISON;
			}
		}
		return best;
	}

	static Polarity polarity(String[] features) {
		for (String f : features) {
			if (NEGATIONS.contains(f) || f.endsWith("n't")) {
				return Polarity.NEGATED;
			}
		}
		return Polarity.AFFIRMED;
	}

	/** Headings, questions and fragments do not end like a statement. */
	public static boolean isStatement(CharSequence text, TextSpan span) {
		int i = span.end() - 1;
		while (i > span.start() && "\"'\u201D\u2019)]".indexOf(text.charAt(i)) >= 0) {
			i--;
		}
		char last = text.charAt(i);
		return last == '.' || last == '!' || last == ';';
	}

	private static List<ClaimFeatures.Marked> marks(List<Entity> entities) {
		List<ClaimFeatures.Marked> marks = new ArrayList<>(entities.size());
		for (Entity e : entities) {
			marks.add(new ClaimFeatures.Marked(e.start(), e.end(), e.type()));
		}
		return marks;
	}
}
