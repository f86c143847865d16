package io.claimtagger.core.eval;

import java.util.Set;

import opennlp.tools.util.eval.FMeasure;

/**
 * One comparison against gold: OpenNLP's {@link FMeasure} for precision, recall and F1, plus the
 * counts behind them for the report. Items are compared with {@code equals}, e.g. OpenNLP
 * {@link opennlp.tools.util.Span}s with their type.
 */
public final class Score {

	private final FMeasure measure = new FMeasure();
	private int truePositives;
	private int falsePositives;
	private int falseNegatives;

	/** Adds one document's gold and predicted items. */
	public void add(Set<?> gold, Set<?> predicted) {
		measure.updateScores(gold.toArray(), predicted.toArray());
		int tp = (int) gold.stream().filter(predicted::contains).count();
		truePositives += tp;
		falsePositives += predicted.size() - tp;
		falseNegatives += gold.size() - tp;
	}

	public int truePositives() {
		return truePositives;
	}

	public int falsePositives() {
		return falsePositives;
	}

	public int falseNegatives() {
		return falseNegatives;
	}

	public double precision() {
		return measure.getPrecisionScore();
	}

	public double recall() {
		return measure.getRecallScore();
	}

	public double f1() {
		double f = measure.getFMeasure();
		// FMeasure answers -1 when precision and recall are both 0.
		return f < 0 ? 0 : f;
	}

	@Override
	public String toString() {
		return String.format("P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)", precision(), recall(), f1(),
				truePositives, falsePositives, falseNegatives);
	}
}
