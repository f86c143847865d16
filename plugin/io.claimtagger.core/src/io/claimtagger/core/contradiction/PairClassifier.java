package io.claimtagger.core.contradiction;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.claimtagger.core.corpus.ModelTrainer;
import io.claimtagger.core.statement.Relation;
import io.claimtagger.core.statement.StatedValue;
import io.claimtagger.core.statement.Statement;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;

/**
 * A maximum-entropy model over {@link PairFeatures} that reads whether two claims about a shared
 * subject conflict, trained on hand-labelled pairs ({@code corpus/contradiction-train}). The rules
 * of {@link PairJudge} find what a subject, a relation and a value show; this model also finds a
 * conflict said in other words ("costs nothing" against "needs a subscription") and vetoes a rule
 * finding that the words around it contradict. Immutable; each {@link #judge()} is for one thread.
 */
public final class PairClassifier {

	/** The rules alone, as before the model existed. */
	public static final PairClassifier RULES_ONLY = new PairClassifier(null, 1, 1);

	static final String RESOURCE = "/io/claimtagger/core/contradiction/pair-model.bin";
	/** What the shipped model was trained from: {@code pairs.sha256} and {@code corpus.sha256}. */
	static final String PROPERTIES = "/io/claimtagger/core/contradiction/pair-model.properties";
	static final String NONE = "none";

	/** A pair the rules did not find is reported from this probability of a conflict. */
	static final double FIND_BAR = 0.75;
	/** A rule finding is dropped when the model gives "no conflict" at least this probability. */
	static final double VETO_BAR = 0.8;

	private final DoccatModel model;
	private final double findBar;
	private final double vetoBar;

	PairClassifier(DoccatModel model, double findBar, double vetoBar) {
		this.model = model;
		this.findBar = findBar;
		this.vetoBar = vetoBar;
	}

	/** The model shipped in this bundle. */
	public static PairClassifier bundled() {
		return Bundled.INSTANCE;
	}

	private static final class Bundled {
		static final PairClassifier INSTANCE = load();

