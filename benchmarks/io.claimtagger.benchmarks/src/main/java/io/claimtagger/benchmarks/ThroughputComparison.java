package io.claimtagger.benchmarks;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.OptionalDouble;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

import io.claimtagger.core.pipeline.NlpModels;

/**
 * Benchmark 1 as the command runs it: {@link ThroughputBenchmark}'s two sides in paired forks.
 * Each round forks the raw baseline and the engine back to back (alternating which goes first),
 * so load from elsewhere on the shared machine hits both sides of a pair alike; the ratio is the
 * median of the per-round ratios. One fork each per round, so the rounds are also JMH's forks.
 */
final class ThroughputComparison implements Measurement {

	static final int DEFAULT_ROUNDS = 3;
	static final double GOAL = 0.8;

	private final BenchOptions options;
	private OptionalDouble engineWordsPerSecond = OptionalDouble.empty();

	ThroughputComparison(BenchOptions options) {
		this.options = options;
	}

	@Override
	public String name() {
		return "throughput";
	}

	@Override
	public String title() {
		return "1. Full tagging throughput: TaggingPipeline.tag vs raw OpenNLP (sentences + tokens + NameFinderME)";
	}

	/** The engine's single-thread speed, once run (for the batch's scaling). */
	OptionalDouble engineWordsPerSecond() {
		return engineWordsPerSecond;
	}

	@Override
	public String run(Jmh jmh, PrintStream out) throws RunnerException {
		NlpModels models = NlpModels.bundled();
		TextSource source = TextSource.of(models.catalog(), options.seed(), String.join(java.io.File.pathSeparator, options.files()));
		List<String> texts = source.throughputTexts(options.words());
		CorpusCounts c = CorpusCounts.of(texts, models);
		out.println(source.userFiles() ? "text: " + texts.size() + " user file(s)"
				: "text: generated articles of ~1,000 words (seed " + options.seed() + ")");
		out.printf(Locale.ROOT, "corpus: %d texts, %,d words, %,d UTF-8 bytes; OpenNLP: %,d sentences, %,d tokens; engine: %,d sentences,%n"
				+ "  %,d of them (%.1f%%) repeat within the corpus and are sentence-cache hits within a pass%n", c.texts(), c.words(),
				c.bytes(), c.sentences(), c.tokens(), c.engineSentences(), c.repeated(), 100.0 * c.repeated() / c.engineSentences());

		int rounds = options.forks().orElse(DEFAULT_ROUNDS);
		double[] engine = new double[rounds];
		double[] raw = new double[rounds];
		double[] ratios = new double[rounds];
		RunResult last = null;
		for (int r = 0; r < rounds; r++) {
			String[] order = r % 2 == 0 ? new String[] { "rawOpenNlp", "engine" } : new String[] { "engine", "rawOpenNlp" };
			for (String side : order) {
				String label = String.format(Locale.ROOT, "throughput round %d/%d: %s", r + 1, rounds, side);
				last = jmh.runOne(ThroughputBenchmark.class, side, label, b -> jmh.userIterations(b.forks(1)));
				double seconds = new Scores(last).mean();
				if (side.equals("engine")) {
					engine[r] = seconds;
				} else {
					raw[r] = seconds;
				}
			}
			ratios[r] = raw[r] / engine[r];
		}
		int warmups = last.getParams().getWarmup().getCount();
		int passes = last.getParams().getMeasurement().getCount();
		double engineSeconds = Arrays.stream(engine).average().orElseThrow();
		double rawSeconds = Arrays.stream(raw).average().orElseThrow();
		double ratio = median(ratios);
		engineWordsPerSecond = source.userFiles() ? OptionalDouble.empty() : OptionalDouble.of(c.words() / engineSeconds);

		out.printf(Locale.ROOT, "JMH: SingleShotTime, one op = one pass over the corpus with a new pipeline (empty sentence cache) or"
				+ " baseline;%n  %d warm-up + %d measured passes per fork; %d rounds of paired forks%n", warmups, passes, rounds);
		for (int r = 0; r < rounds; r++) {
			out.printf(Locale.ROOT, "  round %d: raw %.3f s/pass, engine %.3f s/pass, engine/raw %.3f%n", r + 1, raw[r], engine[r],
					ratios[r]);
		}
		out.printf(Locale.ROOT, "engine TaggingPipeline.tag : %,.0f tokens/s   %.3f MB/s   (%.3f s per pass, mean of the rounds)%n",
				c.tokens() / engineSeconds, c.bytes() / 1e6 / engineSeconds, engineSeconds);
		out.printf(Locale.ROOT, "raw OpenNLP sent+tok+name  : %,.0f tokens/s   %.3f MB/s   (%.3f s per pass)%n",
				c.tokens() / rawSeconds, c.bytes() / 1e6 / rawSeconds, rawSeconds);
		out.printf(Locale.ROOT, "ratio engine/raw throughput: %.3f [%.3f - %.3f] (median [min-max] of the %d rounds; ratio of the means %.3f)"
				+ "   goal >= %.1f: %s%n", ratio, Arrays.stream(ratios).min().orElseThrow(), Arrays.stream(ratios).max().orElseThrow(),
				rounds, rawSeconds / engineSeconds, GOAL, ratio >= GOAL ? "MET" : "NOT MET");
		return String.format(Locale.ROOT, "engine/raw=%.2f tok/s=%.0f/%.0f", ratio, c.tokens() / engineSeconds, c.tokens() / rawSeconds);
	}

	static double median(double[] values) {
		double[] s = values.clone();
		Arrays.sort(s);
		int n = s.length;
		return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
	}
}
