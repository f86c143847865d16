package io.claimtagger.core.entity;

import java.util.List;

/** Proposes vendor and product names in a tokenized sentence (OpenNLP's {@code TokenNameFinder}, typed). */
public interface NameFinder {

	/** A proposal in token indices, end exclusive. */
	record Prediction(int startToken, int endToken, EntityType type, double probability) {
	}

	List<Prediction> find(String[] tokens);
}
