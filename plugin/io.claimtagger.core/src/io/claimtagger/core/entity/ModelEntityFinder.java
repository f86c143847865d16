package io.claimtagger.core.entity;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.ml.model.SequenceClassificationModel;
import opennlp.tools.namefind.NameContextGenerator;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Sequence;
import opennlp.tools.util.SequenceCodec;
import opennlp.tools.util.SequenceValidator;
import opennlp.tools.util.Span;

/**
 * The project's trained OpenNLP name finder for vendor and product. Its features carry no
 * document memory (no previous-map feature), so a sentence always gets the same answer, which is
 * what lets the pipeline cache per sentence and re-tag only edited ones. Not thread-safe.
 * <p>
 * It runs the model's beam search as {@code NameFinderME} does, and also reads the runner-up
 * readings the beam keeps anyway: a name the best reading leaves out but a reading nearly as
 * likely has (at least {@link #MIN_ALTERNATE_WEIGHT} of the best one's probability) is proposed
 * too, where it overlaps nothing better. An unfamiliar name often loses to "no name" by a hair.
 */
public final class ModelEntityFinder implements NameFinder {

	/** Runner-up readings looked at: the beam (size 3) holds them at no extra cost. */
	static final int ALTERNATE_READINGS = 2;
	/** Measured in docs/accuracy.md (issue 9, ablation 19): 0.3 gains 1.7 points of unseen recall. */
	static final double MIN_ALTERNATE_WEIGHT = 0.3;

	private final SequenceClassificationModel model;
	private final NameContextGenerator contexts;
	private final SequenceCodec<String> codec;
	private final SequenceValidator<String> validator;
	/** The same search at a third of the cost, for the GIS models ./claimtag train makes; else null. */
	private final NameBeamSearch sharedFeatureSearch;

	public ModelEntityFinder(TokenNameFinderModel model) {
		this.model = model.getNameFinderSequenceModel();
		this.contexts = model.getFactory().createContextGenerator();
		this.codec = model.getFactory().createSequenceCodec();
		this.validator = codec.createSequenceValidator();
		this.sharedFeatureSearch = NameBeamSearch.of(model, contexts, validator);
	}

	@Override
	public List<Prediction> find(String[] tokens) {
		Sequence[] readings = sharedFeatureSearch != null
				? sharedFeatureSearch.bestSequences(1 + ALTERNATE_READINGS, tokens)
				: model.bestSequences(1 + ALTERNATE_READINGS, tokens, null, contexts, validator);
		List<Prediction> out = new ArrayList<>();
		boolean[] taken = new boolean[tokens.length];
		for (int k = 0; k < readings.length; k++) {
			if (k > 0 && Math.exp(readings[k].getScore() - readings[0].getScore()) < MIN_ALTERNATE_WEIGHT) {
				break;
			}
			double[] probs = readings[k].getProbs();
			for (Span span : codec.decode(readings[k].getOutcomes())) {
				EntityType type;
				try {
					type = EntityType.fromId(span.getType());
				} catch (IllegalArgumentException e) {
					continue; // a model trained with other types: ignore what we do not know
				}
				if (isTaken(taken, span)) {
					continue;
				}
				double sum = 0;
				for (int i = span.getStart(); i < span.getEnd(); i++) {
					sum += probs[i];
					taken[i] = true;
				}
				// The mean of the tokens' probabilities, as NameFinderME.probs(Span[]) gives.
				out.add(new Prediction(span.getStart(), span.getEnd(), type, sum / span.length()));
			}
		}
		out.sort((a, b) -> Integer.compare(a.startToken(), b.startToken()));
		return out;
	}

	private static boolean isTaken(boolean[] taken, Span span) {
		for (int i = span.getStart(); i < span.getEnd(); i++) {
			if (taken[i]) {
				return true;
			}
		}
		return false;
	}
}
