package io.claimtagger.benchmarks;

import java.io.PrintStream;
import java.util.Locale;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/** Benchmark 7 as the command runs it: the contradiction finder over 10,000 claims, against analysing them alone. */
final class ContradictionReport implements Measurement {

	/** Issue 13: 10,000 stored claims in under 5 s on a 2-core machine. */
	static final double GOAL_SECONDS = 5;

	@Override
	public String name() {
		return "contradictions";
	}

	@Override
	public String title() {
		return "7. Contradictions: 10,000 stored claims of 100 articles, a quarter about one vendor";
	}

	@Override
	public String run(Jmh jmh, PrintStream out) throws RunnerException {
		RunResult analyse = jmh.runOne(ContradictionBenchmark.class, "analyse", "contradictions: analysis", b -> jmh.userIterations(b));
		RunResult find = jmh.runOne(ContradictionBenchmark.class, "find", "contradictions: find", b -> jmh.userIterations(b));
		double analyseSeconds = new Scores(analyse).mean();
		double findSeconds = new Scores(find).mean();
		out.printf(Locale.ROOT, "JMH: SingleShotTime, one op = every claim analysed (and compared); %d warm-up + %d measured ops%n",
				find.getParams().getWarmup().getCount(), find.getParams().getMeasurement().getCount());
		out.printf(Locale.ROOT, "analysis alone: %.2f s   analysis and finder: %.2f s   ratio find/analysis: %.2f%n", analyseSeconds,
				findSeconds, findSeconds / analyseSeconds);
		out.printf(Locale.ROOT, "goal: 10,000 claims in under %.0f s: %s%n", GOAL_SECONDS, findSeconds < GOAL_SECONDS ? "MET" : "NOT MET");
		return String.format(Locale.ROOT, "contradictions10k=%.2fs find/analysis=%.2f", findSeconds, findSeconds / analyseSeconds);
	}
}
