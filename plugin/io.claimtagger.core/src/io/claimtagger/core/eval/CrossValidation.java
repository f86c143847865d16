package io.claimtagger.core.eval;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;

import io.claimtagger.core.corpus.AnnotatedSentence;
import io.claimtagger.core.corpus.Mention;
import io.claimtagger.core.corpus.ModelTrainer;
import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.evidence.Evidence;
import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.pipeline.TaggedDocument;
import io.claimtagger.core.pipeline.TaggingPipeline;

/**
 * The honest report on retraining (issue 12): the user's reviewed articles are split into folds;
 * for each fold the models are trained from the corpus plus the evidence of the other folds and
 * scored on this fold's sentences, so no article scores a model that trained on it. The shipped
 * models are scored on the same sentences. Names: the corrected sentences' names (typed spans);
 * claims: the reviewed claims (accepted: a claim, rejected: not a claim), each sentence tagged alone.
 */
public final class CrossValidation {

	/** Precision/recall of one model set on the held-out sentences. */
	public record Scores(Score vendors, Score products, Score claims) {
		Scores() {
			this(new Score(), new Score(), new Score());
		}
	}

	/**
	 * @param nowFound       names the retrained models found that the shipped ones missed, with their mention counts
	 * @param noLongerFound  names the shipped models found right and the retrained ones miss
	 * @param noLongerWrong  wrong highlights of the shipped models that the retrained ones no longer make
	 * @param newlyWrong     wrong highlights only the retrained models make
	 */
	public record Report(int folds, int articles, int nameSentences, int claimSentences, Scores shipped, Scores retrained,
			Map<String, Integer> nowFound, Map<String, Integer> noLongerFound, Map<String, Integer> noLongerWrong,
			Map<String, Integer> newlyWrong, double seconds) {
	}

	private final Path corpus;
	private final Path work;
	private final int threads;

	public CrossValidation(Path corpus, Path work, int threads) {
		this.corpus = corpus;
		this.work = work;
		this.threads = threads;
	}

	/**
	 * @param folds     at most this many (never more than the articles)
	 * @param cancelled polled between trainings; a cancel throws {@link java.util.concurrent.CancellationException}
	 * @param foldDone  told the number of each fold done
	 * @throws IllegalArgumentException with fewer than two articles of evidence (nothing to hold out)
	 */
	public Report run(Evidence evidence, int folds, BooleanSupplier cancelled, IntConsumer foldDone) throws IOException {
		List<Evidence.ArticleEvidence> parts = evidence.parts();
		if (parts.size() < 2) {
			throw new IllegalArgumentException("cross-validation needs reviewed sentences in at least two articles; there are "
					+ parts.size());
		}
		int k = Math.min(folds, parts.size());
		long start = System.nanoTime();
		Scores shipped = new Scores();
		Scores retrained = new Scores();
		Map<String, Integer> nowFound = new TreeMap<>();
		Map<String, Integer> noLongerFound = new TreeMap<>();
		Map<String, Integer> noLongerWrong = new TreeMap<>();
		Map<String, Integer> newlyWrong = new TreeMap<>();
		TaggingPipeline before = new TaggingPipeline(NlpModels.bundled(), true);
		for (int fold = 0; fold < k; fold++) {
			List<Evidence.ArticleEvidence> train = new ArrayList<>();
			List<Evidence.ArticleEvidence> test = new ArrayList<>();
			for (int i = 0; i < parts.size(); i++) {
				(i % k == fold ? test : train).add(parts.get(i));
			}
			Path out = Files.createTempDirectory(work, "fold-" + fold + "-");
			try {
				new ModelTrainer(NlpModels.bundled(), new PrintStream(OutputStream.nullOutputStream())).threads(threads)
						.train(corpus, new Evidence(train, List.of()), ModelTrainer.EVIDENCE_WEIGHT, out, cancelled);
				TaggingPipeline after = new TaggingPipeline(NlpModels.fromDirectory(out), true);
				for (Evidence.ArticleEvidence part : test) {
					for (AnnotatedSentence s : part.names()) {
						Set<Mention> gold = new HashSet<>(s.mentions());
						Set<Mention> old = mentions(before.tag(s.text()));
						Set<Mention> now = mentions(after.tag(s.text()));
						score(shipped, gold, old);
						score(retrained, gold, now);
						for (Mention m : gold) {
							if (now.contains(m) && !old.contains(m)) {
								nowFound.merge(m.text(), 1, Integer::sum);
							} else if (old.contains(m) && !now.contains(m)) {
								noLongerFound.merge(m.text(), 1, Integer::sum);
							}
						}
						for (Mention m : old) {
							if (!gold.contains(m) && !now.contains(m)) {
								noLongerWrong.merge(m.text(), 1, Integer::sum);
							}
						}
						for (Mention m : now) {
							if (!gold.contains(m) && !old.contains(m)) {
								newlyWrong.merge(m.text(), 1, Integer::sum);
							}
						}
					}
					for (AnnotatedSentence s : part.claims()) {
						claim(shipped.claims(), s, before.tag(s.text()));
						claim(retrained.claims(), s, after.tag(s.text()));
					}
				}
			} finally {
				deleteTree(out);
			}
			foldDone.accept(fold + 1);
		}
		return new Report(k, parts.size(), evidence.names().size(), evidence.claims().size(), shipped, retrained, nowFound,
				noLongerFound, noLongerWrong, newlyWrong, (System.nanoTime() - start) / 1e9);
	}

