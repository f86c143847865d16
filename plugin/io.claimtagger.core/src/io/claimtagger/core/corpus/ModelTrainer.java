package io.claimtagger.core.corpus;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import io.claimtagger.core.claim.ClaimExtractor;
import io.claimtagger.core.claim.ClaimFeatures;
import io.claimtagger.core.claim.ReferenceResolver;
import io.claimtagger.core.entity.Catalog;
import io.claimtagger.core.entity.MentionTyper;
import io.claimtagger.core.files.AtomicFile;
import io.claimtagger.core.pipeline.ModelManifest;
import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.text.TextSpan;
import io.claimtagger.core.token.ArticleTokenizer;
import opennlp.tools.doccat.BagOfWordsFeatureGenerator;
import opennlp.tools.doccat.DoccatFactory;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;
import opennlp.tools.doccat.DocumentSample;
import opennlp.tools.doccat.FeatureGenerator;
import opennlp.tools.doccat.NGramFeatureGenerator;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.namefind.TokenNameFinderFactory;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.Span;
import opennlp.tools.util.TrainingParameters;

/**
 * Trains the project's models from {@code corpus/train/*.ann}: the vendor/product name finder and
 * the two claim classifiers, and records the corpus fingerprint beside them. Deterministic: the
 * same corpus gives the same models. Run with {@code ./claimtag train}.
 */
public final class ModelTrainer {

	/**
	 * Window, token-class, prefix/suffix and bigram features, and the word shapes of
	 * {@link io.claimtagger.core.entity.WordShapeFeatureGenerator} (docs/accuracy.md, issue 9,
	 * ablation 5); no document memory (previous-map), so a sentence is tagged the same wherever it
	 * appears.
	 */
	static final String NAME_FEATURES = """
			<featureGenerators cache="true" name="claimtaggerNameFinder">
			    <generator class="opennlp.tools.util.featuregen.AggregatedFeatureGeneratorFactory">
			      <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
			        <int name="prevLength">2</int>
			        <int name="nextLength">2</int>
			        <generator class="opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory"/>
			      </generator>
			      <generator class="opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory">
			        <int name="prevLength">2</int>
			        <int name="nextLength">2</int>
			        <generator class="opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory"/>
			      </generator>
			      <generator class="opennlp.tools.util.featuregen.PrefixFeatureGeneratorFactory"/>
			      <generator class="opennlp.tools.util.featuregen.SuffixFeatureGeneratorFactory"/>
			      <generator class="opennlp.tools.util.featuregen.DefinitionFeatureGeneratorFactory"/>
			      <generator class="opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory"/>
			      <generator class="io.claimtagger.core.entity.WordShapeFeatureGeneratorFactory"/>
			      <generator class="opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory">
			        <bool name="begin">true</bool>
			        <bool name="end">false</bool>
			      </generator>
			    </generator>
			</featureGenerators>
			""";

	/**
	 * Copies of the corpus with invented names ({@link MentionReplacement}) the name finder trains
	 * on besides the real sentences. Measured in docs/accuracy.md (issue 9, ablation 4):
	 * one copy gains 6 points of unseen-name recall, a second gains nothing more.
	 */
	static final int NOVEL_NAME_COPIES = 1;
	private static final long NOVEL_NAME_SEED = 20261202L;

	private final ArticleTokenizer tokenizer;
	private final PrintStream log;
	/** 1 gives the same models for the same input; more is faster, with float sums in another order. */
	private int threads = 1;
	/** Told the name of each model once it is trained, before anything is written (tests fail here). */
	private final java.util.function.Consumer<String> trained;

	public ModelTrainer(NlpModels models, PrintStream log) {
		this(models, log, name -> {
		});
	}

	ModelTrainer(NlpModels models, PrintStream log, java.util.function.Consumer<String> trained) {
		this.tokenizer = new ArticleTokenizer(models.tokenizerModel());
		this.log = log;
		this.trained = trained;
	}

	/**
	 * How many times each sentence of the user's evidence counts against one corpus sentence, so a
	 * few corrections outweigh the thousands of corpus sentences (docs/learning.md: measured).
	 */
	public static final int EVIDENCE_WEIGHT = 5;

	/** Trains with this many threads (the shipped models use 1: reproducible to the byte of each weight). */
	public ModelTrainer threads(int count) {
		this.threads = Math.max(1, count);
		return this;
	}

	/** Trains from {@code trainDir} and writes the models into {@code outDir}. */
	public void train(Path trainDir, Path outDir) throws IOException {
		train(trainDir, TrainingEvidence.NONE, EVIDENCE_WEIGHT, outDir, null);
	}

