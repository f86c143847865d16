package io.claimtagger.core.bench;

import java.util.Arrays;
import java.util.Locale;

/**
 * Repeated measurements of one quantity: median and spread. The median, not the mean, because a
 * single GC pause or JIT recompilation in one repetition should not move the figure; the spread
 * (min-max and the interquartile range) says how far to trust it.
 */
final class Stats {

	private final double[] sorted;

	Stats(double[] samples) {
		if (samples.length == 0) {
			throw new IllegalArgumentException("no samples");
		}
		this.sorted = samples.clone();
		Arrays.sort(this.sorted);
	}

	static Stats of(double... samples) {
		return new Stats(samples);
	}

	int count() {
		return sorted.length;
	}

	double median() {
		return quantile(0.5);
	}

	double min() {
		return sorted[0];
	}

	double max() {
		return sorted[sorted.length - 1];
	}

	double q1() {
		return quantile(0.25);
	}

	double q3() {
		return quantile(0.75);
	}

	/** Linear interpolation between the closest ranks. */
	double quantile(double q) {
		double pos = q * (sorted.length - 1);
		int lo = (int) Math.floor(pos);
		int hi = (int) Math.ceil(pos);
		return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
	}

	/** The same samples mapped, e.g. from seconds to items per second (order is re-sorted). */
	Stats map(java.util.function.DoubleUnaryOperator f) {
		double[] out = new double[sorted.length];
		for (int i = 0; i < out.length; i++) {
			out[i] = f.applyAsDouble(sorted[i]);
		}
		return new Stats(out);
	}

	/** "median [min-max]" with the given format, e.g. {@code "%.1f"}. */
	String format(String number) {
		return String.format(Locale.ROOT, number + " [" + number + " - " + number + "]", median(), min(), max());
	}

	/** "median [min-max, IQR q1-q3]". */
	String formatWithIqr(String number) {
		return String.format(Locale.ROOT, number + " [min-max " + number + " - " + number + ", IQR " + number + " - "
				+ number + "]", median(), min(), max(), q1(), q3());
	}
}
