package io.claimtagger.core.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.claimtagger.core.text.TextSpan;

/**
 * Names the words around them give away, where the model proposed nothing or was unsure (issue 9,
 * docs/accuracy.md steps 25 and 31-39): an appositive ("Quillfeather, a payroll startup"), a tool
 * described as one or opening a sentence in lower case ("pgvector turns ..."), an item of a list
 * beside a known name, a company's verb, a software noun after the name, the noun a list gives
 * examples of, a headline's company verb; and names the sentence says are something else (an API
 * kind, a ticker, a place, a person). Names spelled as names are {@link NamesFromSpelling}'s (steps
 * 64-70). Every rule leans on a dictionary
 * ({@link EnglishWords}) and the training corpus's common words to tell a new name from an
 * ordinary word. Works on one sentence's words and the candidates proposed so far.
 */
final class NamesFromWording {

	private static final EnglishWords ENGLISH = EnglishWords.bundled();

	/** Below this, a place the dictionary knows after "in" or "from" is taken for the place (docs/accuracy.md, step 36). */
	static final double UNSURE_PLACE = 0.7;
	/** Below this, the model's type of a name yields to its appositive's (docs/accuracy.md, step 37; 1.0 gives the same). */
	static final double APPOSITIVE_OVER_MODEL = 0.8;

