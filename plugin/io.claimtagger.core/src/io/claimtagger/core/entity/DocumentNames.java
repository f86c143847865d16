package io.claimtagger.core.entity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

import io.claimtagger.core.text.TextSpan;

/**
 * The names an article establishes for itself. A name recognised confidently in one sentence is
 * a name wherever else the same article writes it the same way, including where the sentence
 * alone gave too little context ("Iceberg" in a list after "Apache Iceberg" was found in the
 * introduction; "Pure Storage" teaches "Pure", with its canonical name). A person the article
 * introduces by title ("chief executive Lena Ortiz") is a person everywhere, so "Ortiz said" is
 * not a vendor. Articles introduce a name once and repeat it; this is how a reader learns it.
 * A name only the text vouches for (no catalog type) takes the type its contexts across the
 * article agree on ({@link MentionTyper}): "we moved forty clusters to Quendrix", "we installed
 * Quendrix on every node" and "we upgrade it every month" together say product more surely than
 * any one of them, whatever type the name finder gave each mention.
 * Immutable; equal when they teach the same, so a caller can tell whether an edit changed what
 * the rest of the article learns.
 */
public final class DocumentNames {

	/** Below this, a name found in one sentence is not trusted to teach the others. */
	static final double MIN_TEACHING = 0.5;
	/** What a name is worth where only the article's other sentences vouch for it. */
	private static final double LEARNED_DISCOUNT = 0.9;
	private static final Set<String> PREFIXES = Set.of("Apache", "Project");
	/** A company written "Pure Storage" or "Ping Identity" is "Pure" or "Ping" further on. */
	private static final Set<String> COMPANY_WORDS = Set.of("Storage", "Identity", "Systems", "Networks", "Labs",
			"Software", "Technologies", "Technology", "Data", "Security", "Computing", "Inc.", "Corp.", "Group",
			"Holdings", "Semiconductor", "Robotics", "Cloud", "AI");

	/** Words that introduce a person's name ("chief executive Lena Ortiz", "analyst Raj Patel"). */
	private static final Set<String> PERSON_TITLES = Set.of("executive", "officer", "ceo", "cto", "cfo", "coo",
			"ciso", "cio", "founder", "co-founder", "cofounder", "president", "analyst", "director", "spokesperson",
			"spokeswoman", "spokesman", "engineer", "researcher", "professor", "chairman", "chairwoman", "manager",
			"scientist");

	/** Titles of several people, each named after them: "co-founders Ratmir Timashev and Andrei Baronov". */
	private static final Set<String> PLURAL_TITLES = Set.of("founders", "co-founders", "cofounders", "executives",
			"analysts", "engineers", "researchers", "directors", "officers", "maintainers");
	private static final Set<String> LIST_JOINS = Set.of("and", ",");
	/** What stands before the "by" of a byline that does not open its line: a dash, a bar, a dot. */
	private static final Set<String> BYLINE_MARKS = Set.of("\u2013", "\u2014", "-", "|", "\u00b7");

	/**
	 * How sure the article's contexts together must be to retype a name the text found (docs/accuracy.md,
	 * issue 9, steps 43 and 52: 0.8 with the first classifier, 0.7 with the second, which reads further).
	 */
	static final double LIKELY_TYPE = 0.7;
	/** From here the contexts overrule even a name the name finder was sure of. */
	static final double SURE_TYPE = 0.8;
	/** A name found this surely keeps its type unless the contexts are sure ("Inkwell" the app, "Inkwell" the company). */
	static final double FOUND_SURELY = 0.8;

	private static final NotNames NOT_NAMES = NotNames.bundled();
	private static final EnglishWords ENGLISH = EnglishWords.bundled();

	public static final DocumentNames NONE = new DocumentNames(Map.of(), Set.of(), Set.of(), Map.of(), Set.of());

	/** A taught name: its words, type and canonical name; the confidence is not part of its identity. */
	private record Name(List<String> words, EntityType type, String canonical, double confidence) {