	/**
	 * Trains from {@code trainDir} plus the user's evidence, each evidence sentence counted
	 * {@code weight} times, and writes the models into {@code outDir}.
	 *
	 * @param cancelled polled between models; null for never
	 * @throws java.util.concurrent.CancellationException when cancelled (nothing written)
	 */
	public void train(Path trainDir, TrainingEvidence evidence, int weight, Path outDir,
			java.util.function.BooleanSupplier cancelled) throws IOException {
		List<AnnotatedDocument> documents = new ArrayList<>();
		for (Path file : CorpusFingerprint.trainingFiles(trainDir)) {
			documents.addAll(AnnotatedCorpusReader.read(file));
		}
		List<NameSample> names = new ArrayList<>();
		List<DocumentSample> claims = new ArrayList<>();
		List<DocumentSample> kinds = new ArrayList<>();
		List<DocumentSample> types = new ArrayList<>();
		java.util.Set<String> vendorNames = Catalog.bundled().vendorOnlyNames();
		int mentions = 0;
		java.util.TreeSet<String> commonWords = new java.util.TreeSet<>();
		for (AnnotatedDocument document : documents) {
			List<TokenizedSentence> previous = new ArrayList<>();
			for (AnnotatedSentence sentence : document.sentences()) {
				TokenizedSentence tokenized = TokenizedSentence.of(sentence, tokenizer);
				names.add(nameSample(tokenized));
				addTypeSamples(tokenized, vendorNames, types);
				collectCommonWords(tokenized, commonWords);
				mentions += sentence.mentions().size();
				addClaimSamples(tokenized, previous, claims, kinds);
				previous.add(tokenized);
			}
		}
		int realSentences = names.size();
		MentionReplacement replacement = new MentionReplacement(NOVEL_NAME_SEED);
		for (int copy = 0; copy < NOVEL_NAME_COPIES; copy++) {
			for (AnnotatedDocument document : documents) {
				for (AnnotatedSentence sentence : replacement.copyOf(document)) {
					TokenizedSentence tokenized = TokenizedSentence.of(sentence, tokenizer);
					names.add(nameSample(tokenized));
					// The same contexts with other names: the type classifier cannot lean on a shape it saw.
					addTypeSamples(tokenized, vendorNames, types);
				}
			}
		}
		int corpusClaims = claims.size();
		int corpusKinds = kinds.size();
		int corpusNames = names.size();
		for (AnnotatedSentence sentence : evidence.names()) {
			// A name the user tagged is never filtered out as "only common words" (a tool called Helmsman).
			for (Mention m : sentence.mentions()) {
				List<String> words = List.of(m.text().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+"));
				if (commonWords.containsAll(words)) {
					words.forEach(commonWords::remove);
				}
			}
			TokenizedSentence tokenized = TokenizedSentence.of(sentence, tokenizer);
			NameSample sample = nameSample(tokenized);
			List<DocumentSample> typed = new ArrayList<>();
			addTypeSamples(tokenized, vendorNames, typed);
			for (int i = 0; i < weight; i++) {
				names.add(sample);
				types.addAll(typed);
			}
		}
		for (AnnotatedSentence sentence : evidence.claims()) {
			List<DocumentSample> c = new ArrayList<>();
			List<DocumentSample> k = new ArrayList<>();
			addClaimSamples(TokenizedSentence.of(sentence, tokenizer), List.of(), c, k);
			for (int i = 0; i < weight; i++) {
				claims.addAll(c);
				kinds.addAll(k);
			}
		}
		log.printf("Corpus: %d documents, %d sentences, %d mentions, %d claim candidates, %d claims;"
				+ " %d copies with invented names%n",
				documents.size(), realSentences, mentions, corpusClaims, corpusKinds, corpusNames - realSentences);
		if (!evidence.isEmpty()) {
			log.printf("Evidence: %d sentences with checked names, %d reviewed claims, from %d articles, each counted %d times%n",
					evidence.names().size(), evidence.claims().size(), evidence.articles(), weight);
		}
		checkCancelled(cancelled);
		// Every model is trained in memory first, then the set is written to a staging folder beside
		// the models and moved into place, the fingerprint last: a training that fails half-way
		// leaves the old set untouched, and an interrupted move leaves a stale fingerprint (which
		// ModelFreshness reports), never a silent mix.
		TrainingParameters nameParams = TrainingParameters.defaultParams();
		nameParams.put(TrainingParameters.ITERATIONS_PARAM, 150);
		nameParams.put(TrainingParameters.CUTOFF_PARAM, 1);
		nameParams.put(TrainingParameters.THREADS_PARAM, threads);
		long started = System.nanoTime();
		TokenNameFinderFactory nameFactory = TokenNameFinderFactory.create(null,
				NAME_FEATURES.getBytes(StandardCharsets.UTF_8), Collections.<String, Object>emptyMap(),
				new opennlp.tools.namefind.BioCodec());
		TokenNameFinderModel nameModel = NameFinderME.train("en", null, ObjectStreamUtils.createObjectStream(names),
				nameParams, nameFactory);
		trained.accept(NlpModels.NAME_MODEL);
		log.printf("Name finder trained in %.1f s%n", (System.nanoTime() - started) / 1e9);
		checkCancelled(cancelled);
		started = System.nanoTime();

		// L-BFGS with an L2 penalty rather than GIS: a few thousand sentences and tens of thousands
		// of n-grams overfit without one (docs/accuracy.md, issue 9, step 26: claim precision +0.03,
		// kind accuracy +0.02 on the evaluation set with gold names).
		TrainingParameters docParams = maxentParameters(200, 0.5, threads);
		DoccatModel claimModel = DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(claims),
				docParams, doccatFactory());
		trained.accept(NlpModels.CLAIM_MODEL);
		DoccatModel kindModel = DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(kinds),
				docParams, doccatFactory());
		trained.accept(NlpModels.KIND_MODEL);
		log.printf("Claim classifiers trained in %.1f s%n", (System.nanoTime() - started) / 1e9);
		checkCancelled(cancelled);
		started = System.nanoTime();
		// Each "document" is one mention's context features (MentionTyper.features): bag of features only.
		DoccatModel typeModel = DocumentCategorizerME.train("en", ObjectStreamUtils.createObjectStream(types),
				docParams, new DoccatFactory(new FeatureGenerator[] { new BagOfWordsFeatureGenerator() }));
		trained.accept(NlpModels.TYPE_MODEL);
		log.printf("Mention type classifier trained on %d mentions in %.1f s%n", types.size(),
				(System.nanoTime() - started) / 1e9);
		checkCancelled(cancelled);
		String fingerprint = CorpusFingerprint.of(trainDir);

