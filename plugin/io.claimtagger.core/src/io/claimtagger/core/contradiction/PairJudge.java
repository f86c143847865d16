package io.claimtagger.core.contradiction;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.statement.Relation;
import io.claimtagger.core.statement.StatedValue;
import io.claimtagger.core.statement.Statement;
import io.claimtagger.core.store.ClaimSubject;
import io.claimtagger.core.text.StringMemo;

/**
 * Decides whether two claims about a shared subject contradict, or whether the later supersedes
 * the earlier. Four shapes, each needing the same relation (the same attribute) first:
 * different values of it; opposite polarity on the same subjects; an "only" statement broken by
 * another subject; independence ended by a later acquisition.
 */
final class PairJudge {

	/** Relations a negation or an "only" can be about (what is shipped, supported, licensed...). */
	private static final Set<Relation> POLAR = EnumSet.of(Relation.SUPPORT, Relation.INCLUDES, Relation.LICENSE,
			Relation.PARTNERSHIP, Relation.DEPENDENCY, Relation.RELEASE, Relation.PRICE, Relation.OWNERSHIP);
	private static final Set<Relation> EXCLUSIVE = EnumSet.of(Relation.SUPPORT, Relation.INCLUDES, Relation.RELEASE,
			Relation.DEPENDENCY, Relation.LICENSE);
	/** Said of the subject: "is an independent company", "remains independent", "is privately held". */
	private static final Pattern INDEPENDENT = Pattern.compile(
			"(?<![\\w-])(?:is|remains|stays|was|as) (?:an? |still |one of the )?(?:[\\w-]+,? ){0,2}(?:independent|privately held|privately-held|self-funded|standalone company)(?![\\w-])"
					// "an independent business unit within Okta" is owned
					+ "(?! (?:business )?(?:unit|division|subsidiary|brand|arm)\\b)",
			Pattern.CASE_INSENSITIVE);

	private PairJudge() {
	}

	static Optional<Finding> judge(DatedClaim a, DatedClaim b) {
		List<String> shared = sharedSubjects(a, b);
		return shared.isEmpty() ? judgeAcross(a, b, sharedLead(a, b)) : judge(a, b, shared);
	}

	/**
	 * Whether any rule, or the pair model, could find something in the pair: a relation or a
	 * comparable value in common, a claim that anything else may break ("only", "all",
	 * "independent", listed, renamed, owned) or a tenth of their words in common. Most pairs of a
	 * subject's block share none of these, and this is cheaper than judging them.
	 */
	static boolean mayConflict(DatedClaim a, DatedClaim b) {
		Statement x = a.statement();
		Statement y = b.statement();
		if (x.sharesRelation(y)) {
			return true;
		}
		if (breakable(a) || breakable(b)) {
			return true;
		}
		for (StatedValue v : x.values()) {
			for (StatedValue w : y.values()) {
				if (v.comparable(w)) {
					return true;
				}
			}
		}
		return x.overlap(y) >= 0.1;
	}

	/** A claim anything else said of its subject may break or outdate. */
	private static boolean breakable(DatedClaim c) {
		Traits t = c.traits();
		return c.statement().exclusive() || t.universal() || t.independent() || t.renamed() || t.owned() || t.ownerChange()
				|| !t.listing().isEmpty() || t.classes().contains("independent");
	}

	/** The two claims, the earlier first; the same or unknown dates keep the given order. */
	static DatedClaim[] earlierFirst(DatedClaim a, DatedClaim b) {
		boolean swap = a.published() != null && b.published() != null && b.published().isBefore(a.published());
		return swap ? new DatedClaim[] { b, a } : new DatedClaim[] { a, b };
	}

	/** Whether the second article is dated after the first. */
	static boolean later(DatedClaim first, DatedClaim second) {
		return first.published() != null && second.published() != null && second.published().isAfter(first.published());
	}

	/**
	 * Two claims that name different products of one subject ({@link #sharedLead}) conflict only
	 * where one says something anything else breaks: its independence, its "all" or "never", or
	 * an "only" when the subject is a product in one of them. Their values, prices and
	 * polarities are of different things.
	 */
	static Optional<Finding> judgeAcross(DatedClaim a, DatedClaim b, List<String> lead) {
		if (lead.isEmpty()) {
			return Optional.empty();
		}
		String subject = lead.get(0);
		DatedClaim[] ordered = earlierFirst(a, b);
		DatedClaim first = ordered[0];
		DatedClaim second = ordered[1];
		boolean later = later(first, second);
		// an "only" about the subject itself (a company's "certified only on Oracle VM" is about one of
		// its products), or a later claim that says the company added something ("has added Python and Go runtimes")
		boolean onlyBreaks = products(first).stream().anyMatch(p -> compatible(p, subject))
				|| products(second).stream().anyMatch(p -> compatible(p, subject)) || later && second.statement().change();
		return ownership(first, second, subject, later).or(() -> universal(first, second, subject, later))
				.or(() -> onlyBreaks ? exclusive(first, second, subject, sharedRelations(a, b), later, a.statement().overlap(b.statement()))
						: Optional.empty());
	}

	private static Set<Relation> sharedRelations(DatedClaim a, DatedClaim b) {
		Set<Relation> relations = EnumSet.noneOf(Relation.class);
		relations.addAll(a.statement().relations());
		relations.retainAll(b.statement().relations());
		return relations;
	}