		@Override
		public boolean equals(Object o) {
			return o instanceof Name n && words.equals(n.words) && type == n.type && Objects.equals(canonical, n.canonical);
		}

		@Override
		public int hashCode() {
			return Objects.hash(words, type, canonical);
		}
	}

	/** Keyed by the name's words joined by single spaces, sorted so equality is by content. */
	private final Map<String, Name> names;
	/** People's full names and surnames, as written. */
	private final Set<String> people;
	private final Set<String> commonWords;
	/** Names the text found, by their words, with the type their contexts agree on. */
	private final Map<String, ContextType> contextTypes;
	/** Hash codes of the names' first words: most tokens are ruled out without building a string. */
	private final Set<Integer> firstWordHashes = new java.util.HashSet<>();
	/** The names found outside headlines, by which a headline's names are checked. */
	private final Set<String> bodyNames;

	/** The type a name's contexts agree on, and whether they are sure of it. */
	private record ContextType(EntityType type, boolean sure) {
	}

	private DocumentNames(Map<String, Name> names, Set<String> people, Set<String> commonWords,
			Map<String, ContextType> contextTypes, Set<String> bodyNames) {
		this.names = names;
		this.bodyNames = bodyNames;
		this.people = people;
		this.commonWords = commonWords;
		this.contextTypes = contextTypes;
		for (Name n : names.values()) {
			firstWordHashes.add(n.words().get(0).hashCode());
		}
	}

	/**
	 * What one sentence, tagged on its own, offers the article: the names it found and the people
	 * it introduced. Free of offsets, so an edit elsewhere only moves it, never recomputes it.
	 */
	public record Contribution(List<Offer> names, List<String> people, List<TypeVote> votes) {

		static final Contribution NONE = new Contribution(List.of(), List.of(), List.of());
	}

	/** What one context says of a name the text found: the probability that it is a vendor. */
	record TypeVote(String name, double vendor) {
	}

	/** A name found in a sentence: its words, type, canonical name, confidence and surface. */
	record Offer(List<String> words, EntityType type, String canonical, double confidence, String text,
			boolean fromModel, boolean inHeadline) {
	}

	/** The sentence's contribution; {@code commonWords} as for the recognizer. */
	public static Contribution contributionOf(CharSequence text, TaggedSentence s, Set<String> commonWords,
			MentionTyper typer) {
		List<String> people = new ArrayList<>(0);
		collectPeople(text, s.tokens(), people);
		List<Offer> offers = new ArrayList<>(0);
		Boolean headline = null; // computed for the first name offered
		for (Entity e : s.entities()) {
			if (e.confidence() < MIN_TEACHING) {
				continue;
			}
			String name = e.text().indexOf(' ') < 0 ? e.text() : VersionSuffix.strip(e.text());
			List<String> words = e.text().startsWith(name) ? wordsOf(text, s.tokens(), e.start(), e.start() + name.length())
					: List.of();
			if (!words.isEmpty() && isDistinctive(words, commonWords)) {
				if (headline == null) {
					headline = WordShapeFeatureGenerator.isHeadline(tokenWords(text, s.tokens()));
				}
				offers.add(new Offer(List.copyOf(words), e.type(), e.canonical(), e.confidence(), e.text(),
						e.source().fromText(), headline));
			}
		}
		List<TypeVote> votes = typeVotes(text, s, typer);
		return offers.isEmpty() && people.isEmpty() && votes.isEmpty() ? Contribution.NONE
				: new Contribution(offers, people, votes);
	}

