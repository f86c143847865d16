package io.claimtagger.benchmarks;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Benchmark 4 as the command runs it: {@link ColdStartBenchmark} in fresh JVMs (JMH forks), then
 * each model alone ({@link ModelLoadBenchmark}), both with {@link HeapProfiler} for the live heap.
 * Warm-up and iteration options do not apply: a second shot in the same JVM is no longer cold.
 */
final class ColdStartReport implements Measurement {

	static final double GOAL_SECONDS = 2;

	private final BenchOptions options;

	ColdStartReport(BenchOptions options) {
		this.options = options;
	}

	@Override
	public String name() {
		return "cold";
	}

	@Override
	public String title() {
		return "4. Cold start: fresh JVM to the first tagged sentence; heap of the loaded models";
	}

	@Override
	public String run(Jmh jmh, PrintStream out) throws RunnerException {
		RunResult first = jmh.runOne(ColdStartBenchmark.class, "firstSentence", "cold start",
				b -> jmh.userForks(b).addProfiler(HeapProfiler.class));
		int perModelForks = Math.max(1, options.forks().orElse(1));
		List<RunResult> models = jmh.run(ModelLoadBenchmark.class, "load", "cold start: each model alone",
				b -> b.forks(perModelForks).addProfiler(HeapProfiler.class));
		Scores s = new Scores(first);
		double modelsMb = s.secondary(HeapProfiler.RETAINED);
		out.printf(Locale.ROOT, "JMH: SingleShotTime, %d forks (fresh JVMs), one shot each, no warm-up; JVM start-up not included%n",
				first.getParams().getForks());
		out.printf(Locale.ROOT, "models loaded + pipeline + first sentence tagged: %s s (median [min-max])   goal models load < %.0f s: %s%n",
				s.range(1, "%.2f"), GOAL_SECONDS, s.median() < GOAL_SECONDS ? "MET" : "NOT MET");
		out.printf(Locale.ROOT, "live heap the first sentence left behind (the models, live after GC): %.1f MB%n", modelsMb);
		StringBuilder b = new StringBuilder();
		for (RunResult r : models) {
			Scores m = new Scores(r);
			b.append(String.format(Locale.ROOT, "%n    %-12s %5.0f ms %6.1f MB", r.getParams().getParam("model"), m.median() * 1e3,
					m.secondary(HeapProfiler.RETAINED)));
		}
		out.printf(Locale.ROOT, "  each model alone in a fresh JVM (load time incl. the OpenNLP classes it is first to use, live heap):%s%n", b);
		return String.format(Locale.ROOT, "cold=%.2fs models=%.0fMB", s.median(), modelsMb);
	}
}
