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
		if (about.isEmpty() && referent == null || isHedged(text, sentence) || isInstruction(text, sentence.tokens())
				|| ABOUT_THE_BLOG.matcher(sentence.span().in(text)).find()
				|| index >= sentences.size() - AUTHOR_BIO_SENTENCES && isAboutAPerson(text, sentence.tokens())) {
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

	/**
	 * The classifier's kind, unless the sentence carries an unmistakable cue it underweights:
	 * a comparative with "than" (not "more than 500"), or an acquisition verb.
	 */
	private ClaimKind kindOf(String[] features) {
		double[] p = kindClassifier.categorize(features);
		ClaimKind best = ClaimKind.fromId(kindClassifier.getBestCategory(p));
		for (int i = 0; i < features.length; i++) {
			String f = features[i];
			if (ACQUISITION_CUES.contains(f)) {
				return ClaimKind.ACQUISITION;
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

	/**
	 * The author talking about the blog itself, which the guide says is no claim: "In our last post
	 * we compared ...", "This post was updated on ...", "we revisit this piece"; an "Update:" line may
	 * well state a claim ("Update from 2012: the free edition ... limits each host to 32 GB").
	 */
	private static final java.util.regex.Pattern ABOUT_THE_BLOG = java.util.regex.Pattern.compile(
			"(?i)\\b(?:this|our (?:last|next|previous|first|earlier))\\s+(?:post|article|piece|series|blog|newsletter|column)\\b"
					+ "|^\\s*(?:disclosure|editor's note)\\b[^:]{0,30}:");

	/** An author's bio closes an article: the last sentences only. */
	private static final int AUTHOR_BIO_SENTENCES = 3;
	private static final Set<String> BIO_VERBS = Set.of("is", "was", "advises", "maintains", "runs", "writes", "covers",
			"leads", "has", "teaches", "consults", "works");

	/**
	 * An author's bio: it opens with a person's name ("Rachel Ng is a cloud economist who ...",
	 * "Oskar Lindqvist maintains ..."), a given name the dictionary knows as a proper noun followed
	 * by a surname it does not know as a word, then a verb. About the author, not a vendor.
	 */
	static boolean isAboutAPerson(CharSequence text, List<TextSpan> tokens) {
		if (tokens.size() < 4) {
			return false;
		}
		String given = tokens.get(0).in(text).toString();
		String surname = tokens.get(1).in(text).toString();
		String verb = tokens.get(2).in(text).toString();
		io.claimtagger.core.entity.EnglishWords words = io.claimtagger.core.entity.EnglishWords.bundled();
		return Character.isUpperCase(given.charAt(0)) && Character.isUpperCase(surname.charAt(0)) && words.knows(given)
				&& !words.contains(given) && !words.contains(surname) && BIO_VERBS.contains(verb);
	}

	/** Verbs a how-to opens with ("Install the CLI", "Back up your resources first"). */
	private static final Set<String> INSTRUCTION_VERBS = Set.of("install", "run", "back", "add", "set", "use", "open",
			"click", "download", "configure", "enable", "disable", "create", "copy", "check", "try", "upgrade", "restart",
			"delete", "remove", "update", "select", "choose", "edit", "replace", "pin", "point", "paste", "type");
	/** What follows the verb of an instruction: its object ("the", "your", "it") or its particle ("up"). */
	private static final Set<String> INSTRUCTION_OBJECTS = Set.of("the", "your", "a", "an", "it", "this", "these", "them",
			"up", "each", "every", "all", "any");

	/**
	 * An instruction to the reader, which the guide says is no claim: the sentence opens, perhaps after
	 * "To try it," or "First,", with a verb in the imperative and its object ("To try it, install the
	 * CLI and run ...", "Back up your Rollout resources first").
	 */
	static boolean isInstruction(CharSequence text, List<TextSpan> tokens) {
		int i = 0;
		if (tokens.size() > 4 && tokens.get(0).in(text).toString().equalsIgnoreCase("to")) {
			// "To try it, ...": skip the purpose clause up to its comma
			while (i < Math.min(tokens.size(), 6) && !tokens.get(i).in(text).toString().equals(",")) {
				i++;
			}
			i++;
		} else if (tokens.size() > 2 && Set.of("first", "then", "next", "finally").contains(
				tokens.get(0).in(text).toString().toLowerCase(java.util.Locale.ROOT)) && tokens.get(1).in(text).toString().equals(",")) {
			i = 2;
		}
		if (i + 1 >= tokens.size()) {
			return false;
		}
		String verb = tokens.get(i).in(text).toString().toLowerCase(java.util.Locale.ROOT);
		String next = tokens.get(i + 1).in(text).toString().toLowerCase(java.util.Locale.ROOT);
		return INSTRUCTION_VERBS.contains(verb) && INSTRUCTION_OBJECTS.contains(next);
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