	private static Set<Mention> mentions(TaggedDocument tagged) {
		Set<Mention> out = new HashSet<>();
		for (Entity e : tagged.entities()) {
			out.add(new Mention(e.span().start(), e.span().end(), e.type(), e.text()));
		}
		return out;
	}

	private static void score(Scores scores, Set<Mention> gold, Set<Mention> found) {
		scores.vendors().add(ofType(gold, EntityType.VENDOR), ofType(found, EntityType.VENDOR));
		scores.products().add(ofType(gold, EntityType.PRODUCT), ofType(found, EntityType.PRODUCT));
	}

	private static Set<Mention> ofType(Set<Mention> mentions, EntityType type) {
		Set<Mention> out = new HashSet<>();
		mentions.stream().filter(m -> m.type() == type).forEach(out::add);
		return out;
	}

	/** One reviewed sentence: a claim (accepted) or not (rejected), against whether the model calls it one. */
	private static void claim(Score score, AnnotatedSentence s, TaggedDocument tagged) {
		Object id = new Object();
		score.add(s.isClaim() ? Set.of(id) : Set.of(), tagged.claims().isEmpty() ? Set.of() : Set.of(id));
	}

	private static void deleteTree(Path dir) throws IOException {
		try (java.util.stream.Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.deleteIfExists(p);
			}
		}
	}

	/** The report as text (the CLI, the log). */
	public static String text(Report r) {
		StringBuilder b = new StringBuilder();
		b.append(String.format(Locale.ROOT, "%d-fold cross-validation over %d reviewed articles (%d sentences with checked names, %d reviewed claims), %.0f s%n",
				r.folds(), r.articles(), r.nameSentences(), r.claimSentences(), r.seconds()));
		b.append(String.format(Locale.ROOT, "%-9s %-22s %-22s%n", "", "shipped P / R / F1", "retrained P / R / F1"));
		row(b, "vendors", r.shipped().vendors(), r.retrained().vendors());
		row(b, "products", r.shipped().products(), r.retrained().products());
		if (r.claimSentences() == 0) {
			b.append("claims    no reviewed claims to score\n");
		} else {
			row(b, "claims", r.shipped().claims(), r.retrained().claims());
		}
		b.append(changes("Now found", r.nowFound()));
		b.append(changes("No longer found", r.noLongerFound()));
		b.append(changes("No longer tagged by mistake", r.noLongerWrong()));
		b.append(changes("Newly tagged by mistake", r.newlyWrong()));
		return b.toString();
	}

	private static void row(StringBuilder b, String what, Score before, Score after) {
		if (before.truePositives() + before.falsePositives() + before.falseNegatives() == 0
				&& after.truePositives() + after.falsePositives() + after.falseNegatives() == 0) {
			b.append(String.format(Locale.ROOT, "%-9s none in the reviewed sentences, none found%n", what));
			return;
		}
		b.append(String.format(Locale.ROOT, "%-9s %.3f / %.3f / %.3f    %.3f / %.3f / %.3f%n", what, before.precision(),
				before.recall(), before.f1(), after.precision(), after.recall(), after.f1()));
	}

	/** "Now found: 14 mentions of 3 names (harrowd 9, Tessellate DB 4, rill 1)". */
	public static String changes(String title, Map<String, Integer> names) {
		int mentions = names.values().stream().mapToInt(Integer::intValue).sum();
		StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "%s: %d mention%s of %d name%s", title, mentions,
				mentions == 1 ? "" : "s", names.size(), names.size() == 1 ? "" : "s"));
		if (!names.isEmpty()) {
			b.append(" (");
			names.entrySet().stream().sorted((x, y) -> y.getValue() - x.getValue()).limit(12)
					.forEach(e -> b.append(e.getKey()).append(' ').append(e.getValue()).append(", "));
			b.setLength(b.length() - 2);
			b.append(names.size() > 12 ? ", ...)" : ")");
		}
		return b.append('\n').toString();
	}
}
