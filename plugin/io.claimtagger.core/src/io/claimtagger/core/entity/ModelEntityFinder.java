package io.claimtagger.core.entity;

import java.util.ArrayList;
import java.util.List;

import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.Span;

/**
 * The project's trained OpenNLP name finder for vendor and product. Its features carry no
 * document memory (no previous-map feature), so a sentence always gets the same answer, which is
 * what lets the pipeline cache per sentence and re-tag only edited ones. Not thread-safe.
 */
public final class ModelEntityFinder implements NameFinder {

	private final NameFinderME finder;

	public ModelEntityFinder(TokenNameFinderModel model) {
		this.finder = new NameFinderME(model);
	}

	@Override
	public List<Prediction> find(String[] tokens) {
		Span[] spans = finder.find(tokens);
		double[] probs = finder.probs(spans);
		List<Prediction> out = new ArrayList<>(spans.length);
		for (int i = 0; i < spans.length; i++) {
			EntityType type;
			try {
				type = EntityType.fromId(spans[i].getType());
			} catch (IllegalArgumentException e) {
				continue; // a model trained with other types: ignore what we do not know
			}
			out.add(new Prediction(spans[i].getStart(), spans[i].getEnd(), type, probs[i]));
		}
		return out;
	}
}