	private static List<TypeVote> typeVotes(CharSequence text, TaggedSentence s, MentionTyper typer) {
		if (!typer.hasOpinion()) {
			return List.of();
		}
		List<TypeVote> votes = new ArrayList<>(0);
		String[] words = null;
		List<TextSpan> tokens = s.tokens();
		for (Entity e : s.entities()) {
			if (!e.source().fromText()) {
				continue;
			}
			int first = -1;
			int last = -1;
			for (int i = 0; i < tokens.size() && tokens.get(i).start() < e.end(); i++) {
				if (tokens.get(i).start() == e.start()) {
					first = i;
				}
				if (first >= 0 && tokens.get(i).end() <= e.end()) {
					last = i;
				}
			}
			if (first < 0 || last < 0) {
				continue;
			}
			if (words == null) {
				words = tokenWords(text, tokens);
			}
			votes.add(new TypeVote(nameOf(e), typer.vendorProbability(words, first, last)));
		}
		return votes;
	}

	/** The name without a version after it ("Karpenter v0.32" is Karpenter). */
	private static String nameOf(Entity e) {
		return e.text().indexOf(' ') < 0 ? e.text() : VersionSuffix.strip(e.text());
	}

	/** The names the given sentences establish; {@code commonWords} as for the recognizer. */
	public static DocumentNames of(CharSequence text, List<TaggedSentence> sentences, Set<String> commonWords,
			MentionTyper typer) {
		List<Contribution> contributions = new ArrayList<>(sentences.size());
		for (TaggedSentence s : sentences) {
			contributions.add(contributionOf(text, s, commonWords, typer));
		}
		return of(contributions, commonWords);
	}

	/** The names the sentences' contributions establish together. */
	public static DocumentNames of(List<Contribution> contributions, Set<String> commonWords) {
		Set<String> people = new TreeSet<>();
		for (Contribution c : contributions) {
			people.addAll(c.people());
		}
		Map<String, Name> names = new HashMap<>();
		Map<String, int[]> votes = new HashMap<>();
		Set<String> bodyNames = new HashSet<>();
		for (Contribution c : contributions) {
			for (Offer o : c.names()) {
				if (isPerson(o.text(), o.fromModel(), people)) {
					continue;
				}
				List<String> words = o.words();
				if (!o.inHeadline()) {
					bodyNames.add(String.join(" ", words));
				}
				teach(names, votes, words, o);
				if (words.size() == 2 && PREFIXES.contains(words.get(0)) && isDistinctive(words.subList(1, 2), commonWords)) {
					teach(names, votes, words.subList(1, 2), o); // "Apache Iceberg" is "Iceberg" after
				}
				if (o.type() == EntityType.VENDOR && words.size() == 2 && COMPANY_WORDS.contains(words.get(1))
						&& Character.isUpperCase(words.get(0).charAt(0)) && words.get(0).length() > 2) {
					teach(names, votes, words.subList(0, 1), o);
				}
			}
		}
		Map<String, ContextType> contextTypes = contextTypes(contributions);
		return names.isEmpty() && people.isEmpty() && contextTypes.isEmpty() ? NONE
				: new DocumentNames(Map.copyOf(names), Set.copyOf(people), commonWords, contextTypes, Set.copyOf(bodyNames));
	}

	/** Each name's mean vendor probability over its contexts; a type where the mean is likely. */
	private static Map<String, ContextType> contextTypes(List<Contribution> contributions) {
		Map<String, double[]> sums = new HashMap<>();
		for (Contribution c : contributions) {
			for (TypeVote v : c.votes()) {
				double[] sum = sums.computeIfAbsent(v.name(), k -> new double[2]);
				sum[0] += v.vendor();
				sum[1]++;
			}
		}
		Map<String, ContextType> types = new HashMap<>();
		sums.forEach((name, sum) -> {
			double vendor = sum[0] / sum[1];
			boolean sure = vendor >= SURE_TYPE || vendor <= 1 - SURE_TYPE;
			if (vendor >= LIKELY_TYPE) {
				types.put(name, new ContextType(EntityType.VENDOR, sure));
			} else if (vendor <= 1 - LIKELY_TYPE) {
				types.put(name, new ContextType(EntityType.PRODUCT, sure));
			}
		});
		return Map.copyOf(types);
	}

