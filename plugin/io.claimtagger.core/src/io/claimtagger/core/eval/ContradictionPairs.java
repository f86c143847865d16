package io.claimtagger.core.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.claimtagger.core.claim.Claim;
import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.claim.Polarity;
import io.claimtagger.core.contradiction.ContradictionFinder;
import io.claimtagger.core.contradiction.DatedClaim;
import io.claimtagger.core.contradiction.PairClassifier;
import io.claimtagger.core.contradiction.Finding;
import io.claimtagger.core.pipeline.TaggedDocument;
import io.claimtagger.core.pipeline.TaggingPipeline;
import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.core.text.FormatException;
import io.claimtagger.core.text.TextSpan;

/**
 * The contradiction finder scored on a file of hand-labelled claim pairs
 * ({@code benchmarks/contradictions/pairs.tsv}): each pair's two sentences are tagged as two
 * articles of their dates and given to the finder together; a pair is found when the finder
 * reports it. Positive: contradiction or supersedes.
 */
public final class ContradictionPairs {

	/** One labelled pair. */
	public record Pair(String id, String label, LocalDate date1, String sentence1, LocalDate date2, String sentence2,
			String reason) {

		boolean positive() {
			return !label.equals("none");
		}
	}

	/** The scores, and the pairs got wrong. */
	public record Result(int pairs, int positives, int truePositives, int falsePositives, int typeRight,
			int notClaims, List<String> errors) {

		public double precision() {
			return truePositives + falsePositives == 0 ? 0 : truePositives / (double) (truePositives + falsePositives);
		}

		public double recall() {
			return positives == 0 ? 0 : truePositives / (double) positives;
		}

		public String report() {
			StringBuilder b = new StringBuilder();
			b.append(String.format(Locale.ROOT, "%d pairs: %d contradict or supersede, %d do not%n", pairs, positives, pairs - positives));
			b.append(String.format(Locale.ROOT, "found %d, of which right %d: precision %.3f, recall %.3f; type right (contradiction vs supersedes) %d of %d%n",
					truePositives + falsePositives, truePositives, precision(), recall(), typeRight, truePositives));
			b.append(String.format(Locale.ROOT, "sentences the claim extractor did not take for claims (scored as claims anyway): %d of %d%n",
					notClaims, pairs * 2));
			return b.toString();
		}
	}

	private ContradictionPairs() {
	}

	public static List<Pair> read(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		List<Pair> out = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			String[] f = lines.get(i).split("\t", -1);
			if (f.length != 7) {
				throw new FormatException(file.toString(), i + 1, f.length + " fields, expected 7");
			}
			out.add(new Pair(f[0], f[1], LocalDate.parse(f[2]), f[3], LocalDate.parse(f[4]), f[5], f[6]));
		}
		return out;
	}

	/** A labelled pair with its two sentences tagged as claims of two articles. */
	public record Tagged(Pair pair, DatedClaim a, DatedClaim b) {

		public PairClassifier.LabelledPair labelled() {
			return new PairClassifier.LabelledPair(a, b, pair.label());
		}
	}

	/**
	 * Tags each pair's sentences as two articles of their dates. A sentence the extractor does not
	 * take for a claim is still made one (with the names the tagger found, confidence 0): the
	 * scores measure the finder, not the extractor.
	 */
	public static List<Tagged> tag(List<Pair> pairs, TaggingPipeline pipeline) {
		List<Tagged> out = new ArrayList<>();
		for (Pair p : pairs) {
			out.add(new Tagged(p, claim("1", p.date1(), p.sentence1(), pipeline), claim("2", p.date2(), p.sentence2(), pipeline)));
		}
		return out;
	}

	/** Scores the rules alone on the pairs. */
	public static Result score(List<Pair> pairs, TaggingPipeline pipeline) {
		return score(tag(pairs, pipeline), PairClassifier.RULES_ONLY);
	}

	/** Scores the finder with this classifier on tagged pairs; the sentences that are no claims are counted apart. */
	public static Result score(List<Tagged> pairs, PairClassifier classifier) {
		int positives = 0;
		int tp = 0;
		int fp = 0;
		int typeRight = 0;
		int notClaims = 0;
		List<String> errors = new ArrayList<>();
		for (Tagged t : pairs) {
			Pair p = t.pair();
			DatedClaim a = t.a();
			DatedClaim b = t.b();
			notClaims += (a.claim().confidence() == 0 ? 1 : 0) + (b.claim().confidence() == 0 ? 1 : 0);
			List<Finding> found = ContradictionFinder.find(List.of(a, b), classifier, () -> false);
			boolean hit = !found.isEmpty();
			if (p.positive()) {
				positives++;
			}
			if (hit && p.positive()) {
				tp++;
				if (found.get(0).type().id().equals(p.label())) {
					typeRight++;
				}
			} else if (hit) {
				fp++;
				errors.add("false alarm " + p.id() + " (" + p.reason() + "): " + found.get(0).reason() + " [" + classifier.diagnose(a, b) + "]\n  " + p.sentence1() + "\n  " + p.sentence2());
			} else if (p.positive()) {
				errors.add("missed " + p.id() + " " + p.label() + " (" + p.reason() + ") subjects " + a.statement().subjects() + " / "
						+ b.statement().subjects() + " relations " + a.statement().relations() + " / " + b.statement().relations()
						+ " [" + classifier.diagnose(a, b) + "]\n  " + p.sentence1() + "\n  " + p.sentence2());
			}
		}
		return new Result(pairs.size(), positives, tp, fp, typeRight, notClaims, errors);
	}

	/**
	 * Cross-validation of the pair model: the pairs in {@code folds} parts, each scored by a model
	 * trained on the others and the background pairs; the scores are summed.
	 */
	public static Result crossValidate(List<Tagged> pairs, List<PairClassifier.LabelledPair> background, int folds,
			java.util.function.UnaryOperator<PairClassifier> bars) throws java.io.IOException {
		Result sum = new Result(0, 0, 0, 0, 0, 0, new ArrayList<>());
		for (int k = 0; k < folds; k++) {
			List<PairClassifier.LabelledPair> train = new ArrayList<>(background);
			List<Tagged> test = new ArrayList<>();
			for (int i = 0; i < pairs.size(); i++) {
				if (i % folds == k) {
					test.add(pairs.get(i));
				} else {
					train.add(pairs.get(i).labelled());
				}
			}
			Result r = score(test, bars.apply(PairClassifier.train(train)));
			List<String> errors = new ArrayList<>(sum.errors());
			errors.addAll(r.errors());
			sum = new Result(sum.pairs() + r.pairs(), sum.positives() + r.positives(), sum.truePositives() + r.truePositives(),
					sum.falsePositives() + r.falsePositives(), sum.typeRight() + r.typeRight(), sum.notClaims() + r.notClaims(), errors);
		}
		return sum;
	}

	private static DatedClaim claim(String article, LocalDate date, String sentence, TaggingPipeline pipeline) {
		TaggedDocument doc = pipeline.tag(sentence);
		Claim claim = doc.claims().stream().findFirst().orElse(null);
		if (claim == null) {
			// Not a claim for the extractor: the sentence with the names the tagger found; confidence 0 marks it.
			claim = new Claim(new TextSpan(0, sentence.length()), sentence, doc.entities(), ClaimKind.OTHER,
					Polarity.AFFIRMED, 0);
		}
		return DatedClaim.of(article, date, ClaimRecord.found(article, claim, sentence, Instant.EPOCH, 0));
	}
}