	private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "from", "near", "of", "to", "into", "across",
			"outside", "inside", "around");
	private static final Set<String> APPOSITIVE_OPENERS = Set.of("a", "an", "the", "its", "their", "whose");
	private static final Set<String> APPOSITIVE_VENDOR_NOUNS = Set.of("startup", "start-up", "company", "vendor", "provider",
			"maker", "firm", "supplier", "developer", "subsidiary", "spinout", "spin-off", "unicorn", "backer", "rival",
			"competitor", "specialist", "designer", "integrator", "reseller", "distributor", "consultancy");
	/** "Onehouse, founded by ...", "Tenstorrent, led by ...": what is said of a company. */
	private static final Set<String> VENDOR_PARTICIPLES = Set.of("founded", "co-founded", "backed", "led", "headquartered");
	/** "Weaviate, written in Go ...", "Milvus, created by ...": what is said of software. */
	private static final Set<String> PRODUCT_PARTICIPLES = Set.of("written", "developed", "created", "maintained",
			"open-sourced", "implemented");
	private static final Set<String> APPOSITIVE_PRODUCT_NOUNS = Set.of("engine", "database", "platform", "tool", "service",
			"framework", "library", "runtime", "distribution", "hypervisor", "scheduler", "orchestrator", "catalog",
			"appliance", "array", "accelerator", "chip", "processor", "operating", "browser", "editor", "compiler",
			"cli", "sdk", "api", "plugin", "plug-in", "extension", "agent", "proxy", "gateway", "registry", "operator");
	/** What a lower-case tool is called right after its name: "the skyrun command-line tool", "the pgvector extension". */
	private static final Set<String> TOOL_NOUNS = Set.of("tool", "cli", "command", "utility", "extension", "plugin",
			"plug-in", "library", "package", "daemon", "controller", "operator", "binary", "module", "crate", "agent",
			"sdk", "runtime", "proxy", "registry", "scanner", "exporter", "engine", "database", "bundler", "linter",
			"collector", "emulator");
	private static final Set<String> WORD_PREFIXES = Set.of("micro", "intra", "pre", "post", "multi", "non", "bio", "geo");
	/** Words after which an appositive's noun phrase has ended ("a signing tool from the project"). */
	private static final Set<String> NOUN_PHRASE_ENDS = Set.of("in", "of", "for", "from", "by", "that", "which", "who",
			"with", "behind", "based", "at", "on", "to");
	private static final Set<String> PROJECT_PEOPLE = Set.of("creator", "creators", "maintainer", "maintainers", "authors",
			"contributors", "committers");
	private static final Set<String> MADE_VERBS = Set.of("open-sourced", "spun", "donated", "created", "built", "developed",
			"released", "maintains", "maintained", "launched");
	/** A name right before one of these is software: "the Seastar framework", "the Tidewater controller", "the Entra brand". */
	private static final Set<String> HEAD_PRODUCT_NOUNS = Set.of("framework", "controller", "brand", "library", "runtime",
			"engine", "cli", "sdk", "plugin", "extension", "operator", "scheduler", "algorithm");
	private static final Set<String> LIST_SEPARATORS = Set.of(",", "and", "or");
	/** Modifiers that may stand between such a name and its noun. */
	private static final Set<String> TOOL_MODIFIERS = Set.of("command", "line", "open", "source", "terminal",
			"small", "new", "official", "popular", "standalone", "companion");

	/** What a Kubernetes-style API kind is called: "NodePool and EC2NodeClass resources", "GitRepository objects". */
	private static final Set<String> RESOURCE_NOUNS = Set.of("resource", "resources", "object", "objects", "crd", "crds");
	/** "(Nasdaq: CSCO)": the guide counts tickers as no entity. */
	private static final Set<String> EXCHANGES = Set.of("nasdaq", "nyse", "lse", "tsx", "asx", "otc", "otcqx", "euronext");
	private static final Set<String> PLACE_BEFORE = Set.of("in", "from", "near");

	private final Set<String> commonWords;
	private final NotNames notNames;
	private final NamesFromSpelling spelling;

	NamesFromWording(Set<String> commonWords, NotNames notNames) {
		this.commonWords = commonWords;
		this.notNames = notNames;
		this.spelling = new NamesFromSpelling(commonWords, notNames);
	}

	/** Adds the names the wording gives away to {@code merged}, and retypes the unsure ones it describes. */
	void propose(String[] words, List<TextSpan> tokens, List<NameCandidate> merged, boolean headline) {
		addAppositiveNames(words, merged);
		typeExamples(words, merged);
		if (headline) {
			typeHeadlineActors(words, merged);
		}
		addDescribedLowerCaseNames(words, tokens, merged);
		addListedNames(words, tokens, merged, headline);
		addLowerCaseSentenceStart(words, tokens, merged);
		if (!headline) { // in a headline every word is capitalised: no telling names by their capitals
			addOrganisationNames(words, merged);
			spelling.propose(words, tokens, merged);
		}
	}

	/**
	 * Examples take the type of the noun they are examples of: "frameworks such as LangChain and
	 * LlamaIndex" are products, "providers such as CoreWeave and Lambda" and "investors including
	 * Sequoia" vendors. Only names read from the text are retyped; a noun of neither kind says nothing.
	 */
	private static void typeExamples(String[] words, List<NameCandidate> merged) {
		for (int i = 2; i + 1 < words.length; i++) {
			int noun;
			if (words[i].equals("as") && words[i - 1].equals("such")) {
				noun = i - 2;
			} else if (words[i].equals("including")) {
				noun = i - 1;
			} else {
				continue;
			}
			EntityType type = nounType(words[noun]);
			if (type == null) {
				continue;
			}
			int at = i + 1;
			while (at < words.length) {
				int start = at;
				NameCandidate item = merged.stream().filter(c -> c.firstToken == start).findFirst().orElse(null);
				if (item == null) {
					break;
				}
				if (item.source.fromText()) {
					item.type = type;
				}
				at = item.lastToken + 1;
				if (at < words.length && words[at].equals(",")) {
					at++;
				}
				if (at < words.length && (words[at].equals("and") || words[at].equals("or"))) {
					at++;
				}
				if (at == item.lastToken + 1) {
					break; // no separator: the list has ended
				}
			}
		}
	}

	/** What only a company does in a headline ("Acme Raises $40M", "Acme Buys Quorvex"); products add, bring and ship too. */
	private static final Set<String> HEADLINE_PREPOSITIONS = Set.of("across", "to", "on", "for", "with", "in", "into", "of",
			"from", "over", "at", "the", "a", "an", "its", "your");
	private static final Set<String> HEADLINE_COMPANY_VERBS = Set.of("Launches", "Raises", "Introduces", "Releases",
			"Announces", "Unveils", "Buys", "Acquires", "Opens", "Files", "Debuts", "Hires", "Sells", "Partners", "Teams",
			"Bets", "Plans", "Joins", "Lays", "Sues", "Agrees", "Cuts", "Puts");

	/**
	 * In a headline, a name right before a company's verb acts as the company (70 of 77 such names in
	 * the project's annotated headlines are vendors; the products among them carry a version or a
	 * second word: "DeltaForge 5 Ships", "Skylark Run Combines").
	 */
	private static void typeHeadlineActors(String[] words, List<NameCandidate> merged) {
		for (NameCandidate c : merged) {
			// the actor is the headline's subject, not a preposition's object ("Share GPUs Across Kubernetes Teams")
			boolean object = c.firstToken > 0 && HEADLINE_PREPOSITIONS.contains(words[c.firstToken - 1].toLowerCase(Locale.ROOT));
			if (c.type == EntityType.PRODUCT && c.tokenCount() == 1 && c.lastToken + 1 < words.length && !object
					&& HEADLINE_COMPANY_VERBS.contains(words[c.lastToken + 1]) && !words[c.firstToken].chars().anyMatch(Character::isDigit)) {
				actsAsVendor(c);
			}
		}
	}

	/** A name retyped as the company acting: no longer the catalog's product ("Lambda told us" is not AWS Lambda). */
	private static void actsAsVendor(NameCandidate c) {
		c.type = EntityType.VENDOR;
		if (!c.source.fromText()) {
			c.canonical = null;
		}
	}

	/** The type a plural or singular noun gives its examples, or null. */
	private static EntityType nounType(String noun) {
		String w = noun.toLowerCase(Locale.ROOT);
		String singular = w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y" : w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
		if (APPOSITIVE_VENDOR_NOUNS.contains(singular) || EXAMPLE_VENDOR_NOUNS.contains(singular)) {
			return EntityType.VENDOR;
		}
		if (APPOSITIVE_PRODUCT_NOUNS.contains(singular) || TOOL_NOUNS.contains(singular) || EXAMPLE_PRODUCT_NOUNS.contains(singular)) {
			return EntityType.PRODUCT;
		}
		return null;
	}

	private static final Set<String> EXAMPLE_VENDOR_NOUNS = Set.of("investor", "chipmaker", "hyperscaler", "incumbent",
			"challenger", "customer", "partner");
	private static final Set<String> EXAMPLE_PRODUCT_NOUNS = Set.of("product", "project", "language", "format",
			"system", "server", "app", "application", "model");

	/** Last words of the names of foundations, alliances and universities, who back a technology (the guide's vendors). */
	private static final Set<String> ORGANISATION_HEADS = Set.of("Alliance", "Foundation", "Consortium", "University",
			"Institute");

	/**
	 * One to four capitalised words or acronyms (and "&") before an organisation's head noun,
	 * mid-sentence, that nobody proposed: "the Bytecode Alliance", "backed by the FIDO Alliance",
	 * "began at New York University". Their build says what they are wherever the words are unknown.
	 */
	private static void addOrganisationNames(String[] words, List<NameCandidate> merged) {
		for (int head = 2; head < words.length; head++) {
			if (!ORGANISATION_HEADS.contains(words[head])) {
				continue;
			}
			int first = head;
			int named = 0;
			while (first - 1 >= 1 && named < 4) {
				if (isOrganisationWord(words[first - 1])) {
					first--;
					named++;
				} else if (words[first - 1].equals("&") && first - 2 >= 1 && isOrganisationWord(words[first - 2])) {
					first--; // "LF AI & Data Foundation"
				} else {
					break;
				}
			}
			if (first == head || NameCandidate.anyCovers(merged, first, head)) {
				continue;
			}
			NameCandidate c = NameCandidate.fromRule(first, EntityType.VENDOR);
			c.lastToken = head;
			merged.add(c);
		}
	}

	/** "Bytecode", "York", "FIDO": a capitalised word or an acronym. */
	private static boolean isOrganisationWord(String w) {
		return DocumentNames.isNamePart(w) || w.length() >= 2 && w.chars().allMatch(ch -> Character.isUpperCase(ch) || Character.isDigit(ch));
	}

	/** First words of a byline: "By Priya Raman", "Posted ... by Rachel Ng". */
	static final Set<String> BYLINE_OPENINGS = Set.of("by", "posted", "written", "updated");

	/**
	 * Names the sentence itself says are something else: a CamelCase API kind followed (alone or in
	 * a list) by "resources" or "objects"; a stock ticker after its exchange; a place the dictionary
	 * knows, after "in" or "from" or down a list after one, that only the model proposed and not
	 * surely ("a startup from Estonia", "teams in Austin and Denver"); an ordinary English word the
	 * model proposed with little confidence where every word is capitalised (a sentence's start, a
	 * headline: "... Raises $42 Million to Grade ..."); a person after a company's possessive or in a
	 * byline.
	 */
	static boolean saysItIsNoName(String[] words, NameCandidate c, boolean headline) {
		String w = words[c.firstToken];
		if (c.tokenCount() == 1 && Character.isUpperCase(w.charAt(0)) && w.chars().skip(1).anyMatch(Character::isUpperCase)
				&& w.chars().anyMatch(Character::isLowerCase) && namesResources(words, c.lastToken)) {
			return true;
		}
		if (c.firstToken >= 2 && words[c.firstToken - 1].equals(":") && EXCHANGES.contains(words[c.firstToken - 2].toLowerCase(Locale.ROOT))) {
			return true;
		}
		if (isPersonAfterPossessive(words, c) || isBylineAuthor(words, c) || c.source.fromText() && isPlaceAfterCue(words, c.firstToken)) {
			return true;
		}
		if (isEventName(words, c)) {
			return true;
		}
		boolean unsureModelWord = c.source.fromText() && c.tokenCount() == 1;
		if (unsureModelWord && c.confidence < UNSURE_PLACE && c.firstToken > 0 && isProperNoun(w)
				&& afterPlaceWord(words, c.firstToken)) {
			return true;
		}
		return unsureModelWord && c.confidence < EntityRecognizer.RULE_CONFIDENCE && (c.firstToken == 0 || headline) && ENGLISH.contains(w);
	}

	/** Words that make a company's name an event's: "Snowflake Summit", "AWS re:Invent". */
	private static final Set<String> EVENT_WORDS = Set.of("summit", "conference", "expo", "re:invent", "reinvent", "devday");
	/** The same, ordinary words too, so only after "at" or "during": "at Microsoft Build", "at Google Cloud Next". */
	private static final Set<String> EVENT_WORDS_AFTER_AT = Set.of("build", "ignite", "i/o", "next", "explore", "world", "connect",
			"inspire", "live", "forum", "days", "dreamforce", "universe", "keynote");
	private static final Set<String> AT_EVENT = Set.of("at", "during", "ahead", "before", "after", "from");

	/**
	 * A name that is, or opens, an event's name: the guide counts no events or conferences, and a
	 * company's name inside one ("at Microsoft Build", "Snowflake Summit drew 15,000") is the
	 * event's, not the company acting.
	 */
	static boolean isEventName(String[] words, NameCandidate c) {
		String last = words[c.lastToken].toLowerCase(Locale.ROOT);
		if (c.tokenCount() > 1 && EVENT_WORDS.contains(last)) {
			return true;
		}
		String next = eventWordAfter(words, c.lastToken + 1);
		if (next == null) {
			return false;
		}
		if (EVENT_WORDS.contains(next)) {
			return true;
		}
		// "Google Cloud Next 2024", "Microsoft Build 2025": an edition's year makes it the event
		int after = c.lastToken + 1 + (next.contains(":") || next.contains("/") ? 3 : 1); // "re:Invent" is three tokens
		if (after < words.length && words[after].matches("(?:19|20)\\d{2}")) {
			return true;
		}
		// "at Microsoft Build", "during its Google Cloud Next keynote", "at this year's VMware Explore"
		for (int k = c.firstToken - 1; k >= Math.max(0, c.firstToken - 3); k--) {
			if (AT_EVENT.contains(words[k].toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}

	/** The event word starting at {@code k} in lower case ("re:Invent" and "I/O" are three tokens), or null. */
	private static String eventWordAfter(String[] words, int k) {
		if (k >= words.length || !Character.isUpperCase(words[k].charAt(0)) && !words[k].startsWith("re")) {
			return null;
		}
		String one = words[k].toLowerCase(Locale.ROOT);
		if (k + 2 < words.length && (words[k + 1].equals(":") || words[k + 1].equals("/"))) {
			String three = one + words[k + 1] + words[k + 2].toLowerCase(Locale.ROOT);
			if (EVENT_WORDS.contains(three) || EVENT_WORDS_AFTER_AT.contains(three)) {
				return three;
			}
		}
		return EVENT_WORDS.contains(one) || EVENT_WORDS_AFTER_AT.contains(one) ? one : null;
	}

	/**
	 * Whether the word at {@code token} is followed, alone or down a list, by "resources" or
	 * "objects": "Flux GitRepository and OCIRepository objects", "Argo CD Application resources".
	 */
	static boolean namesResources(String[] words, int token) {
		int k = token + 1;
		while (k + 1 < words.length && LIST_SEPARATORS.contains(words[k])) {
			k += 2;
		}
		return k < words.length && RESOURCE_NOUNS.contains(words[k].toLowerCase(Locale.ROOT));
	}

	/** Words before "in" that make what follows a place: "based in Tromsø", "a tenth location in Tromsø". */
	private static final Set<String> PLACE_CUES = Set.of("based", "headquartered", "located", "office", "offices",
			"headquarters", "location", "locations", "born", "hq");

	/**
	 * "based in Reykjavík", "headquartered in Charlotte, North Carolina": after such a cue and "in",
	 * a capitalised run, and the one after its comma, is a place whatever the dictionary knows.
	 */
	static boolean isPlaceAfterCue(String[] words, int token) {
		int i = beforeNameWords(words, token - 1); // "North" of "North Carolina"
		if (i >= 2 && words[i].equals(",")) { // "Charlotte, North Carolina": step back over the first place
			int k = beforeNameWords(words, i - 1);
			if (k == i - 1) {
				return false;
			}
			i = k;
		}
		return i >= 1 && words[i].equals("in") && PLACE_CUES.contains(words[i - 1].toLowerCase(Locale.ROOT))
				|| isCityBeforeState(words, token);
	}

	/** US states as datelines write them ("Lowell, Mass.-based", "Austin, Texas"). */
	private static final Set<String> STATES = Set.of("ala.", "ariz.", "ark.", "calif.", "colo.", "conn.", "del.", "fla.", "ga.",
			"ill.", "ind.", "kan.", "ky.", "la.", "md.", "mass.", "mich.", "minn.", "miss.", "mo.", "mont.", "neb.", "nev.",
			"n.h.", "n.j.", "n.m.", "n.y.", "n.c.", "n.d.", "okla.", "ore.", "pa.", "r.i.", "s.c.", "s.d.", "tenn.", "va.", "vt.",
			"wash.", "w.va.", "wis.", "wyo.", "alabama", "alaska", "arizona", "arkansas", "california", "colorado",
			"connecticut", "delaware", "florida", "georgia", "hawaii", "idaho", "illinois", "indiana", "iowa", "kansas",
			"kentucky", "louisiana", "maine", "maryland", "massachusetts", "michigan", "minnesota", "mississippi", "missouri",
			"montana", "nebraska", "nevada", "ohio", "oklahoma", "oregon", "pennsylvania", "tennessee", "texas", "utah",
			"vermont", "virginia", "wisconsin", "wyoming");

	/** "Lowell, Mass.-based", "Round Rock, Texas": the name before a state and a comma is a city. */
	private static boolean isCityBeforeState(String[] words, int first) {
		int k = first;
		while (k + 1 < words.length && DocumentNames.isNamePart(words[k + 1]) && k < first + 2) {
			k++;
		}
		if (k + 2 >= words.length || !words[k + 1].equals(",")) {
			return false;
		}
		String state = words[k + 2].toLowerCase(Locale.ROOT);
		// the tokenizer may leave the abbreviation's full stop apart: "Mass" "." "-" "based"
		return STATES.contains(state) || k + 3 < words.length && words[k + 3].equals(".") && STATES.contains(state + ".");
	}

	/** The index before up to three name words that end at {@code last}. */
	private static int beforeNameWords(String[] words, int last) {
		int k = last;
		while (k >= 0 && k > last - 3 && DocumentNames.isNamePart(words[k])) {
			k--;
		}
		return k;
	}

	/** A word the dictionary knows only capitalised: a place, a given name, a month. */
	private static boolean isProperNoun(String w) {
		return ENGLISH.knows(w) && !ENGLISH.contains(w);
	}

	/**
	 * Right after "in", "from" or "near", or further down a list that starts after one ("in Oregon
	 * and Virginia", "between Redmond and Provo"), each word before it in the list a proper noun.
	 */
	private static boolean afterPlaceWord(String[] words, int token) {
		int i = token - 1;
		while (i >= 2 && LIST_SEPARATORS.contains(words[i]) && isProperNoun(words[i - 1])) {
			i -= 2;
		}
		String before = words[i].toLowerCase(Locale.ROOT);
		return PLACE_BEFORE.contains(before) || i < token - 1 && before.equals("between");
	}

	/**
	 * "Pure's Shawn Rosemarin", "Oracle's Larry Ellison": after a company's possessive, a given name
	 * the dictionary knows as a proper noun and a capitalised word it does not know at all is a
	 * person the company employs, not a product.
	 */
	private static boolean isPersonAfterPossessive(String[] words, NameCandidate c) {
		if (!c.source.fromText() || c.tokenCount() != 2 || c.firstToken == 0 || !isPossessive(words[c.firstToken - 1])) {
			return false;
		}
		String given = words[c.firstToken];
		String surname = words[c.lastToken];
		return DocumentNames.isNamePart(given) && DocumentNames.isNamePart(surname) && isProperNoun(given)
				&& !ENGLISH.knows(surname);
	}

	/**
	 * "Posted September 5, 2008 by Alan Whitcombe", "By Priya Raman | February 26, 2009": the
	 * author of a byline is a person. Only the model's or the wording's names, only person-shaped
	 * words right after "by", and only on a line that opens as a byline.
	 */
	private static boolean isBylineAuthor(String[] words, NameCandidate c) {
		if (!c.source.fromText() || c.firstToken == 0 || c.tokenCount() > 3
				|| !BYLINE_OPENINGS.contains(words[0].toLowerCase(Locale.ROOT))
				|| !words[c.firstToken - 1].equalsIgnoreCase("by")) {
			return false;
		}
		for (int i = c.firstToken; i <= c.lastToken; i++) {
			if (!DocumentNames.isNamePart(words[i])) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A capitalised word nobody proposed, described right after it by an appositive that says what
	 * it is: "Quillfeather, a payroll startup" (a vendor), "Tessera, its storage engine" (a product).
	 */
	private void addAppositiveNames(String[] words, List<NameCandidate> merged) {
		for (int i = 0; i + 3 < words.length; i++) {
			if (!isLoneCapitalisedWord(words, i) || !words[i + 1].equals(",")
					// "Instead, the company ...": an adverb opening the sentence
					|| (i == 0 && commonWords.contains(words[i].toLowerCase(Locale.ROOT)))
					// "based in Seattle, the company ...": the appositive is about the subject
					|| (i > 0 && PLACE_PREPOSITIONS.contains(words[i - 1].toLowerCase(Locale.ROOT))) || NameCandidate.anyCovers(merged, i, i)) {
				continue;
			}
			EntityType type = appositiveType(words, i + 1);
			if (type != null) {
				merged.add(NameCandidate.fromRule(i, type));
			}
		}
		// The model's type yields to what the appositive says of the name ("Stonebridge IT, a managed
		// service provider", "StreamNative, the main company behind ...", "Milvus, created by ..."), to
		// a company having made it (", which AWS open-sourced") and to a software noun after it.
		for (NameCandidate c : merged) {
			if (c.source.fromText() && c.confidence < APPOSITIVE_OVER_MODEL && c.lastToken + 3 < words.length
					&& words[c.lastToken + 1].equals(",")
					&& (c.firstToken == 0 || !PLACE_PREPOSITIONS.contains(words[c.firstToken - 1].toLowerCase(Locale.ROOT)))) {
				EntityType type = appositiveType(words, c.lastToken + 1);
				if (type != null) {
					c.type = type;
				}
			}
			if (c.type == EntityType.PRODUCT && (c.source.fromText() && c.confidence < APPOSITIVE_OVER_MODEL
					? actsAsACompany(words, c, merged, false) : actsAsACompany(words, c, merged, true))) {
				actsAsVendor(c); // the guide: the organisation acting is a vendor, whoever proposed the name
			}
			// "Sigstore's creators", "Hudi's creator": people make projects (the model was sure of Hudi as a vendor)
			if (c.source.fromText() && c.lastToken + 2 < words.length && isPossessive(words[c.lastToken + 1])
					&& PROJECT_PEOPLE.contains(words[c.lastToken + 2].toLowerCase(Locale.ROOT))) {
				c.type = EntityType.PRODUCT;
			}
			if (c.source.fromText() && c.confidence < APPOSITIVE_OVER_MODEL && c.type == EntityType.VENDOR
					&& ownedByACompany(words, c, merged)) {
				c.type = EntityType.PRODUCT; // "Zscaler's ZIA and ZPA": what a company has is its product
			}
			if (c.source.fromText() && c.confidence < APPOSITIVE_OVER_MODEL && madeBySomeone(words, c.firstToken)) {
				c.type = EntityType.PRODUCT; // "the company behind Milvus", "the maker of Kedge"
			}
			if (c.source.fromText() && c.confidence < APPOSITIVE_OVER_MODEL && (madeByACompany(words, c.lastToken + 1)
					|| c.lastToken + 1 < words.length && HEAD_PRODUCT_NOUNS.contains(words[c.lastToken + 1].toLowerCase(Locale.ROOT)))) {
				c.type = EntityType.PRODUCT;
			}
		}
	}

	private static final Set<String> MAKERS_BEHIND = Set.of("company", "startup", "start-up", "firm", "vendor", "team", "people",
			"engineers", "developers", "foundation", "group", "business");
	private static final Set<String> MAKERS_OF = Set.of("maker", "makers", "creator", "creators", "developer", "developers",
			"author", "authors", "steward", "stewards", "publisher", "vendor", "maintainer", "maintainers");

	/** "the company behind X", "the maker of X": X is what they make. */
	private static boolean madeBySomeone(String[] words, int first) {
		if (first < 2) {
			return false;
		}
		String link = words[first - 1].toLowerCase(Locale.ROOT);
		String maker = words[first - 2].toLowerCase(Locale.ROOT);
		return link.equals("behind") && MAKERS_BEHIND.contains(maker) || link.equals("of") && MAKERS_OF.contains(maker);
	}

	/**
	 * ", which AWS open-sourced", ", which Yahoo spun out": something a company made, so a product
	 * (what a company bought may be a company: not counted).
	 */
	private static boolean madeByACompany(String[] words, int comma) {
		return comma + 3 < words.length && words[comma].equals(",") && words[comma + 1].equalsIgnoreCase("which")
				&& Character.isUpperCase(words[comma + 2].charAt(0)) && MADE_VERBS.contains(hyphenated(words, comma + 3).toLowerCase(Locale.ROOT));
	}

	/** The word at {@code k} with the parts a hyphen joins to it: the tokenizer splits "open-sourced" in three. */
	private static String hyphenated(String[] words, int k) {
		return k + 2 < words.length && words[k + 1].equals("-") ? words[k] + "-" + words[k + 2] : words[k];
	}

	/**
	 * The name, alone or with other names ("Exabeam and LogRhythm announced"), is the subject of a
	 * verb only a company does ("ClickHouse itself bought", "Securonix and Panther remain independent").
	 */
	private static boolean actsAsACompany(String[] words, NameCandidate c, List<NameCandidate> merged, boolean surely) {
		if (surely && c.tokenCount() > 1 && words[c.lastToken].chars().anyMatch(Character::isDigit)) {
			return false; // "vSphere 5.5 raised the maximum disk size": a release, a product
		}
		int k = skipRelativeClause(words, c.lastToken + 1);
		// "X and Y said"; a comma alone may start a new clause ("folded into X, Oracle says")
		while (k + 1 < words.length && (words[k].equals("and") || !surely && words[k].equals(","))) {
			int at = k + 1;
			NameCandidate other = merged.stream().filter(o -> o.firstToken == at).findFirst().orElse(null);
			if (other == null) {
				return false;
			}
			k = other.lastToken + 1;
		}
		if (k < words.length && words[k].equalsIgnoreCase("itself")) {
			k++;
		}
		if (k >= words.length) {
			return false;
		}
		String verb = words[k].toLowerCase(Locale.ROOT);
		if (surely) {
			// "raised" a company does with money ("raised $320 million"), a release with a limit
			return SURE_COMPANY_VERBS.contains(verb) && (!verb.equals("raised") || k + 1 < words.length
					&& (words[k + 1].startsWith("$") || words[k + 1].startsWith("\u20ac") || Character.isDigit(words[k + 1].charAt(0))));
		}
		return EntityRecognizer.COMPANY_VERBS.contains(verb) || MORE_COMPANY_VERBS.contains(verb)
				|| verb.equals("remain") && k + 1 < words.length && words[k + 1].equalsIgnoreCase("independent");
	}

	/** Only a company does these: enough to retype a name the catalog or a sure model calls a product. */
	private static final Set<String> SURE_COMPANY_VERBS = Set.of("said", "says", "told", "announced", "acquired",
			"bought", "raised", "hired", "filed", "reported");
	private static final Set<String> MORE_COMPANY_VERBS = Set.of("bought", "told", "tells", "charges", "charged", "rents");

	/** "GitHub, which has run npm since 2020, said": from a comma and "which" or "who" past the clause's closing comma. */
	private static int skipRelativeClause(String[] words, int k) {
		if (k + 1 < words.length && words[k].equals(",") && (words[k + 1].equals("which") || words[k + 1].equals("who"))) {
			for (int i = k + 2; i < Math.min(words.length, k + 20); i++) {
				if (words[i].equals(",")) {
					return i + 1;
				}
			}
		}
		return k;
	}

	/** What the appositive after the comma at {@code comma} says a name is, or null when it says neither. */
	private static EntityType appositiveType(String[] words, int comma) {
		// After a comma an appositive starts in lower case ("Filed under Storage, Open Source" is a list)
		String opener = comma + 1 < words.length && Character.isLowerCase(words[comma + 1].charAt(0)) ? hyphenated(words, comma + 1) : "";
		if (VENDOR_PARTICIPLES.contains(opener)) {
			return EntityType.VENDOR;
		}
		if (PRODUCT_PARTICIPLES.contains(opener)) {
			return EntityType.PRODUCT;
		}
		if (!APPOSITIVE_OPENERS.contains(opener)) {
			return null;
		}
		// The noun phrase's last noun is its head: "a managed service provider in Ohio" is a provider,
		// "the Oslo content delivery and edge compute provider" too.
		EntityType type = null;
		for (int k = comma + 2; k < Math.min(words.length, comma + 11); k++) {
			String d = words[k].toLowerCase(Locale.ROOT);
			if (d.equals(",") || d.equals(".") || NOUN_PHRASE_ENDS.contains(d)) {
				break;
			}
			if (k + 1 < words.length && isPossessive(words[k + 1])) {
				continue; // "Pure1, the vendor's management service": the owner, not what the name is
			}
			if (APPOSITIVE_VENDOR_NOUNS.contains(d)) {
				type = EntityType.VENDOR;
			} else if (APPOSITIVE_PRODUCT_NOUNS.contains(d)) {
				type = EntityType.PRODUCT;
			}
		}
		return type;
	}

	/**
	 * A lower-case word nobody proposed that no dictionary and no training sentence has as an
	 * ordinary word, described as a tool: by an appositive ("pgvectorscale, an extension that ...",
	 * "eks-node-viewer, a small terminal tool") or by the noun after it ("the skyrun command-line
	 * tool", "the pgvector extension") or the noun before it ("a small agent, harnockd, on each
	 * host"); or built like code ("node_exporter", "kube-state-metrics"). Tools are written in lower
	 * case; their description or their build is what tells them from a typo or a term of art.
	 */
	private void addDescribedLowerCaseNames(String[] words, List<TextSpan> tokens, List<NameCandidate> merged) {
		for (int i = 0; i + 1 < words.length; i++) {
			if (i > 0 && tokens.get(i).start() == tokens.get(i - 1).end() || !Character.isLowerCase(words[i].charAt(0))) {
				continue; // not where a word starts
			}
			NameCandidate c = NameCandidate.fromRule(i, EntityType.PRODUCT);
			ModelSpans.extendOverJoinedParts(words, c, tokens);
			int after = c.lastToken + 1;
			String name = String.join("", java.util.Arrays.copyOfRange(words, i, after));
			if (!isUnknownLowerCaseWord(name) || NameCandidate.anyCovers(merged, i, c.lastToken)) {
				continue;
			}
			boolean described = isCodeShaped(name) || isNamedAfterItsNoun(words, i, after);
			if (!described && after + 2 < words.length && words[after].equals(",") && APPOSITIVE_OPENERS.contains(words[after + 1].toLowerCase(Locale.ROOT))) {
				for (int k = after + 2; k < Math.min(words.length, after + 8) && !described; k++) {
					String d = words[k].toLowerCase(Locale.ROOT);
					if (d.equals(",") || d.equals(".")) {
						break;
					}
					described = TOOL_NOUNS.contains(d) || APPOSITIVE_PRODUCT_NOUNS.contains(d);
				}
			} else if (i > 0 && APPOSITIVE_OPENERS.contains(words[i - 1].toLowerCase(Locale.ROOT))) {
				int k = after;
				while (k < words.length && (TOOL_MODIFIERS.contains(words[k].toLowerCase(Locale.ROOT)) || words[k].equals("-"))) {
					k++;
				}
				described = k < words.length && TOOL_NOUNS.contains(words[k].toLowerCase(Locale.ROOT));
			}
			if (described) {
				merged.add(c);
			}
		}
	}

	/**
	 * One-word items of a list that holds a name ("vLLM, SGLang and TensorRT-LLM", "Harbor, Amazon ECR
	 * and zot"): an item nobody proposed, written as a name and in no dictionary (neither an
	 * ordinary word nor a place or person it knows), takes the type of the name beside it. An item
	 * is a list's only where a separator or the end of the list follows it.
	 */
	private void addListedNames(String[] words, List<TextSpan> tokens, List<NameCandidate> merged, boolean headline) {
		for (NameCandidate known : List.copyOf(merged)) {
			// "NVIDIA's TensorRT-LLM": the list's item is the product, not the company before it
			if (known.confidence < EntityRecognizer.RULE_CONFIDENCE || known.lastToken + 1 < words.length && isPossessive(words[known.lastToken + 1])) {
				continue;
			}
			for (int direction : new int[] { 1, -1 }) {
				List<Integer> items = new ArrayList<>();
				boolean conjunction = false;
				int edge = direction > 0 ? known.lastToken : known.firstToken;
				while (true) {
					int separator = edge + direction;
					int item = separator + direction;
					if (item < 0 || item >= words.length || !LIST_SEPARATORS.contains(words[separator].toLowerCase(Locale.ROOT))) {
						break;
					}
					conjunction |= !words[separator].equals(",");
					// ", and" / ", or": one separator of two tokens
					if (direction > 0 && words[separator].equals(",") && LIST_SEPARATORS.contains(words[item].toLowerCase(Locale.ROOT))
							&& !words[item].equals(",")) {
						conjunction = true;
						item++;
					} else if (direction < 0 && !words[separator].equals(",") && item >= 1 && words[item].equals(",")) {
						item--;
					}
					if (item < 0 || item >= words.length) {
						break;
					}
					int at = item;
					NameCandidate next = merged.stream().filter(c -> c.firstToken <= at && at <= c.lastToken).findFirst().orElse(null);
					if (next != null) {
						edge = direction > 0 ? next.lastToken : next.firstToken;
						continue;
					}
					// Beside a product, mid-sentence, an ordinary word written capitalised is a name too
					// ("Grafana Cloud, Honeycomb or any OTLP endpoint"); in a headline every word is.
					boolean ordinaryToo = !headline && known.type == EntityType.PRODUCT;
					if (!isListableWord(words, item, ordinaryToo) || !endsListItem(words, tokens, item) || !startsListItem(words, item)) {
						break;
					}
					items.add(item);
					edge = item;
				}
				// "According to IDC, Hyper-V ...", "Marten Mickos, Eucalyptus's chief": commas alone make no list
				if (conjunction) {
					for (int item : items) {
						merged.add(NameCandidate.fromRule(item, known.type));
					}
				}
			}
		}
	}

	/**
	 * A company's possessive before the name, or before the list the name ends ("Zscaler's ZIA and
	 * ZPA"): the company's product. Not a person's ("Zscaler's CEO" is no name anyway).
	 */
	private static boolean ownedByACompany(String[] words, NameCandidate c, List<NameCandidate> merged) {
		int k = c.firstToken - 1;
		// step back over earlier items of a list: "A, B and C"
		while (k >= 1 && (words[k].equals(",") || words[k].equals("and") || words[k].equals("or"))) {
			int end = k - 1;
			NameCandidate item = merged.stream().filter(o -> o.lastToken == end).findFirst().orElse(null);
			if (item == null) {
				return false;
			}
			k = item.firstToken - 1;
		}
		if (k < 1 || !isPossessive(words[k])) {
			return false;
		}
		int owner = k - 1;
		return merged.stream().anyMatch(o -> o.lastToken == owner && o.type == EntityType.VENDOR && o != c);
	}

	private static boolean isPossessive(String word) {
		return word.equals("'s") || word.equals("\u2019s") || word.equals("'") || word.equals("\u2019");
	}

	/** Preceded by a separator, or by a lower-case word where the list starts ("include vLLM, ..."). */
	private static boolean startsListItem(String[] words, int item) {
		return item == 0 || LIST_SEPARATORS.contains(words[item - 1].toLowerCase(Locale.ROOT))
				|| Character.isLowerCase(words[item - 1].charAt(0)) || !Character.isLetterOrDigit(words[item - 1].charAt(0));
	}

	/**
	 * A sentence that opens with a lower-case word no dictionary and no training sentence has opens
	 * with a tool's name ("pgvector turns PostgreSQL into ...", "tide-syncer can now pull ..."):
	 * writers keep a tool's lower case even where a sentence would capitalise.
	 */
	private void addLowerCaseSentenceStart(String[] words, List<TextSpan> tokens, List<NameCandidate> merged) {
		if (words.length < 3 || !Character.isLowerCase(words[0].charAt(0))) {
			return;
		}
		NameCandidate c = NameCandidate.fromRule(0, EntityType.PRODUCT);
		ModelSpans.extendOverJoinedParts(words, c, tokens);
		if (!NameCandidate.anyCovers(merged, 0, c.lastToken) && isUnknownLowerCaseWord(String.join("", java.util.Arrays.copyOfRange(words, 0, c.lastToken + 1)))) {
			merged.add(c);
		}
	}

	/** Followed by a separator, the sentence's end or (for a list's last item) a lower-case word. */
	private static boolean endsListItem(String[] words, List<TextSpan> tokens, int item) {
		if (item + 1 >= words.length) {
			return true;
		}
		if (tokens.get(item + 1).start() == tokens.get(item).end() && !words[item + 1].equals(",") && !words[item + 1].equals(".")) {
			return false; // "zot-based", "Thanos's": more than the item
		}
		String after = words[item + 1];
		return LIST_SEPARATORS.contains(after.toLowerCase(Locale.ROOT)) || after.equals(".") || after.equals(";")
				|| after.equals(")") || Character.isLowerCase(after.charAt(0));
	}

	/** Written as a name (capitalised, an acronym, or a lower-case coinage) and in no dictionary. */
	private boolean isListableWord(String[] words, int i, boolean ordinaryToo) {
		String w = words[i];
		String lower = w.toLowerCase(Locale.ROOT);
		if (w.length() < 2 || !Character.isLetter(w.charAt(0)) || ModelSpans.CALENDAR.contains(lower)
				|| ModelSpans.PERSON_TITLES.contains(lower) || notNames.contains(w)) {
			return false;
		}
		if (ENGLISH.knows(w) || commonWords.contains(lower)) {
			// an ordinary word capitalised mid-sentence; not a place or a person the dictionary knows
			return ordinaryToo && i > 0 && !isProperNoun(w) && w.length() > 2 && Character.isUpperCase(w.charAt(0))
					&& w.substring(1).chars().allMatch(Character::isLowerCase);
		}
		boolean acronym = w.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
		boolean capitalised = Character.isUpperCase(w.charAt(0)) && w.chars().anyMatch(Character::isLowerCase)
				&& !(w.endsWith("s") && w.substring(0, w.length() - 1).chars().allMatch(Character::isUpperCase)); // "CDNs"
		return acronym ? w.length() >= 3 : capitalised || isUnknownLowerCaseWord(w);
	}

	/**
	 * Lower case, letters first, and neither an English word nor a word the training corpus writes
	 * in lower case; a hyphenated word counts when one of its parts of three letters or more is no
	 * English word ("eks-node-viewer", not "command-line" or "co-located").
	 */
	/**
	 * "node_exporter", "kube-state-metrics", "serverless-plugin-warmup": an underscore, or three or
	 * more parts, with a part in no dictionary. English compounds ("end-to-end") know every part,
	 * and the unknown part must be letters ("x86_64" is an instruction set).
	 */
	private boolean isCodeShaped(String w) {
		String[] parts = w.split("[-_]");
		if (w.indexOf('_') < 0 && parts.length < 3) {
			return false;
		}
		for (String part : parts) {
			if (part.length() >= 3 && part.chars().allMatch(Character::isLetter) && !ENGLISH.contains(part)
					&& !commonWords.contains(part) && !WORD_PREFIXES.contains(part)) {
				return true;
			}
		}
		return false;
	}

	/** "a small agent, harnockd, on each host", "its command-line tool, aws-sam-local, could": the noun, then the name set off by commas. */
	private static boolean isNamedAfterItsNoun(String[] words, int first, int after) {
		if (first < 2 || !words[first - 1].equals(",") || after >= words.length
				|| !words[after].equals(",") && !words[after].equals(".") && !words[after].equals(")")) {
			return false;
		}
		String noun = words[first - 2].toLowerCase(Locale.ROOT);
		return TOOL_NOUNS.contains(noun) || APPOSITIVE_PRODUCT_NOUNS.contains(noun);
	}

	private boolean isUnknownLowerCaseWord(String w) {
		if (w.length() < 3 || !Character.isLowerCase(w.charAt(0)) || !w.chars().allMatch(c -> Character.isLowerCase(c)
				|| Character.isDigit(c) || c == '-' || c == '_') || commonWords.contains(w)) {
			return false;
		}
		for (String part : w.split("[-_]")) {
			// "co-located", "micro-vm": prefixes are no names
			if (part.length() >= 3 && !ENGLISH.contains(part) && !commonWords.contains(part) && !WORD_PREFIXES.contains(part)) {
				return true;
			}
		}
		return false;
	}


	/**
	 * The word the appositive rule and the recogniser's versioned-name rule start from: capitalised with lower case in it, not a month or
	 * day, and not right after another capitalised word (the name may then be longer, "Bulwark
	 * Keep 3.0": the model's call).
	 */
	static boolean isLoneCapitalisedWord(String[] words, int i) {
		String w = words[i];
		return w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && w.chars().anyMatch(Character::isLowerCase)
				&& !ModelSpans.CALENDAR.contains(w.toLowerCase(Locale.ROOT)) && !(i > 0 && Character.isUpperCase(words[i - 1].charAt(0)));
	}
}
