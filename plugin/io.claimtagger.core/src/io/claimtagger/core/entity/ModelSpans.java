package io.claimtagger.core.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.claimtagger.core.text.TextSpan;

/**
 * Where a name the model proposes begins and ends. The model often stops a word short or runs a
 * name into a title or a headline's verb; these rules move the edges to where the annotation
 * guide puts them ("Acme CEO Jane Roe" is the vendor Acme, "Northgrid Data" of "Northgrid Data
 * Centers" is cut short, "kube-state" of "kube-state-metrics" too).
 */
final class ModelSpans {

	/** Dates are capitalised but never names ("Posted September 5"). */
	static final Set<String> CALENDAR = Set.of("january", "february", "march", "april", "may", "june", "july",
			"august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
			"friday", "saturday", "sunday", "posted", "updated");

	/** Titles end an organisation's name and start a person's: "Acme CEO Jane Roe" tags only Acme. */
	static final Set<String> PERSON_TITLES = Set.of("ceo", "cto", "cfo", "coo", "ciso", "cio", "cmo", "cpo",
			"founder", "co-founder", "cofounder", "chairman", "chairwoman", "president", "vp", "svp", "evp", "chief",
			"analyst", "spokesperson", "spokesman", "spokeswoman", "researcher", "professor", "mr.", "ms.", "mrs.",
			"dr.");

	/** Kinds of thing, never part of a name: "the NVIDIA H200 GPUs", "its APIs". */
	private static final Pattern ACRONYM_PLURAL = Pattern.compile("[A-Z]{2,}s");
	/** A capitalised verb mid-sentence starts a quoted title, not more of the name. */
	private static final Set<String> AUXILIARIES = Set.of("do", "does", "did", "is", "are", "was", "were", "can",
			"will", "has", "have");

	private static final Set<String> QUESTION_WORDS = Set.of("why", "how", "what", "when", "where", "which", "who",
			"should", "could", "would");

	/** "CEO", "founder", "Dr.": a title opens a person's name and ends an organisation's. */
	static boolean isPersonTitle(String w) {
		return PERSON_TITLES.contains(w.toLowerCase(Locale.ROOT));
	}

	/** A capitalised auxiliary or question word: it opens a question, never a name. */
	static boolean opensAQuestion(String w) {
		String lower = w.toLowerCase(Locale.ROOT);
		return Character.isUpperCase(w.charAt(0)) && (AUXILIARIES.contains(lower) || QUESTION_WORDS.contains(lower));
	}

	/** Verbs that join two names in headline case ("Acme Cloud Run Combines Serverless and Edge"). */
	private static final Set<String> HEADLINE_VERBS = Set.of("adds", "acquires", "announces", "backs", "bets", "boosts",
			"brings", "builds", "buys", "challenges", "combines", "cuts", "debuts", "delivers", "drops", "embraces",
			"enters", "expands", "extends", "gets", "goes", "hits", "integrates", "introduces", "joins", "launches",
			"lands", "makes", "moves", "offers", "opens", "partners", "plans", "pushes", "raises", "releases", "rolls",
			"says", "ships", "speeds", "takes", "targets", "teams", "turns", "unifies", "unveils", "updates",
			"upgrades", "wins", "is", "are", "to", "for", "with", "vs", "vs.", "versus", "and", "on", "in", "at",
			"after", "as");

	private ModelSpans() {
	}

	/**
	 * A name the model ends before a capitalised word that follows it directly has most often
	 * stopped short: "Amazon Security" of "Amazon Security Lake", "Northgrid Data" of "Northgrid
	 * Data Centers". Mid-sentence, outside headlines, a capitalised word right after a name is part
	 * of it, unless it is a title, a month or the start of a name the catalog knows.
	 */
	static void extendOverCapitalisedWords(String[] words, NameCandidate c, List<CatalogMatch> matches,
			List<TextSpan> tokens) {
		int next = c.lastToken + 1;
		while (next < words.length && (isCapitalisedNameWord(words[next]) || NamesFromSpelling.isModelNumber(words[next]))
				&& !startsCatalogMatch(matches, tokens, next)) {
			next++;
		}
		c.lastToken = next - 1;
	}

