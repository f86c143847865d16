package io.claimtagger.core.contradiction;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.claimtagger.core.statement.Relation;
import io.claimtagger.core.statement.StatedValue;
import io.claimtagger.core.statement.Statement;

/**
 * What the {@link PairClassifier} sees of two claims about a shared subject: what the rules of
 * {@link PairJudge} decided, the relations, values, polarity and qualifiers of each side, and the
 * contrasts between their words by meaning class ("free" against "subscription", "independent"
 * against "folded into", "only" against "also"). Cue words alone miss a conflict said in other
 * words; the classes let the model learn which contrasts matter from labelled pairs, and the
 * rules' verdict stays one feature among them. Training and finding share this class.
 */
final class PairFeatures {

	/**
	 * Meaning classes of words that carry a conflict when the two sides differ in them. Each
	 * class is a handful of ways of writing one thing; the model learns the weights.
	 */
	private static final Map<String, Pattern> CLASSES = new LinkedHashMap<>();

	static {
		cls("neg", "not|n't|never|no|none|neither|nor|lacks?|lacking|without|absent|missing");
		cls("remove", "dropp\\w*|removed?|removes|pulled|retired?|retires|ripped out|discontinu\\w*|sunset\\w*|deprecat\\w*|left \\w+ out|phased out|ended|ends|stopped|abandon\\w*|killed|no longer");
		cls("add", "added|adds|adding|gained|gains|introduc\\w*|expanded|extends|extended|brought|now (?:supports?|runs?|ships?|includes?|offers?)");
		cls("free", "free|freely|no charge|no cost|costs nothing|no extra cost|at no additional|without charge|gratis|no license fee|zero-cost|free of charge");
		cls("paid", "paid|subscription\\w*|(?<!no )license fees?|licen[cs]e cost|per core|per socket|per seat|per user|per node|(?<!no )(?<!free of )(?<!without )(?:charges?|charged)|billed|bills|priced|premium|costs? \\$|(?<!no )fee");
		cls("open", "open[- ]source\\w*|open[- ]sourced|apache(?: 2(?:\\.0)?)? licen[cs]e|apache 2(?:\\.0)?|gpl\\w*|agpl|lgpl|mit licen[cs]e|bsd|mpl|permissive\\w*");
		cls("closed", "proprietary|closed[- ]source|source[- ]available|bsl|business source|sspl|server side public|elastic licen[cs]e|commercial licen[cs]e");
		cls("independent", "independent\\w*|privately held|privately-held|self-funded|standalone|stand-alone|on its own");
		cls("owned", "acqui[rs]\\w*|bought|buys?|subsidiary|part of|unit of|owned by|division of|folded into|absorbed|took over|takes over|purchas\\w*|merged|snapped up");
		cls("only", "only|exclusively|solely|sole|nothing but|limited to|just one|single");
		cls("also", "also|too|as well|second|another|additionally|both|alongside|in addition");
		cls("hosted", "cloud service|saas|hosted|managed service|cloud-only|as a service|fully managed");
		cls("selfhosted", "self-hosted|self hosted|on-premises|on premises|on-prem|self-managed|downloadable|air-gapped");
		cls("x86", "x86|x86-64|amd64|intel|xeon|epyc");
		cls("arm", "arm|arm64|aarch64|graviton|ampere|risc-v");
		cls("up", "raised|raises|increased|increases|doubled|tripled|grew|grown|higher|rose|hiked|more expensive|up from|jump\\w*");
		cls("down", "cut|cuts|lowered|lowers|reduced|reduces|halved|fell|slashed|cheaper|down from|declin\\w*");
		cls("universal", "all|every|each|any|always|never|everywhere|universally");
		cls("partial", "except|excluding|apart from|but not|so far|about half|some|most|partial\\w*|a few|limited|select");
		cls("rename", "renamed|rebrand\\w*|now called|goes by|sold as|known as|under the name|formerly|new name");
		cls("now", "now|since|as of|currently|today|anymore|any longer|these days");
		cls("still", "still|continues?|remains?|kept|keeps|unchanged");
		cls("future", "will|plans?|planned|expects?|roadmap|intends?|aims?|is set to|later this year|next year");
		cls("default", "default|by default|out of the box");
		cls("stage", "preview|beta|alpha|early access|generally available|general availability|ga|announced|completed|closed the deal");
		cls("lead", "led by|lead investor|led the round|headed by");
		cls("founded", "founded|co-founded|created|started|launched by|spun out");
		cls("place", "headquartered|based in|moved its headquarters|head office");
		cls("maintain", "maintain\\w*|govern\\w*|steward\\w*|controls?|donated|hands? over|handed");
		cls("require", "requires?|required|needs?|depends? on|mandatory|must");
		cls("optional", "optional\\w*|no longer requires|not required|without needing");
	}