	/**
	 * A title word, then two or three capitalised words: a person's name, and its last word. So is
	 * the author a byline names ("Posted 2 April 2014 by Rachel Ng", "By Priya Raman | ...").
	 */
	private static void collectPeople(CharSequence text, List<TextSpan> tokens, List<String> people) {
		if (!tokens.isEmpty() && NamesFromWording.BYLINE_OPENINGS.contains(tokens.get(0).in(text).toString().toLowerCase(Locale.ROOT))) {
			for (int i = 0; i + 2 < tokens.size(); i++) {
				if (tokens.get(i).in(text).toString().equalsIgnoreCase("by")) {
					addPerson(text, tokens, i, people);
					break;
				}
			}
		}
		for (int i = 1; i + 2 < tokens.size(); i++) {
			// "August 2023 – by Oskar Lindqvist": a byline after a date, a dash or a bar.
			if (tokens.get(i).in(text).toString().equalsIgnoreCase("by") && BYLINE_MARKS.contains(tokens.get(i - 1).in(text).toString())) {
				addPerson(text, tokens, i, people);
			}
		}
		for (int i = 0; i + 2 < tokens.size(); i++) {
			String word = tokens.get(i).in(text).toString().toLowerCase(Locale.ROOT);
			if (word.equals("contact") && tokens.get(i + 1).in(text).toString().equals(":")) {
				addPerson(text, tokens, i + 1, people); // "Media contact: Jordan Pike"
			}
			if (!Character.isUpperCase(text.charAt(tokens.get(i + 1).start()))) {
				continue;
			}
			if (PERSON_TITLES.contains(word)) {
				addPerson(text, tokens, i, people);
			} else if (PLURAL_TITLES.contains(word)) {
				// "co-founders Ratmir Timashev and Andrei Baronov": each name of the list.
				int at = i;
				int n;
				while ((n = addPerson(text, tokens, at, people)) >= 2 && at + n + 3 < tokens.size()
						&& LIST_JOINS.contains(tokens.get(at + n + 1).in(text).toString())) {
					at += n + 1;
				}
			}
		}
		for (int i = 0; i + 3 < tokens.size(); i++) {
			if (i == 0 || !isNamePart(tokens.get(i - 1).in(text))) {
				int n = nameRun(text, tokens, i);
				if (n >= 2 && (titleAfter(text, tokens, i + n) || i == 0 && roleAfter(text, tokens, i + n))) {
					addPerson(text, tokens, i - 1, people);
				}
			}
		}
	}

	/** Words that may stand between a person's name and the title after it: "Eucalyptus's chief executive". */
	private static final Set<String> BEFORE_TITLE = Set.of("'s", "\u2019s", "the", "its", "their", "chief", "former", "senior",
			"general", "vice", "and", "executive", "technology", "financial", "operating", "product", "marketing");
	/** What only a person is: "Kenji Morita is a contributing analyst based in Osaka." */
	private static final Set<String> PERSON_ROLES = Set.of("analyst", "writer", "editor", "journalist", "reporter",
			"columnist", "correspondent", "contributor", "consultant", "researcher", "engineer", "maintainer",
			"architect", "author", "blogger", "professor");

	/** "Marten Mickos, Eucalyptus's chief executive, ...", "Jane Roe, CTO of Acme": a title right after the comma. */
	private static boolean titleAfter(CharSequence text, List<TextSpan> tokens, int at) {
		if (at + 1 >= tokens.size() || !tokens.get(at).in(text).toString().equals(",")) {
			return false;
		}
		for (int i = at + 1; i < Math.min(tokens.size(), at + 6); i++) {
			String w = tokens.get(i).in(text).toString();
			String lower = w.toLowerCase(Locale.ROOT);
			if (PERSON_TITLES.contains(lower) && !lower.equals("executive") || lower.equals("executive") && i > at + 1
					&& tokens.get(i - 1).in(text).toString().equalsIgnoreCase("chief")) {
				return true;
			}
			if (!BEFORE_TITLE.contains(lower) && !isNamePart(w)) {
				return false;
			}
		}
		return false;
	}