	/** @param shared the subjects the two share ({@link #sharedSubjects}), worked out once per pair by the caller */
	static Optional<Finding> judge(DatedClaim a, DatedClaim b, List<String> shared) {
		Statement x = a.statement();
		Statement y = b.statement();
		if (shared.isEmpty()) {
			return Optional.empty();
		}
		String subject = shared.get(0);
		DatedClaim[] ordered = earlierFirst(a, b);
		DatedClaim first = ordered[0];
		DatedClaim second = ordered[1];
		boolean later = later(first, second);

		Optional<Finding> ownership = ownership(first, second, subject, later);
		if (ownership.isPresent()) {
			return ownership;
		}
		Optional<Finding> listing = listing(first, second, subject, later);
		if (listing.isPresent()) {
			return listing;
		}
		if (later && second.traits().renamed() && !first.traits().renamed()
				&& (x.relations().contains(Relation.NAME) && y.relations().contains(Relation.NAME) || leadsWith(first, subject) && namesIt(first, subject))) {
			return Optional.of(new Finding(Finding.Type.SUPERSEDES, first, second, subject, "renamed later", 0.7));
		}
		Optional<Finding> universal = universal(first, second, subject, later);
		if (universal.isPresent()) {
			return universal;
		}
		Set<Relation> relations = sharedRelations(a, b);
		double overlap = x.overlap(y);

		if (valueGate(a, b) == ValueGate.OPEN) {
			String values = conflictingValues(x, y).get();
			boolean event = relations.stream().anyMatch(Relation::isEvent) || values.startsWith("date");
			if (!event && later && second.statement().change()) {
				return Optional.of(new Finding(Finding.Type.SUPERSEDES, first, second, subject,
						"later article states another " + values, confidence(0.7, overlap)));
			}
			return Optional.of(new Finding(Finding.Type.CONTRADICTION, first, second, subject,
					"different " + values, confidence(0.75, overlap)));
		}
		if (relations.isEmpty()) {
			// "S supports only X" and a later "has added Y as an option for S": the addition needs no relation word of its own
			return later && second.statement().change() ? exclusive(first, second, subject, first.statement().relations(), later, overlap)
					: Optional.empty();
		}
		if (a.traits().denies() != b.traits().denies() && relations.stream().anyMatch(POLAR::contains) && sameSubjects(a, b)
				&& overlap >= 0.15 && valuesAgree(x, y) && sameQualifiers(a, b)) {
			Statement laterOne = second.statement();
			if (later && laterOne.change()) {
				return Optional.of(new Finding(Finding.Type.SUPERSEDES, first, second, subject,
						"later article says it changed: " + (laterOne.negated() ? "no longer so" : "now so"), confidence(0.65, overlap)));
			}
			return Optional.of(new Finding(Finding.Type.CONTRADICTION, first, second, subject,
					"one affirms what the other denies", confidence(0.7, overlap)));
		}
		Optional<Finding> only = exclusive(first, second, subject, relations, later, overlap);
		if (only.isPresent()) {
			return only;
		}
		// A later claim saying the state changed ("has removed", "now supports", "has moved ... to")
		// about what an earlier one stated of the same subject, in the same words for the most part.
		if (later && second.statement().change() && !first.statement().change() && leadsWith(first, subject)
				&& leadsWith(second, subject) && overlap >= 0.2 && sameQualifiers(a, b)) {
			return Optional.of(new Finding(Finding.Type.SUPERSEDES, first, second, subject,
					"later article says it changed", confidence(0.5, overlap)));
		}
		return Optional.empty();
	}