		Files.createDirectories(outDir);
		Path staging = Files.createTempDirectory(outDir, ".training-");
		try {
			write(staging.resolve(NlpModels.NAME_MODEL), out -> nameModel.serialize(out));
			write(staging.resolve(NlpModels.CLAIM_MODEL), out -> claimModel.serialize(out));
			write(staging.resolve(NlpModels.KIND_MODEL), out -> kindModel.serialize(out));
			write(staging.resolve(NlpModels.TYPE_MODEL), out -> typeModel.serialize(out));
			Files.write(staging.resolve(NlpModels.COMMON_WORDS), commonWords, StandardCharsets.UTF_8);
			StringBuilder properties = new StringBuilder("# Written by ./claimtag train: the corpus (and evidence) these models were"
					+ " trained from, and each model file's SHA-256 (a model set that does not match is never loaded).\n");
			properties.append(ModelFreshness.KEY).append('=').append(fingerprint).append('\n');
			if (!evidence.isEmpty()) {
				properties.append(ModelFreshness.EVIDENCE_KEY).append('=').append(evidence.fingerprint()).append('\n');
				properties.append(ModelFreshness.EVIDENCE_SENTENCES_KEY).append('=')
						.append(evidence.names().size() + evidence.claims().size()).append('\n');
			}
			for (String name : List.of(NlpModels.NAME_MODEL, NlpModels.CLAIM_MODEL, NlpModels.KIND_MODEL, NlpModels.TYPE_MODEL,
					NlpModels.COMMON_WORDS)) {
				properties.append(ModelManifest.FILE_HASH_PREFIX).append(name).append('=')
						.append(ModelManifest.sha256(staging.resolve(name))).append('\n');
			}
			Files.writeString(staging.resolve(ModelManifest.PROPERTIES), properties, StandardCharsets.UTF_8);
			for (String name : List.of(NlpModels.NAME_MODEL, NlpModels.CLAIM_MODEL, NlpModels.KIND_MODEL,
					NlpModels.TYPE_MODEL, NlpModels.COMMON_WORDS, ModelManifest.PROPERTIES)) {
				Files.move(staging.resolve(name), outDir.resolve(name), StandardCopyOption.REPLACE_EXISTING,
						StandardCopyOption.ATOMIC_MOVE);
			}
		} finally {
			try (java.util.stream.Stream<Path> left = Files.list(staging)) {
				for (Path p : left.toList()) {
					Files.deleteIfExists(p);
				}
			}
			Files.deleteIfExists(staging);
		}
		log.println("Models written to " + outDir + " (corpus " + fingerprint.substring(0, 12) + ")");
	}

	private static void checkCancelled(java.util.function.BooleanSupplier cancelled) {
		if (cancelled != null && cancelled.getAsBoolean()) {
			throw new java.util.concurrent.CancellationException("training cancelled; the models were not changed");
		}
	}

	private static DoccatFactory doccatFactory() throws IOException {
		return new DoccatFactory(new FeatureGenerator[] { new BagOfWordsFeatureGenerator(), new NGramFeatureGenerator(2, 2) });
	}

	/**
	 * Words the corpus uses in lower case outside any name ("open", "source", "kernel"): a name
	 * the model proposes that is made only of such words, capitalised, is usually a heading or a
	 * generic term ("Open Source", "Kernel Mode"), not a product.
	 */
	private static void collectCommonWords(TokenizedSentence s, java.util.Set<String> words) {
		String text = s.sentence().text();
		for (int i = 0; i < s.tokens().size(); i++) {
			TextSpan t = s.tokens().get(i);
			boolean inMention = false;
			for (Mention m : s.sentence().mentions()) {
				inMention |= m.start() <= t.start() && t.end() <= m.end();
			}
			String w = t.in(text).toString();
			if (!inMention && w.length() > 1 && w.chars().allMatch(c -> Character.isLowerCase(c))) {
				words.add(w);
			}
		}
	}

	private static void addTypeSamples(TokenizedSentence s, java.util.Set<String> vendorNames, List<DocumentSample> out) {
		String[] words = s.words();
		for (int i = 0; i < s.mentionTokens().size(); i++) {
			int[] m = s.mentionTokens().get(i);
			out.add(new DocumentSample(s.sentence().mentions().get(i).type().id(),
					MentionTyper.features(words, m[0], m[1] - 1, vendorNames)));
		}
	}

	private static NameSample nameSample(TokenizedSentence s) {
		List<Span> spans = new ArrayList<>();
		for (int i = 0; i < s.mentionTokens().size(); i++) {
			int[] m = s.mentionTokens().get(i);
			spans.add(new Span(m[0], m[1], s.sentence().mentions().get(i).type().id()));
		}
		return new NameSample(s.words(), spans.toArray(Span[]::new), false);
	}

	private static void addClaimSamples(TokenizedSentence s, List<TokenizedSentence> previous,
			List<DocumentSample> claims, List<DocumentSample> kinds) {
		AnnotatedSentence sentence = s.sentence();
		String text = sentence.text();
		if (sentence.heading() || !ClaimExtractor.isStatement(text, new TextSpan(0, text.length()))) {
			return;
		}
		boolean hasAntecedent = previous.size() > 0 && (!previous.get(previous.size() - 1).sentence().mentions().isEmpty()
				|| previous.size() > 1 && !previous.get(previous.size() - 2).sentence().mentions().isEmpty());
		boolean reference = hasAntecedent && ReferenceResolver.openingReference(text, s.tokens()) != null;
		if (sentence.mentions().isEmpty() && !reference) {
			return;
		}
		List<ClaimFeatures.Marked> marks = new ArrayList<>();
		for (Mention m : sentence.mentions()) {
			marks.add(new ClaimFeatures.Marked(m.start(), m.end(), m.type()));
		}
		String[] features = ClaimFeatures.of(text, s.tokens(), marks, reference);
		claims.add(new DocumentSample(sentence.isClaim() ? ClaimExtractor.CLAIM : ClaimExtractor.NOT_CLAIM, features));
		if (sentence.isClaim()) {
			kinds.add(new DocumentSample(sentence.kind().id(), features));
		}
	}

	private static void write(Path file, AtomicFile.Content content) throws IOException {
		AtomicFile.DEFAULT.replace(file, out -> {
			BufferedOutputStream buffered = new BufferedOutputStream(out);
			content.writeTo(buffered);
			buffered.flush();
		});
	}


	/**
	 * OpenNLP's maximum entropy trainer with L-BFGS and an L2 penalty, no L1, every feature seen
	 * once kept: what the claim classifiers, the mention typer and the contradiction pair model
	 * are trained with.
	 */
	public static TrainingParameters maxentParameters(int iterations, double l2, int threads) {
		TrainingParameters params = TrainingParameters.defaultParams();
		params.put(TrainingParameters.ALGORITHM_PARAM, opennlp.tools.ml.maxent.quasinewton.QNTrainer.MAXENT_QN_VALUE);
		params.put(TrainingParameters.ITERATIONS_PARAM, iterations);
		params.put(TrainingParameters.CUTOFF_PARAM, 1);
		params.put(opennlp.tools.ml.maxent.quasinewton.QNTrainer.L1COST_PARAM, 0.0);
		params.put(opennlp.tools.ml.maxent.quasinewton.QNTrainer.L2COST_PARAM, l2);
		params.put(TrainingParameters.THREADS_PARAM, threads);
		return params;
	}
}