	/** "... is a contributing analyst", "... was the lead maintainer": a person's role after "is" or "was". */
	private static boolean roleAfter(CharSequence text, List<TextSpan> tokens, int at) {
		if (at + 2 >= tokens.size()) {
			return false;
		}
		String verb = tokens.get(at).in(text).toString();
		String article = tokens.get(at + 1).in(text).toString().toLowerCase(Locale.ROOT);
		if (!verb.equals("is") && !verb.equals("was") || !article.equals("a") && !article.equals("an") && !article.equals("the")) {
			return false;
		}
		for (int i = at + 2; i < Math.min(tokens.size(), at + 6); i++) {
			if (PERSON_ROLES.contains(tokens.get(i).in(text).toString().toLowerCase(Locale.ROOT))) {
				return true;
			}
		}
		return false;
	}

	/** Two or three name words after token {@code before}: the full name, the given name and the surname. Returns how many words. */
	private static int addPerson(CharSequence text, List<TextSpan> tokens, int before, List<String> people) {
		int n = nameRun(text, tokens, before + 1);
		if (n >= 2) {
			TextSpan first = tokens.get(before + 1);
			TextSpan last = tokens.get(before + n);
			people.add(text.subSequence(first.start(), last.end()).toString());
			people.add(first.in(text).toString());
			people.add(last.in(text).toString());
		}
		return n;
	}

	/** How many name words, up to three, start at token {@code from}. */
	private static int nameRun(CharSequence text, List<TextSpan> tokens, int from) {
		int n = 0;
		while (n < 3 && from + n < tokens.size() && isNamePart(tokens.get(from + n).in(text))) {
			n++;
		}
		return n;
	}

	/** "Lena", "O'Neil", "Weiss": a capital, then lower-case letters. */
	static boolean isNamePart(CharSequence w) {
		if (w.length() < 2 || !Character.isUpperCase(w.charAt(0))) {
			return false;
		}
		for (int k = 1; k < w.length(); k++) {
			char c = w.charAt(k);
			if (!Character.isLowerCase(c) && c != '\'' && c != '\u2019' && c != '-') {
				return false;
			}
		}
		return true;
	}

	/** A name the text found that the article says is a person; a person's full name whoever found it ("Jordan Pike" is no OpenStack Pike). */
	private boolean isPerson(Entity e) {
		return isPerson(e.text(), e.source().fromText(), people);
	}

	private static boolean isPerson(String name, boolean fromText, Set<String> people) {
		return (fromText || name.indexOf(' ') > 0) && people.contains(name);
	}

	private static void teach(Map<String, Name> names, Map<String, int[]> votes, List<String> words, Offer e) {
		String key = words.size() == 1 ? words.get(0) : String.join(" ", words);
		int[] byType = votes.computeIfAbsent(key, k -> new int[EntityType.values().length]);
		int vote = ++byType[e.type().ordinal()];
		Name known = names.get(key);
		if (known == null || known.type() != e.type() && vote > byType[known.type().ordinal()]) {
			names.put(key, new Name(List.copyOf(words), e.type(), e.canonical(), e.confidence()));
		} else if (known.type() == e.type() && e.confidence() > known.confidence()) {
			names.put(key, new Name(known.words(), known.type(), known.canonical(), e.confidence()));
		}
	}

	/** A capital, digit or mark somewhere, and not only the corpus's ordinary words. */
	private static boolean isDistinctive(List<String> words, Set<String> commonWords) {
		for (String w : words) {
			boolean marked = !w.equals(w.toLowerCase(Locale.ROOT)) || w.chars().anyMatch(c -> !Character.isLetter(c));
			if (w.length() > 1 && (marked || !commonWords.contains(w))) {
				return true;
			}
		}
		return false;
	}

	private static String[] tokenWords(CharSequence text, List<TextSpan> tokens) {
		String[] words = new String[tokens.size()];
		for (int i = 0; i < words.length; i++) {
			words[i] = tokens.get(i).in(text).toString();
		}
		return words;
	}

