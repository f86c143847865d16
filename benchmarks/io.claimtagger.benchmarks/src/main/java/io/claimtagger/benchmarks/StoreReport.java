package io.claimtagger.benchmarks;

import java.io.PrintStream;
import java.util.Locale;

import org.openjdk.jmh.runner.RunnerException;

/** Benchmark 5 as the command runs it: {@link StoreBenchmark}'s four operations, one fork each. */
final class StoreReport implements Measurement {

	private final BenchOptions options;

	StoreReport(BenchOptions options) {
		this.options = options;
	}

	@Override
	public String name() {
		return "store";
	}

	@Override
	public String title() {
		return "5. Claims store: save and load " + options.claims() + " claims";
	}

	@Override
	public String run(Jmh jmh, PrintStream out) throws RunnerException {
		Scores save = run(jmh, "save");
		Scores load = run(jmh, "load");
		Scores serialize = run(jmh, "serialize");
		Scores parse = run(jmh, "parse");
		out.printf(Locale.ROOT, "store: %,d claims in %,d article files under %s%n", options.claims(),
				(options.claims() + GeneratedClaims.PER_ARTICLE - 1) / GeneratedClaims.PER_ARTICLE, System.getProperty("java.io.tmpdir"));
		out.printf(Locale.ROOT, "JMH: SingleShotTime, one op = the whole store; median [min-max] of %d shots per operation%n", save.count());
		out.printf(Locale.ROOT, "save all (ClaimStore.save, atomic + fsync per file): %s s   (serialize only %s s)%n", save.range(1, "%.2f"),
				serialize.range(1, "%.2f"));
		out.printf(Locale.ROOT, "load all (ClaimStore.articles + load)              : %s s   (parse only     %s s)%n", load.range(1, "%.2f"),
				parse.range(1, "%.2f"));
		return String.format(Locale.ROOT, "store(%s) load=%.2fs save=%.2fs", compact(options.claims()), load.median(), save.median());
	}

	private static Scores run(Jmh jmh, String operation) throws RunnerException {
		return new Scores(jmh.runOne(StoreBenchmark.class, operation, "store: " + operation,
				b -> jmh.userIterations(jmh.userForks(b))));
	}

	private static String compact(int n) {
		return n % 1000 == 0 ? n / 1000 + "k" : Integer.toString(n);
	}
}
