package io.claimtagger.core.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.claimtagger.core.text.TextSpan;

/**
 * Finds the vendors and products of one sentence: the trained name finder and the catalog each
 * propose spans, and the merge rules of the annotation guide decide (longest span, catalog types
 * for names it knows as one type only, context for company-or-product names, versions inside the
 * span, vendor + product as one product). Not thread-safe: one per pipeline.
 */
public final class EntityRecognizer {

	/**
	 * Below this, a name the catalog does not know is more often noise than a name. Measured on
	 * the evaluation set (docs/accuracy.md, issue 9): 0.55 kept out a third of the unseen names the
	 * model did find; 0.3 gains them for 7 more false alarms on the familiar articles.
	 */
	static final double MIN_MODEL_ONLY = 0.3;
	/**
	 * From here the model's name stands mid-sentence even when made of common words. Measured
	 * (docs/accuracy.md, issue 9, step 27): the model alone finds 0.06 more of all names (Python,
	 * Helm, KVM, which the corpus also writes in lower case), with the catalog +0.002; 0.6 and
	 * 0.75 add false alarms, 0.95 finds half as much.
	 */
	static final double CONFIDENT_DESPITE_COMMON_WORDS = 0.85;
	/** Below this, a place the dictionary knows after "in" or "from" is taken for the place (docs/accuracy.md, step 36). */
	static final double UNSURE_PLACE = 0.7;
	/** Below this, the model's type of a name yields to its appositive's (docs/accuracy.md, step 37; 1.0 gives the same). */
	static final double APPOSITIVE_OVER_MODEL = 0.8;
	/** A rule, not the model: a middling confidence the hover shows as such. */
	static final double RULE_CONFIDENCE = 0.5;
	private static final Set<String> NOT_VERSIONED_NAMES = Set.of("version", "versions", "release", "releases", "section",
			"chapter", "table", "figure", "fig", "step", "phase", "level", "tier", "gen", "generation", "update", "patch",
			"build", "edition", "appendix", "page", "part", "rule", "article", "paragraph", "item", "note", "stage",
			"round", "series", "model", "option", "point", "grade", "class", "type", "schedule", "exhibit", "clause",
			// "Apache 2.0" is the license
			"apache");
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
			"sdk", "runtime", "proxy", "registry", "scanner", "exporter", "engine", "database");
	private static final Set<String> WORD_PREFIXES = Set.of("micro", "intra", "pre", "post", "multi", "non", "bio", "geo");
	/** Words after which an appositive's noun phrase has ended ("a signing tool from the project"). */
	private static final Set<String> NOUN_PHRASE_ENDS = Set.of("in", "of", "for", "from", "by", "that", "which", "who",
			"with", "behind", "based", "at", "on", "to", "and", "or");
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
	private static final Pattern DOTTED_VERSION = Pattern.compile("v?\\d{1,3}(?:\\.\\d{1,3}){1,2}");
	private static final double CATALOG_CONFIDENCE = 0.85;
	private static final double CONTEXTUAL_CONFIDENCE = 0.6;

	private static final Set<String> VENDOR_CUES_AFTER = Set.of("said", "says", "announced", "announces", "acquired",
			"acquires", "bought", "buys", "hired", "hires", "raised", "raises", "ceo", "cto", "founder", "inc", "inc.",
			"corp", "corp.", "ltd", "employees", "executives", "plans", "shareholders", "revenue", "reported", "launched",
			"unveiled", "released", "ships", "shipped", "sells", "filed", "laid", "partnered", "teamed", "agreed",
			"signed", "backs", "backed", "sponsors", "co-founded", "was", "has", "have", "is", "will");
	/** Verbs whose subject is a company, strong enough to make a sentence's first word one. */
	private static final Set<String> COMPANY_VERBS = Set.of("said", "says", "announced", "announces", "acquired",
			"acquires", "raised", "raises", "reported", "reports", "hired", "filed", "agreed", "unveiled", "laid",
			"partnered", "sued", "priced");
	private static final Set<String> VENDOR_CUES_BEFORE = Set.of("acquire", "acquired", "acquiring", "acquisition",
			"buy", "bought", "buying", "purchase", "purchased", "from", "by", "at", "founded", "joined", "partner",
			"partnership", "rival", "rivals", "customers", "investors", "employees", "executives");
	private static final Set<String> PRODUCT_CUES_BEFORE = Set.of("run", "runs", "running", "ran", "install",
			"installed", "installing", "deploy", "deployed", "deploying", "use", "used", "using", "uses", "on", "onto",
			"into", "in", "inside", "under", "with", "than", "versus", "vs", "vs.", "migrate", "migrated", "support",
			"supports", "supported", "of", "the", "its", "their", "ship", "ships", "shipped", "bundle", "bundles",
			"version", "release", "via", "atop", "over", "replace", "replaced", "adopt", "adopted", "choose", "chose");

	/** Fiscal periods look like versioned names ("Q3 2024", "H1 2025", "FY2024") and are dates. */
	private static final Pattern PERIOD = Pattern.compile("(?:Q[1-4]|H[12])(?:\\s'?\\d{2}|\\s?(?:19|20)\\d{2})|(?:FY|CY)\\s?'?\\d{2,4}|(?:Q[1-4]|H[12])\\s(?:FY|CY)\\s?'?\\d{2,4}");
	/** Licenses are not products ("under Apache 2.0", "the GPLv2"). */
	private static final Pattern LICENSE = Pattern.compile("(?i)(?:apache|gpl|lgpl|agpl|mpl|bsd|bsl|sspl|elastic)"
			+ "(?: license)?[ -]?v?\\d+(?:\\.\\d+)*|(?:gpl|lgpl|agpl|sspl|bsl|elv2)(?:v\\d)?|elastic license"
			+ "|business source license|server side public license");

	private final NameFinder modelFinder;
	private final CatalogMatcher catalog;
	private static final EnglishWords ENGLISH = EnglishWords.bundled();

	private final Set<String> commonWords;
	private final NotNames notNames;

	/** {@code commonWords}: lower-case words that alone never make a name the catalog does not know. */
	public EntityRecognizer(NameFinder modelFinder, CatalogMatcher catalog, Set<String> commonWords) {
		this(modelFinder, catalog, commonWords, NotNames.NONE);
	}

	/** {@code notNames}: what is never a name (standards, protocols, licenses), whoever proposes it. */
	public EntityRecognizer(NameFinder modelFinder, CatalogMatcher catalog, Set<String> commonWords, NotNames notNames) {
		this.modelFinder = modelFinder;
		this.catalog = catalog;
		this.commonWords = commonWords;
		this.notNames = notNames;
	}

	public List<Entity> recognize(CharSequence text, List<TextSpan> tokens) {
		if (tokens.isEmpty()) {
			return List.of();
		}
		String[] words = new String[tokens.size()];
		for (int i = 0; i < words.length; i++) {
			words[i] = tokens.get(i).in(text).toString();
		}
		List<NameFinder.Prediction> predictions = modelFinder.find(words);
		boolean headline = WordShapeFeatureGenerator.isHeadline(words);
		List<CatalogMatch> matches = catalog.match(text, tokens);
		List<NameCandidate> merged = new ArrayList<>();
		boolean[] predictionUsed = new boolean[predictions.size()];

		for (CatalogMatch match : matches) {
			int first = tokenIndexStarting(tokens, match.span().start());
			int last = tokenIndexEnding(tokens, match.span().end());
			NameFinder.Prediction overlap = null;
			for (int p = 0; p < predictions.size(); p++) {
				NameFinder.Prediction pr = predictions.get(p);
				if (pr.startToken() <= last && first < pr.endToken()) {
					predictionUsed[p] = true;
					if (overlap == null || pr.endToken() - pr.startToken() > overlap.endToken() - overlap.startToken()) {
						overlap = pr;
					}
				}
			}
			NameCandidate c = new NameCandidate();
			c.firstToken = first;
			c.lastToken = last;
			if (overlap == null) {
				if (match.contextual() && (!supportedByContext(words, first, last, matches.size() + predictions.size() > 1)
						|| insideLongerName(words, first))) {
					continue;
				}
				CatalogEntry entry = chooseByContext(match, words, first, last, text, tokens);
				c.type = entry.type();
				c.canonical = entry.canonical();
				c.confidence = match.contextual() ? CONTEXTUAL_CONFIDENCE : CATALOG_CONFIDENCE;
				c.source = EntitySource.CATALOG;
			} else {
				int mFirst = overlap.startToken();
				int mLast = overlap.endToken() - 1;
				boolean modelLonger = mFirst <= first && mLast >= last && (mLast - mFirst) > (last - first);
				CatalogEntry entry = match.entryOf(overlap.type());
				if (modelLonger) {
					c.firstToken = mFirst;
					c.lastToken = mLast;
					c.type = overlap.type();
					c.canonical = entry != null && entry.type() == c.type ? entry.canonical() : null;
				} else {
					// The catalog's span; a name it knows as one type only keeps that type
					// ("plain company names stay vendors"), a dual name follows the model.
					CatalogEntry chosen = entry != null ? entry : match.entries().get(0);
					c.type = chosen.type();
					c.canonical = chosen.canonical();
				}
				c.confidence = 1 - (1 - overlap.probability()) * (1 - CATALOG_CONFIDENCE);
				c.source = EntitySource.BOTH;
			}
			merged.add(c);
		}
		for (int p = 0; p < predictions.size(); p++) {
			NameFinder.Prediction pr = predictions.get(p);
			// Lower-case names count ("etcd", "cert-manager"): the common words keep description out.
			if (predictionUsed[p] || pr.probability() < MIN_MODEL_ONLY
					|| onlyCommonWords(words, pr) && !confidentMidSentence(words, pr, headline, text, tokens)) {
				continue;
			}
			NameCandidate c = new NameCandidate();
			c.firstToken = pr.startToken();
			c.lastToken = pr.endToken() - 1;
			c.type = pr.type();
			c.confidence = pr.probability();
			c.source = EntitySource.MODEL;
			if (ModelSpans.trim(words, c, headline) && !ModelSpans.isDateline(words, c)) {
				if (!headline) {
					ModelSpans.extendOverCapitalisedWords(words, c, matches, tokens);
				}
				ModelSpans.extendOverJoinedParts(words, c, tokens);
				merged.add(c);
			}
		}
		addVersionedNames(words, merged);
		addAppositiveNames(words, merged);
		addDescribedLowerCaseNames(words, tokens, merged);
		addListedNames(words, tokens, merged);
		addLowerCaseSentenceStart(words, tokens, merged);
		for (NameCandidate c : merged) {
			// "the Linux Foundation": the article is not part of the name (the guide's spans).
			if (c.tokenCount() > 1 && words[c.firstToken].equalsIgnoreCase("the")) {
				c.firstToken++;
			}
		}
		merged.sort(Comparator.comparingInt((NameCandidate c) -> c.firstToken).thenComparingInt(c -> -c.tokenCount()));
		List<NameCandidate> kept = new ArrayList<>();
		for (NameCandidate c : merged) {
			NameCandidate prev = kept.isEmpty() ? null : kept.get(kept.size() - 1);
			if (prev != null && c.firstToken <= prev.lastToken) {
				continue; // overlaps a longer or earlier one
			}
			kept.add(c);
		}
		attachVersionsAndJoin(text, tokens, kept);
		List<Entity> entities = new ArrayList<>(kept.size());
		for (NameCandidate c : kept) {
			int start = c.start(tokens);
			int end = c.end(tokens);
			String surface = text.subSequence(start, end).toString();
			if (LICENSE.matcher(surface).matches() || PERIOD.matcher(surface).matches() || notNames.contains(surface)) {
				continue; // whoever proposed it: "Apache 2.0" after a catalog "Apache", "NVMe", "Q3 2024"
			}
			if (saidToBeNoName(words, c, headline)) {
				continue;
			}
			String canonical = c.canonical != null ? c.canonical : VersionSuffix.strip(surface);
			entities.add(new Entity(new TextSpan(start, end), surface, c.type, canonical, round(c.confidence), c.source));
		}
		return entities;
	}

	/** What a Kubernetes-style API kind is called: "NodePool and EC2NodeClass resources", "GitRepository objects". */
	private static final Set<String> RESOURCE_NOUNS = Set.of("resource", "resources", "object", "objects", "crd", "crds");
	/** "(Nasdaq: CSCO)": the guide counts tickers as no entity. */
	private static final Set<String> EXCHANGES = Set.of("nasdaq", "nyse", "lse", "tsx", "asx", "otc", "otcqx", "euronext");
	private static final Set<String> PLACE_BEFORE = Set.of("in", "from", "near");

	/**
	 * Names the sentence itself says are something else: a CamelCase API kind followed (alone or in
	 * a list) by "resources" or "objects"; a stock ticker after its exchange; a place the dictionary
	 * knows, after "in" or "from", that only the model proposed and not surely ("a startup from
	 * Estonia", "teams in Austin"); and an ordinary English word the model proposed with little
	 * confidence where every word is capitalised (a sentence's start, a headline: "... Raises $42 Million to Grade ...").
	 */
	private static boolean saidToBeNoName(String[] words, NameCandidate c, boolean headline) {
		String w = words[c.firstToken];
		if (c.tokenCount() == 1 && Character.isUpperCase(w.charAt(0)) && w.chars().skip(1).anyMatch(Character::isUpperCase)
				&& w.chars().anyMatch(Character::isLowerCase)) {
			int k = c.lastToken + 1;
			while (k + 1 < words.length && LIST_SEPARATORS.contains(words[k])) {
				k += 2;
			}
			if (k < words.length && RESOURCE_NOUNS.contains(words[k].toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		if (c.firstToken >= 2 && words[c.firstToken - 1].equals(":") && EXCHANGES.contains(words[c.firstToken - 2].toLowerCase(Locale.ROOT))) {
			return true;
		}
		boolean unsureModelWord = c.source.fromText() && c.tokenCount() == 1;
		if (unsureModelWord && c.confidence < UNSURE_PLACE && c.firstToken > 0 && ENGLISH.knows(w) && !ENGLISH.contains(w)
				&& PLACE_BEFORE.contains(words[c.firstToken - 1].toLowerCase(Locale.ROOT))) {
			return true;
		}
		return unsureModelWord && c.confidence < RULE_CONFIDENCE && (c.firstToken == 0 || headline) && ENGLISH.contains(w);
	}

	private static void attachVersionsAndJoin(CharSequence text, List<TextSpan> tokens, List<NameCandidate> kept) {
		for (int i = 0; i < kept.size(); i++) {
			NameCandidate c = kept.get(i);
			int limit = i + 1 < kept.size() ? kept.get(i + 1).firstToken : tokens.size();
			int end = VersionSuffix.extend(text, tokens, c.lastToken);
			if (end > c.end(tokens)) {
				if (c.type == EntityType.VENDOR && (!VersionSuffix.followedByNumber(text, tokens, c.lastToken)
						|| isLicenseName(text, tokens, c))) {
					continue;
				}
				int last = tokenIndexEnding(tokens, end);
				if (last < limit) {
					c.lastToken = last;
					if (c.type == EntityType.VENDOR) {
						c.type = EntityType.PRODUCT; // "Red Hat 6 Beta" names a release
					}
				}
			}
		}
		// A vendor directly before a product, no possessive, is one product: "Oracle VM", "Amazon EC2".
		for (int i = 0; i + 1 < kept.size(); i++) {
			NameCandidate vendor = kept.get(i);
			NameCandidate product = kept.get(i + 1);
			if (vendor.type == EntityType.VENDOR && product.type == EntityType.PRODUCT
					&& product.firstToken == vendor.lastToken + 1
					&& isSingleSpace(text, vendor.end(tokens), product.start(tokens))) {
				product.firstToken = vendor.firstToken;
				product.source = product.source.plus(vendor.source);
				product.confidence = Math.max(product.confidence, vendor.confidence);
				kept.remove(i);
				i--;
			}
		}
	}

	/** "Apache 2.0" is a license, not a release of the foundation. */
	private static boolean isLicenseName(CharSequence text, List<TextSpan> tokens, NameCandidate c) {
		return c.tokenCount() == 1 && tokens.get(c.firstToken).in(text).toString().equals("Apache");
	}

	private static boolean isSingleSpace(CharSequence text, int end, int start) {
		return start == end + 1 && text.charAt(end) == ' ';
	}

	/**
	 * An ordinary word (Chef, Swift) counts as a name only capitalised mid-sentence among other
	 * names, or opening a sentence as the subject of what only a company does ("Snowflake raised
	 * $3.4 billion", "Chef announced").
	 */
	private static boolean supportedByContext(String[] words, int first, int last, boolean otherNamesInSentence) {
		if (first == 0) {
			return last + 1 < words.length && COMPANY_VERBS.contains(words[last + 1].toLowerCase(Locale.ROOT));
		}
		return otherNamesInSentence && Character.isUpperCase(words[first].charAt(0)) && !isQuoteOrBracket(words[first - 1]);
	}

	/**
	 * An ordinary word after another capitalised word is part of a longer name nobody knows: the
	 * "Exchange" of "New York Stock Exchange" is not Microsoft Exchange. A sentence's first word is
	 * capitalised anyway, unless it is a name itself.
	 */
	private boolean insideLongerName(String[] words, int first) {
		if (first == 0) {
			return false;
		}
		String previous = words[first - 1];
		return Character.isUpperCase(previous.charAt(0)) && previous.chars().anyMatch(Character::isLowerCase)
				&& (first - 1 > 0 || !commonWords.contains(previous.toLowerCase(Locale.ROOT)));
	}

	private static boolean isQuoteOrBracket(String w) {
		return w.length() == 1 && "\"\u201C\u2018'(".indexOf(w.charAt(0)) >= 0;
	}

	/** Company-or-product names (Eucalyptus, Docker) are typed by what the sentence does with them. */
	private static CatalogEntry chooseByContext(CatalogMatch match, String[] words, int first, int last,
			CharSequence text, List<TextSpan> tokens) {
		if (match.entries().size() == 1) {
			return match.entries().get(0);
		}
		CatalogEntry vendor = match.entryOf(EntityType.VENDOR);
		CatalogEntry product = match.entryOf(EntityType.PRODUCT);
		String after = last + 1 < words.length ? words[last + 1].toLowerCase(Locale.ROOT) : "";
		String before = first > 0 ? words[first - 1].toLowerCase(Locale.ROOT) : "";
		if (VersionSuffix.followedByNumber(text, tokens, last)) {
			return product;
		}
		if (after.equals("'s") || after.equals("\u2019s") || VENDOR_CUES_AFTER.contains(after)
				|| VENDOR_CUES_BEFORE.contains(before)) {
			return vendor;
		}
		if (PRODUCT_CUES_BEFORE.contains(before)) {
			return product;
		}
		String surface = text.subSequence(tokens.get(first).start(), tokens.get(last).end()).toString();
		// No cue: a plain company name stays a vendor even where it stands for its product (the
		// guide: "Databricks", "Snowflake"); a name that is not the company's (Docker for Docker,
		// Inc.) is the product.
		if (vendor.canonical().equalsIgnoreCase(surface)) {
			return vendor;
		}
		return product;
	}

	/**
	 * A capitalised word no one proposed, followed by a dotted version ("Tessera 2.1", "Kestrel
	 * v3.4"): a product release, whatever the word. Not at the start of a sentence (any word is
	 * capitalised there), not a word that numbers things ("Version 2.1", "Section 3.2"). Ordinary
	 * words do name products ("Tessera", "Iceberg"), so the common-words list does not apply.
	 */
	private void addVersionedNames(String[] words, List<NameCandidate> merged) {
		for (int i = 1; i + 1 < words.length; i++) {
			if (!isLoneCapitalisedWord(words, i) || !DOTTED_VERSION.matcher(words[i + 1]).matches()
					|| NOT_VERSIONED_NAMES.contains(words[i].toLowerCase(Locale.ROOT)) || covered(merged, i, i + 1)) {
				continue;
			}
			int at = i;
			NameCandidate c = ruleNameCandidate(i, EntityType.PRODUCT);
			// A vendor right before is part of the product's name (the guide: "Oracle VM").
			NameCandidate vendor = merged.stream().filter(v -> v.lastToken == at - 1 && v.type == EntityType.VENDOR)
					.findFirst().orElse(null);
			if (vendor != null) {
				merged.remove(vendor);
				c.firstToken = vendor.firstToken;
			}
			merged.add(c);
		}
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
					|| (i > 0 && PLACE_PREPOSITIONS.contains(words[i - 1].toLowerCase(Locale.ROOT))) || covered(merged, i, i)) {
				continue;
			}
			EntityType type = appositiveType(words, i + 1);
			if (type != null) {
				merged.add(ruleNameCandidate(i, type));
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
			if (c.source.fromText() && c.confidence < APPOSITIVE_OVER_MODEL && actsAsACompany(words, c, merged)) {
				c.type = EntityType.VENDOR;
			}
			// "Sigstore's creators", "Hudi's creator": people make projects (the model was sure of Hudi as a vendor)
			if (c.source.fromText() && c.lastToken + 2 < words.length && isPossessive(words[c.lastToken + 1])
					&& PROJECT_PEOPLE.contains(words[c.lastToken + 2].toLowerCase(Locale.ROOT))) {
				c.type = EntityType.PRODUCT;
			}
			if (c.source.fromText() && c.confidence < APPOSITIVE_OVER_MODEL && (madeByACompany(words, c.lastToken + 1)
					|| c.lastToken + 1 < words.length && HEAD_PRODUCT_NOUNS.contains(words[c.lastToken + 1].toLowerCase(Locale.ROOT)))) {
				c.type = EntityType.PRODUCT;
			}
		}
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
	private static boolean actsAsACompany(String[] words, NameCandidate c, List<NameCandidate> merged) {
		int k = c.lastToken + 1;
		while (k + 1 < words.length && (words[k].equals("and") || words[k].equals(","))) {
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
		return COMPANY_VERBS.contains(verb) || verb.equals("bought") || verb.equals("remain") && k + 1 < words.length && words[k + 1].equalsIgnoreCase("independent");
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
		// The noun phrase's last noun is its head: "a managed service provider in Ohio" is a provider.
		EntityType type = null;
		for (int k = comma + 2; k < Math.min(words.length, comma + 7); k++) {
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
	 * tool", "the pgvector extension"). Tools are written in lower case; their description is what
	 * tells them from a typo or a term of art.
	 */
	private void addDescribedLowerCaseNames(String[] words, List<TextSpan> tokens, List<NameCandidate> merged) {
		for (int i = 0; i + 1 < words.length; i++) {
			if (i > 0 && tokens.get(i).start() == tokens.get(i - 1).end() || !Character.isLowerCase(words[i].charAt(0))) {
				continue; // not where a word starts
			}
			NameCandidate c = ruleNameCandidate(i, EntityType.PRODUCT);
			ModelSpans.extendOverJoinedParts(words, c, tokens);
			int after = c.lastToken + 1;
			if (!isUnknownLowerCaseWord(String.join("", java.util.Arrays.copyOfRange(words, i, after)))
					|| covered(merged, i, c.lastToken)) {
				continue;
			}
			boolean described = false;
			if (after + 2 < words.length && words[after].equals(",") && APPOSITIVE_OPENERS.contains(words[after + 1].toLowerCase(Locale.ROOT))) {
				for (int k = after + 2; k < Math.min(words.length, after + 7) && !described; k++) {
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
	private void addListedNames(String[] words, List<TextSpan> tokens, List<NameCandidate> merged) {
		for (NameCandidate known : List.copyOf(merged)) {
			// "NVIDIA's TensorRT-LLM": the list's item is the product, not the company before it
			if (known.confidence < RULE_CONFIDENCE || known.lastToken + 1 < words.length && isPossessive(words[known.lastToken + 1])) {
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
					if (!isListableWord(words, item) || !endsListItem(words, tokens, item) || !startsListItem(words, item)) {
						break;
					}
					items.add(item);
					edge = item;
				}
				// "According to IDC, Hyper-V ...", "Marten Mickos, Eucalyptus's chief": commas alone make no list
				if (conjunction) {
					for (int item : items) {
						merged.add(ruleNameCandidate(item, known.type));
					}
				}
			}
		}
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
		NameCandidate c = ruleNameCandidate(0, EntityType.PRODUCT);
		ModelSpans.extendOverJoinedParts(words, c, tokens);
		if (!covered(merged, 0, c.lastToken) && isUnknownLowerCaseWord(String.join("", java.util.Arrays.copyOfRange(words, 0, c.lastToken + 1)))) {
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
	private boolean isListableWord(String[] words, int i) {
		String w = words[i];
		String lower = w.toLowerCase(Locale.ROOT);
		if (w.length() < 2 || !Character.isLetter(w.charAt(0)) || ENGLISH.knows(w) || commonWords.contains(lower)
				|| ModelSpans.CALENDAR.contains(lower) || ModelSpans.PERSON_TITLES.contains(lower) || notNames.contains(w)) {
			return false;
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
	 * The word the two rules above start from: capitalised with lower case in it, not a month or
	 * day, and not right after another capitalised word (the name may then be longer, "Bulwark
	 * Keep 3.0": the model's call).
	 */
	private static boolean isLoneCapitalisedWord(String[] words, int i) {
		String w = words[i];
		return w.length() >= 2 && Character.isUpperCase(w.charAt(0)) && w.chars().anyMatch(Character::isLowerCase)
				&& !ModelSpans.CALENDAR.contains(w.toLowerCase(Locale.ROOT)) && !(i > 0 && Character.isUpperCase(words[i - 1].charAt(0)));
	}

	/** Whether a candidate already covers a token of {@code first..last}. */
	private static boolean covered(List<NameCandidate> merged, int first, int last) {
		return merged.stream().anyMatch(c -> c.firstToken <= last && first <= c.lastToken);
	}

	/** A one-word candidate proposed by a rule rather than the model. */
	private static NameCandidate ruleNameCandidate(int token, EntityType type) {
		NameCandidate c = new NameCandidate();
		c.firstToken = token;
		c.lastToken = token;
		c.type = type;
		c.confidence = RULE_CONFIDENCE;
		c.source = EntitySource.CONTEXT;
		return c;
	}

	/**
	 * Ordinary words do name things ("Pure" for Pure Storage, "Helm", "Spin"): where the model is
	 * sure of one, capitalised, in the middle of a sentence that is not a headline, the
	 * common-words list does not overrule it. At a sentence's start or in headline case every word is capitalised, and
	 * the model's certainty there is worth less.
	 */
	private static boolean confidentMidSentence(String[] words, NameFinder.Prediction pr, boolean headline,
			CharSequence text, List<TextSpan> tokens) {
		return !headline && pr.startToken() > 0 && pr.probability() >= CONFIDENT_DESPITE_COMMON_WORDS
				// lower-case common words are description ("open source"), whatever the model says,
				// unless written as one code-shaped word ("kube-router", "node_exporter")
				&& (Character.isUpperCase(words[pr.startToken()].charAt(0)) || ModelSpans.isCodeShaped(words, pr, tokens));
	}

	private boolean onlyCommonWords(String[] words, NameFinder.Prediction pr) {
		for (int i = pr.startToken(); i < pr.endToken(); i++) {
			String w = words[i].toLowerCase(Locale.ROOT);
			boolean common = w.length() <= 1 || commonWords.contains(w) || ModelSpans.CALENDAR.contains(w)
					|| w.chars().allMatch(c -> Character.isDigit(c) || c == ',' || c == '.');
			if (!common) {
				return false;
			}
		}
		return true;
	}

	private static int tokenIndexStarting(List<TextSpan> tokens, int start) {
		for (int i = 0; i < tokens.size(); i++) {
			if (tokens.get(i).start() == start) {
				return i;
			}
		}
		throw new IllegalStateException("No token starts at " + start);
	}

	private static int tokenIndexEnding(List<TextSpan> tokens, int end) {
		for (int i = 0; i < tokens.size(); i++) {
			if (tokens.get(i).end() == end) {
				return i;
			}
		}
		throw new IllegalStateException("No token ends at " + end);
	}

	private static double round(double d) {
		return Math.round(d * 1000) / 1000.0;
	}
}
