package io.claimtagger.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

import io.claimtagger.core.entity.Catalog;
import io.claimtagger.core.entity.CatalogEntry;
import io.claimtagger.core.entity.EntityType;

/**
 * Writes plain-text technology articles of a requested length for the benchmarks: a title, a
 * byline, paragraphs (some soft-wrapped at 76 columns as mail and text editors do), headings,
 * the odd bullet list and a closing bio. Sentences come from the project's own templates: claims of
 * every kind of the annotation guide (some negated, some hedged, some referring back with "It" or
 * "The company"), questions, quotes and ordinary narrative, filled with vendor and product names
 * drawn from the bundled catalog, versions, people, places, prices and figures. The fill makes
 * almost every sentence unique, so a fresh pipeline's per-sentence cache gets few hits and the
 * benchmark measures tagging rather than cache lookups.
 * <p>
 * Deterministic: the same seed and index always give the same article.
 */
final class CorpusGenerator {

	private static final String[] FIRST = { "Daniel", "Maria", "Kenji", "Aisha", "Tomasz", "Laura", "Ravi", "Sofia",
			"Olumide", "Grace", "Henrik", "Mei", "Carlos", "Fatima", "Pieter", "Ingrid", "Samuel", "Noor", "Luca",
			"Hannah", "Mateo", "Yuki", "Emeka", "Clara", "Anders", "Priya", "Jonas", "Leila", "Marek", "Elena" };
	private static final String[] LAST = { "Osei", "Lindqvist", "Tanaka", "Rahman", "Kowalski", "Becker", "Iyer",
			"Moreau", "Adeyemi", "Walsh", "Nilsen", "Chen", "Ortega", "Haddad", "de Vries", "Sorensen", "Okafor",
			"Farouk", "Bianchi", "Keller", "Alvarez", "Sato", "Nwosu", "Fischer", "Berg", "Menon", "Wagner", "Karimi",
			"Novak", "Petrova" };
	private static final String[] ROLES = { "systems administrator", "infrastructure architect", "IT director",
			"cloud engineer", "consultant", "storage administrator", "platform lead", "site reliability engineer",
			"CIO", "network engineer" };
	private static final String[] ORGS = { "regional hospital group", "mid-sized bank", "university", "logistics firm",
			"online retailer", "city council", "insurance company", "hosting provider", "games studio",
			"research lab", "law firm", "newspaper" };
	private static final String[] CITIES = { "San Francisco", "Barcelona", "Boston", "Berlin", "Singapore", "Austin",
			"Copenhagen", "Las Vegas", "Vienna", "Toronto", "Sydney", "Amsterdam", "Nairobi", "Seoul", "Lyon" };
	private static final String[] MONTHS = { "January", "February", "March", "April", "May", "June", "July",
			"August", "September", "October", "November", "December" };
	private static final String[] FEATURES = { "live migration", "nested virtualization", "GPU passthrough",
			"memory overcommit", "thin provisioning", "storage snapshots", "high availability", "fault tolerance",
			"UEFI secure boot", "SR-IOV networking", "hot-add of memory", "distributed switching",
			"encrypted virtual machines", "role-based access control", "automated patching", "rolling upgrades",
			"container orchestration", "a web console", "a REST API", "multi-tenant networking",
			"deduplication", "replication across sites", "backup integration", "a new installer", "NUMA awareness",
			"paravirtualized drivers", "huge pages", "trusted platform modules", "object storage",
			"autoscaling groups" };
	private static final String[] WORKLOADS = { "database servers", "Windows guests", "Linux guests",
			"virtual desktops", "web front ends", "batch jobs", "analytics clusters", "test environments",
			"legacy applications", "mail servers", "build farms", "machine learning training", "file servers",
			"edge sites", "branch offices" };
	private static final String[] AUDIENCES = { "administrators", "small shops", "service providers",
			"enterprise buyers", "developers", "hosting companies", "IT departments", "operations teams" };
	private static final String[] QUALITIES = { "faster", "cheaper", "simpler to run", "more stable",
			"easier to automate", "better documented", "more flexible", "quicker to deploy" };
	private static final String[] ANALYSTS = { "IDC", "Gartner", "Forrester", "451 Research", "Omdia" };
	private static final String[] EVENTS = { "its partner conference", "the developer summit", "a press event",
			"an investor briefing", "the user group meeting", "a webinar" };