	private static void cls(String name, String words) {
		CLASSES.put(name, Pattern.compile("(?<![\\w-])(?:" + words + ")(?![\\w-])", Pattern.CASE_INSENSITIVE));
	}

	private PairFeatures() {
	}

	/**
	 * @param first  the earlier claim (or the first of the same date)
	 * @param second the later claim
	 * @param rule   what the rules decided of the pair
	 */
	static String[] of(DatedClaim first, DatedClaim second, Optional<Finding> rule) {
		Statement x = first.statement();
		Statement y = second.statement();
		List<String> f = new ArrayList<>(96);
		f.add("rule=" + rule.map(r -> r.type().id()).orElse("none"));
		rule.ifPresent(r -> f.add("why=" + reasonClass(r.reason())));
		boolean later = PairJudge.later(first, second);
		f.add("later=" + later);
		if (later) {
			long days = ChronoUnit.DAYS.between(first.published(), second.published());
			f.add("gap=" + (days < 60 ? "weeks" : days < 366 ? "months" : days < 3 * 366 ? "years" : "long"));
		}
		Set<Relation> both = EnumSet.noneOf(Relation.class);
		both.addAll(x.relations());
		both.retainAll(y.relations());
		for (Relation r : both) {
			f.add("rel=" + r.id());
		}
		for (Relation r : x.relations()) {
			if (!both.contains(r)) {
				f.add("rel1=" + r.id());
			}
		}
		for (Relation r : y.relations()) {
			if (!both.contains(r)) {
				f.add("rel2=" + r.id());
			}
		}
		if (both.isEmpty()) {
			f.add("rel=none");
		}
		f.add("neg=" + x.negated() + "_" + y.negated());
		f.add("excl=" + x.exclusive() + "_" + y.exclusive());
		f.add("chg=" + x.change() + "_" + y.change());
		traits(f, "t1=", first.traits());
		traits(f, "t2=", second.traits());
		Optional<String> conflict = PairJudge.conflictingValues(x, y);
		boolean sameQualifiers = PairJudge.sameQualifiers(first, second);
		boolean sameValueSubjects = PairJudge.sameValueSubjects(first, second);
		boolean sameMetric = PairJudge.sameMetric(first, second);
		values(f, x, y, conflict);
		f.add("qual=" + sameQualifiers);
		// different values are a conflict only of one thing: the same qualifiers, subjects and metric
		if (conflict.isPresent()) {
			String type = conflict.get().substring(0, conflict.get().indexOf(':'));
			f.add("vq=" + type.replaceAll("\\s+", "_") + "_" + sameQualifiers + "_" + sameValueSubjects + "_" + sameMetric);
		}
		for (String kind : PairJudge.QUALIFIERS.keySet()) {
			Set<String> qx = first.traits().qualifiers().get(kind);
			Set<String> qy = second.traits().qualifiers().get(kind);
			if (!qx.isEmpty() && !qy.isEmpty()) {
				f.add("q" + kind + "=" + (java.util.Collections.disjoint(qx, qy) ? "diff" : "same"));
			} else if (!qx.isEmpty() || !qy.isEmpty()) {
				f.add("q" + kind + "=one");
			}
		}
		f.add("subj=" + (PairJudge.sameSubjects(first, second) ? "same" : "other"));
		f.add("versions=" + versions(x, y));
		f.add("valsubj=" + sameValueSubjects);
		List<String> shared = PairJudge.sharedSubjects(first, second);
		if (!shared.isEmpty()) {
			f.add("lead=" + PairJudge.leadsWith(first, shared.get(0)) + "_" + PairJudge.leadsWith(second, shared.get(0)));
			f.add("role=" + dealRole(first, shared.get(0)) + "_" + dealRole(second, shared.get(0)));
			String crossing = DeniedTerms.crossing(first.traits().terms(), second.traits().terms(), shared.get(0));
			if (!crossing.isEmpty()) {
				f.add("denies=" + crossing);
			}
		}
		f.add("metric=" + sameMetric);
		double overlap = x.overlap(y);
		f.add("ov=" + Math.min(5, (int) (overlap * 10)));
		classes(f, first.traits().classes(), second.traits().classes());
		// in one order whatever the JVM's: Map.of iterates its keys in an order salted per run, and
		// the order of a sample's features moves the trained weights (sums of floating-point numbers)
		String[] out = f.toArray(String[]::new);
		java.util.Arrays.sort(out);
		return out;
	}