	/** The end of the {@code n}th token from the one starting at {@code start}. */
	private static int tokenEnding(List<TextSpan> tokens, int start, int n) {
		return tokens.get(tokenAt(tokens, start) + n - 1).end();
	}

	/** The start of the {@code n}th token after the one starting at {@code start}. */
	private static int tokenStarting(List<TextSpan> tokens, int start, int n) {
		return tokens.get(tokenAt(tokens, start) + n).start();
	}

	/** The index of the token starting at {@code start}. */
	private static int tokenAt(List<TextSpan> tokens, int start) {
		int i = 0;
		while (tokens.get(i).start() < start) {
			i++;
		}
		return i;
	}

	private static List<String> wordsOf(CharSequence text, List<TextSpan> tokens, int start, int end) {
		int low = 0;
		int high = tokens.size() - 1;
		while (low < high) { // the first token ending after start
			int mid = (low + high) >>> 1;
			if (tokens.get(mid).end() <= start) {
				low = mid + 1;
			} else {
				high = mid;
			}
		}
		List<String> words = new ArrayList<>(3);
		for (int i = low; i < tokens.size() && tokens.get(i).start() < end; i++) {
			TextSpan t = tokens.get(i);
			if (t.start() >= start && t.end() <= end) {
				words.add(t.in(text).toString());
			}
		}
		return words;
	}

	public boolean isEmpty() {
		return names.isEmpty() && people.isEmpty() && contextTypes.isEmpty();
	}

	/** The sentence with the taught names added where it wrote them and found nothing there. */
	public TaggedSentence apply(CharSequence text, TaggedSentence sentence) {
		if (isEmpty()) {
			return sentence;
		}
		List<Entity> kept = sentence.entities();
		if (!people.isEmpty() && kept.stream().anyMatch(this::isPerson)) {
			kept = kept.stream().filter(e -> !isPerson(e)).toList();
		}
		kept = retyped(kept);
		List<TextSpan> tokens = sentence.tokens();
		kept = cutToBodyNames(text, tokens, kept);
		if (names.isEmpty() || !mayMention(text, tokens)) {
			return kept == sentence.entities() ? sentence : new TaggedSentence(sentence.span(), tokens, kept);
		}
		boolean[] taken = new boolean[tokens.size()];
		for (Entity e : kept) {
			for (int i = 0; i < tokens.size(); i++) {
				taken[i] |= tokens.get(i).start() < e.end() && e.start() < tokens.get(i).end();
			}
		}
		List<Entity> added = null;
		String[] words = null;
		for (int i = 0; i < tokens.size(); i++) {
			if (taken[i] || !firstWordHashes.contains(hash(text, tokens.get(i)))) {
				continue;
			}
			Name best = null; // the longest taught name written here
			for (int n = Math.min(4, tokens.size() - i); n >= 1 && best == null; n--) {
				Name name = names.get(key(text, tokens, i, n));
				if (name != null && free(taken, i, n) && !looksOrdinary(text, tokens, i, name)) {
					best = name;
				}
			}
			if (best == null) {
				continue;
			}
			int last = i + best.words().size() - 1;
			ContextType context = contextTypes.get(String.join(" ", best.words()));
			EntityType type = context != null ? context.type() : best.type();
			int end = type == EntityType.PRODUCT ? VersionSuffix.extend(text, tokens, last) : tokens.get(last).end();
			int start = tokens.get(i).start();
			if (EntityRecognizer.isLicenseOrPeriod(text.subSequence(start, end),
					last + 1 < tokens.size() ? tokens.get(last + 1).in(text).toString() : "")
					|| NOT_NAMES.contains(text.subSequence(start, end).toString())) {
				// "Apache" taught from "hands CloudStack to Apache" is not "Apache 2.0", the license;
				// "Linux" taught from "Linux 2.6.20" is generic alone
				continue;
			}
			if (words == null) {
				words = tokenWords(text, tokens);
			}
			NameCandidate here = new NameCandidate();
			here.firstToken = i;
			here.lastToken = last;
			if (NamesFromWording.isEventName(words, here)) {
				continue; // "Microsoft" taught elsewhere, here in "at Microsoft Build": the event's name
			}
			if (added == null) {
				added = new ArrayList<>(kept);
			}
			added.add(new Entity(new TextSpan(start, end), text.subSequence(start, end).toString(), type,
					best.canonical(), Math.round(best.confidence() * LEARNED_DISCOUNT * 1000) / 1000.0, EntitySource.MODEL));
			while (i + 1 < tokens.size() && tokens.get(i + 1).end() <= end) {
				taken[++i] = true;
			}
		}
		if (added == null) {
			return kept == sentence.entities() ? sentence : new TaggedSentence(sentence.span(), tokens, kept);
		}
		added.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return new TaggedSentence(sentence.span(), tokens, added);
	}