	/** Claim templates; the kind label is only documentation for whoever edits them. */
	private static final String[] CLAIMS = {
			// support
			"{P} now supports {FEAT} for {WORK}.",
			"{PV} runs {P2} guests without modification.",
			"{P} can host up to {NUM} virtual machines per node, according to {V}.",
			"As of version {VER}, {P} supports {FEAT} on {P2} hosts.",
			"{V}'s {P} now handles {FEAT} and {FEAT2} out of the box.",
			"{V}\u2019s {P} works with {P2} for {WORK}, the company said.",
			"The new release of {P} adds {FEAT}, {FEAT2} and better {FEAT3}.",
			"{P} does not support {FEAT} on {P2} hosts.",
			"{PV} still cannot run {WORK} with {FEAT} enabled.",
			// release
			"{V} released {PV} on {MONTH} {DAY}, {YEAR}.",
			"{V} shipped {PV} in {MONTH}, {NUM} weeks later than planned.",
			"{PV} became generally available in {MONTH} {YEAR}.",
			"{V} will release a beta of {P} before the end of the quarter.",
			"{V} has not yet announced a release date for {PV}.",
			// licensing
			"{P} is licensed per socket at {PRICE} a year.",
			"{V} charges {PRICE} per core for {P}, before support.",
			"{P} remains free for up to {NUM} hosts.",
			"{V} moved {P} to a subscription-only model in {YEAR}.",
			"{P} is no longer sold under a perpetual license.",
			// comparison
			"{P} booted guests {PCT} faster than {P2} in our tests.",
			"{P} costs less than {P2} for clusters of {NUM} hosts.",
			"Unlike {P2}, {P} includes {FEAT} at no extra cost.",
			"{P} is not as mature as {P2} when it comes to {FEAT}.",
			"On the same hardware, {PV} was {QUAL} than {P2} for {WORK}.",
			// acquisition
			"{V} acquired {V2} for {BIGPRICE} in {YEAR}.",
			"{V} agreed to buy {V2} in a deal valued at {BIGPRICE}.",
			"{V} completed its purchase of {V2} in {MONTH}, {NUM} months after the deal was announced.",
			// partnership
			"{V} and {V2} will jointly support {P} on {P2}.",
			"{V} partnered with {V2} to certify {P} for {WORK}.",
			"{V} signed a {NUM}-year agreement with {V2} to resell {P}.",
			// strategy
			"{V} is betting on {P} as the basis of its hybrid cloud offering.",
			"{V} plans to fold {P} into {P2} over the next {NUM} releases.",
			"{V} will focus {P} on {WORK} rather than general-purpose virtualization.",
			// other
			"{V} reported revenue of {BIGPRICE} for the quarter, up {PCT} from a year earlier.",
			"According to {ANALYST}, {P} accounts for {PCT} of new deployments.",
			"{V} employs about {BIGNUM} people and sells {P} in {NUM} countries." };

	/** Claims that refer back to the previous sentence's names. */
	private static final String[] REFERENCES = { "It also ships with {FEAT} and {FEAT2} for {WORK}.",
			"It now runs on {P2} as well, at no extra cost for the first {NUM} hosts.",
			"The company says it will support {P} until {YEAR}.", "The company also cut the price of {P} by {PCT}.",
			"It does not yet support {FEAT} on more than {NUM} nodes." };

	/** Not claims: narrative, opinion, questions, quotes, hedged statements. */
	private static final String[] NON_CLAIMS = { "{NUM} years ago this comparison would have been a short one.",
			"We asked {NUM} {AUD} what they thought, and the answers varied widely.",
			"Is {P} finally good enough for {WORK}?", "For most {AUD} running {WORK}, I think the answer is yes.",
			"That matters to a small number of {AUD} in {CITY}, and they know who they are.",
			"{PERSON}, a {ROLE} at a {ORG} in {CITY}, put it bluntly.",
			"\u201CWe never looked back,\u201D {PERSON} told us after the session in {CITY}.",
			"\"It took us {NUM} weekends to migrate,\" said {PERSON}, a {ROLE} in {CITY}.",
			"For {WORK}, the details matter more than the headline numbers.",
			"Whether {AUD} buy that story may depend on the price in {YEAR}.",
			"In a follow-up I will look at {FEAT} and {FEAT2} in more detail.",
			"Our test cluster had {NUM} nodes with {MEM} GB of memory each.",
			"It may be a while before {AUD} notice the difference in {WORK}.",
			"{V} may say more about {P} at {EVENT} next month.",
			"Perhaps {P} will catch up with {P2} on {FEAT} next year.",
			"Nobody we spoke to in {CITY} wanted to go on the record about {FEAT}.",
			"The {NUM} figures below come from our own lab, not from the vendor.",
			"What does that mean for {AUD} running {WORK}?",
			"The announcement was made at {EVENT} in {CITY} on a rainy {DAYNAME} in {MONTH}.",
			"Most of the {NUM} attendees we spoke to had heard the rumours already.",
			"The benchmark ran for {NUM} hours on identical hardware \u2014 two sockets, {MEM} GB of memory.",
			"I have heard the counter-argument {NUM} times, usually from people who never priced {FEAT}.",
			"Some readers in {CITY} wrote in to disagree with last {DAYNAME}'s column on {FEAT}.",
			"There is no shortage of opinions on {FEAT} in {YEAR}." };