	private static final Pattern DEAL = Pattern.compile(
			"(?<![\\w-])(?:acqui[rs]\\w*|bought|buys?|buying|purchas\\w*|takeover|took over|takes? over|taken over|snapped up|folded into|merg\\w*|sold to|deal|pa(?:id|ys|ying)\\s+(?:about\\s+|roughly\\s+|nearly\\s+)?[$€£][\\d.,]+(?:\\s+(?:billion|million))?\\s+for)(?![\\w-])",
			Pattern.CASE_INSENSITIVE);
	private static final Pattern PASSIVE = Pattern.compile("(?<![\\w-])(?:was|were|is being|has been|had been|is|to be)\\s*$", Pattern.CASE_INSENSITIVE);

	/**
	 * The subject's part in a deal the claim reports: the buyer writes it before the deal's verb
	 * ("Red Hat acquired Inktank"), the bought company after it or before a passive ("IBM's
	 * purchase of Red Hat", "Red Hat was acquired"). "Red Hat bought X" and "IBM bought Red Hat"
	 * are no conflict about Red Hat.
	 */
	static String dealRole(DatedClaim c, String subject) {
		String sentence = c.claim().sentence();
		java.util.regex.Matcher deal = DEAL.matcher(sentence);
		if (!deal.find()) {
			return "none";
		}
		for (io.claimtagger.core.store.ClaimSubject s : c.claim().about()) {
			if (!PairJudge.compatible(Statement.key(s), subject)) {
				continue;
			}
			int at = sentence.indexOf(s.text());
			if (at < 0) {
				continue;
			}
			if (at > deal.start()) {
				return "target";
			}
			return PASSIVE.matcher(sentence.substring(at + s.text().length(), deal.start())).find() ? "target" : "buyer";
		}
		return "none";
	}

	private static final Pattern BY = Pattern.compile("(?i)\\bby\\b");

	/**
	 * The company that bought the subject in a deal the claim reports, as a subject key: the first
	 * company written before the deal's verb ("Red Hat bought Qumranet", "VMware bought it"), or
	 * after "by" once the verb is passive ("was snapped up by Novell"); null when the claim names
	 * none or the subject is not the one bought.
	 */
	static String buyer(DatedClaim c, String subject) {
		if (!dealRole(c, subject).equals("target")) {
			return null;
		}
		String sentence = c.claim().sentence();
		java.util.regex.Matcher deal = DEAL.matcher(sentence);
		if (!deal.find()) {
			return null;
		}
		java.util.regex.Matcher by = BY.matcher(sentence);
		int after = by.find(deal.end()) && by.start() - deal.end() < 30 ? by.end() : -1;
		// bought right there: "bought Qumranet", "its acquisition of Linode", "Qumranet was snapped up by"
		// ("Novell bought Ximian, and Mono spent eight years as a Novell project" did not buy Mono)
		if (after < 0) {
			boolean object = false;
			for (io.claimtagger.core.store.ClaimSubject s : c.claim().about()) {
				int at = sentence.indexOf(s.text(), deal.end());
				if (PairJudge.compatible(Statement.key(s), subject) && at >= 0 && at - deal.end() <= 25) {
					object = true;
				}
			}
			if (!object) {
				return null;
			}
		}
		String best = null;
		int bestAt = Integer.MAX_VALUE;
		for (io.claimtagger.core.store.ClaimSubject s : c.claim().about()) {
			if (s.type() != io.claimtagger.core.entity.EntityType.VENDOR || PairJudge.compatible(Statement.key(s), subject)) {
				continue;
			}
			int at = after >= 0 ? sentence.indexOf(s.text(), after) : sentence.indexOf(s.text());
			boolean placed = after >= 0 ? at >= after : at >= 0 && at < deal.start();
			if (placed && at < bestAt) {
				bestAt = at;
				best = Statement.key(s);
			}
		}
		return best;
	}

