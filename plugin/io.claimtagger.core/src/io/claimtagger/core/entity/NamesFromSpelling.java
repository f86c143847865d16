package io.claimtagger.core.entity;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.claimtagger.core.text.TextSpan;

/**
 * Names written as names, outside headlines, where nobody proposed them: capitals inside a word
 * ("IOpipe", "vSphere"), a model's number ("L40S"), software spellings ("Lambda@Edge", "Next.js"),
 * a company's last word with a company's verb ("Together AI said"), and an unknown capitalised word
 * after "runs on" or "built on". English has no such words; the dictionary ({@link EnglishWords}),
 * the training corpus's common words and {@link NotNames} keep ordinary words, coinages and
 * standards out. Works on one sentence's words and the candidates proposed so far.
 */
final class NamesFromSpelling {

	private static final EnglishWords ENGLISH = EnglishWords.bundled();

	private final Set<String> commonWords;
	private final NotNames notNames;

	NamesFromSpelling(Set<String> commonWords, NotNames notNames) {
		this.commonWords = commonWords;
		this.notNames = notNames;
	}

	/** Adds the names the sentence spells as names to {@code merged}; not for headlines. */
	void propose(String[] words, List<TextSpan> tokens, List<NameCandidate> merged) {
		addMixedCaseNames(words, tokens, merged);
		addCompanyNames(words, merged);
		addSoftwareNames(words, merged);
	}

	/** Last words of company names ("Together AI", "Zentrix Labs", "Quorvane Systems"). */
	private static final Set<String> COMPANY_SUFFIXES = Set.of("AI", "Labs", "Systems", "Networks", "Technologies",
			"Software", "Computing", "Inc", "Inc.", "Corp", "Corp.", "Ltd", "Ltd.", "GmbH");
	/** What may stand before the subject of a clause. */
	private static final Set<String> CLAUSE_STARTS = Set.of(",", ";", ":", "and", "but", "while", "that", "as", "\u2014");
	/** What a company does as the subject of a sentence, beyond {@link EntityRecognizer#COMPANY_VERBS}: "... AI and Baseten sell". */
	private static final Set<String> SELLING_VERBS = Set.of("sell", "sells", "charge", "charges", "bill", "bills");

	/**
	 * One or two capitalised words and a company's last word, acting as a company ("Together AI said
	 * this week", "Fireworks AI and Baseten sell ..."): a vendor nobody proposed, whose words may all
	 * be ordinary English. Without the company's verb, "Generative AI" is no company.
	 */
	private static void addCompanyNames(String[] words, List<NameCandidate> merged) {
		for (int suffix = 1; suffix + 1 < words.length; suffix++) {
			if (!COMPANY_SUFFIXES.contains(words[suffix]) || !DocumentNames.isNamePart(words[suffix - 1])) {
				continue;
			}
			int first = suffix - 1;
			if (first > 0 && DocumentNames.isNamePart(words[first - 1])) {
				first--;
			}
			// The subject of its clause: "The talk on Generative AI said little" names no company.
			if (first > 0 && !CLAUSE_STARTS.contains(words[first - 1]) || NameCandidate.anyCovers(merged, first, suffix)
					|| !actsNext(words, suffix + 1)) {
				continue;
			}
			NameCandidate c = NameCandidate.fromRule(first, EntityType.VENDOR);
			c.lastToken = suffix;
			merged.add(c);
		}
	}

	/** A company's verb at {@code at}, or after one more name joined by "and" ("... and Baseten sell"). */
	private static boolean actsNext(String[] words, int at) {
		if (at + 2 < words.length && words[at].equals("and") && DocumentNames.isNamePart(words[at + 1])) {
			at += 2;
		}
		String verb = words[at].toLowerCase(Locale.ROOT);
		return EntityRecognizer.COMPANY_VERBS.contains(verb) || SELLING_VERBS.contains(verb);
	}

