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
	/** Vendor or product from the context; absent from model sets trained before it existed. */
	public static final String TYPE_MODEL = "mention-type.bin";
	public static final String COMMON_WORDS = "common-words.txt";

	private static final class Bundled {
		static final NlpModels INSTANCE = new NlpModels();
	}

	private final Lazy<SentenceModel> sentences;
	private final Lazy<TokenizerModel> tokens;
	private final Lazy<TokenNameFinderModel> names;
	private final Lazy<DoccatModel> claims;
	private final Lazy<DoccatModel> kinds;
	private final Lazy<java.util.Optional<DoccatModel>> types;
	private final Lazy<java.util.Set<String>> commonWords;
	private final Lazy<Catalog> catalog;
	private final Lazy<NotNames> notNames;
	private final Lazy<CatalogMatcher> catalogMatcher;
	/** Where the trained models come from: null for this bundle, else a folder written by the training. */
	private final java.nio.file.Path trainedDir;

	private NlpModels() {
		this.trainedDir = null;
		this.sentences = new Lazy<>(() -> load(SENTENCE_MODEL, SentenceModel::new));
		this.tokens = new Lazy<>(() -> load(TOKEN_MODEL, in -> alphaNumericOptimised(new TokenizerModel(in))));
		this.names = new Lazy<>(() -> load(TRAINED_DIR + NAME_MODEL, TokenNameFinderModel::new));
		this.claims = new Lazy<>(() -> load(TRAINED_DIR + CLAIM_MODEL, DoccatModel::new));
		this.kinds = new Lazy<>(() -> load(TRAINED_DIR + KIND_MODEL, DoccatModel::new));
		this.types = new Lazy<>(() -> java.util.Optional.of(load(TRAINED_DIR + TYPE_MODEL, DoccatModel::new)));
		this.commonWords = new Lazy<>(() -> load(TRAINED_DIR + COMMON_WORDS, NlpModels::lines));
		this.catalog = new Lazy<>(Catalog::bundled);
		this.notNames = new Lazy<>(NotNames::bundled);
		this.catalogMatcher = new Lazy<>(() -> new CatalogMatcher(catalog()));
	}

	/** Trained models from a folder, everything else (sentence, token models, catalog) shared with the bundled set. */
	private NlpModels(java.nio.file.Path dir, TokenNameFinderModel names, DoccatModel claims, DoccatModel kinds,
			DoccatModel types, java.util.Set<String> commonWords) {
		NlpModels shipped = bundled();
		this.trainedDir = dir;
		this.sentences = shipped.sentences;
		this.tokens = shipped.tokens;
		this.names = new Lazy<>(() -> names);
		this.claims = new Lazy<>(() -> claims);
		this.kinds = new Lazy<>(() -> kinds);
		this.types = new Lazy<>(() -> java.util.Optional.ofNullable(types));
		this.commonWords = new Lazy<>(() -> commonWords);
		this.catalog = shipped.catalog;
		this.notNames = shipped.notNames;
		this.catalogMatcher = shipped.catalogMatcher;
	}

	/** The models shipped in this bundle, shared by the whole process. */
	public static NlpModels bundled() {
		return Bundled.INSTANCE;
	}

	/**
	 * The models a training wrote to {@code dir} (./claimtag train --out, Retrain from My
	 * Corrections), checked and read now, so that a model set that is missing a file, half-written
	 * or altered is refused here with a clear message, never loaded.
	 *
	 * @throws IOException saying why the folder cannot be used
	 */
	public static NlpModels fromDirectory(java.nio.file.Path dir) throws IOException {
		java.util.Properties manifest = ModelManifest.verify(dir);
		try {
			// A set trained before the type classifier existed still loads: the name finder types alone.
			DoccatModel types = manifest.containsKey(ModelManifest.FILE_HASH_PREFIX + TYPE_MODEL)
					? read(dir.resolve(TYPE_MODEL), DoccatModel::new)
					: null;
			return new NlpModels(dir, read(dir.resolve(NAME_MODEL), TokenNameFinderModel::new),
					read(dir.resolve(CLAIM_MODEL), DoccatModel::new), read(dir.resolve(KIND_MODEL), DoccatModel::new),
					types, read(dir.resolve(COMMON_WORDS), NlpModels::lines));
		} catch (IOException | RuntimeException e) {
			throw new IOException("The models in " + dir + " cannot be read: " + e.getMessage(), e);
		}
	}

	/** The folder the trained models were read from, or null for the shipped ones. */
	public java.nio.file.Path trainedDir() {
		return trainedDir;
	}

	private static java.util.Set<String> lines(InputStream in) throws IOException {
		return java.util.Set.copyOf(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList());
	}

	private static <T> T read(java.nio.file.Path file, ModelReader<T> reader) throws IOException {
		try (InputStream in = new BufferedInputStream(java.nio.file.Files.newInputStream(file), 1 << 16)) {
			return reader.read(in);
		}
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

	/** The vendor-or-product classifier ({@link io.claimtagger.core.entity.MentionTyper}), if the set has one. */
	public java.util.Optional<DoccatModel> mentionTypeModel() {
		return types.get();
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
		mentionTypeModel();
		catalogMatcher();
		commonWords();
		notNames();
		return this;
	}

	private interface ModelReader<T> {
		T read(InputStream in) throws IOException;
	}

	/**
	 * The official tokenizer with OpenNLP's alphanumeric optimisation on (off in the published
	 * model): a whitespace-separated run of letters and digits is one token without asking the
	 * model at each character, as {@link io.claimtagger.core.token.ArticleTokenizer} would have
	 * joined it anyway. A fifth of the engine's time was the tokenizer (docs/benchmarks.md).
	 */
	static TokenizerModel alphaNumericOptimised(TokenizerModel official) {
		opennlp.tools.tokenize.TokenizerFactory factory = official.getFactory();
		return new TokenizerModel(official.getMaxentModel(), java.util.Map.of(), new opennlp.tools.tokenize.TokenizerFactory(
				official.getLanguage(), factory.getAbbreviationDictionary(), true, factory.getAlphaNumericPattern()));
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