	/**
	 * Whether the two name the same name in different versions ("Kubernetes 1.21" and "Kubernetes
	 * 1.24" are two releases: what one drops the other may still ship).
	 */
	static String versions(Statement x, Statement y) {
		String out = "none";
		for (String s : x.subjects()) {
			for (String t : y.subjects()) {
				if (Statement.base(s).equals(Statement.base(t)) && !s.equals(Statement.base(s)) && !t.equals(Statement.base(t))) {
					if (!s.equals(t)) {
						return "diff";
					}
					out = "same";
				}
			}
		}
		return out;
	}

	/** "different date: July 2010 vs August 2010" -> "different_date". */
	private static String reasonClass(String reason) {
		String head = reason.contains(":") ? reason.substring(0, reason.indexOf(':')) : reason;
		String[] words = head.toLowerCase(Locale.ROOT).replaceAll("[^a-z ]", "").trim().split("\\s+");
		return String.join("_", java.util.Arrays.copyOf(words, Math.min(3, words.length)));
	}

	private static void traits(List<String> f, String prefix, Traits t) {
		if (t.independent()) {
			f.add(prefix + "independent");
		}
		if (t.renamed()) {
			f.add(prefix + "renamed");
		}
		if (t.universal()) {
			f.add(prefix + "universal");
		}
		if (t.never()) {
			f.add(prefix + "never");
		}
		if (t.owned()) {
			f.add(prefix + "owned");
		}
		if (t.ownerChange()) {
			f.add(prefix + "ownerchange");
		}
		if (!t.listing().isEmpty()) {
			f.add(prefix + t.listing());
		}
	}

	/** Per value type: stated by one side, or by both and agreeing or not. */
	private static void values(List<String> f, Statement x, Statement y, Optional<String> conflict) {
		Set<String> seen = new LinkedHashSet<>();
		for (StatedValue v : x.values()) {
			boolean comparable = false;
			boolean agrees = false;
			for (StatedValue w : y.values()) {
				if (v.comparable(w)) {
					comparable = true;
					agrees |= v.agrees(w);
				}
			}
			String type = v.type().id();
			seen.add(type + (comparable ? (agrees ? ":same" : ":diff") : ":one"));
		}
		for (StatedValue w : y.values()) {
			boolean comparable = x.values().stream().anyMatch(v -> v.comparable(w));
			if (!comparable) {
				seen.add(w.type().id() + ":two");
			}
		}
		for (String s : seen) {
			f.add("val=" + s);
		}
		if (!seen.isEmpty()) {
			f.add("conflict=" + conflict.isPresent());
		}
	}

	/** The meaning classes each side uses, and each class of one side against each of the other. */
	private static void classes(List<String> f, Set<String> a, Set<String> b) {
		for (String c : a) {
			f.add("c1=" + c + (b.contains(c) ? "+" : ""));
		}
		for (String c : b) {
			f.add("c2=" + c + (a.contains(c) ? "+" : ""));
		}
		for (String c : a) {
			for (String d : b) {
				if (!c.equals(d)) {
					f.add("cx=" + c + "|" + d);
				}
			}
		}
	}

	/** The classes a claim's words use (its names blanked out first, so "Apache Kafka" is no license). */
	static Set<String> classesOf(String sentence) {
		Set<String> out = new LinkedHashSet<>();
		for (Map.Entry<String, Pattern> c : CLASSES.entrySet()) {
			if (c.getValue().matcher(sentence).find()) {
				out.add(c.getKey());
			}
		}
		return out;
	}
}