	/**
	 * A name that stops (or, lower-case, starts) at a hyphen or an underscore with more word on the
	 * other side, no space between, stopped short: "kube-state" of "kube-state-metrics", "Falcon
	 * Next" of "Falcon Next-Gen", "AFF C" of "AFF C-Series". A capitalised name goes on only over a
	 * capitalised part or a number, so the guide's split stays ("OpenStack-based").
	 */
	static void extendOverJoinedParts(String[] words, NameCandidate c, List<TextSpan> tokens) {
		boolean lowerCase = Character.isLowerCase(words[c.firstToken].charAt(0));
		// Started short too: "tf-runner" of "tide-tf-runner". A lower-case name takes any part in front.
		int first = c.firstToken;
		while (lowerCase && first >= 2 && (words[first - 1].equals("-") || words[first - 1].equals("_"))
				&& tokens.get(first - 1).end() == tokens.get(first).start() && tokens.get(first - 2).end() == tokens.get(first - 1).start()
				&& Character.isLetterOrDigit(words[first - 2].charAt(words[first - 2].length() - 1))) {
			first -= 2;
		}
		c.firstToken = first;
		int last = c.lastToken;
		while (last + 2 < words.length && (words[last + 1].equals("-") || words[last + 1].equals("_"))
				&& tokens.get(last + 1).start() == tokens.get(last).end() && tokens.get(last + 2).start() == tokens.get(last + 1).end()
				&& (lowerCase ? Character.isLetterOrDigit(words[last + 2].charAt(0))
						: Character.isUpperCase(words[last + 2].charAt(0)) || Character.isDigit(words[last + 2].charAt(0)))) {
			last += 2;
		}
		c.lastToken = last;
	}

	private static boolean isCapitalisedNameWord(String w) {
		String lower = w.toLowerCase(Locale.ROOT);
		return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && w.chars().anyMatch(Character::isLowerCase)
				&& !CALENDAR.contains(lower) && !PERSON_TITLES.contains(lower) && !ACRONYM_PLURAL.matcher(w).matches()
				&& !AUXILIARIES.contains(lower);
	}

	private static boolean startsCatalogMatch(List<CatalogMatch> matches, List<TextSpan> tokens, int token) {
		int start = tokens.get(token).start();
		// A known name that needs its context (Singularity, Chef) has it here: it is part of the longer name.
		return matches.stream().anyMatch(m -> !m.contextual() && m.span().start() <= start && start < m.span().end());
	}

	/**
	 * Cuts a model span where a person title or (in a headline) a verb starts, so names, titles and
	 * people do not run together. False when nothing of a name is left.
	 */
	static boolean trim(String[] words, NameCandidate c, boolean headline) {
		if (isPersonTitle(words[c.firstToken])) {
			return false; // "CEO Jane Roe": a person
		}
		while (c.firstToken < c.lastToken && opensAQuestion(words[c.firstToken])) {
			c.firstToken++; // "Does Hyper-V support ...?": the question's verb is capitalised, not named
		}
		for (int i = c.firstToken + 1; i <= c.lastToken; i++) {
			String w = words[i].toLowerCase(Locale.ROOT);
			if (PERSON_TITLES.contains(w)) {
				c.lastToken = i - 1;
				c.type = EntityType.VENDOR; // who has a CEO is an organisation
				return true;
			}
			if (headline && HEADLINE_VERBS.contains(w)) {
				c.lastToken = i - 1;
				return true;
			}
		}
		return true;
	}