	/**
	 * A word whose capitals sit inside it ("MinIO", "IOpipe", "SGLang", "vSphere", "macOS") is
	 * written as a name: English has no such words, and the generic ones (DevOps, SaaS, NoSQL) are in
	 * {@link NotNames}. Outside headlines, alone (not a word of a longer name), in no dictionary, not
	 * an API kind ("NodePool resources"), a conference ("DockerCon") or code ("maxReplicas"): a
	 * product, unless its context says vendor. So is a capitalised word with a number glued to it
	 * ("Auth0").
	 */
	private void addMixedCaseNames(String[] words, List<TextSpan> tokens, List<NameCandidate> merged) {
		for (int i = 0; i < words.length; i++) {
			String w = words[i];
			if (!isMixedCase(w) && !(Character.isUpperCase(w.charAt(0)) && isModelNumber(w)) && !isWordWithNumber(w) || ENGLISH.knows(w) || notNames.contains(w) || NamesFromWording.namesResources(words, i) || isEvent(w)
					// a word of a longer name ("AI Research SuperCluster", "OpenID Connect"): the model's call
					|| i > 0 && startsUpperCase(words[i - 1]) || i + 1 < words.length && startsUpperCase(words[i + 1])
					|| i > 0 && tokens.get(i).start() == tokens.get(i - 1).end()
					|| i + 1 < words.length && tokens.get(i + 1).start() == tokens.get(i).end() && !isPunctuation(words[i + 1])
					|| NameCandidate.anyCovers(merged, i, i)) {
				continue;
			}
			merged.add(NameCandidate.fromRule(i, isCompanyHere(words, i) ? EntityType.VENDOR : EntityType.PRODUCT));
		}
	}

	private static final Set<String> DEAL_VERBS = Set.of("acquired", "acquire", "acquires", "acquiring", "bought", "buy",
			"buys", "buying", "purchased", "purchase");

	/** "Okta acquired Auth0", "Auth0 said": the company bought, or the company acting. */
	private static boolean isCompanyHere(String[] words, int i) {
		return i > 0 && DEAL_VERBS.contains(words[i - 1].toLowerCase(Locale.ROOT))
				|| i + 1 < words.length && EntityRecognizer.COMPANY_VERBS.contains(words[i + 1].toLowerCase(Locale.ROOT));
	}

	/**
	 * "H200", "L40S", "MI300X", "XE9680": capitals and at least two digits are a model's name (a
	 * chip, a server, an instance). Not a latency percentile ("P99"), an algorithm ("SHA256") or a
	 * memory or bus standard ("DDR5", {@link NotNames}).
	 */
	static boolean isModelNumber(String w) {
		return MODEL_NUMBER.matcher(w).matches() && !PERCENTILE.matcher(w).matches()
				&& STANDARD_PREFIXES.stream().noneMatch(w::startsWith);
	}

	private static final java.util.regex.Pattern MODEL_NUMBER = java.util.regex.Pattern.compile("[A-Z]{1,3}[0-9]{2,4}[A-Z]{0,2}");
	private static final java.util.regex.Pattern PERCENTILE = java.util.regex.Pattern.compile("P[0-9]{2,3}");
	private static final Set<String> STANDARD_PREFIXES = Set.of("SHA", "AES", "RSA", "MD", "CRC", "UTF", "ISO", "IEC", "DDR",
			"HBM", "USB", "WPA", "AV", "ARM", "FY", "CY", "IP", "RFC", "CVE", "CWE", "SOC", "PCI", "TLS");

	/**
	 * A capitalised coinage with a number glued to its end ("Auth0", "Trainium2"): written as a name.
	 * Not a dictionary word with a number ("Tier1", "Gen2", "Web3", "Step1"), which is mostly jargon.
	 */
	static boolean isWordWithNumber(String w) {
		return WORD_WITH_NUMBER.matcher(w).matches() && !ENGLISH.knows(w.replaceAll("[0-9]+$", ""));
	}

	private static final java.util.regex.Pattern WORD_WITH_NUMBER = java.util.regex.Pattern.compile("[A-Z][a-z]{2,}[0-9]{1,2}");

