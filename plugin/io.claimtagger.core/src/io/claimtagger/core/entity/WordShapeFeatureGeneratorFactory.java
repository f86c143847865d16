package io.claimtagger.core.entity;

import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;

/** Lets a name-finder feature descriptor ask for {@link WordShapeFeatureGenerator} by class name. */
public final class WordShapeFeatureGeneratorFactory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {

	@Override
	public AdaptiveFeatureGenerator create() {
		return new WordShapeFeatureGenerator();
	}
}