	/**
	 * In a headline every word is capitalised, so a name found there may run on into the words after
	 * it ("Mesos Camps Regroup", "H200 Capacity"). Where the article's body never writes the whole
	 * name but writes its start, the start is the name.
	 */
	/** Whether a body name starts with these words and goes on ("Zentrix Labs" of "Zentrix Labs, Inc."). */
	private boolean beginsBodyName(String name) {
		for (String body : bodyNames) {
			if (body.startsWith(name) && body.length() > name.length() && !Character.isLetterOrDigit(body.charAt(name.length()))) {
				return true;
			}
		}
		return false;
	}

	/** A word of the language or of the trade the corpus writes in lower case ("virtualize"). */
	private boolean isOrdinaryWord(String word) {
		return ENGLISH.contains(word) || commonWords.contains(word.toLowerCase(Locale.ROOT));
	}

	/** Whether the word is a word of a name the body writes. */
	private boolean isBodyNameWord(String word) {
		for (String name : bodyNames) {
			if (List.of(name.split(" ")).contains(word)) {
				return true;
			}
		}
		return false;
	}

	private List<Entity> cutToBodyNames(CharSequence text, List<TextSpan> tokens, List<Entity> entities) {
		if (bodyNames.isEmpty() || entities.stream().noneMatch(e -> e.source() != EntitySource.CATALOG && e.text().indexOf(' ') > 0)
				|| !WordShapeFeatureGenerator.isHeadline(tokenWords(text, tokens))) {
			return entities;
		}
		List<Entity> out = new ArrayList<>(entities.size());
		for (Entity e : entities) {
			String name = nameOf(e); // a version after the name stays: "Purlin 4.2" is Purlin's
			List<String> words = e.text().startsWith(name) ? wordsOf(text, tokens, e.start(), e.start() + name.length()) : List.of();
			Entity cut = e;
			// "About Zentrix Labs" before "Zentrix Labs, Inc. builds...": the heading's name begins a body name, and stands.
			if (e.source() != EntitySource.CATALOG && words.size() > 1 && !bodyNames.contains(String.join(" ", words))
					&& !beginsBodyName(String.join(" ", words))) {
				for (int n = words.size() - 1; n >= 1 && cut == e; n--) {
					String start = String.join(" ", words.subList(0, n));
					if (bodyNames.contains(start)) {
						int end = tokenEnding(tokens, e.start(), n);
						Name known = names.get(start);
						cut = new Entity(new TextSpan(e.start(), end), text.subSequence(e.start(), end).toString(),
								known != null ? known.type() : e.type(), known != null ? known.canonical() : start, e.confidence(), e.source());
					}
				}
				// ... or ends with one after title-case English words: "Virtualize Java without ..." is Java.
				for (int n = words.size() - 1; n >= 1 && cut == e; n--) {
					List<String> dropped = words.subList(0, words.size() - n);
					String rest = String.join(" ", words.subList(words.size() - n, words.size()));
					if (bodyNames.contains(rest) && dropped.stream().allMatch(w -> isOrdinaryWord(w) && !isBodyNameWord(w))) {
						int begin = tokenStarting(tokens, e.start(), words.size() - n);
						Name known = names.get(rest);
						cut = new Entity(new TextSpan(begin, e.end()), text.subSequence(begin, e.end()).toString(),
								known != null ? known.type() : e.type(), known != null ? known.canonical() : rest, e.confidence(), e.source());
					}
				}
			}
			out.add(cut);
		}
		return out;
	}