	private static final String[] HEADINGS = { "{P} {VER}: what changes for {AUD}", "Licensing is where it gets interesting for {AUD}",
			"Where {P} still leads", "The road to {P} {VER}", "What {V} gets out of it", "Performance with {FEAT}",
			"Pricing for {NUM} hosts", "The verdict on {P}", "Bottom line for {WORK}", "How we tested {FEAT}",
			"What {AUD} should do now", "{FEAT} in practice" };
	private static final String[] TITLES = { "{V} bets on {P}", "{P} versus {P2}: the gap is closing",
			"Hands-on with {PV}", "{V} and {V2}: what the deal means for {AUD}", "Is {P} ready for {WORK}?",
			"{PV} review: {FEAT} at last" };
	private static final String[] BYLINES = { "By {PERSON}, {MONTH} {YEAR}", "Guest post by {PERSON}, {MONTH} {YEAR}",
			"{PERSON} | {MONTH} {DAY}, {YEAR}" };

	private final List<String> vendors = new ArrayList<>();
	private final List<String> products = new ArrayList<>();
	private final long seed;

	CorpusGenerator(Catalog catalog, long seed) {
		this.seed = seed;
		for (CatalogEntry e : catalog.entries()) {
			if (e.contextual()) {
				continue; // ordinary words (Chef, Swift) would read oddly in the templates
			}
			for (String alias : e.aliases()) {
				// Aliases with commas or trailing periods ("VMware, Inc.") are fine in text but make
				// the templates' punctuation ambiguous; the plain ones are plenty.
				if (alias.length() <= 40 && alias.indexOf(',') < 0 && !alias.endsWith(".")) {
					(e.type() == EntityType.VENDOR ? vendors : products).add(alias);
				}
			}
		}
		if (vendors.isEmpty() || products.isEmpty()) {
			throw new IllegalStateException("catalog has no usable vendor or product names");
		}
	}

	/** Article {@code index} of this generator's series, of about {@code words} words (never fewer). */
	String article(int index, int words) {
		SplittableRandom r = new SplittableRandom(seed * 1_000_003L + index);
		Article a = new Article(r);
		a.line(a.fill(pick(r, TITLES)));
		a.blank();
		a.line(a.fill(pick(r, BYLINES)));
		a.blank();
		int paragraphs = 0;
		while (a.words < words) {
			if (paragraphs > 0 && r.nextInt(4) == 0) {
				a.line(a.fill(pick(r, HEADINGS)));
				a.blank();
			}
			if (r.nextInt(12) == 0) {
				a.bulletList();
			} else {
				a.paragraph(3 + r.nextInt(5));
			}
			paragraphs++;
		}
		a.line(a.fill("{PERSON} is a {ROLE} at a {ORG} and writes occasionally about {P}."));
		return a.text.toString();
	}