	/** "SEATTLE, March 11, 2025 -- ...": a press release's dateline names a place. */
	static boolean isDateline(String[] words, NameCandidate c) {
		if (c.firstToken != 0 || c.lastToken + 1 >= words.length || !words[c.lastToken + 1].equals(",")) {
			return false;
		}
		for (int i = c.firstToken; i <= c.lastToken; i++) {
			if (!words[i].equals(words[i].toUpperCase(Locale.ROOT))) {
				return false;
			}
		}
		for (int i = c.lastToken + 1; i < Math.min(words.length, c.lastToken + 8); i++) {
			if (CALENDAR.contains(words[i].toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}

	/** Words joined by hyphens or underscores with no space between them: a command's or a daemon's name. */
	static boolean isCodeShaped(String[] words, NameFinder.Prediction pr, List<TextSpan> tokens) {
		boolean joiner = false;
		for (int i = pr.startToken(); i < pr.endToken(); i++) {
			joiner |= words[i].equals("-") || words[i].equals("_");
			if (i > pr.startToken() && tokens.get(i).start() != tokens.get(i - 1).end()) {
				return false;
			}
		}
		return joiner && pr.endToken() - pr.startToken() >= 3;
	}

	/**
	 * The tokenizer splits at hyphens so that "OpenStack-based" shows OpenStack; a model number
	 * written with one is still one name ("AX-700", "PowerEdge R-750"). A name ending in a hyphen
	 * takes the piece it touches when that starts like a name (a digit or a capital: "AX-700",
	 * "Hyper-V") and otherwise ends before the hyphen ("OpenStack-" of "OpenStack-based"); a name
	 * touching a hyphen and a number takes both, and one touching "//" the product line after it.
	 * Unlike {@link #extendOverJoinedParts}, which shapes the model's own names, this runs on every
	 * name, catalog ones included, and stops at the next name ({@code limit}).
	 */
	static void joinHyphenatedModel(CharSequence text, List<TextSpan> tokens, NameCandidate c, int limit) {
		if (isChar(text, tokens.get(c.lastToken), '-') && c.lastToken > c.firstToken) {
			int next = c.lastToken + 1;
			if (next < limit && touches(tokens, c.lastToken, next) && startsLikeAName(text, tokens.get(next))) {
				c.lastToken = next;
			} else {
				c.lastToken--;
			}
			return;
		}
		int hyphen = c.lastToken + 1;
		int piece = c.lastToken + 2;
		if (piece < limit && touches(tokens, c.lastToken, hyphen) && touches(tokens, hyphen, piece)
				&& isChar(text, tokens.get(hyphen), '-') && isAlphanumeric(text, tokens.get(piece))
				&& (Character.isDigit(text.charAt(tokens.get(piece).start()))
						// a short code in capitals goes on over a capitalised part: "Portworx PX-Enterprise"
						|| isShortCode(text, tokens.get(c.lastToken)) && startsLikeAName(text, tokens.get(piece)))) {
			c.lastToken = piece;
			return;
		}
		// A product line after a double slash: "FlashArray//XL", "NVX//40".
		int line = c.lastToken + 3;
		if (line < limit && isChar(text, tokens.get(hyphen), '/') && isChar(text, tokens.get(piece), '/')
				&& touches(tokens, c.lastToken, hyphen) && touches(tokens, hyphen, piece) && touches(tokens, piece, line)
				&& startsLikeAName(text, tokens.get(line))) {
			c.lastToken = line;
		}
	}

	private static boolean isChar(CharSequence text, TextSpan t, char c) {
		return t.length() == 1 && text.charAt(t.start()) == c;
	}

	private static boolean isShortCode(CharSequence text, TextSpan t) {
		if (t.length() > 4) {
			return false;
		}
		for (int k = t.start(); k < t.end(); k++) {
			if (!Character.isUpperCase(text.charAt(k))) {
				return false;
			}
		}
		return true;
	}

	private static boolean touches(List<TextSpan> tokens, int left, int right) {
		return tokens.get(left).end() == tokens.get(right).start();
	}

	private static boolean startsLikeAName(CharSequence text, TextSpan t) {
		char first = text.charAt(t.start());
		return (Character.isDigit(first) || Character.isUpperCase(first)) && isAlphanumeric(text, t);
	}

	private static boolean isAlphanumeric(CharSequence text, TextSpan t) {
		for (int k = t.start(); k < t.end(); k++) {
			if (!Character.isLetterOrDigit(text.charAt(k))) {
				return false;
			}
		}
		return true;
	}
}
