package io.claimtagger.core.pipeline;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

import io.claimtagger.core.entity.Catalog;
import io.claimtagger.core.entity.CatalogMatcher;
import io.claimtagger.core.entity.NotNames;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.tokenize.TokenizerModel;

/**
 * The models one tagging process needs, each read once from this bundle's class path on first
 * use and then shared: OpenNLP models are immutable and thread-safe, unlike the {@code *ME}
 * classes built on them, which every pipeline creates for itself.
 */
public final class NlpModels {

	/** Official Apache OpenNLP English models (Maven Central, embedded on the Bundle-ClassPath). */
	static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
	static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
	/** Trained by the project from {@code corpus/train} ({@code ./claimtag train}). */
	public static final String TRAINED_DIR = "/io/claimtagger/core/model/";
	public static final String NAME_MODEL = "ner-vendor-product.bin";
	public static final String CLAIM_MODEL = "claim-detect.bin";
	public static final String KIND_MODEL = "claim-kind.bin";
	public static final String COMMON_WORDS = "common-words.txt";

	private static final class Bundled {
		static final NlpModels INSTANCE = new NlpModels();
	}

	private final Lazy<SentenceModel> sentences = new Lazy<>(() -> load(SENTENCE_MODEL, SentenceModel::new));
	private final Lazy<TokenizerModel> tokens = new Lazy<>(() -> load(TOKEN_MODEL, TokenizerModel::new));
	private final Lazy<TokenNameFinderModel> names = new Lazy<>(() -> load(TRAINED_DIR + NAME_MODEL, TokenNameFinderModel::new));
	private final Lazy<DoccatModel> claims = new Lazy<>(() -> load(TRAINED_DIR + CLAIM_MODEL, DoccatModel::new));
	private final Lazy<DoccatModel> kinds = new Lazy<>(() -> load(TRAINED_DIR + KIND_MODEL, DoccatModel::new));
	private final Lazy<java.util.Set<String>> commonWords = new Lazy<>(() -> load(TRAINED_DIR + COMMON_WORDS,
			in -> java.util.Set.copyOf(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList())));
	private final Lazy<Catalog> catalog = new Lazy<>(Catalog::bundled);
	private final Lazy<NotNames> notNames = new Lazy<>(NotNames::bundled);
	private final Lazy<CatalogMatcher> catalogMatcher = new Lazy<>(() -> new CatalogMatcher(catalog()));

	/** The models shipped in this bundle, shared by the whole process. */
	public static NlpModels bundled() {
		return Bundled.INSTANCE;
	}

	public SentenceModel sentenceModel() {
		return sentences.get();
	}

	public TokenizerModel tokenizerModel() {
		return tokens.get();
	}

	public TokenNameFinderModel nameFinderModel() {
		return names.get();
	}

	public DoccatModel claimModel() {
		return claims.get();
	}

	public DoccatModel claimKindModel() {
		return kinds.get();
	}

	/** Lower-case words of the training corpus used outside names. */
	public java.util.Set<String> commonWords() {
		return commonWords.get();
	}

	/** What is never a vendor or product (standards, protocols, licenses). */
	public NotNames notNames() {
		return notNames.get();
	}

	public Catalog catalog() {
		return catalog.get();
	}

	public CatalogMatcher catalogMatcher() {
		return catalogMatcher.get();
	}

	/** Loads everything now; callers that must not stall later (editor, benchmarks) call this in the background. */
	public NlpModels preload() {
		sentenceModel();
		tokenizerModel();
		nameFinderModel();
		claimModel();
		claimKindModel();
		catalogMatcher();
		commonWords();
		notNames();
		return this;
	}

	private interface ModelReader<T> {
		T read(InputStream in) throws IOException;
	}

	private static <T> T load(String resource, ModelReader<T> reader) {
		try (InputStream in = NlpModels.class.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Model resource missing from the bundle: " + resource
						+ " (trained models come from ./claimtag train)");
			}
			return reader.read(new BufferedInputStream(in, 1 << 16));
		} catch (IOException e) {
			throw new UncheckedIOException("Cannot read model " + resource, e);
		}
	}

	/** Thread-safe lazy value; a failed load is retried on the next call. */
	private static final class Lazy<T> implements Supplier<T> {
		private final Supplier<T> loader;
		private volatile T value;

		Lazy(Supplier<T> loader) {
			this.loader = loader;
		}

		@Override
		public T get() {
			T v = value;
			if (v == null) {
				synchronized (this) {
					v = value;
					if (v == null) {
						v = loader.get();
						value = v;
					}
				}
			}
			return v;
		}
	}
}