	private static final Pattern RENAMED = Pattern.compile("(?<![\\w-])(?:renamed|rebranded|now called|name changed)(?![\\w-])", Pattern.CASE_INSENSITIVE);
	private static final Pattern UNIVERSAL = Pattern.compile("(?<![\\w-])(?:never|always|all|every|any|each)(?![\\w-])", Pattern.CASE_INSENSITIVE);
	private static final Pattern OWNED = Pattern.compile("(?<![\\w-])(?:owned by|majority-owned|governed by|a subsidiary of|a unit of|a division of)(?![\\w-])",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern OWNER_CHANGE = Pattern.compile("(?<![\\w-])(?:spin-off|spun off|spins off|handed|transferr\\w*|sold|sells|divest\\w*|acqui[rs]\\w*|bought|took over|merged)(?![\\w-])",
			Pattern.CASE_INSENSITIVE);

	/**
	 * "Never", "all", "every": one exception in the other claim breaks it. An exception reported
	 * later supersedes a statement that was true when written; one reported earlier contradicts it.
	 */
	private static Optional<Finding> universal(DatedClaim first, DatedClaim second, String subject, boolean later) {
		for (boolean flip : new boolean[] { false, true }) {
			Statement all = (flip ? second : first).statement();
			Statement exception = (flip ? first : second).statement();
			if (!(flip ? second : first).traits().universal() || (flip ? first : second).traits().universal()) {
				continue;
			}
			boolean never = (flip ? second : first).traits().never();
			// "never X" is broken by X happening; "all/every X do Y" by one that does not
			boolean broken = never ? !exception.negated() : exception.negated() != all.negated();
			Set<Relation> shared = EnumSet.noneOf(Relation.class);
			shared.addAll(all.relations());
			shared.retainAll(exception.relations());
			// the exception is about what the statement covers: the same subjects, or most of its words
			boolean same = !shared.isEmpty() && sameSubjects(first, second) && all.overlap(exception) >= (never ? 0.2 : 0.25);
			if (broken && same) {
				if (!flip && later) {
					return Optional.of(new Finding(Finding.Type.SUPERSEDES, first, second, subject,
							"a later exception to \"" + (never ? "never" : "all") + "\"", 0.6));
				}
				return Optional.of(new Finding(Finding.Type.CONTRADICTION, first, second, subject,
						"an exception to \"" + (never ? "never" : "all") + "\"", 0.6));
			}
		}
		return Optional.empty();
	}

	/** Said of a company's shares: listed on an exchange, or traded in public. */
	private static final Pattern LISTED = Pattern.compile(
			"(?<![\\w-])(?:publicly traded|publicly listed|listed on|trades? publicly|trades? on (?:the )?(?:nasdaq|nyse|new york stock exchange|london stock exchange)|"
					+ "went public|goes public|began trading|started trading|initial public offering|\\bipo\\b|direct listing)(?![\\w-])",
			Pattern.CASE_INSENSITIVE);
	/** Said of a company bought off the exchange. */
	private static final Pattern TAKEN_PRIVATE = Pattern.compile(
			"(?<![\\w-])(?:taken private|take-private|take private|taking \\S+ private|went private|go private|going private|delisted)(?![\\w-])",
			Pattern.CASE_INSENSITIVE);
	/** "Privately held" (without "independent"), which a listing ends. */
	private static final Pattern PRIVATELY_HELD = Pattern.compile("(?<![\\w-])(?:privately held|privately-held|private company)(?![\\w-])",
			Pattern.CASE_INSENSITIVE);

	/**
	 * A listed company later taken private, a privately held one later listed: the later article
	 * reports a change of ownership the earlier could not know.
	 */
	private static Optional<Finding> listing(DatedClaim first, DatedClaim second, String subject, boolean later) {
		if (!later || first.statement().negated() || second.statement().negated()) {
			return Optional.empty();
		}
		if (first.traits().listing().equals("listed") && second.traits().listing().equals("private")) {
			return Optional.of(new Finding(Finding.Type.SUPERSEDES, first, second, subject, "later taken private", 0.75));
		}
		if (PRIVATELY_HELD.matcher(first.claim().sentence()).find() && second.traits().listing().equals("listed")) {
			return Optional.of(new Finding(Finding.Type.SUPERSEDES, first, second, subject, "later listed on an exchange", 0.7));
		}
		return Optional.empty();
	}

	/**
	 * The earlier claim names the subject ("X is Microsoft's identity service", "is called X") and
	 * the later one says it was renamed.
	 */
	private static final Pattern IDENTITY = Pattern.compile("^\\s*(?:is|was)\\s+(?:a|an|the|called|known as|\\p{Lu}[\\w.-]*'s)\\b");

	private static boolean namesIt(DatedClaim c, String subject) {
		if (c.statement().relations().contains(Relation.NAME)) {
			return true;
		}
		String sentence = c.claim().sentence();
		for (ClaimSubject s : c.claim().about()) {
			int at = sentence.indexOf(s.text());
			if (at >= 0 && compatible(Statement.key(s), subject) && IDENTITY.matcher(sentence.substring(at + s.text().length())).find()) {
				return true;
			}
		}
		return false;
	}

	/** A deal not agreed: a plan, an offer, a bid, a rumour ("agreed to acquire" is a deal of its buyer's). */
	private static final Pattern PLANNED = Pattern.compile("(?i)\\b(?:plans?|planned|offer\\w*|bid\\w*|proposed|talks|reportedly|rumou?r\\w*|considering|explor\\w*|interest in)\\b");

	/** A deal that will not happen: "terminated their merger agreement", "abandoned the planned sale of Arm". */
	private static final Pattern DEAL_OFF = Pattern.compile("(?i)\\b(?:terminated|abandoned|called off|scrapped|walked away from|pulled out of|blocked)\\b"
			+ "(?:\\s+\\S+){0,4}?\\s+(?:merger|deal|acquisition|sale|agreement|bid|takeover|purchase)\\b");

	/** "X is independent" and "V acquired X": superseded when the acquisition is reported later. */
	private static Optional<Finding> ownership(DatedClaim first, DatedClaim second, String subject, boolean later) {
		for (boolean flip : new boolean[] { false, true }) {
			DatedClaim independent = flip ? second : first;
			DatedClaim acquired = flip ? first : second;
			Statement i = independent.statement();
			Statement q = acquired.statement();
			if (independent.traits().independent() && !i.negated() && q.relations().contains(Relation.ACQUISITION)
					&& !q.negated() && !acquired.traits().independent()) {
				if (!flip && later) {
					return Optional.of(new Finding(Finding.Type.SUPERSEDES, first, second, subject,
							"a later acquisition ends its independence", 0.8));
				}
				if (flip && later) {
					return Optional.of(new Finding(Finding.Type.CONTRADICTION, first, second, subject,
							"called independent after it was acquired", 0.6));
				}
				return Optional.of(new Finding(Finding.Type.CONTRADICTION, first, second, subject,
						"independent and acquired", 0.6));
			}
		}
		// "Red Hat bought Qumranet" and "Qumranet was snapped up by Novell": two buyers of one company, neither a plan or a bid
		if (first.statement().relations().contains(Relation.ACQUISITION) && second.statement().relations().contains(Relation.ACQUISITION)
				&& !first.traits().planned() && !second.traits().planned()) {
			String b1 = PairFeatures.buyer(first, subject);
			String b2 = PairFeatures.buyer(second, subject);
			if (b1 != null && b2 != null && !compatible(b1, b2)) {
				return Optional.of(new Finding(Finding.Type.CONTRADICTION, first, second, subject, "bought by " + b1 + " and by " + b2, 0.7));
			}
		}
		// "V will acquire X" and later "V and X terminated their merger agreement"
		if (later && first.statement().relations().contains(Relation.ACQUISITION) && !first.traits().dealOff() && second.traits().dealOff()) {
			return Optional.of(new Finding(Finding.Type.SUPERSEDES, first, second, subject, "the deal was called off later", 0.7));
		}
		// "X is owned by V" and later "V spun off X": the ownership changed
		if (later && first.traits().owned() && !first.statement().negated() && second.traits().ownerChange()) {
			return Optional.of(new Finding(Finding.Type.SUPERSEDES, first, second, subject, "a later change of owner", 0.65));
		}
		return Optional.empty();
	}

	/** "S ships only X" and "S includes Y": another subject breaks the "only". */
	private static Optional<Finding> exclusive(DatedClaim first, DatedClaim second, String subject, Set<Relation> relations,
			boolean later, double overlap) {
		if (relations.stream().noneMatch(EXCLUSIVE::contains)) {
			return Optional.empty();
		}
		for (boolean flip : new boolean[] { false, true }) {
			Statement only = (flip ? second : first).statement();
			Statement other = (flip ? first : second).statement();
			// and both are about the shared subject first of all: it is the first name each writes
			// both about the shared subject first of all, or a later claim that adds to it ("AWS has added Valkey ... for ElastiCache")
			boolean adds = !flip && later && other.change();
			if (only.exclusive() && !only.negated() && !other.negated() && !other.exclusive()
					&& leadsWith(flip ? second : first, subject) && (adds || leadsWith(flip ? first : second, subject))
					&& onlyBeforeAName((flip ? second : first), subject)) {
				Set<String> extra = new LinkedHashSet<>(products(flip ? first : second));
				extra.removeIf(p -> only.subjects().stream().anyMatch(q -> Statement.base(q).equals(Statement.base(p))));
				// a kind of what "only" names stays within it: "only Nvidia GPUs" and "adds Nvidia Blackwell GPUs"
				Set<String> restricted = onlyNames(flip ? second : first, subject);
				extra.removeIf(p -> restricted.stream().anyMatch(r -> p.startsWith(r + " ")));
				Set<String> own = new LinkedHashSet<>(products(flip ? second : first));
				own.removeIf(p -> other.subjects().stream().anyMatch(q -> Statement.base(q).equals(Statement.base(p))));
				// and both speak of the same release of what they share ("Manager 3" and "Manager 4" do not)
				// (the maker of the shared product, written beside it, says nothing of the release: "Zarnoth" of "Zarnoth Cache")
				if (!covers(only.subjects(), other.subjects().stream().filter(q -> !extra.contains(q) && !subject.startsWith(q + " ")).toList())) {
					continue;
				}
				if (!extra.isEmpty() && !own.isEmpty()) {
					String name = extra.iterator().next();
					if (!flip && later && other.change()) {
						return Optional.of(new Finding(Finding.Type.SUPERSEDES, first, second, subject,
								"later article adds " + name + " to what was the only one", confidence(0.6, overlap)));
					}
					return Optional.of(new Finding(Finding.Type.CONTRADICTION, first, second, subject,
							"\"only\" excludes " + name + ", which the other names", confidence(0.6, overlap)));
				}
			}
		}
		return Optional.empty();
	}

	static boolean leadsWith(DatedClaim c, String subject) {
		return !c.statement().subjects().isEmpty() && compatible(c.statement().subjects().get(0), subject);
	}

	private static final Pattern ONLY_NAME = Pattern.compile("(?<![\\w-])(?:only|exclusively|solely)\\s+(?:on\\s+|with\\s+|the\\s+|in\\s+)?([\\p{L}\\d][\\p{L}\\d.+-]*)",
			Pattern.CASE_INSENSITIVE);

	/** "ships only KVM", "runs only on Linux": the "only" is about a name the claim is about, not "the only x86 hypervisor". */
	static boolean onlyBeforeAName(DatedClaim c, String shared) {
		return !onlyNames(c, shared).isEmpty();
	}

	/** The names "only" restricts the shared subject to (their keys); what it restricts is not that subject. */
	private static Set<String> onlyNames(DatedClaim c, String shared) {
		Set<String> out = new LinkedHashSet<>();
		java.util.regex.Matcher m = ONLY_NAME.matcher(c.claim().sentence());
		while (m.find()) {
			String word = m.group(1);
			for (ClaimSubject s : c.claim().about()) {
				if ((s.text().startsWith(word) || word.startsWith(s.text())) && !compatible(Statement.key(s), shared)) {
					out.add(Statement.key(s));
				}
			}
		}
		return out;
	}

	/** The first value type both state where none of one's values agrees with the other's; empty when none. */
	static Optional<String> conflictingValues(Statement x, Statement y) {
		return conflictingValues(x.values(), y.values());
	}

	private static Optional<String> conflictingValues(List<StatedValue> xs, List<StatedValue> ys) {
		for (StatedValue v : xs) {
			List<StatedValue> comparable = new ArrayList<>();
			for (StatedValue w : ys) {
				if (v.comparable(w)) {
					comparable.add(w);
				}
			}
			if (comparable.isEmpty()) {
				continue;
			}
			boolean anyAgreement = false;
			for (StatedValue v2 : xs) {
				if (v2.comparable(v)) {
					for (StatedValue w : comparable) {
						anyAgreement |= v2.agrees(w);
					}
				}
			}
			if (!anyAgreement) {
				String what = v.type() == StatedValue.Type.QUANTITY ? "number of " + v.unit() + "s" : v.type().id();
				return Optional.of(what + ": " + v.text() + " vs " + comparable.get(0).text());
			}
		}
		return Optional.empty();
	}

	/** Both state a quantity or size of the same unit (not a ratio; money needs a relation: price, revenue, deal). */
	static boolean sharedUnit(Statement x, Statement y) {
		for (StatedValue v : x.values()) {
			for (StatedValue w : y.values()) {
				if (v.type() == StatedValue.Type.QUANTITY && v.comparable(w) && !v.unit().equals("times")) {
					return true;
				}
			}
		}
		return false;
	}

	private static final Pattern METRIC_WORD = Pattern.compile("^\\s*(?:of\\s+)?(?:more\\s+|less\\s+|higher\\s+|lower\\s+|better\\s+|worse\\s+|faster\\s+|slower\\s+|cheaper\\s+)?([a-z][\\w-]*)");

	/**
	 * Percentages measure what follows them: "20 percent less" and "40 percent better
	 * price-performance" are two metrics, "cut latency 35 percent" and "35 percent more throughput" too.
	 */
	static boolean sameMetric(DatedClaim a, DatedClaim b) {
		Set<String> mx = a.traits().metrics();
		Set<String> my = b.traits().metrics();
		return mx.isEmpty() || my.isEmpty() || !java.util.Collections.disjoint(mx, my);
	}

	// compiled once: metrics and traits are read for every claim of a run
	private static final Pattern METRIC_BEFORE = Pattern.compile("([a-z][\\w-]*)\\s+(?:by\\s+|of\\s+)?(?:about\\s+|up to\\s+)?$");
	private static final Pattern MORE = Pattern.compile("^\\s*(?:more|higher|better|faster)\\b.*");
	private static final Pattern LESS = Pattern.compile("^\\s*(?:less|lower|worse|slower|cheaper)\\b.*");
	private static final Pattern NON_SPACE = Pattern.compile("[^\\s]+");
	private static final Pattern AT_ALL = Pattern.compile("(?i)\\bat all\\b");
	private static final Pattern NEVER = Pattern.compile("(?s).*\\bnever\\b.*");

	private static Set<String> metrics(Statement s) {
		Set<String> out = new java.util.HashSet<>();
		for (StatedValue v : s.values()) {
			if (v.type() == StatedValue.Type.PERCENT) {
				String after = s.sentence().substring(v.span().end()).toLowerCase(java.util.Locale.ROOT);
				java.util.regex.Matcher m = METRIC_WORD.matcher(after);
				String before = s.sentence().substring(0, v.span().start()).toLowerCase(java.util.Locale.ROOT);
				java.util.regex.Matcher b = METRIC_BEFORE.matcher(before);
				if (m.find()) {
					out.add(Statement.stemOf(m.group(1)));
				}
				if (b.find()) {
					out.add(Statement.stemOf(b.group(1)));
				}
				String cmp = MORE.matcher(after).matches() ? "+" : LESS.matcher(after).matches() ? "-" : null;
				if (cmp != null) {
					out.add(cmp);
				}
			}
		}
		return out;
	}

	/**
	 * Words that make two values of one attribute values of different things, by kind: the stage
	 * of a release or a deal (preview, beta, generally available; agreed, completed), the tier or
	 * edition (standard, archive, enterprise, free), the scope (per node pool, per cluster) and the
	 * place (a continent or region). Two claims differ in what they measure when, in some kind,
	 * both name a qualifier and none in common.
	 */
	static final Map<String, Pattern> QUALIFIERS = kinds(
			"stage", Pattern.compile("(?<![\\w-])(left (?:its |the )?(?:free |public |community |private )?preview|left beta|out of beta|exited beta|dropped the beta label|commercial production|commercially available|went live|preview|beta|alpha|generally available|general availability|\\bga\\b|announc\\w*|unveil\\w*|agreed|agrees|"
					+ "would acquire|to acquire|to buy|offer|bid|completed|completes|closed|closes|graduat\\w*|donat\\w*|joined|joining|incubat\\w*)(?![\\w-])",
					Pattern.CASE_INSENSITIVE),
			"tier", Pattern.compile("(?<![\\w-])(enterprise|standard|basic|individuals?|personal|premium|professional|pro|free|paid|community|business|starter|developer|team|"
					+ "plus|advanced|archive|cold|warm|hot|infrequent|reserved|reserve|reservation|commitment|committed|spot|on-demand|on demand|dedicated|shared|provisioned|extended|lts)(?![\\w-])",
					Pattern.CASE_INSENSITIVE),
			"resource", Pattern.compile("(?<![\\w-])(storage|stored|egress|ingress|transfer\\w*|compute|reads?|writes?|requests?|bandwidth)(?![\\w-])",
					Pattern.CASE_INSENSITIVE),
			// a storage system's raw capacity against what it holds after data reduction
			"capacity", Pattern.compile("(?<![\\w-])(raw|effective|usable|logical|after (?:data reduction|deduplication|dedupe|compression))(?![\\w-])",
					Pattern.CASE_INSENSITIVE),
			"when", Pattern.compile("(?<![\\w-])(before|after|until|prior to|since)(?![\\w-])", Pattern.CASE_INSENSITIVE),
			"limit", Pattern.compile("(?<![\\w-])(at least|minimum|more than|over|up to|at most|maximum|capped at|caps|limits?|tops out|scales to|grows? to|grow to)(?![\\w-])",
					Pattern.CASE_INSENSITIVE),
			"scope", Pattern.compile("(?<![\\w-])(per node|node pools?|per cluster|per host|per (?:named )?user|per seat|(?:per|for each|each|by) (?:concurrent )?connection|concurrent connections?|per site|per instance|per gpu(?:-hour)?|each gpu|"
					+ "per node|clusters?|node|gpu|first|second|third)(?![\\w-])", Pattern.CASE_INSENSITIVE),
			// a plan, tier or edition by its name ("the Pro plan", "its Business Critical tier"), whatever the name
			"plan", Pattern.compile("(?<![\\w-])((?:\\p{Lu}[\\w+-]*\\s){1,2})(?=(?:plan|tier|edition|subscription|SKU|package)s?\\b)"),
			// an IPO's marketed range against the price it was sold at
			"estimate", Pattern.compile("(?<![\\w-])(price range|range of|range to|marketed (?:its|the|at)|expected|estimated|projected|forecasts?|guidance|priced (?:its|the|at)|final)(?![\\w-])",
					Pattern.CASE_INSENSITIVE),
			// a funding round by its name: the Series A and the Series B raise different sums
			"round", Pattern.compile("(?<![\\w-])(series [a-k]|pre-seed|seed round|seed funding)(?![\\w-])", Pattern.CASE_INSENSITIVE),
			// the period a figure covers: a quarter's revenue is not the year's
			"period", Pattern.compile("(?<![\\w-])(first quarter|second quarter|third quarter|fourth quarter|q[1-4]|quarter(?:ly)?|full year|full fiscal year|"
					+ "fiscal year|annual|annually|first half|second half)(?![\\w-])", Pattern.CASE_INSENSITIVE),
			// what a sum of a funding round measures: the money raised, or what the company is valued at
			"measure", Pattern.compile("(?<![\\w-])(valuation|valued|valuing|raised|raises|raising|brought in|proceeds)(?![\\w-])", Pattern.CASE_INSENSITIVE),
			"place", Pattern.compile("(?<![\\w-])(north america|south america|latin america|europe|asia|africa|australia|middle east|"
					+ "us east|us west|eu west|eu central|eu|european union|united states|china|india|japan|frankfurt|london|paris|tokyo|singapore|sydney|"
					+ "virginia|oregon|ireland)(?![\\w-])", Pattern.CASE_INSENSITIVE));

	private static final Pattern NO_COST = Pattern.compile("(?i)\\b(?:at|for) no (?:extra |additional )?(?:charge|cost)\\b|\\bno[- ]cost\\b");

	/**
	 * Whether a negated claim denies its values, not only something beside them: "has no plans to
	 * raise it" leaves "the ceiling is 3,008 MB" stated. A negation written in words the scopes
	 * do not know denies them all.
	 */
	private static boolean deniesValues(Statement s, DeniedTerms terms) {
		if (!s.negated()) {
			return false;
		}
		for (StatedValue v : s.values()) {
			// "retires it on June 30", "reaches end of life on December 31": the date of the end, stated
			if (v.type() == StatedValue.Type.DATE && Relation.eventBefore(s.sentence(), v.span().start()) == Relation.RETIREMENT) {
				continue;
			}
			if (terms.scopes().length == 0 || terms.deniesAt(v.span().start())) {
				return true;
			}
		}
		return false;
	}

	/** What keeps the value rule of {@link #judge} from comparing two claims' values, in the order it is asked. */
	enum ValueGate {
		/** No two comparable values disagree. */
		NO_CONFLICT,
		/** One of the two denies its values. */
		VALUE_DENIED,
		/** No relation and no unit in common. */
		NO_RELATION_OR_UNIT,
		/** The values are of other subjects ({@link #sameValueSubjects}). */
		SUBJECTS,
		/** A kind of qualifier named on both sides with nothing in common: another plan, stage, place... */
		QUALIFIERS,
		/** Another subject inside the values, or another year ({@link #sameQualifiers}). */
		PERIOD,
		/** Percentages of other metrics. */
		METRIC,
		/** Values of other releases, or dates of other events ({@link #sameRelease}). */
		RELEASE,
		/** Nothing: the values are compared. */
		OPEN
	}

	/**
	 * Whether the value rule compares the two claims' values ({@link ValueGate#OPEN}), or what keeps
	 * it from doing so. Values of one kind and unit about the same subjects compare even without a
	 * shared verb: a count or a size names its attribute by its unit ("85 cities", "120 cities"), a
	 * price or a deal's value by its currency ("agreed to acquire for $7.5 billion", "is paying $5.5
	 * billion").
	 */
	static ValueGate valueGate(DatedClaim a, DatedClaim b) {
		Statement x = a.statement();
		Statement y = b.statement();
		Optional<String> conflict = conflictingValues(x, y);
		if (conflict.isEmpty()) {
			return ValueGate.NO_CONFLICT;
		}
		if (a.traits().deniesValues() || b.traits().deniesValues()) {
			return ValueGate.VALUE_DENIED;
		}
		if (!x.sharesRelation(y) && !sharedUnit(x, y)) {
			return ValueGate.NO_RELATION_OR_UNIT;
		}
		if (!sameValueSubjects(a, b)) {
			return ValueGate.SUBJECTS;
		}
		if (differingQualifier(a, b) != null) {
			return ValueGate.QUALIFIERS;
		}
		if (!sameQualifiers(a, b)) {
			return ValueGate.PERIOD;
		}
		if (!sameMetric(a, b)) {
			return ValueGate.METRIC;
		}
		return sameRelease(a, b, conflict.get()) ? ValueGate.OPEN : ValueGate.RELEASE;
	}

	/** For error reports: {@link #valueGate} in a few words, or empty when the values are compared. */
	static String explainValueGate(DatedClaim a, DatedClaim b) {
		Traits ta = a.traits();
		Traits tb = b.traits();
		return switch (valueGate(a, b)) {
		case NO_CONFLICT -> "no disagreeing values";
		case VALUE_DENIED -> "a value denied";
		case NO_RELATION_OR_UNIT -> "no shared relation or unit";
		case SUBJECTS -> "value subjects differ";
		case QUALIFIERS -> {
			String kind = differingQualifier(a, b);
			yield "qualifiers " + kind + " " + ta.qualifiers().get(kind) + " vs " + tb.qualifiers().get(kind);
		}
		case PERIOD -> "years differ";
		case METRIC -> "metrics " + ta.metrics() + " vs " + tb.metrics();
		case RELEASE -> "releases " + ta.releases() + " vs " + tb.releases() + " or events " + ta.dateEvents() + " vs " + tb.dateEvents();
		case OPEN -> "";
		};
	}

	/** Kind, pattern, kind, pattern...: in one order in every JVM. */
	private static Map<String, Pattern> kinds(Object... kindsAndPatterns) {
		Map<String, Pattern> out = new java.util.LinkedHashMap<>();
		for (int i = 0; i < kindsAndPatterns.length; i += 2) {
			out.put((String) kindsAndPatterns[i], (Pattern) kindsAndPatterns[i + 1]);
		}
		return java.util.Collections.unmodifiableMap(out);
	}

	/** Edition and tier words a mention may carry beyond its canonical name. */
	private static final Pattern QUALIFIER_WORD = Pattern.compile(
			"enterprise|standard|basic|premium|professional|pro|free|community|business|starter|developer|team|plus|advanced|archive|cold|hot|dedicated|lts");

	/**
	 * The first kind of qualifier both name with nothing in common, or null. Only two different
	 * qualifiers of one kind tell two things apart: one sentence saying "generally available" and
	 * the other "shipped" speak of the same release.
	 */
	private static String differingQualifier(DatedClaim a, DatedClaim b) {
		for (String kind : QUALIFIERS.keySet()) {
			Set<String> qx = a.traits().qualifiers().get(kind);
			Set<String> qy = b.traits().qualifiers().get(kind);
			if (!qx.isEmpty() && !qy.isEmpty() && java.util.Collections.disjoint(qx, qy)) {
				return kind;
			}
		}
		return null;
	}

	static boolean sameQualifiers(DatedClaim a, DatedClaim b) {
		if (differingQualifier(a, b) != null) {
			return false;
		}
		// "12 AWS regions" and "6 Google Cloud regions" count different things
		Set<String> nx = a.traits().valueNames();
		Set<String> ny = b.traits().valueNames();
		if (!nx.isEmpty() && !ny.isEmpty() && nx.stream().noneMatch(n -> ny.stream().anyMatch(m -> compatible(n, m)))) {
			return false;
		}
		// Values of different years are values of different periods ("grew 42 percent in 2022"), and of
		// different months or days values at different times ("200 million daily participants in
		// March 2020", "300 million in April 2020")
		Set<Double> yearsX = a.traits().years();
		Set<Double> yearsY = b.traits().years();
		if (yearsX.isEmpty() || yearsY.isEmpty() || yearsX.equals(yearsY) && anyDateAgrees(a.statement(), b.statement())) {
			return true;
		}
		return !nonDateConflict(a.statement(), b.statement());
	}

	/** Everything {@link #judge} asks of one claim's words. */
	static Traits traits(io.claimtagger.core.store.ClaimRecord claim, Statement s) {
		// Qualifiers of the words, not of the names: "Cindervale GPU Cloud" says nothing of per-GPU prices.
		// A word the mention adds to its canonical name is a qualifier the tagger took into the name:
		// "Calderix Kubernetes Service Standard" is the Standard tier of Calderix Kubernetes Service.
		StringBuilder words = new StringBuilder(s.sentence());
		for (ClaimSubject c : claim.about()) {
			String canonical = c.canonical().toLowerCase(java.util.Locale.ROOT);
			for (int at = words.indexOf(c.text()); at >= 0; at = words.indexOf(c.text(), at + 1)) {
				java.util.regex.Matcher w = NON_SPACE.matcher(c.text());
				while (w.find()) {
					String word = w.group().toLowerCase(java.util.Locale.ROOT);
					boolean edge = w.start() == 0 || w.end() == c.text().length();
					if (QUALIFIER_WORD.matcher(word).matches() && (edge || !canonical.contains(word))) {
						continue;
					}
					for (int i = at + w.start(); i < at + w.end(); i++) {
						words.setCharAt(i, ' ');
					}
				}
			}
		}
		Map<String, Set<String>> qualifiers = new java.util.HashMap<>();
		for (Map.Entry<String, Pattern> kind : QUALIFIERS.entrySet()) {
			qualifiers.put(kind.getKey(), qualifiers(kind.getValue(), words.toString()));
		}
		List<String> products = new ArrayList<>();
		List<String> vendors = new ArrayList<>();
		for (ClaimSubject c : claim.about()) {
			List<String> of = c.type() == EntityType.PRODUCT ? products : vendors;
			if (!of.contains(Statement.key(c))) {
				of.add(Statement.key(c));
			}
		}
		String text = s.sentence();
		DeniedTerms terms = DeniedTerms.of(text);
		String withoutAtAll = AT_ALL.matcher(text).replaceAll("");
		return new Traits(qualifiers, years(s), metrics(s), products, vendors, INDEPENDENT.matcher(text).find(), RENAMED.matcher(text).find(),
				UNIVERSAL.matcher(withoutAtAll).find(), NEVER.matcher(text.toLowerCase(java.util.Locale.ROOT)).matches(),
				OWNED.matcher(text).find(), OWNER_CHANGE.matcher(text).find(),
				PairFeatures.classesOf(words.toString()), TAKEN_PRIVATE.matcher(text).find() ? "private" : LISTED.matcher(text).find() ? "listed" : "",
				terms, valueNames(claim, s), releases(s), dateEvents(s),
				s.negated() && (terms.scopes().length > 0 || !NO_COST.matcher(text).find()), deniesValues(s, terms),
				PLANNED.matcher(text).find(), DEAL_OFF.matcher(text).find(), AT_LAUNCH.matcher(text).find());
	}

	/** The versions a claim names: of its subjects ("windows server 2008 r2": "2008 r2") and as values ("version 5.0"). */
	private static Set<String> releases(Statement s) {
		Set<String> out = new java.util.TreeSet<>();
		for (String key : s.subjects()) {
			String base = Statement.base(key);
			if (!base.equals(key)) {
				out.add(release(key.substring(base.length())));
			}
		}
		for (StatedValue v : s.values()) {
			if (v.type() == StatedValue.Type.VERSION) {
				out.add(release(v.text()));
			}
		}
		if (ORIGINAL.matcher(s.sentence()).find()) {
			out.add("1");
		}
		java.util.regex.Matcher named = NAMED_RELEASE.matcher(s.sentence());
		while (named.find()) {
			out.add(named.group(1).toLowerCase(java.util.Locale.ROOT));
		}
		return out;
	}

	/** A claim its writer scoped to a product's launch: a later change does not outdate it. */
	private static final Pattern AT_LAUNCH = Pattern.compile("(?i)\\b(?:(?<!said )(?<!says )(?<!announced )at launch|at first|initially|in its first release|when it (?:launched|debuted|first shipped))\\b");

	/**
	 * Whether two claims the pair model reads as a conflict speak of things apart, as far as the
	 * words show: of two releases, an earlier claim scoped to the launch ("initially supported
	 * only Java"), or an "only" beside a denial of something else.
	 */
	static boolean apart(DatedClaim first, DatedClaim second) {
		Set<String> rx = first.traits().releases();
		Set<String> ry = second.traits().releases();
		if (!rx.isEmpty() && !ry.isEmpty() && java.util.Collections.disjoint(rx, ry)) {
			return true;
		}
		if (first.traits().atLaunch() && !second.traits().atLaunch()) {
			return true;
		}
		return DeniedTerms.deniesBesideOnly(first.traits().terms(), second.traits().terms());
	}

	/** A claim about a product's first release: "the original Brackwater HCI", "first released its operator in 2019". */
	private static final Pattern ORIGINAL = Pattern.compile("\\b(?:(?:the|its) original \\p{Lu}|first released|initial release|its first release)");
	/** A release by its name: "the Vancouver release", "its Washington DC release". */
	private static final Pattern NAMED_RELEASE = Pattern.compile("\\b((?:\\p{Lu}\\p{L}+)(?: \\p{Lu}+\\b)?) release\\b");

	/** "3.0" is "3", "v2" is "2". */
	private static String release(String version) {
		return version.strip().replaceFirst("^(?:v|version )", "").replaceFirst("(?:\\.0)+$", "");
	}

	private static Set<Relation> dateEvents(Statement s) {
		Set<Relation> out = EnumSet.noneOf(Relation.class);
		for (StatedValue v : s.values()) {
			if (v.type() == StatedValue.Type.DATE) {
				Relation r = Relation.eventBefore(s.sentence(), v.span().start());
				if (r != null) {
					out.add(r);
				}
			}
		}
		return out;
	}

	/**
	 * Whether two values that disagree may be of one thing as far as releases and events go: not
	 * of two versions ("VMware Cloud Foundation 5.1 was released in November 2023", "version 5.0
	 * ... in June 2023"), not dates of two events ("agreed to acquire it in 2020", "was founded in
	 * 2016"). Versions that disagree are themselves the conflict.
	 */
	static boolean sameRelease(DatedClaim a, DatedClaim b, String conflict) {
		if (conflict.startsWith("version")) {
			return true;
		}
		Set<String> rx = a.traits().releases();
		Set<String> ry = b.traits().releases();
		if (!rx.isEmpty() && !ry.isEmpty() && java.util.Collections.disjoint(rx, ry)) {
			return false;
		}
		if (!conflict.startsWith("date")) {
			return true;
		}
		// dates of one event: the events their cues name; a date with no cue may be of any event the other's claim names too
		// ("Mono began in 2001" is not the date of "Microsoft bought Xamarin in 2016")
		Set<Relation> ex = a.traits().dateEvents();
		Set<Relation> ey = b.traits().dateEvents();
		if (!ex.isEmpty() && !ey.isEmpty()) {
			return !java.util.Collections.disjoint(ex, ey);
		}
		if (!ex.isEmpty()) {
			return !java.util.Collections.disjoint(ex, b.statement().relations());
		}
		return ey.isEmpty() || !java.util.Collections.disjoint(ey, a.statement().relations());
	}

	/** The subjects a claim names inside one of its values: "12 AWS regions" counts AWS's regions. */
	private static Set<String> valueNames(io.claimtagger.core.store.ClaimRecord claim, Statement s) {
		Set<String> out = new java.util.TreeSet<>();
		for (StatedValue v : s.values()) {
			for (ClaimSubject c : claim.about()) {
				for (int at = s.sentence().indexOf(c.text()); at >= 0; at = s.sentence().indexOf(c.text(), at + 1)) {
					if (at < v.span().end() && v.span().start() < at + c.text().length()) {
						out.add(Statement.key(c));
					}
				}
			}
		}
		return out;
	}

	private static Set<String> qualifiers(Pattern pattern, String sentence) {
		Set<String> out = new java.util.TreeSet<>();
		java.util.regex.Matcher m = pattern.matcher(sentence);
		while (m.find()) {
			String q = m.group(1).trim().toLowerCase(java.util.Locale.ROOT);
			// a plan's name without its article ("the Pro plan"), but "on demand" is a tier as written
			q = q.equals("on demand") ? q : q.replaceFirst("^(?:the|a|an|its|their|our|this|each|every|on|in) ", "");
			// "left its free preview" is the end of a preview: general availability
			q = q.startsWith("left ") && q.endsWith("preview") ? "ga" : q;
			q = switch (q) {
			case "generally available", "general availability", "ga", "left beta", "out of beta", "exited beta", "dropped the beta label", "commercial production", "commercially available", "went live" -> "ga";
			case "agreed", "agrees", "would acquire", "to acquire", "to buy", "announced", "announces", "announcement", "unveiled", "unveils", "unveil",
					"unveiling" -> "announced";
			case "completed", "completes", "closed", "closes" -> "completed";
			case "node pool", "node pools" -> "node pool";
			case "per node", "node" -> "node";
			case "per cluster", "cluster", "clusters" -> "cluster";
			case "per user", "per named user" -> "per user";
			case "per connection", "for each connection", "each connection", "by connection", "per concurrent connection", "for each concurrent connection",
					"each concurrent connection", "by concurrent connection", "concurrent connection", "concurrent connections" -> "per connection";
			case "after data reduction", "after deduplication", "after dedupe", "after compression" -> "effective";
			case "per gpu", "per gpu-hour", "each gpu", "gpu" -> "gpu";
			case "stored" -> "storage";
			case "read", "reads" -> "read";
			case "write", "writes" -> "write";
			case "request", "requests" -> "request";
			case "prior to" -> "before";
			case "price range", "range of", "range to", "marketed its", "marketed the", "marketed at", "expected", "estimated", "projected", "forecast", "forecasts", "guidance" -> "estimate";
			case "priced its", "priced the", "priced at", "final" -> "final";
			case "at least", "minimum", "more than", "over" -> "min";
			case "up to", "at most", "maximum", "capped at", "caps", "limit", "limits", "tops out", "scales to", "grow to", "grows to" -> "max";
			case "individual", "individuals", "personal" -> "individual";
			case "q1" -> "first quarter";
			case "q2" -> "second quarter";
			case "q3" -> "third quarter";
			case "q4" -> "fourth quarter";
			case "quarterly" -> "quarter";
			case "full year", "full fiscal year", "fiscal year", "annually" -> "annual";
			case "valuation", "valued", "valuing" -> "valuation";
			case "raised", "raises", "raising", "brought in", "proceeds" -> "amount";
			case "reserve", "reservation", "commitment", "committed" -> "reserved";
			case "on demand" -> "on-demand";
			default -> q;
			};
			out.add(q);
		}
		return out;
	}

	private static Set<Double> years(Statement s) {
		Set<Double> out = new java.util.HashSet<>();
		for (StatedValue v : s.values()) {
			if (v.type() == StatedValue.Type.DATE) {
				out.add((double) v.year());
			}
		}
		return out;
	}

	private static boolean anyDateAgrees(Statement x, Statement y) {
		for (StatedValue v : x.values()) {
			for (StatedValue w : y.values()) {
				if (v.type() == StatedValue.Type.DATE && w.type() == StatedValue.Type.DATE && v.agrees(w)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Values other than dates that disagree: those of two years are of two periods ("revenue of $2 billion in 2023"). */
	private static boolean nonDateConflict(Statement x, Statement y) {
		return conflictingValues(x.values().stream().filter(v -> v.type() != StatedValue.Type.DATE).toList(),
				y.values().stream().filter(v -> v.type() != StatedValue.Type.DATE).toList()).isPresent();
	}

	/** No comparable values disagree (a negation about another version or date is another statement). */
	private static boolean valuesAgree(Statement x, Statement y) {
		return conflictingValues(x, y).isEmpty();
	}

	/**
	 * The subject keys the two share that matter: products when either names one (two claims about
	 * two releases of one vendor share the vendor, not what they say), vendors otherwise.
	 */
	/** "Granitewell's G7" and "the Granitewell G7": the other names the product with the maker this claim names beside it. */
	private static boolean withMaker(DatedClaim c, String product, String other) {
		return c.traits().vendors().stream().anyMatch(v -> other.equals(v + " " + product));
	}

	static List<String> sharedSubjects(DatedClaim a, DatedClaim b) {
		List<String> pa = products(a);
		List<String> pb = products(b);
		List<String> shared = new ArrayList<>();
		if (!pa.isEmpty() && !pb.isEmpty()) {
			for (String p : pa) {
				for (String q : pb) {
					// "Kubernetes" says something of every release, "Kubernetes 1.24" of one: the same subject
					if (p.equals(q) || Statement.base(p).equals(Statement.base(q)) && (p.equals(Statement.base(p)) || q.equals(Statement.base(q)))
							|| withMaker(a, p, q) || withMaker(b, q, p)) {
						shared.add(p.length() >= q.length() ? p : q);
					}
				}
			}
			return shared;
		}
		for (String s : a.statement().subjects()) {
			for (String t : b.statement().subjects()) {
				if (s.equals(t) || company(s).equals(company(t))) {
					shared.add(s);
				}
			}
		}
		return shared;
	}

	/**
	 * When the two share no subject by {@link #sharedSubjects} (each names another product of one
	 * company: "Tallowby Serve supports only Nvidia GPUs" and "Tallowby Serve also runs on AMD
	 * Instinct"), the subject one of them leads with and the other names, whatever its type.
	 * Only the rules judge such a pair: the model reads two products as two things.
	 */
	static List<String> sharedLead(DatedClaim a, DatedClaim b) {
		for (DatedClaim[] p : new DatedClaim[][] { { a, b }, { b, a } }) {
			List<String> lead = p[0].statement().subjects();
			if (!lead.isEmpty() && p[1].statement().subjects().stream().anyMatch(t -> compatible(lead.get(0), t))) {
				return List.of(lead.get(0));
			}
		}
		return List.of();
	}

	private static final Pattern COMPANY_SUFFIX = Pattern.compile("(?:,?\\s+(?:inc\\.?|corp\\.?|corporation|systems|labs|technologies|software|networks|group|holdings|ltd\\.?|llc|gmbh|ag|sa))+$");

	/** A vendor key without its legal or generic suffix: "eucalyptus systems" is "eucalyptus". */
	static String company(String key) {
		return COMPANIES.apply(key);
	}

	/** Subject keys are few and compared in every pair: their company names are worked out once. */
	private static final StringMemo COMPANIES = new StringMemo(key -> COMPANY_SUFFIX.matcher(key).replaceAll(""), 100_000);

	/** The same subjects, or one's a subset of the other's (the denial names fewer). */
	static boolean sameSubjects(DatedClaim a, DatedClaim b) {
		List<String> x = a.statement().subjects();
		List<String> y = b.statement().subjects();
		return covers(x, y) || covers(y, x);
	}

	/**
	 * Two values are of the same thing only when the claims name the same subjects: a deal's price
	 * with one more party named is another deal. A claim naming a single subject may leave the
	 * others out ("vSphere 4.1 shipped in July" and "VMware shipped vSphere 4.1 in August").
	 */
	static boolean sameValueSubjects(DatedClaim a, DatedClaim b) {
		// A deal's parties are companies: "Red Hat agreed to acquire Qumranet, the start-up behind
		// KVM, for $107 million" and "Red Hat agreed to buy Qumranet for $170 million" are one deal.
		Set<Relation> deals = EnumSet.of(Relation.ACQUISITION, Relation.FUNDING);
		if (a.statement().relations().stream().anyMatch(deals::contains) && b.statement().relations().stream().anyMatch(deals::contains)
				&& !a.traits().vendors().isEmpty() && !b.traits().vendors().isEmpty()) {
			// Each claim's companies are named by the other, whatever type the tagger gave them there
			// ("Salesforce closed its purchase of Slack", Slack the product).
			return covers(b.statement().subjects(), a.traits().vendors()) && covers(a.statement().subjects(), b.traits().vendors());
		}
		List<String> x = a.statement().subjects();
		List<String> y = b.statement().subjects();
		if (x.size() <= 1 || y.size() <= 1 || products(a).size() == 1 && products(b).size() == 1 && products(a).equals(products(b))) {
			return sameSubjects(a, b);
		}
		// the product each is about first of all carries the value; others are named beside it
		// ("H200 pairs the Hopper architecture with 141 GB", "each H200 GPU carries 96 GB")
		if (!products(a).isEmpty() && !products(b).isEmpty() && compatible(products(a).get(0), products(b).get(0))) {
			// unless each names another product the other does not ("Fargate for ECS", "Fargate for EKS")
			List<String> ox = products(a).subList(1, products(a).size());
			List<String> oy = products(b).subList(1, products(b).size());
			return ox.isEmpty() || oy.isEmpty() || ox.stream().anyMatch(p -> oy.stream().anyMatch(q -> compatible(p, q)));
		}
		return covers(x, y) && covers(y, x);
	}

	/** Every subject of {@code small} has a compatible one in {@code large}. */
	private static boolean covers(List<String> large, List<String> small) {
		for (String s : small) {
			if (large.stream().noneMatch(l -> compatible(l, s))) {
				return false;
			}
		}
		return true;
	}

	/** The same name; or the same name, one without a version (it speaks of every release); or one company. */
	static boolean compatible(String a, String b) {
		if (a.equals(b) || company(a).equals(company(b))) {
			return true;
		}
		String ba = Statement.base(a);
		String bb = Statement.base(b);
		if (ba.equals(bb) && (a.equals(ba) || b.equals(bb))) {
			return true;
		}
		// "backblaze b2" and "b2": a product written with and without its maker
		return a.endsWith(" " + b) || b.endsWith(" " + a);
	}

	private static Set<String> bases(List<String> keys) {
		Set<String> out = new LinkedHashSet<>();
		keys.forEach(k -> out.add(Statement.base(k)));
		return out;
	}

	static List<String> products(DatedClaim c) {
		return c.traits().products();
	}

	private static double confidence(double base, double overlap) {
		return Math.min(0.99, base + 0.3 * overlap);
	}
}
