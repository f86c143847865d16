package io.claimtagger.core.pipeline;

import static org.junit.Assert.assertEquals;

import java.nio.file.Path;

import org.junit.Test;

import io.claimtagger.core.corpus.CorpusFingerprint;
import io.claimtagger.core.corpus.ModelFreshness;

/** Fails the build when corpus/train changed but the committed models were not retrained. */
public class ModelFreshnessTest {

	@Test
	public void bundledModelsWereTrainedFromTheCommittedCorpus() throws Exception {
		Path repo = Path.of(System.getProperty("claimtagger.repo", "."));
		assertEquals("The trained models are out of date with corpus/train: run ./claimtag train and commit the models",
				CorpusFingerprint.of(repo.resolve("corpus/train")), ModelFreshness.bundledFingerprint());
	}
}
