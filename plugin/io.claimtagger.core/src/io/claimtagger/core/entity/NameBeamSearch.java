package io.claimtagger.core.entity;

import java.util.Arrays;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Queue;

import opennlp.tools.ml.BeamSearch;
import opennlp.tools.ml.maxent.GISModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The name finder's beam search ({@link BeamSearch} over a {@link GISModel}), giving the same
 * readings with the same scores at about a third of the cost. The beam's readings of a token
 * differ only in the four previous-outcome features {@code DefaultNameContextGenerator} appends;
 * the forty-odd others are the same for every reading, so their weights are summed once per token
 * and only the four are added per reading. The sums are made in OpenNLP's order (uniform prior,
 * then each feature in turn), so every probability is bit for bit what {@code GISModel.eval}
 * gives; the queue logic is {@code BeamSearch.bestSequences}'s own. Not thread-safe.
 */
final class NameBeamSearch {

	/** {@code BeamSearch}'s floor for a reading's log score. */
	private static final double MIN_SEQUENCE_SCORE = -100000;

	private final int size;
	private final GISModel model;
	private final Map<String, Context> weights;
	private final int outcomes;
	private final double logPrior;
	private final NameContextGenerator contexts;
	private final SequenceValidator<String> validator;
	private final double[] probs;
	private final double[] sorted;
	private double[][] shared = new double[0][];

	private NameBeamSearch(int size, GISModel model, NameContextGenerator contexts, SequenceValidator<String> validator) {
		this.size = size;
		this.model = model;
		@SuppressWarnings("unchecked")
		Map<String, Context> pmap = (Map<String, Context>) model.getDataStructures()[1];
		this.weights = pmap;
		this.outcomes = model.getNumOutcomes();
		this.logPrior = StrictMath.log(1.0 / outcomes); // UniformPrior, which GISModel uses
		this.contexts = contexts;
		this.validator = validator;
		this.probs = new double[outcomes];
		this.sorted = new double[outcomes];
	}

	/**
	 * The search for this model, or null when its classifier is not a plain GIS maxent model (a
	 * perceptron or quasi-Newton model scores differently): then the model's own beam is used.
	 */
	static NameBeamSearch of(TokenNameFinderModel model, NameContextGenerator contexts,
			SequenceValidator<String> validator) {
		Object classifier = model.getArtifact("nameFinder.model");
		if (!(classifier instanceof GISModel gis)) {
			return null;
		}
		String beam = model.getManifestProperty(BeamSearch.BEAM_SIZE_PARAMETER);
		int size = beam == null ? NameFinderME.DEFAULT_BEAM_SIZE : Integer.parseInt(beam);
		return new NameBeamSearch(size, gis, contexts, validator);
	}

	/** The best {@code readings} readings of the tokens, best first, as {@code BeamSearch} gives them. */
	Sequence[] bestSequences(int readings, String[] tokens) {
		sumSharedFeatures(tokens);
		Queue<Sequence> prev = new PriorityQueue<>(size);
		Queue<Sequence> next = new PriorityQueue<>(size);
		prev.add(new Sequence());
		for (int i = 0; i < tokens.length; i++) {
			int sz = Math.min(size, prev.size());
			for (int sc = 0; !prev.isEmpty() && sc < sz; sc++) {
				Sequence top = prev.remove();
				String[] preds = top.getOutcomes().toArray(new String[0]);
				double[] scores = eval(i, tokens, preds);
				System.arraycopy(scores, 0, sorted, 0, outcomes);
				Arrays.sort(sorted);
				double min = sorted[Math.max(0, outcomes - size)];
				for (int p = 0; p < outcomes; p++) {
					if (scores[p] >= min) {
						advance(top, i, tokens, preds, p, scores[p], next);
					}
				}
				if (next.isEmpty()) { // nothing valid among the best: advance every valid outcome
					for (int p = 0; p < outcomes; p++) {
						advance(top, i, tokens, preds, p, scores[p], next);
					}
				}
			}
			prev.clear();
			Queue<Sequence> tmp = prev;
			prev = next;
			next = tmp;
		}
		Sequence[] best = new Sequence[Math.min(readings, prev.size())];
		for (int k = 0; k < best.length; k++) {
			best[k] = prev.remove();
		}
		return best;
	}

	private void advance(Sequence top, int i, String[] tokens, String[] preds, int p, double prob, Queue<Sequence> next) {
		String out = model.getOutcome(p);
		if (validator.validSequence(i, tokens, preds, out)) {
			Sequence ns = new Sequence(top, out, prob);
			if (ns.getScore() > MIN_SEQUENCE_SCORE) {
				next.add(ns);
			}
		}
	}

	/** Each token's prior plus the weights of the features every reading shares. */
	private void sumSharedFeatures(String[] tokens) {
		if (shared.length < tokens.length) {
			shared = new double[Math.max(tokens.length, 2 * shared.length)][outcomes];
		}
		for (int i = 0; i < tokens.length; i++) {
			double[] sums = shared[i];
			Arrays.fill(sums, logPrior);
			// No previous outcomes: the context generator then leaves out the four that depend on them.
			for (String feature : contexts.getContext(i, tokens, null, null)) {
				add(weights.get(feature), sums);
			}
		}
	}

	/** GISModel.eval of the full context: the shared sums plus DefaultNameContextGenerator's four. */
	private double[] eval(int i, String[] tokens, String[] preds) {
		System.arraycopy(shared[i], 0, probs, 0, outcomes);
		String po = i > 0 ? preds[i - 1] : NameFinderME.OTHER;
		String ppo = i > 1 ? preds[i - 2] : NameFinderME.OTHER;
		add(weights.get("po=" + po), probs);
		add(weights.get("pow=" + po + "," + tokens[i]), probs);
		add(weights.get("powf=" + po + "," + FeatureGeneratorUtil.tokenFeature(tokens[i])), probs);
		add(weights.get("ppo=" + ppo), probs);
		double normal = 0.0;
		for (int o = 0; o < outcomes; o++) {
			probs[o] = StrictMath.exp(probs[o]);
			normal += probs[o];
		}
		for (int o = 0; o < outcomes; o++) {
			probs[o] /= normal;
		}
		return probs;
	}

	private static void add(Context feature, double[] sums) {
		if (feature == null) {
			return; // a feature the model never saw in training
		}
		int[] active = feature.getOutcomes();
		double[] params = feature.getParameters();
		for (int a = 0; a < active.length; a++) {
			sums[active[a]] += params[a];
		}
	}
}