	/** Letters and digits with a capital after a lower-case letter, or a lower-case letter after two capitals. */
	static boolean isMixedCase(String w) {
		if (w.length() < 3 || !Character.isLetter(w.charAt(0)) || !w.chars().allMatch(Character::isLetterOrDigit)) {
			return false;
		}
		int firstCapital = -1;
		boolean innerCapital = false;
		for (int k = 0; k < w.length(); k++) {
			char c = w.charAt(k);
			if (Character.isUpperCase(c)) {
				if (firstCapital < 0) {
					firstCapital = k;
				}
				innerCapital |= k > 0 && Character.isLowerCase(w.charAt(k - 1));
			} else if (Character.isLowerCase(c) && k >= 2 && Character.isUpperCase(w.charAt(k - 1))
					&& Character.isUpperCase(w.charAt(k - 2)) && k + 1 < w.length()) {
				innerCapital = true; // "IOpipe", "SGLang" (not "GPUs": a plural)
			}
		}
		if (!innerCapital) {
			return false;
		}
		// Starting in lower case, a name has one letter in front ("vSphere", "iPhone") or capitals after ("macOS"); code has more.
		return firstCapital == 0 || firstCapital == 1 || w.substring(firstCapital).chars().noneMatch(Character::isLowerCase);
	}

	/** "DockerCon", "GopherCon", "HashiConf": conferences, which the guide does not count. */
	private static boolean isEvent(String w) {
		return w.endsWith("Con") || w.endsWith("Conf") || w.endsWith("CON");
	}

	private static boolean startsUpperCase(String w) {
		return Character.isUpperCase(w.charAt(0));
	}

	private static boolean isPunctuation(String w) {
		return !Character.isLetterOrDigit(w.charAt(0));
	}

	/** Words after which a name is software: "runs it on Wasmtime", "built on Seastar", "migrated to Quorvex". */
	private static final Set<String> SOFTWARE_CUES = Set.of("runs on", "run on", "running on", "ran on", "built on",
			"written in", "migrated to", "moved to", "switched to", "replaced with", "compiled with", "installed",
			"deploys", "deployed", "using", "uses", "adopted", "known as", "renamed");
	/** The last words of {@link #SOFTWARE_CUES}: a cheap first test. */
	private static final Set<String> SOFTWARE_CUE_ENDS = Set.of("on", "in", "to", "with", "as", "installed", "deploys",
			"deployed", "using", "uses", "adopted", "renamed");

	/**
	 * A capitalised word in no dictionary after a software cue, mid-sentence, that nobody proposed:
	 * a product ("compiles each service and runs it on Wasmtime", "known as Compute@Edge"). A word
	 * with "@" or ending ".js" is written as software ("Lambda@Edge", "Next.js") wherever it stands.
	 */
	private void addSoftwareNames(String[] words, List<NameCandidate> merged) {
		for (int i = 1; i < words.length; i++) {
			String w = words[i];
			boolean shape = (w.indexOf('@') > 0 || w.endsWith(".js")) && isWrittenAsSoftware(w);
			boolean software = shape || SOFTWARE_CUE_ENDS.contains(words[i - 1]) && DocumentNames.isNamePart(w)
					&& afterSoftwareCue(words, i) && !ENGLISH.knows(w);
			if (software && !notNames.contains(w) && !commonWords.contains(w.toLowerCase(Locale.ROOT))
					&& !NameCandidate.anyCovers(merged, i, i)) {
				NameCandidate c = NameCandidate.fromRule(i, EntityType.PRODUCT);
				if (shape) {
					c.confidence = SURE_BY_SHAPE; // written as software: only sure contexts retype it
				}
				merged.add(c);
			}
		}
	}

	private static final double SURE_BY_SHAPE = 0.9;
	private static final java.util.regex.Pattern SOFTWARE_SHAPE = java.util.regex.Pattern
			.compile("[A-Za-z][A-Za-z0-9]*@[A-Z][A-Za-z0-9]*|[A-Za-z][A-Za-z0-9-]*\\.js");

	/** "Lambda@Edge", "Next.js": a product whatever its context says. */
	static boolean isWrittenAsSoftware(String name) {
		return SOFTWARE_SHAPE.matcher(name).matches();
	}

	private static boolean afterSoftwareCue(String[] words, int i) {
		String one = words[i - 1].toLowerCase(Locale.ROOT);
		String two = i >= 2 ? words[i - 2].toLowerCase(Locale.ROOT) + " " + one : "";
		// "runs it on": the object pronoun between verb and preposition
		String skipIt = i >= 3 && one.equals("on") && words[i - 2].equals("it") ? words[i - 3].toLowerCase(Locale.ROOT) + " on" : "";
		return SOFTWARE_CUES.contains(one) || SOFTWARE_CUES.contains(two) || SOFTWARE_CUES.contains(skipIt);
	}
}