	/** Articles {@code firstIndex} .. {@code firstIndex + count - 1} of the series, each of about {@code wordsEach} words. */
	List<String> articles(int count, int wordsEach, int firstIndex) {
		List<String> out = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			out.add(article(firstIndex + i, wordsEach));
		}
		return out;
	}

	private static String pick(SplittableRandom r, String[] options) {
		return options[r.nextInt(options.length)];
	}

	private String pick(SplittableRandom r, List<String> options) {
		return options.get(r.nextInt(options.size()));
	}

	static int countWords(CharSequence s) {
		int n = 0;
		boolean in = false;
		for (int i = 0; i < s.length(); i++) {
			boolean ws = Character.isWhitespace(s.charAt(i));
			if (!ws && !in) {
				n++;
			}
			in = !ws;
		}
		return n;
	}

	/** One article being written. */
	private final class Article {
		final SplittableRandom r;
		final StringBuilder text = new StringBuilder(8192);
		int words;
		/** Names of the previous sentence, so reference claims read naturally. */
		String lastProduct;

		Article(SplittableRandom r) {
			this.r = r;
		}

		void line(String s) {
			text.append(s).append('\n');
			words += countWords(s);
		}

		void blank() {
			text.append('\n');
		}

		void paragraph(int sentences) {
			List<String> out = new ArrayList<>(sentences);
			for (int i = 0; i < sentences; i++) {
				int roll = r.nextInt(100);
				String template;
				if (roll < 45) {
					template = pick(r, CLAIMS);
				} else if (roll < 55 && i > 0) {
					template = pick(r, REFERENCES);
				} else {
					template = pick(r, NON_CLAIMS);
				}
				out.add(fill(template));
			}
			String paragraph = String.join(" ", out);
			if (r.nextInt(3) == 0) {
				wrap(paragraph, 76);
			} else {
				text.append(paragraph).append('\n');
			}
			words += countWords(paragraph);
			blank();
		}

		void bulletList() {
			String intro = fill("Key changes in {PV}:");
			text.append(intro).append('\n');
			words += countWords(intro);
			int items = 3 + r.nextInt(3);
			for (int i = 0; i < items; i++) {
				String item = fill(r.nextBoolean() ? "- {FEAT} for up to {NUM} {WORK}" : "- support for {P2} with {FEAT2}");
				text.append(item).append('\n');
				words += countWords(item);
			}
			blank();
		}

		/** Soft wrap: lines of at most {@code width} characters, broken at spaces. */
		private void wrap(String paragraph, int width) {
			int lineStart = 0;
			int lastSpace = -1;
			for (int i = 0; i < paragraph.length(); i++) {
				if (paragraph.charAt(i) == ' ') {
					if (i - lineStart > width && lastSpace > lineStart) {
						text.append(paragraph, lineStart, lastSpace).append('\n');
						lineStart = lastSpace + 1;
					}
					lastSpace = i;
				}
			}
			if (paragraph.length() - lineStart > width && lastSpace > lineStart) {
				text.append(paragraph, lineStart, lastSpace).append('\n');
				lineStart = lastSpace + 1;
			}
			text.append(paragraph, lineStart, paragraph.length()).append('\n');
		}

		String fill(String template) {
			StringBuilder b = new StringBuilder(template.length() + 40);
			int i = 0;
			while (i < template.length()) {
				char c = template.charAt(i);
				int close = c == '{' ? template.indexOf('}', i) : -1;
				if (close < 0) {
					b.append(c);
					i++;
					continue;
				}
				b.append(slot(template.substring(i + 1, close)));
				i = close + 1;
			}
			if (b.length() > 0 && Character.isLowerCase(b.charAt(0))) {
				b.setCharAt(0, Character.toUpperCase(b.charAt(0)));
			}
			return b.toString();
		}

		private String slot(String name) {
			switch (name) {
			case "V":
			case "V2":
				return pick(r, vendors);
			case "P":
			case "P2":
				lastProduct = pick(r, products);
				return lastProduct;
			case "PV":
				lastProduct = withVersion(pick(r, products));
				return lastProduct;
			case "VER":
				return version();
			case "FEAT":
			case "FEAT2":
			case "FEAT3":
				return pick(r, FEATURES);
			case "WORK":
				return pick(r, WORKLOADS);
			case "AUD":
				return pick(r, AUDIENCES);
			case "QUAL":
				return pick(r, QUALITIES);
			case "PERSON":
				return pick(r, FIRST) + " " + pick(r, LAST);
			case "ROLE":
				return pick(r, ROLES);
			case "ORG":
				return pick(r, ORGS);
			case "CITY":
				return pick(r, CITIES);
			case "ANALYST":
				return pick(r, ANALYSTS);
			case "EVENT":
				return pick(r, EVENTS);
			case "MONTH":
				return pick(r, MONTHS);
			case "DAY":
				return Integer.toString(1 + r.nextInt(28));
			case "DAYNAME":
				return pick(r, new String[] { "Monday", "Tuesday", "Wednesday", "Thursday", "Friday" });
			case "YEAR":
				return Integer.toString(2006 + r.nextInt(20));
			case "NUM":
				return Integer.toString(2 + r.nextInt(63));
			case "MEM":
				return Integer.toString(16 << r.nextInt(6));
			case "BIGNUM":
				return String.format(Locale.ROOT, "%,d", 500 + r.nextInt(150_000));
			case "PCT":
				return (1 + r.nextInt(80)) + " percent";
			case "PRICE":
				return String.format(Locale.ROOT, "$%,d", 50 * (2 + r.nextInt(200)));
			case "BIGPRICE":
				return r.nextBoolean() ? String.format(Locale.ROOT, "$%.1f billion", 0.5 + r.nextInt(400) / 10.0)
						: String.format(Locale.ROOT, "$%d million", 20 + r.nextInt(980));
			default:
				throw new IllegalArgumentException("unknown slot {" + name + "}");
			}
		}

		private String withVersion(String product) {
			if (Character.isDigit(product.charAt(product.length() - 1))) {
				return product;
			}
			return product + " " + version();
		}

		private String version() {
			switch (r.nextInt(5)) {
			case 0:
				return Integer.toString(2008 + r.nextInt(18));
			case 1:
				return (1 + r.nextInt(12)) + "." + r.nextInt(10) + " Beta";
			case 2:
				return (1 + r.nextInt(20)) + " SP" + (1 + r.nextInt(4));
			default:
				return (1 + r.nextInt(12)) + "." + r.nextInt(10);
			}
		}
	}
}
