package io.claimtagger.core.entity;

import java.util.List;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;

/**
 * Name-finder features that describe how a token is written rather than which token it is, so a
 * name never seen in training still looks like the names that were: its shape ("DeltaStream" ->
 * {@code XxXx}, "m5.2xlarge" -> {@code xd.dx}, "kube-router" -> {@code x-x}), whether a capital
 * stands mid-sentence (where only names and headings capitalise) and whether the sentence is set
 * in headline case (where capitals say nothing), and whether the word is in an English dictionary
 * ("Karpenter" is not, "Iceberg" is; docs/accuracy.md, issue 9, step 31). Referenced by name from the model's feature
 * descriptor ({@link WordShapeFeatureGeneratorFactory}), so the class must keep its name.
 */
public final class WordShapeFeatureGenerator implements AdaptiveFeatureGenerator {

	private static final EnglishWords ENGLISH = EnglishWords.bundled();

	/**
	 * The sentence last seen, whether it is a headline, and each token's shape and dictionary answer
	 * ('w' a word, 'o' not one, 0 not letters): worked out once per sentence, not once per token
	 * and again for each neighbour.
	 */
	private String[] sentence;
	private boolean headline;
	private String[] shapes;
	private char[] english;

	@Override
	public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
		if (tokens != sentence) {
			sentence = tokens;
			headline = isHeadline(tokens);
			shapes = new String[tokens.length];
			english = new char[tokens.length];
			for (int i = 0; i < tokens.length; i++) {
				shapes[i] = shape(tokens[i]);
				english[i] = isWord(tokens[i]) ? (ENGLISH.contains(tokens[i]) ? 'w' : 'o') : 0;
			}
		}
		String token = tokens[index];
		String shape = shapes[index];
		features.add("sh=" + shape);
		features.add("sh=" + shape + (headline ? ",hl" : ",tx"));
		if (index > 0) {
			features.add("sh=" + shape + ",p=" + shapes[index - 1]);
		}
		if (index + 1 < tokens.length) {
			features.add("sh=" + shape + ",n=" + shapes[index + 1]);
		}
		boolean capital = Character.isUpperCase(token.codePointAt(0));
		if (capital && !headline && index > 0 && !opensSentence(tokens[index - 1])) {
			features.add("capmid");
		}
		if (isCamel(token)) {
			features.add("camel");
		}
		if (!capital && isCode(token)) {
			features.add("code");
		}
		if (english[index] != 0) {
			String known = String.valueOf(english[index]);
			features.add("en=" + known);
			features.add("en=" + known + ",sh=" + shape + (headline ? ",hl" : ",tx"));
			if (index > 0 && english[index - 1] != 0) {
				features.add("en=" + known + ",p=" + english[index - 1]);
			}
		}
	}

	/**
	 * The token's letters, digits and marks as X, x and d, runs collapsed, other characters kept:
	 * "vSphere" -> xXx, "ESXi" -> Xx, "S3" -> Xd, "FlashArray//C" -> XxXx//X.
	 */
	static String shape(String token) {
		StringBuilder shape = new StringBuilder(8);
		char last = 0;
		for (int i = 0; i < token.length() && shape.length() < 12; i++) {
			char c = token.charAt(i);
			char s = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : c;
			if (s != last || !Character.isLetterOrDigit(c)) {
				shape.append(s);
			}
			last = s;
		}
		return shape.toString();
	}

	/** Most words capitalised: a title such as "Acme Cloud Run Combines Serverless and Edge". */
	static boolean isHeadline(String[] tokens) {
		int words = 0;
		int capitals = 0;
		for (String t : tokens) {
			if (t.length() > 3 && Character.isLetter(t.charAt(0))) {
				words++;
				capitals += Character.isUpperCase(t.charAt(0)) ? 1 : 0;
			}
		}
		return words >= 3 && capitals * 4 >= words * 3;
	}

	private static boolean opensSentence(String previous) {
		return previous.length() == 1 && ":\"\u201C(\u2018'-\u2014\u2013".indexOf(previous.charAt(0)) >= 0;
	}

	/** Letters, possibly with hyphens or apostrophes: what a dictionary could hold. */
	private static boolean isWord(String token) {
		return token.length() > 1 && Character.isLetter(token.charAt(0))
				&& token.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'');
	}

	private static boolean isCamel(String token) {
		for (int i = 1; i < token.length(); i++) {
			if (Character.isUpperCase(token.charAt(i)) && Character.isLowerCase(token.charAt(i - 1))) {
				return true;
			}
		}
		return false;
	}

	/** Lower-case with a digit, hyphen or dot inside: how tools and instance types are written. */
	private static boolean isCode(String token) {
		for (int i = 1; i + 1 < token.length(); i++) {
			char c = token.charAt(i);
			if (Character.isDigit(c) || c == '-' || c == '.') {
				return Character.isLetter(token.charAt(0));
			}
		}
		return false;
	}
}
