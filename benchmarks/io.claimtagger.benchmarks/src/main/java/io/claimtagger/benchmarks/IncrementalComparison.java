package io.claimtagger.benchmarks;

import java.io.File;
import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.sentence.ArticleSentenceSplitter;

/**
 * Benchmark 2 as the command runs it: {@link FullRetagBenchmark} and both kinds of
 * {@link IncrementalEditBenchmark} on the same article; the ratio is the median insert over the
 * median full re-tag.
 */
final class IncrementalComparison implements Measurement {

	static final double GOAL = 0.05;

	private final BenchOptions options;

	IncrementalComparison(BenchOptions options) {
		this.options = options;
	}

	@Override
	public String name() {
		return "incremental";
	}

	@Override
	public String title() {
		return "2. Incremental: one-character edit in the middle of a long article vs full re-tag";
	}

	@Override
	public String run(Jmh jmh, PrintStream out) throws RunnerException {
		NlpModels models = NlpModels.bundled();
		TextSource source = TextSource.of(models.catalog(), options.seed(), String.join(File.pathSeparator, options.files()));
		String article = source.longArticle(options.incrementalWords());
		out.println(source.longArticleIsUsers(options.incrementalWords()) ? "text: the user file(s) as one document"
				: source.userFiles() ? "text: the user files are under half of --incremental-words together; a generated article instead"
						: "text: one generated article (seed " + options.seed() + ")");
		out.printf(Locale.ROOT, "article: %,d words, %,d chars, %,d sentences; edits inside words of the %d sentences around the middle%n",
				CorpusGenerator.countWords(article), article.length(),
				new ArticleSentenceSplitter(models.sentenceModel()).split(article).size(), TypoEdit.SENTENCES);

		Scores full = new Scores(jmh.runOne(FullRetagBenchmark.class, "retag", "incremental: full re-tag",
				b -> jmh.userIterations(jmh.userForks(b))));
		List<RunResult> edits = jmh.run(IncrementalEditBenchmark.class, "update", "incremental: insert, replace",
				b -> jmh.userIterations(jmh.userForks(b)));
		Scores insert = null;
		Scores replace = null;
		RunResult any = edits.get(0);
		for (RunResult r : edits) {
			if (r.getParams().getParam("kind").equals("insert")) {
				insert = new Scores(r);
			} else {
				replace = new Scores(r);
			}
		}
		double ratio = insert.median() / full.median();
		out.printf(Locale.ROOT, "JMH: full re-tag SingleShotTime (a fresh pipeline each shot); edits SampleTime, every update timed,%n"
				+ "  %d x %d s measured per fork after %d x %d s warm-up, the document opened afresh each iteration%n",
				any.getParams().getMeasurement().getCount(), any.getParams().getMeasurement().getTime().getTime(),
				any.getParams().getWarmup().getCount(), any.getParams().getWarmup().getTime().getTime());
		out.printf(Locale.ROOT, "full re-tag (fresh pipeline)      : %s ms (median [min-max] of %d shots)%n", full.range(1e3, "%.1f"),
				full.count());
		out.printf(Locale.ROOT, "one-char insert (update)          : %s%n", edit(insert));
		out.printf(Locale.ROOT, "one-char replace (nothing shifts) : %s%n", edit(replace));
		out.printf(Locale.ROOT, "ratio insert/full: %.4f (replace/full %.4f; medians)   goal <= %.2f: %s%n", ratio,
				replace.median() / full.median(), GOAL, ratio <= GOAL ? "MET" : "NOT MET");
		out.println("check: after every iteration the incremental result equalled a full re-tag of the edited text"
				+ " (the benchmark fails otherwise)");
		return String.format(Locale.ROOT, "incremental=%.4f edit=%.2fms full=%.0fms", ratio, insert.median() * 1e3,
				full.median() * 1e3);
	}

	private static String edit(Scores s) {
		return String.format(Locale.ROOT, "%.2f ms median (p10 %.2f, p90 %.2f, p99 %.2f, mean %.2f; %,d edits)", s.median() * 1e3,
				s.percentile(10) * 1e3, s.percentile(90) * 1e3, s.percentile(99) * 1e3, s.mean() * 1e3, s.count());
	}
}
