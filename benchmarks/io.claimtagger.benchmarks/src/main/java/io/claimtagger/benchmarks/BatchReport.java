package io.claimtagger.benchmarks;

import java.io.PrintStream;
import java.util.Locale;
import java.util.OptionalDouble;
import java.util.function.Supplier;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

import io.claimtagger.core.pipeline.NlpModels;

/**
 * Benchmark 3 as the command runs it: {@link BatchBenchmark} with {@link HeapProfiler}. The
 * articles/s figure leaves out the forced collections of the heap checkpoints (JMH's score
 * includes them; both are shown).
 */
final class BatchReport implements Measurement {

	static final double HEAP_GOAL_MB = 512;

	private final BenchOptions options;
	private final Supplier<OptionalDouble> singleThreadWordsPerSecond;

	BatchReport(BenchOptions options, Supplier<OptionalDouble> singleThreadWordsPerSecond) {
		this.options = options;
		this.singleThreadWordsPerSecond = singleThreadWordsPerSecond;
	}

	@Override
	public String name() {
		return "batch";
	}

	@Override
	public String title() {
		return "3. Batch: " + options.articles() + " articles, " + options.threads() + " worker threads";
	}

	@Override
	public String run(Jmh jmh, PrintStream out) throws RunnerException {
		int n = options.articles();
		RunResult run = jmh.runOne(BatchBenchmark.class, "batch", "batch", b -> jmh.userIterations(jmh.userForks(b)).addProfiler(HeapProfiler.class));
		Scores s = new Scores(run);
		double pause = s.secondary(HeapProfiler.PAUSE);
		double net = s.mean() - pause;
		double before = s.secondary(HeapProfiler.CHECKPOINT + "before");
		double peak = s.secondary(HeapProfiler.PEAK);
		out.println(options.files().isEmpty() ? "text: generated articles of ~" + options.articleWords() + " words (seed " + options.seed() + ")"
				: "text: " + options.files().size() + " user file(s), cycled (repeats hit each worker's sentence cache)");
		out.printf(Locale.ROOT, "JMH: SingleShotTime, one op = the whole batch, %d fork(s) x %d shot(s); JIT warmed in the trial setup on %d other articles%n",
				run.getParams().getForks(), run.getParams().getMeasurement().getCount(), BatchBenchmark.WARMUP_ARTICLES);
		out.printf(Locale.ROOT, "%d worker threads, one TaggingPipeline each (sentence cache bound 20,000 sentences per pipeline)%n",
				options.threads());
		out.printf(Locale.ROOT, "total %.2f s (JMH score), of which %.2f s forced GCs at the checkpoints: %.2f s net, %.1f articles/s%n",
				s.mean(), pause, net, n / net);
		out.printf(Locale.ROOT, "heap before the batch (models + corpus + JVM), live after GC: %.0f MB; max heap %.0f MB%n", before,
				LiveHeap.mb(Runtime.getRuntime().maxMemory()));
		double maxLive = 0;
		double half = Double.NaN;
		double end = Double.NaN;
		int[] marks = { Math.max(1, n / 4), Math.max(1, n / 2), Math.max(1, n * 3 / 4), n };
		for (int mark : marks) {
			double live = s.secondary(HeapProfiler.CHECKPOINT + mark);
			maxLive = Math.max(maxLive, live);
			half = mark == marks[1] ? live : half;
			end = mark == n ? live : end;
			out.printf(Locale.ROOT, "  after %,5d articles: live heap after GC %6.1f MB (+%.1f MB over the baseline)%n", mark, live,
					live - before);
		}
		out.printf(Locale.ROOT, "peak used heap (sampled every 1 ms, garbage included): %.0f MB%n", peak);
		boolean under = maxLive < HEAP_GOAL_MB && peak < HEAP_GOAL_MB;
		out.printf(Locale.ROOT, "goal heap < %.0f MB: %s (live max %.0f MB, peak %.0f MB); live heap from %d to %d articles: %+.1f MB%n",
				HEAP_GOAL_MB, under ? "MET" : "NOT MET", maxLive, peak, marks[1], n, end - half);
		OptionalDouble single = singleThreadWordsPerSecond.get();
		if (single.isPresent() && options.files().isEmpty()) {
			double words = words();
			out.printf(Locale.ROOT, "scaling: ~%,.0f words/s with %d threads = %.2f x one thread in benchmark 1 (%,.0f words/s)%n",
					words / net, options.threads(), words / net / single.getAsDouble(), single.getAsDouble());
		}
		return String.format(Locale.ROOT, "batch=%.1fart/s heap<=%.0fMB peak=%.0fMB", n / net, maxLive, peak);
	}

	/** The generated batch's words, counted here (the fork generates the same articles). */
	private long words() {
		TextSource source = TextSource.of(NlpModels.bundled().catalog(), options.seed(), "");
		long words = 0;
		for (int i = 0; i < options.articles(); i++) {
			words += CorpusGenerator.countWords(source.batchArticle(i, options.articleWords()));
		}
		return words;
	}
}
