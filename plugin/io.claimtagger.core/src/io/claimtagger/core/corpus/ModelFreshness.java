package io.claimtagger.core.corpus;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import io.claimtagger.core.pipeline.ModelManifest;
import io.claimtagger.core.pipeline.NlpModels;

/** Which corpus (and evidence) a trained model set was built from, as its {@link ModelManifest} records it. */
public final class ModelFreshness {

	public static final String PROPERTIES = ModelManifest.PROPERTIES;
	public static final String KEY = "corpus.sha256";
	public static final String EVIDENCE_KEY = "evidence.sha256";
	public static final String EVIDENCE_SENTENCES_KEY = "evidence.sentences";

	private ModelFreshness() {
	}

	/** The corpus fingerprint recorded when the bundled models were trained, or null. */
	public static String bundledFingerprint() {
		try (InputStream in = ModelFreshness.class.getResourceAsStream(NlpModels.TRAINED_DIR + PROPERTIES)) {
			if (in == null) {
				return null;
			}
			Properties p = new Properties();
			p.load(in);
			return p.getProperty(KEY);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