	/** Names the text found, with the type the article's contexts agree on. */
	private List<Entity> retyped(List<Entity> entities) {
		if (contextTypes.isEmpty()) {
			return entities;
		}
		List<Entity> out = null;
		for (int k = 0; k < entities.size(); k++) {
			Entity e = entities.get(k);
			ContextType context = e.source().fromText() ? contextTypes.get(nameOf(e)) : null;
			EntityType type = context == null || !context.sure() && e.confidence() >= FOUND_SURELY ? null : context.type();
			// A name with a version after it is a release, a product, so is one written as software
			// ("Next.js"), and one ending in "Alliance" or "University" an organisation, whatever else the
			// article says.
			if (type == null || type == e.type() || type == EntityType.VENDOR && (!nameOf(e).equals(e.text())
					|| NamesFromSpelling.isWrittenAsSoftware(e.text()))
					|| type == EntityType.PRODUCT && EntityRecognizer.endsAsOrganisation(e.text())) {
				continue;
			}
			if (out == null) {
				out = new ArrayList<>(entities);
			}
			out.set(k, new Entity(new TextSpan(e.start(), e.end()), e.text(), type, e.canonical(), e.confidence(), e.source()));
		}
		return out == null ? entities : out;
	}

	private boolean mayMention(CharSequence text, List<TextSpan> tokens) {
		for (TextSpan t : tokens) {
			if (firstWordHashes.contains(hash(text, t))) {
				return true;
			}
		}
		return false;
	}

	/** {@link String#hashCode()} of the token's text, without making the string. */
	private static int hash(CharSequence text, TextSpan t) {
		int h = 0;
		for (int k = t.start(); k < t.end(); k++) {
			h = 31 * h + text.charAt(k);
		}
		return h;
	}

	public List<TaggedSentence> apply(CharSequence text, List<TaggedSentence> sentences) {
		if (isEmpty()) {
			return sentences;
		}
		List<TaggedSentence> out = new ArrayList<>(sentences.size());
		for (TaggedSentence s : sentences) {
			out.add(apply(text, s));
		}
		return out;
	}

	private static String key(CharSequence text, List<TextSpan> tokens, int first, int count) {
		StringBuilder key = new StringBuilder();
		for (int k = first; k < first + count; k++) {
			if (k > first) {
				key.append(' ');
			}
			key.append(text, tokens.get(k).start(), tokens.get(k).end());
		}
		return key.toString();
	}

	private static boolean free(boolean[] taken, int first, int count) {
		for (int k = first; k < first + count; k++) {
			if (taken[k]) {
				return false;
			}
		}
		return true;
	}

	/** An ordinary word opening a sentence ("Pure luck ...") is capitalised for the sentence, not the name. */
	private boolean looksOrdinary(CharSequence text, List<TextSpan> tokens, int first, Name name) {
		String word = name.words().get(0);
		return name.words().size() == 1 && commonWords.contains(word.toLowerCase(Locale.ROOT))
				&& (first == 0 || tokens.get(first - 1).length() == 1
						&& "\"\u201C(\u2018':".indexOf(text.charAt(tokens.get(first - 1).start())) >= 0);
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof DocumentNames other && names.equals(other.names) && people.equals(other.people)
				&& contextTypes.equals(other.contextTypes) && bodyNames.equals(other.bodyNames);
	}

	@Override
	public int hashCode() {
		return Objects.hash(names, people, contextTypes, bodyNames);
	}
}
