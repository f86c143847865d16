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
	/** A rule, not the model: a middling confidence the hover shows as such. */
	static final double RULE_CONFIDENCE = 0.5;
	private static final Set<String> NOT_VERSIONED_NAMES = Set.of("version", "versions", "release", "releases", "section",
			"chapter", "table", "figure", "fig", "step", "phase", "level", "tier", "gen", "generation", "update", "patch",
			"build", "edition", "appendix", "page", "part", "rule", "article", "paragraph", "item", "note", "stage",
			"round", "series", "model", "option", "point", "grade", "class", "type", "schedule", "exhibit", "clause",
			// "Apache 2.0" is the license
			"apache");
	private static final Pattern DOTTED_VERSION = Pattern.compile("v?\\d{1,3}(?:\\.\\d{1,3}){1,2}");
	private static final double CATALOG_CONFIDENCE = 0.85;
	/**
	 * Last words of organisations' names, never a product's. Not "Foundation": VMware vSphere
	 * Foundation and OpenShift Data Foundation are products.
	 */
	private static final Set<String> ORGANISATION_WORDS = Set.of("Inc", "Inc.", "Corp", "Corp.", "Corporation", "Ltd",
			"Ltd.", "LLC", "GmbH", "Labs", "Group", "Holdings", "Capital", "Ventures", "Partners", "Securities",
			"Bank", "Investments", "Technologies", "Alliance", "Consortium", "Institute", "University");
	private static final double CONTEXTUAL_CONFIDENCE = 0.6;

	private static final Set<String> VENDOR_CUES_AFTER = Set.of("said", "says", "announced", "announces", "acquired",
			"acquires", "bought", "buys", "hired", "hires", "raised", "raises", "ceo", "cto", "founder", "inc", "inc.",
			"corp", "corp.", "ltd", "employees", "executives", "plans", "shareholders", "revenue", "reported", "launched",
			"unveiled", "released", "ships", "shipped", "sells", "filed", "laid", "partnered", "teamed", "agreed",
			"signed", "backs", "backed", "sponsors", "co-founded", "was", "has", "have", "is", "will");
	/** Verbs whose subject is a company, strong enough to make a sentence's first word one. */
	static final Set<String> COMPANY_VERBS = Set.of("said", "says", "announced", "announces", "acquired",
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

	private static final EnglishWords ENGLISH_WORDS = EnglishWords.bundled();

	private final NameFinder modelFinder;
	private final CatalogMatcher catalog;
	private final Set<String> commonWords;
	private final NotNames notNames;
	private final NamesFromWording wording;

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
		this.wording = new NamesFromWording(commonWords, notNames);
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

		for (CatalogMatch found : matches) {
			CatalogMatch match = withoutTrailingDescription(text, tokens, words, found);
			if (match == null) {
				continue;
			}
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
				// A runner-up reading may run over a person's title and name ("CrowdStrike CEO George
				// Kurtz"): the guide keeps people and titles out of every span.
				for (int i = last + 1; i <= mLast; i++) {
					if (ModelSpans.isPersonTitle(words[i])) {
						mLast = i - 1;
						break;
					}
				}
				for (int i = first - 1; i >= mFirst; i--) {
					if (ModelSpans.isPersonTitle(words[i])
							|| ModelSpans.opensAQuestion(words[i])) {
						mFirst = i + 1; // "... CEO Jane Roe", "Does Hyper-V ...?"
						break;
					}
				}
				boolean modelLonger = mFirst <= first && mLast >= last && (mLast - mFirst) > (last - first)
						// a company's name ends a product's ("Oracle VM" starts with one), never sits after
						// other names: "Twitter Facebook LinkedIn Reddit" of a share bar is four names glued
						&& !(isCompanyOnly(match) && (mFirst < first || companiesWithin(matches, tokens, mFirst, mLast) > 1));
				CatalogEntry entry = match.entryOf(overlap.type());
				if (modelLonger) {
					c.firstToken = mFirst;
					c.lastToken = mLast;
					c.type = typeOfLongerName(overlap.type(), match, first, mFirst, words[mLast]);
					// "Microsoft Hyper-V 2019" is Hyper-V; "Grafana OnCall" is not Grafana.
					boolean moreNameAfter = !VersionSuffix.strip(String.join(" ", java.util.Arrays.copyOfRange(words, first, mLast + 1)))
							.equals(String.join(" ", java.util.Arrays.copyOfRange(words, first, last + 1)));
					c.canonical = entry != null && entry.type() == c.type && !moreNameAfter ? entry.canonical() : null;
				} else {
					// The catalog's span; a name it knows as one type only keeps that type
					// ("plain company names stay vendors"), a dual name follows the model.
					CatalogEntry chosen = entry != null ? entry : match.entries().get(0);
					if (chosen.type() == EntityType.VENDOR && usedAsSoftware(words, first, last)) {
						// "sent everything to Datadog", "an Okta user": the company's software by its name
						CatalogEntry product = match.entryOf(EntityType.PRODUCT);
						chosen = product != null ? product : asProduct(chosen);
					}
					c.type = chosen.type();
					c.canonical = chosen.canonical();
				}
				c.confidence = 1 - (1 - overlap.probability()) * (1 - CATALOG_CONFIDENCE);
				c.source = EntitySource.BOTH;
			}
			if (c.tokenCount() == 1 && words[c.firstToken].equals("Apache") && isApacheProjectWord(words, c.lastToken + 1)) {
				c.lastToken++; // "Apache Parquet": the foundation's projects are named "Apache" + a word
				c.type = EntityType.PRODUCT;
				c.canonical = null;
			}
			if (!headline) {
				extendKnownName(words, c, matches, tokens);
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
		wording.propose(words, tokens, merged, headline);
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
		attachVersionsAndJoin(text, tokens, kept, matches);
		abbreviationsTakeTheirNamesType(words, kept);
		List<Entity> entities = new ArrayList<>(kept.size());
		for (NameCandidate c : kept) {
			int start = c.start(tokens);
			int end = c.end(tokens);
			String surface = text.subSequence(start, end).toString();
			if (isLicenseOrPeriod(surface, c.lastToken + 1 < words.length ? words[c.lastToken + 1] : "")
					|| notNames.contains(surface) || NoNameShapes.matches(surface, words, c.firstToken, c.lastToken)) {
				continue; // whoever proposed it: "Apache 2.0" after a catalog "Apache", "NVMe", "Q3 2024"
			}
			if (NamesFromWording.saysItIsNoName(words, c, headline)) {
				continue;
			}
			// a release's canonical name drops its version and edition; an organisation has neither
			// ("OpenSearch Software Foundation" is not the "Foundation" edition of something)
			String canonical = c.canonical != null ? c.canonical : c.type == EntityType.VENDOR ? surface : VersionSuffix.strip(surface);
			entities.add(new Entity(new TextSpan(start, end), surface, c.type, canonical, round(c.confidence), c.source));
		}
		return entities;
	}

	/** Lower-case words a name may end with ("Citrix Workspace app", "RHEL 6 beta"). */
	private static final Set<String> NAME_ENDINGS = Set.of("app", "beta", "alpha", "preview", "rc");

	/**
	 * An alias matched without regard to case may end in words the text writes in lower case, as a
	 * description: "the OpenStack block storage service", "the Mono project" (aliases "OpenStack Block
	 * Storage", "Mono Project"). Generic words after a name stay outside, so the match is the known
	 * name before them, or none.
	 */
	private CatalogMatch withoutTrailingDescription(CharSequence text, List<TextSpan> tokens, String[] words, CatalogMatch match) {
		int first = tokenIndexStarting(tokens, match.span().start());
		int last = tokenIndexEnding(tokens, match.span().end());
		if (first < 0 || last <= first || !Character.isUpperCase(words[first].charAt(0)) || !isDescriptionWord(words[last])) {
			return match;
		}
		while (last > first && isDescriptionWord(words[last])) {
			last--;
		}
		for (CatalogMatch shorter : catalog.match(text, tokens.subList(first, last + 1))) {
			if (shorter.span().start() == match.span().start()) {
				return shorter;
			}
		}
		return null;
	}

	private static boolean isDescriptionWord(String w) {
		return w.length() >= 3 && w.chars().allMatch(Character::isLowerCase) && ENGLISH_WORDS.contains(w) && !NAME_ENDINGS.contains(w);
	}

	/**
	 * A known name followed directly by more capitalised name words, mid-sentence, is the start of a
	 * longer product's name the catalog does not hold: "Google Cloud Identity", "Amazon Security
	 * Lake", "Google Security Operations". The longer name is a product of its own (a vendor in front
	 * of a product is one product span), with no canonical name from the catalog.
	 */
	private static void extendKnownName(String[] words, NameCandidate c, List<CatalogMatch> matches, List<TextSpan> tokens) {
		int last = c.lastToken;
		ModelSpans.extendOverCapitalisedWords(words, c, matches, tokens);
		for (int i = last + 1; i <= c.lastToken; i++) {
			// An API kind after the name ("Argo CD Application resources"), a license ("the Apache
			// License"), or a person's title and name ("CrowdStrike CEO George Kurtz": the guide keeps
			// people and their titles out of every span).
			if (NamesFromWording.namesResources(words, i) || words[i].equals("License") || words[i].equals("Licence")
					|| ModelSpans.isPersonTitle(words[i])) {
				c.lastToken = i - 1;
				break;
			}
		}
		if (c.lastToken != last) {
			ModelSpans.extendOverJoinedParts(words, c, tokens); // "Red Hat Single Sign-On"
			c.type = EntityType.PRODUCT;
			c.canonical = null;
		}
	}

	/**
	 * An abbreviation in brackets right after a name is that name written short ("Amazon Web Services
	 * (AWS)", "SUSE Linux Enterprise Server (SLES)"): the guide makes it a mention of its own, of the
	 * same type, whatever the abbreviation's catalog entry or the model says.
	 */
	private static void abbreviationsTakeTheirNamesType(String[] words, List<NameCandidate> kept) {
		for (int i = 0; i + 1 < kept.size(); i++) {
			NameCandidate name = kept.get(i);
			NameCandidate shortName = kept.get(i + 1);
			if (shortName.firstToken == name.lastToken + 2 && words[name.lastToken + 1].equals("(")
					&& shortName.lastToken + 1 < words.length && words[shortName.lastToken + 1].equals(")")
					&& shortName.tokenCount() == 1 && shortName.type != name.type) {
				shortName.type = name.type;
				shortName.canonical = name.canonical; // "AWS" here is "Amazon Web Services", the company
			}
		}
	}

	private static void attachVersionsAndJoin(CharSequence text, List<TextSpan> tokens, List<NameCandidate> kept,
			List<CatalogMatch> matches) {
		for (int i = 0; i < kept.size(); i++) {
			NameCandidate c = kept.get(i);
			int limit = i + 1 < kept.size() ? kept.get(i + 1).firstToken : tokens.size();
			ModelSpans.joinHyphenatedModel(text, tokens, c, limit);
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
					&& isSingleSpace(text, vendor.end(tokens), product.start(tokens))
					// two companies in a row are two names ("Facebook LinkedIn Reddit" of a share bar)
					&& companiesWithin(matches, tokens, product.firstToken, product.firstToken) == 0) {
				product.firstToken = vendor.firstToken;
				product.source = product.source.plus(vendor.source);
				product.confidence = Math.max(product.confidence, vendor.confidence);
				kept.remove(i);
				i--;
			}
		}
	}

	/**
	 * A license ("Apache 2.0", "the GPLv2", "the Apache License": named after its maker, capitalised;
	 * "a Nutanix license" is Nutanix's) or a fiscal period ("Q3 2024"): never a name, whoever
	 * proposes it. {@code next} is the word after the name, or "".
	 */
	static boolean isLicenseOrPeriod(CharSequence surface, String next) {
		return next.equals("License") || LICENSE.matcher(surface).matches() || PERIOD.matcher(surface).matches();
	}

	private static boolean isCompanyOnly(CatalogMatch match) {
		return match.entries().stream().allMatch(e -> e.type() == EntityType.VENDOR);
	}

	/** How many names the catalog knows only as companies lie within tokens {@code first..last}. */
	private static int companiesWithin(List<CatalogMatch> matches, List<TextSpan> tokens, int first, int last) {
		int start = tokens.get(first).start();
		int end = tokens.get(last).end();
		int n = 0;
		for (CatalogMatch m : matches) {
			if (start <= m.span().start() && m.span().end() <= end && isCompanyOnly(m)) {
				n++;
			}
		}
		return n;
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
			return last + 1 < words.length && (COMPANY_VERBS.contains(words[last + 1].toLowerCase(Locale.ROOT))
					|| ORGANISATION_WORDS.contains(words[last + 1])); // "Alphabet Inc.'s ..."
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

	/**
	 * The guide: a company's name directly in front of a product's is one product span ("Microsoft
	 * Sentinel", "Fastly Compute"), and a name ending in a word only organisations are called by is
	 * one ("Samsung Securities", "Evergreen Coast Capital"), whichever type the model gave the
	 * longer span.
	 */
	private static EntityType typeOfLongerName(EntityType modelType, CatalogMatch match, int catalogFirst, int first,
			String lastWord) {
		if (ORGANISATION_WORDS.contains(lastWord)) {
			return EntityType.VENDOR;
		}
		boolean companyInFront = catalogFirst == first
				&& match.entries().stream().allMatch(e -> e.type() == EntityType.VENDOR);
		return companyInFront ? EntityType.PRODUCT : modelType;
	}

	/** Words after "Apache" that are not a project's name. */
	private static final Set<String> NOT_APACHE_PROJECTS = Set.of("License", "Software", "Foundation", "Incubator",
			"Web", "HTTP", "Group");

	/** A capitalised word after "Apache" that names one of its projects ("Parquet", "Arrow"). */
	private static boolean isApacheProjectWord(String[] words, int i) {
		return i < words.length && DocumentNames.isNamePart(words[i]) && !NOT_APACHE_PROJECTS.contains(words[i])
				&& !ModelSpans.CALENDAR.contains(words[i].toLowerCase(Locale.ROOT));
	}

	/** "FIDO Alliance", "Evergreen Coast Capital": a name only an organisation has, whatever its contexts suggest. */
	static boolean endsAsOrganisation(String name) {
		return ORGANISATION_WORDS.contains(name.substring(name.lastIndexOf(' ') + 1));
	}

	/** Words right before a company-or-product name that only software follows ("installed Splunk"; not "run": companies are run too). */
	private static final Set<String> SOFTWARE_BEFORE = Set.of("install", "installed", "installing", "deploy", "deployed",
			"deploying", "into", "inside", "onto");
	/** Verbs of data or workloads moving: "sent everything to Datadog", "moved back to PagerDuty". */
	private static final Set<String> MOVING = Set.of("send", "sends", "sent", "sending", "ship", "ships", "shipped",
			"forward", "forwards", "forwarded", "move", "moves", "moved", "moving", "migrate", "migrates", "migrated",
			"migrating", "export", "exports", "exported", "stream", "streams", "streamed", "write", "writes", "back",
			"switch", "switched", "everything", "data", "logs", "metrics", "traces", "events", "alerts", "spans",
			"backups", "records", "tickets");

	/**
	 * A name the catalog knows as company and product, in a place only software takes: the model's
	 * "vendor" there is the guide's plain-company reading of a name that here is the service run or
	 * written to (corpus/eval/README.md: "the service data is sent to ... is a product").
	 */
	/** What a company-or-product name modifies when it names the software: "an Okta user", "a ServiceNow ticket". */
	private static final Set<String> SOFTWARE_NOUNS_AFTER = Set.of("user", "users", "ticket", "tickets", "tenant", "tenants",
			"dashboard", "dashboards", "workspace", "workspaces", "console", "agent", "agents", "connector", "connectors",
			"plugin", "plugins", "query", "queries", "pipeline", "pipelines");

	/**
	 * The guide types a company-or-product name by context: installed, sent data to, or modifying
	 * what only software has ("an Okta user"), it names the software.
	 */
	private static boolean usedAsSoftware(String[] words, int first, int last) {
		String before = first > 0 ? words[first - 1].toLowerCase(Locale.ROOT) : "";
		String after = last + 1 < words.length ? words[last + 1].toLowerCase(Locale.ROOT) : "";
		if (after.equals("'s") || after.equals("\u2019s")) {
			return false; // "Inside NASA's Nebula cloud": the owner
		}
		if (SOFTWARE_BEFORE.contains(before) || SOFTWARE_NOUNS_AFTER.contains(after)) {
			return true;
		}
		// "moved back to PagerDuty": where workloads go. Not where they leave: "moving off VMware" is
		// the company left, a plain company name the guide keeps a vendor.
		return before.equals("to") && first > 1 && MOVING.contains(words[first - 2].toLowerCase(Locale.ROOT));
	}

	/** Company-or-product names (Eucalyptus, Docker) are typed by what the sentence does with them. */
	/** A plain company name used for its software: a product under the company's canonical name. */
	private static CatalogEntry asProduct(CatalogEntry vendor) {
		return new CatalogEntry(EntityType.PRODUCT, vendor.canonical(), vendor.aliases(), vendor.contextual(), vendor.caseSensitive());
	}

	private static CatalogEntry chooseByContext(CatalogMatch match, String[] words, int first, int last,
			CharSequence text, List<TextSpan> tokens) {
		if (match.entries().size() == 1) {
			CatalogEntry only = match.entries().get(0);
			return only.type() == EntityType.VENDOR && usedAsSoftware(words, first, last) ? asProduct(only) : only;
		}
		CatalogEntry vendor = match.entryOf(EntityType.VENDOR);
		CatalogEntry product = match.entryOf(EntityType.PRODUCT);
		String after = last + 1 < words.length ? words[last + 1].toLowerCase(Locale.ROOT) : "";
		String before = first > 0 ? words[first - 1].toLowerCase(Locale.ROOT) : "";
		if (VersionSuffix.followedByNumber(text, tokens, last) || usedAsSoftware(words, first, last)) {
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
			if (!NamesFromWording.isLoneCapitalisedWord(words, i) || !DOTTED_VERSION.matcher(words[i + 1]).matches()
					|| NOT_VERSIONED_NAMES.contains(words[i].toLowerCase(Locale.ROOT)) || NameCandidate.anyCovers(merged, i, i + 1)) {
				continue;
			}
			int at = i;
			NameCandidate c = NameCandidate.fromRule(i, EntityType.PRODUCT);
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