		private static PairClassifier load() {
			try (InputStream in = PairClassifier.class.getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException(RESOURCE + " is missing from the bundle");
				}
				return new PairClassifier(new DoccatModel(in), FIND_BAR, VETO_BAR);
			} catch (IOException e) {
				throw new UncheckedIOException("Cannot read " + RESOURCE + ": " + e.getMessage(), e);
			}
		}
	}

	/** What the shipped model was trained from (written by {@code ./claimtag train-pairs}). */
	public static java.util.Properties bundledProvenance() throws IOException {
		java.util.Properties p = new java.util.Properties();
		try (InputStream in = PairClassifier.class.getResourceAsStream(PROPERTIES)) {
			if (in == null) {
				throw new IOException(PROPERTIES + " is missing from the bundle");
			}
			p.load(in);
		}
		return p;
	}

	public static PairClassifier read(InputStream in) throws IOException {
		return new PairClassifier(new DoccatModel(in), FIND_BAR, VETO_BAR);
	}

	/** The same model with other bars (experiments). */
	public PairClassifier withBars(double find, double veto) {
		return new PairClassifier(model, find, veto);
	}

	public void write(OutputStream out) throws IOException {
		if (model == null) {
			throw new IllegalStateException("the rules alone have no model to write");
		}
		model.serialize(out);
	}

	/** A hand-labelled pair: {@code contradiction}, {@code supersedes} or {@code none}. */
	public record LabelledPair(DatedClaim a, DatedClaim b, String label) {
	}

	/**
	 * Trains on labelled pairs. Pairs that share no subject, and pairs the rules do not find that
	 * the finder would not ask about ({@link #asks}), are left out.
	 *
	 * @throws IllegalArgumentException when the pairs left carry fewer than two labels
	 */
	public static PairClassifier train(List<LabelledPair> pairs) throws IOException {
		List<DocumentSample> samples = new ArrayList<>();
		for (LabelledPair p : pairs) {
			DatedClaim[] completed = SubjectMentions.complete(p.a(), p.b());
			Reading reading = Reading.of(completed[0], completed[1]);
			if (reading.asked()) {
				samples.add(new DocumentSample(p.label(), reading.features()));
			}
		}
		if (samples.stream().map(DocumentSample::getCategory).distinct().count() < 2) {
			throw new IllegalArgumentException("the labelled pairs the finder would compare (" + samples.size()
					+ ") carry fewer than two labels: a model needs pairs of at least two (contradiction, supersedes, none)");
		}
		// more iterations and a stronger penalty than the text classifiers: few samples, many sparse contrasts
		TrainingParameters params = ModelTrainer.maxentParameters(300, 1.0, 1);
		DoccatModel model = DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(samples), params,
				new DoccatFactory(new FeatureGenerator[] { new BagOfWordsFeatureGenerator() }));
		return new PairClassifier(model, FIND_BAR, VETO_BAR);
	}

	/**
	 * A pair as the finder reads it, its subjects completed ({@link SubjectMentions}): what the
	 * two share, the rules' verdict, whether the model is asked, and the two earlier first. Two
	 * claims that share no subject but one's lead (two products of one company) are left to the
	 * rules ({@link PairJudge#judgeAcross}); the model reads them only to veto what the rules found.
	 */
	private record Reading(List<String> shared, Optional<Finding> rule, boolean asked, DatedClaim first, DatedClaim second) {

		static Reading of(DatedClaim a, DatedClaim b) {
			List<String> shared = PairJudge.sharedSubjects(a, b);
			if (shared.isEmpty()) {
				List<String> lead = PairJudge.sharedLead(a, b);
				Optional<Finding> rule = PairJudge.judgeAcross(a, b, lead);
				DatedClaim[] ordered = PairJudge.earlierFirst(a, b);
				return new Reading(rule.isPresent() ? lead : shared, rule, rule.isPresent(), ordered[0], ordered[1]);
			}
			Optional<Finding> rule = PairJudge.judge(a, b, shared);
			boolean asked = !shared.isEmpty() && (rule.isPresent() || asks(a, b, shared));
			DatedClaim[] ordered = PairJudge.earlierFirst(a, b);
			return new Reading(shared, rule, asked, ordered[0], ordered[1]);
		}

		String[] features() {
			return PairFeatures.of(first, second, rule);
		}
	}

	/**
	 * Whether the model is asked of a pair the rules did not find: two articles (an article is
	 * taken to agree with itself), claims that may speak of one attribute ({@link #related}), and
	 * not two different deals of one company ("Red Hat acquired Inktank" and "IBM bought Red
	 * Hat"; "Red Hat bought Ansible"): a deal conflicts with another only about the company bought
	 * in both, or the same parties.
	 *
	 * @param shared the subjects the two share ({@link PairJudge#sharedSubjects}), not empty
	 */
	static boolean asks(DatedClaim a, DatedClaim b, List<String> shared) {
		if (a.article().equals(b.article()) || !related(a, b)) {
			return false;
		}
		String roleA = PairFeatures.dealRole(a, shared.get(0));
		String roleB = PairFeatures.dealRole(b, shared.get(0));
		if (roleA.equals("none") || roleB.equals("none")) {
			return true;
		}
		return roleA.equals(roleB) && (roleA.equals("target") || PairJudge.sameValueSubjects(a, b));
	}

	/**
	 * Whether two claims may speak of the same attribute at all: a relation word, a comparable
	 * value (a date only beside a release or a deal), an "only", "all" or "independent" about the
	 * subject both lead with, or a tenth of their words in common. Most pairs of an archive's subject share none of
	 * these; asking the model only of the others keeps 10,000 claims in seconds.
	 */
	static boolean related(DatedClaim a, DatedClaim b) {
		Statement x = a.statement();
		Statement y = b.statement();
		if (x.sharesRelation(y)) {
			return true;
		}
		// dates are everywhere (a launch in 2025, a purchase in 2019): a date tells an attribute
		// only beside an event (a release, a deal) that one of the two names
		boolean event = x.relations().stream().anyMatch(Relation::isEvent) || y.relations().stream().anyMatch(Relation::isEvent);
		for (StatedValue v : x.values()) {
			for (StatedValue w : y.values()) {
				if (v.comparable(w) && (v.type() != StatedValue.Type.DATE || event)) {
					return true;
				}
			}
		}
		// "only", "never", "all" and "independent" are broken by whatever else is said of the
		// subject, when both are about it first of all ("Oracle launched that program only last
		// week" says nothing exclusive of Oracle VM)
		if ((x.exclusive() || y.exclusive() || a.traits().universal() || b.traits().universal() || a.traits().independent()
				|| b.traits().independent()) && leadWithOne(a, b)) {
			return true;
		}
		// an "only" that restricts the subject it leads with to a name ("only last week" does not), and a claim that says something was added to that
		// subject, whoever it leads with ("AWS has added Valkey ... for ElastiCache"); not a rename
		if (onlyAndAddition(a, b) || onlyAndAddition(b, a)) {
			return true;
		}
		return x.overlap(y) >= 0.1;
	}

	/**
	 * What the model reads of a pair, for error reports: its probability of a conflict, or
	 * "not asked" when the finder would not ask it (no shared subject, one article, no attribute
	 * in common), or "rules only".
	 */
	public String diagnose(DatedClaim givenA, DatedClaim givenB) {
		DatedClaim[] completed = SubjectMentions.complete(givenA, givenB);
		String gate = PairJudge.explainValueGate(completed[0], completed[1]);
		String values = gate.isEmpty() ? "" : "; value rule: " + gate;
		if (model == null) {
			return "rules only" + values;
		}
		Reading reading = Reading.of(completed[0], completed[1]);
		if (reading.shared().isEmpty()) {
			return "no shared subject" + values;
		}
		if (!reading.asked()) {
			return "not asked" + values;
		}
		DocumentCategorizerME categorizer = new DocumentCategorizerME(model);
		double[] p = categorizer.categorize(reading.features());
		return String.format(Locale.ROOT, "model %.2f%s", 1 - p[categorizer.getIndex(NONE)],
				reading.rule().isPresent() ? ", rule " + reading.rule().get().reason() : "") + values;
	}

	/** Whether the two lead with one subject: the first name each writes is the same. */
	private static boolean onlyAndAddition(DatedClaim only, DatedClaim other) {
		List<String> lead = only.statement().subjects();
		return only.statement().exclusive() && other.statement().change() && !other.traits().renamed() && !lead.isEmpty()
				&& PairJudge.onlyBeforeAName(only, lead.get(0)) && other.statement().subjects().stream().anyMatch(s -> PairJudge.compatible(s, lead.get(0)));
	}

	private static boolean leadWithOne(DatedClaim a, DatedClaim b) {
		List<String> x = a.statement().subjects();
		List<String> y = b.statement().subjects();
		return !x.isEmpty() && !y.isEmpty() && PairJudge.compatible(x.get(0), y.get(0));
	}

	/** A judge for one run of the finder, on any number of threads: each has its own categorizer (OpenNLP's is not thread-safe). */
	Judge judge(SubjectMentions mentions) {
		return new Judge(mentions);
	}

	final class Judge {
		private final ThreadLocal<DocumentCategorizerME> categorizers = ThreadLocal.withInitial(() -> new DocumentCategorizerME(model));
		private final SubjectMentions mentions;

		Judge(SubjectMentions mentions) {
			this.mentions = mentions;
		}

		/** Whether a model reads the pairs (else the rules alone decide). */
		boolean reads() {
			return model != null;
		}

		/** The rules' finding, vetoed or confirmed by the model, or the model's own finding. */
		Optional<Finding> judge(DatedClaim givenA, DatedClaim givenB) {
			if (!PairJudge.mayConflict(givenA, givenB)) {
				return Optional.empty();
			}
			DatedClaim[] pair = mentions.completed(givenA, givenB);
			DatedClaim a = pair == null ? givenA : pair[0];
			DatedClaim b = pair == null ? givenB : pair[1];
			if (model == null) {
				return PairJudge.judge(a, b);
			}
			Reading reading = Reading.of(a, b);
			Optional<Finding> rule = reading.rule();
			if (!reading.asked()) {
				return rule;
			}
			DatedClaim first = reading.first();
			DatedClaim second = reading.second();
			List<String> shared = reading.shared();
			String[] features = reading.features();
			DocumentCategorizerME categorizer = categorizers.get();
			double[] p = categorizer.categorize(features);
			double none = p[categorizer.getIndex(NONE)];
			if (rule.isPresent()) {
				return none >= vetoBar ? Optional.empty() : rule;
			}
			// two releases of one product: what one lacks the other may add ("Windows Server 2008" and "2008 R2")
			if (1 - none < findBar || PairFeatures.versions(first.statement(), second.statement()).equals("diff")) {
				return Optional.empty();
			}
			// values that disagree under different qualifiers or of different releases are of different things,
			// whatever else the words suggest ("at least three nodes", "can grow to 32 nodes")
			PairJudge.ValueGate gate = PairJudge.valueGate(first, second);
			if (gate == PairJudge.ValueGate.QUALIFIERS || gate == PairJudge.ValueGate.RELEASE || PairJudge.apart(first, second)) {
				return Optional.empty();
			}
			boolean later = PairJudge.later(first, second);
			double supersedes = p[categorizer.getIndex(Finding.Type.SUPERSEDES.id())];
			double contradiction = p[categorizer.getIndex(Finding.Type.CONTRADICTION.id())];
			Finding.Type type = later && supersedes > contradiction ? Finding.Type.SUPERSEDES : Finding.Type.CONTRADICTION;
			return Optional.of(new Finding(type, first, second, shared.get(0), reason(features, none, type), 1 - none));
		}

		/**
		 * In words, what the model read as the conflict: the contrast of meaning classes (or the
		 * class) whose removal lowers the conflict's probability most.
		 */
		private String reason(String[] features, double none, Finding.Type type) {
			DocumentCategorizerME categorizer = categorizers.get();
			String best = null;
			double drop = 0;
			String bestContrast = null;
			double contrastDrop = 0;
			for (int i = 0; i < features.length; i++) {
				if (!features[i].startsWith("cx=") && !features[i].startsWith("c1=") && !features[i].startsWith("c2=")) {
					continue;
				}
				String[] without = new String[features.length - 1];
				System.arraycopy(features, 0, without, 0, i);
				System.arraycopy(features, i + 1, without, i, features.length - i - 1);
				double d = categorizer.categorize(without)[categorizer.getIndex(NONE)] - none;
				if (d > drop) {
					drop = d;
					best = features[i];
				}
				if (features[i].startsWith("cx=") && d > contrastDrop) {
					contrastDrop = d;
					bestContrast = features[i];
				}
			}
			// a contrast of the two ("paid" against "no charge") says more than one side's word
			if (bestContrast != null && contrastDrop >= drop / 2) {
				best = bestContrast;
			}
			if (best == null) {
				return type == Finding.Type.SUPERSEDES ? "the later article states a change in other words" : "the two state it in conflicting words";
			}
			String value = best.substring(3);
			String said = type == Finding.Type.SUPERSEDES ? "the later article says " : "one says ";
			if (best.startsWith("cx=")) {
				String[] two = value.split("\\|");
				return type == Finding.Type.SUPERSEDES ? said + quoted(two[1]) + ", the earlier " + quoted(two[0])
						: said + quoted(two[0]) + ", the other " + quoted(two[1]);
			}
			boolean bothSay = value.endsWith("+");
			String cls = quoted(bothSay ? value.substring(0, value.length() - 1) : value);
			if (bothSay) {
				return "both say " + cls + ", of different things";
			}
			if (best.startsWith("c2=") && type == Finding.Type.SUPERSEDES) {
				return said + cls + ", the earlier does not";
			}
			return "one says " + cls + ", the other does not";
		}
	}

	private static String quoted(String cls) {
		return '"' + words(cls) + '"';
	}

	private static String words(String cls) {
		return switch (cls) {
		case "neg" -> "no / not";
		case "remove" -> "removed";
		case "add" -> "added";
		case "free" -> "free";
		case "paid" -> "paid";
		case "open" -> "open source";
		case "closed" -> "proprietary or source-available";
		case "independent" -> "independent";
		case "owned" -> "acquired or owned";
		case "only" -> "only";
		case "also" -> "also / another";
		case "hosted" -> "hosted service";
		case "selfhosted" -> "self-hosted";
		case "x86" -> "x86";
		case "arm" -> "Arm";
		case "up" -> "up";
		case "down" -> "down";
		case "universal" -> "all / never";
		case "partial" -> "partly";
		case "rename" -> "renamed";
		case "now" -> "now";
		case "still" -> "still";
		case "future" -> "will";
		case "default" -> "default";
		case "stage" -> "a stage (preview, GA, announced)";
		case "lead" -> "led by";
		case "founded" -> "founded";
		case "place" -> "based in";
		case "maintain" -> "maintained by";
		case "require" -> "required";
		case "optional" -> "optional";
		default -> cls.toLowerCase(Locale.ROOT);
		};
	}
}
