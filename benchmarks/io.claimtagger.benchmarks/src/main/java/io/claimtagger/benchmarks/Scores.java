package io.claimtagger.benchmarks;

import java.util.Locale;
import java.util.Map;

import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.util.Statistics;

/**
 * Reads a JMH run's time scores in seconds, whatever its output unit, and its secondary results.
 * For the single-shot and sample modes the statistics hold every shot or sample, so the median
 * and range are those of the measurements themselves.
 */
final class Scores {

	private final Statistics statistics;
	private final double toSeconds;
	private final Map<String, Result> secondary;

	Scores(RunResult run) {
		Result primary = run.getPrimaryResult();
		this.statistics = primary.getStatistics();
		this.toSeconds = secondsPer(primary.getScoreUnit());
		this.secondary = run.getSecondaryResults();
	}

	double mean() {
		return statistics.getMean() * toSeconds;
	}

	double median() {
		return percentile(50);
	}

	double percentile(double p) {
		return statistics.getPercentile(p) * toSeconds;
	}

	double min() {
		return statistics.getMin() * toSeconds;
	}

	double max() {
		return statistics.getMax() * toSeconds;
	}

	long count() {
		return statistics.getN();
	}

	/** A secondary result's score (e.g. from {@link HeapProfiler}); NaN when the run has none. */
	double secondary(String label) {
		Result r = secondary.get(label);
		return r == null ? Double.NaN : r.getScore();
	}

	/** "median [min - max]" in the given unit ({@code scale} from seconds) and format. */
	String range(double scale, String format) {
		return String.format(Locale.ROOT, format + " [" + format + " - " + format + "]", median() * scale, min() * scale,
				max() * scale);
	}

	private static double secondsPer(String unit) {
		String u = unit.substring(0, unit.indexOf('/') < 0 ? unit.length() : unit.indexOf('/'));
		return switch (u) {
		case "s" -> 1;
		case "ms" -> 1e-3;
		case "us" -> 1e-6;
		case "ns" -> 1e-9;
		case "min" -> 60;
		default -> throw new IllegalArgumentException("not a time unit: " + unit);
		};
	}
}
