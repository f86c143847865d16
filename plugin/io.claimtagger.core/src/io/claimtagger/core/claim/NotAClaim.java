package io.claimtagger.core.claim;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.claimtagger.core.entity.EnglishWords;
import io.claimtagger.core.entity.TaggedSentence;
import io.claimtagger.core.text.TextSpan;

/**
 * Sentences the annotation guide says are no claims however much they name products: instructions
 * to the reader, the author talking about the blog itself, an author's bio closing the article
 * (docs/accuracy.md, issue 9, steps 40-42). Asked before the claim classifier, which learned them
 * from too few examples.
 */
final class NotAClaim {

	private static final EnglishWords ENGLISH = EnglishWords.bundled();
	/** "First, back up ...": words that may open an instruction before its verb. */
	private static final Set<String> SEQUENCE_WORDS = Set.of("first", "then", "next", "finally");

	private NotAClaim() {
	}

	/** Whether {@code sentences[index]} is one of those sentences. */
	static boolean excluded(CharSequence text, List<TaggedSentence> sentences, int index) {
		TaggedSentence sentence = sentences.get(index);
		return isInstruction(text, sentence.tokens()) || ABOUT_THE_BLOG.matcher(sentence.span().in(text)).find()
				|| index >= sentences.size() - AUTHOR_BIO_SENTENCES && isAboutAPerson(text, sentence.tokens());
	}

	/**
	 * The author talking about the blog itself, which the guide says is no claim: "In our last post
	 * we compared ...", "This post was updated on ...", "we revisit this piece"; an "Update:" line may
	 * well state a claim ("Update from 2012: the free edition ... limits each host to 32 GB").
	 */
	private static final Pattern ABOUT_THE_BLOG = Pattern.compile(
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
		return Character.isUpperCase(given.charAt(0)) && Character.isUpperCase(surname.charAt(0)) && ENGLISH.knows(given)
				&& !ENGLISH.contains(given) && !ENGLISH.contains(surname) && BIO_VERBS.contains(verb);
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
			if (i == Math.min(tokens.size(), 6)) {
				return false; // no comma: "To date Red Hat has ..." is no purpose clause
			}
			i++;
		} else if (tokens.size() > 2 && SEQUENCE_WORDS.contains(
				tokens.get(0).in(text).toString().toLowerCase(Locale.ROOT)) && tokens.get(1).in(text).toString().equals(",")) {
			i = 2;
		}
		if (i + 1 >= tokens.size()) {
			return false;
		}
		String verb = tokens.get(i).in(text).toString().toLowerCase(Locale.ROOT);
		String next = tokens.get(i + 1).in(text).toString().toLowerCase(Locale.ROOT);
		// After "To install it," the verb alone says it: "To install Karpenter, run helm install ..."
		boolean afterPurpose = i > 2 && tokens.get(0).in(text).toString().equalsIgnoreCase("to");
		return INSTRUCTION_VERBS.contains(verb) && (afterPurpose || INSTRUCTION_OBJECTS.contains(next))
				|| READER_VERBS.contains(verb);
	}

	/**
	 * Verbs that open only calls to the reader: "Subscribe to our newsletter", "Sign up for the beta"
	 * (not "Email" or "Share": "Email sync now covers ..." is a claim).
	 */
	private static final Set<String> READER_VERBS = Set.of("subscribe", "click", "visit", "contact", "register", "sign", "join");
}
