package io.claimtagger.benchmarks;

import java.io.PrintStream;
import java.util.Locale;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/** Benchmark 6 as the command runs it: a 1 MB line without punctuation against 1 MB of prose. */
final class LongLineReport implements Measurement {

	/** Issue 14: the one-line megabyte within five times the prose's time. */
	static final double GOAL = 5;

	@Override
	public String name() {
		return "longline";
	}

	@Override
	public String title() {
		return "6. Hostile input: 1 MB on one line without punctuation vs 1 MB of prose";
	}

	@Override
	public String run(Jmh jmh, PrintStream out) throws RunnerException {
		RunResult prose = jmh.runOne(LongLineBenchmark.class, "prose", "long line: prose", b -> jmh.userIterations(b));
		RunResult line = jmh.runOne(LongLineBenchmark.class, "oneLine", "long line: one line", b -> jmh.userIterations(b));
		double proseSeconds = new Scores(prose).mean();
		double lineSeconds = new Scores(line).mean();
		double ratio = lineSeconds / proseSeconds;
		out.printf(Locale.ROOT, "JMH: SingleShotTime, one op = the whole text with a new pipeline; %d warm-up + %d measured ops%n",
				prose.getParams().getWarmup().getCount(), prose.getParams().getMeasurement().getCount());
		out.printf(Locale.ROOT, "1 MB of prose: %.2f s   the same on one line without punctuation: %.2f s%n", proseSeconds,
				lineSeconds);
		out.printf(Locale.ROOT, "ratio one line/prose: %.2f   goal <= %.0f: %s%n", ratio, GOAL, ratio <= GOAL ? "MET" : "NOT MET");
		return String.format(Locale.ROOT, "longline/prose=%.2f", ratio);
	}
}
