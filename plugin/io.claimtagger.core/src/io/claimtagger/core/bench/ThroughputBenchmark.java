package io.claimtagger.core.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.claimtagger.core.claim.ClaimExtractor;
import io.claimtagger.core.entity.CatalogMatcher;
import io.claimtagger.core.entity.EntityRecognizer;
import io.claimtagger.core.entity.ModelEntityFinder;
import io.claimtagger.core.entity.NameFinder;
import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.pipeline.TaggedDocument;
import io.claimtagger.core.pipeline.TaggedSentence;
import io.claimtagger.core.pipeline.TaggingPipeline;
import io.claimtagger.core.pipeline.TextSpan;
import io.claimtagger.core.sentence.ArticleSentenceSplitter;
import io.claimtagger.core.token.ArticleTokenizer;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Benchmark 1: full tagging throughput of {@link TaggingPipeline#tag} against
 * {@link RawOpenNlpBaseline} on the same texts, repetitions interleaved so drift (JIT, GC, a busy
 * neighbour) hits both sides alike. Each engine repetition gets a new pipeline, so its
 * per-sentence cache starts empty; the models are loaded once and shared, as in production.
 * Throughput is counted in OpenNLP tokens (the raw tokenizer's count) on both sides, so the ratio
 * of tokens/s is the inverse ratio of the times.
 * <p>
 * A stage breakdown runs the engine's and the raw stages one at a time over the same texts, to show
 * where the difference goes (thread CPU time, so a busy neighbour does not skew the shares).
 */
final class ThroughputBenchmark {

	record Result(Stats engineTokensPerSecond, Stats rawTokensPerSecond, Stats pairRatios, double ratio, double cpuRatio) {
	}

	private final NlpModels models;
	private final PrintStream out;

	ThroughputBenchmark(NlpModels models, PrintStream out) {
		this.models = models;
		this.out = out;
	}

	Result run(List<String> texts, int warmups, int reps) {
		long bytes = 0;
		int words = 0;
		for (String t : texts) {
			bytes += t.getBytes(StandardCharsets.UTF_8).length;
			words += CorpusGenerator.countWords(t);
		}
		RawOpenNlpBaseline.Result raw = rawPass(texts);
		TaggingPipeline probe = new TaggingPipeline(models);
		int engineSentences = 0;
		int engineTokens = 0;
		int entities = 0;
		int claims = 0;
		Set<String> distinct = new HashSet<>();
		for (String t : texts) {
			for (TextSpan s : probe.sentences(t)) {
				engineSentences++;
				distinct.add(s.in(t).toString());
			}
			TaggedDocument doc = new TaggingPipeline(models).tag(t);
			for (TaggedSentence s : doc.sentences()) {
				engineTokens += s.tokens().size();
				entities += s.entities().size();
			}
			claims += doc.claims().size();
		}
		out.printf(Locale.ROOT, "corpus: %d texts, %,d words, %,d UTF-8 bytes; OpenNLP: %,d sentences, %,d tokens, %,d names%n",
				texts.size(), words, bytes, raw.sentences(), raw.tokens(), raw.names());
		out.printf(Locale.ROOT, "engine: %,d sentences, %,d tokens (refined), %,d entities, %,d claims%n", engineSentences,
				engineTokens, entities, claims);
		out.printf(Locale.ROOT,
				"cached: the models (loaded once, shared). Not cached: a new pipeline per repetition starts with an empty "
						+ "sentence cache;%n  %,d of %,d sentences (%.1f%%) repeat within the corpus and are cache hits in a repetition.%n",
				engineSentences - distinct.size(), engineSentences, 100.0 * (engineSentences - distinct.size()) / engineSentences);

		for (int i = 0; i < warmups; i++) {
			enginePass(texts);
			rawPass(texts);
		}
		double[] engineSeconds = new double[reps];
		double[] rawSeconds = new double[reps];
		double[] engineCpu = new double[reps];
		double[] rawCpu = new double[reps];
		for (int i = 0; i < reps; i++) {
			// Alternate which side goes first, so neither always runs right after a collection.
			for (int side = 0; side < 2; side++) {
				if ((side == 0) == (i % 2 == 0)) {
					Clock c = Clock.start();
					Blackhole.consume(enginePass(texts));
					engineSeconds[i] = c.wall();
					engineCpu[i] = c.cpu();
				} else {
					Clock c = Clock.start();
					Blackhole.consume(rawPass(texts).names());
					rawSeconds[i] = c.wall();
					rawCpu[i] = c.cpu();
				}
			}
		}
		int tokens = raw.tokens();
		double mb = bytes / 1e6;
		Stats engineTps = Stats.of(engineSeconds).map(s -> tokens / s);
		Stats rawTps = Stats.of(rawSeconds).map(s -> tokens / s);
		double[] pair = new double[reps];
		for (int i = 0; i < reps; i++) {
			pair[i] = rawSeconds[i] / engineSeconds[i];
		}
		Stats pairs = Stats.of(pair);
		double ratio = engineTps.median() / rawTps.median();
		double cpuRatio = Stats.of(rawCpu).median() / Stats.of(engineCpu).median();
		out.printf(Locale.ROOT, "engine TaggingPipeline.tag : %s tokens/s   %s MB/s   (wall %s s, cpu %s s)%n",
				engineTps.format("%,.0f"), Stats.of(engineSeconds).map(s -> mb / s).format("%.3f"),
				Stats.of(engineSeconds).format("%.3f"), Stats.of(engineCpu).format("%.3f"));
		out.printf(Locale.ROOT, "raw OpenNLP sent+tok+name  : %s tokens/s   %s MB/s   (wall %s s, cpu %s s)%n",
				rawTps.format("%,.0f"), Stats.of(rawSeconds).map(s -> mb / s).format("%.3f"),
				Stats.of(rawSeconds).format("%.3f"), Stats.of(rawCpu).format("%.3f"));
		out.printf(Locale.ROOT, "ratio engine/raw throughput: %.3f (per-repetition pairs %s; by thread CPU time %.3f)   goal >= 0.8: %s%n",
				ratio, pairs.format("%.3f"), cpuRatio, ratio >= 0.8 ? "MET" : "NOT MET");
		stageBreakdown(texts, Math.max(1, Math.min(reps, 3)));
		return new Result(engineTps, rawTps, pairs, ratio, cpuRatio);
	}

	/** One repetition: a fresh pipeline (empty sentence cache) over every text. */
	private int enginePass(List<String> texts) {
		TaggingPipeline pipeline = new TaggingPipeline(models);
		int n = 0;
		for (String t : texts) {
			TaggedDocument doc = pipeline.tag(t);
			n += doc.sentences().size() + doc.claims().size();
		}
		return n;
	}

	private RawOpenNlpBaseline.Result rawPass(List<String> texts) {
		RawOpenNlpBaseline raw = new RawOpenNlpBaseline(models);
		int s = 0;
		int t = 0;
		int n = 0;
		for (String text : texts) {
			RawOpenNlpBaseline.Result r = raw.tag(text);
			s += r.sentences();
			t += r.tokens();
			n += r.names();
		}
		return new RawOpenNlpBaseline.Result(s, t, n);
	}

	/**
	 * Each stage alone over the whole corpus (median of {@code reps}), engine and raw side by side.
	 * The engine's name-finder time is measured inside its {@link EntityRecognizer} through a timing
	 * {@link NameFinder}; "merge rules" is the recognizer's time minus name finder and catalog.
	 */
	private void stageBreakdown(List<String> texts, int reps) {
		String[] names = { "blocks + sentence detection", "tokenization (+ refinement)", "name finder (NameFinderME)",
				"catalog trie match", "merge rules + versions", "claims (2 doccat + rules)", "pipeline glue (cache, copies)" };
		double[][] engine = new double[names.length][reps];
		double[][] raw = new double[3][reps];
		for (int rep = 0; rep < reps; rep++) {
			double[] e;
			double[] r;
			if (rep % 2 == 0) {
				e = engineStages(texts);
				r = rawStages(texts);
			} else {
				r = rawStages(texts);
				e = engineStages(texts);
			}
			for (int i = 0; i < names.length; i++) {
				engine[i][rep] = e[i];
			}
			for (int i = 0; i < 3; i++) {
				raw[i][rep] = r[i];
			}
		}
		double engineTotal = 0;
		double[] med = new double[names.length];
		for (int i = 0; i < names.length; i++) {
			med[i] = Stats.of(engine[i]).median();
			engineTotal += med[i];
		}
		out.printf(Locale.ROOT, "stage breakdown (each stage alone over the corpus, thread CPU seconds, median of %d):%n", reps);
		for (int i = 0; i < names.length; i++) {
			String rawCell = i < 3 ? String.format(Locale.ROOT, "raw %7.3f", Stats.of(raw[i]).median()) : "";
			out.printf(Locale.ROOT, "  %-32s engine %7.3f (%5.1f%%)   %s%n", names[i], med[i], 100 * med[i] / engineTotal,
					rawCell);
		}
	}

	/** Seconds per engine stage; the last entry is the full pipeline minus the stages. */
	private double[] engineStages(List<String> texts) {
		ArticleSentenceSplitter splitter = new ArticleSentenceSplitter(models.sentenceModel());
		ArticleTokenizer tokenizer = new ArticleTokenizer(models.tokenizerModel());
		TimedNameFinder finder = new TimedNameFinder(new ModelEntityFinder(models.nameFinderModel()));
		CatalogMatcher catalog = models.catalogMatcher();
		EntityRecognizer recognizer = new EntityRecognizer(finder, catalog, models.commonWords());
		ClaimExtractor claims = new ClaimExtractor(models);

		Clock c = Clock.start();
		List<List<TextSpan>> sentences = new ArrayList<>();
		for (String t : texts) {
			sentences.add(splitter.split(t));
		}
		double split = c.cpu();
		c = Clock.start();
		List<List<List<TextSpan>>> tokens = new ArrayList<>();
		for (int d = 0; d < texts.size(); d++) {
			List<List<TextSpan>> doc = new ArrayList<>();
			for (TextSpan s : sentences.get(d)) {
				doc.add(tokenizer.tokenize(texts.get(d), s));
			}
			tokens.add(doc);
		}
		double tokenize = c.cpu();
		c = Clock.start();
		int sink = 0;
		for (int d = 0; d < texts.size(); d++) {
			for (List<TextSpan> sentenceTokens : tokens.get(d)) {
				sink += catalog.match(texts.get(d), sentenceTokens).size();
			}
		}
		double match = c.cpu();
		c = Clock.start();
		List<List<TaggedSentence>> tagged = new ArrayList<>();
		for (int d = 0; d < texts.size(); d++) {
			List<TaggedSentence> doc = new ArrayList<>();
			List<TextSpan> spans = sentences.get(d);
			for (int i = 0; i < spans.size(); i++) {
				List<TextSpan> sentenceTokens = tokens.get(d).get(i);
				doc.add(new TaggedSentence(spans.get(i), sentenceTokens, recognizer.recognize(texts.get(d), sentenceTokens)));
			}
			tagged.add(doc);
		}
		double recognize = c.cpu();
		c = Clock.start();
		for (int d = 0; d < texts.size(); d++) {
			sink += claims.extract(texts.get(d), tagged.get(d)).size();
		}
		double claim = c.cpu();
		c = Clock.start();
		sink += enginePass(texts);
		double full = c.cpu();
		Blackhole.consume(sink);
		double nameFinder = finder.nanos / 1e9;
		double merge = Math.max(0, recognize - nameFinder - match);
		double glue = Math.max(0, full - (split + tokenize + recognize + claim));
		return new double[] { split, tokenize, nameFinder, match, merge, claim, glue };
	}

	/** Seconds per raw stage: sentence detection, tokenization, name finding. */
	private double[] rawStages(List<String> texts) {
		SentenceDetectorME detector = new SentenceDetectorME(models.sentenceModel());
		TokenizerME tokenizer = new TokenizerME(models.tokenizerModel());
		NameFinderME finder = new NameFinderME(models.nameFinderModel());
		Clock c = Clock.start();
		List<Span[]> sentences = new ArrayList<>();
		for (String t : texts) {
			sentences.add(detector.sentPosDetect(t));
		}
		double split = c.cpu();
		c = Clock.start();
		List<String[]> tokens = new ArrayList<>();
		for (int d = 0; d < texts.size(); d++) {
			for (Span s : sentences.get(d)) {
				tokens.add(tokenizer.tokenize(s.getCoveredText(texts.get(d)).toString()));
			}
		}
		double tokenize = c.cpu();
		c = Clock.start();
		int sink = 0;
		for (String[] t : tokens) {
			sink += finder.find(t).length;
		}
		double names = c.cpu();
		Blackhole.consume(sink);
		return new double[] { split, tokenize, names };
	}

	/** Measures the time the recognizer spends in the trained model. */
	private static final class TimedNameFinder implements NameFinder {
		private final NameFinder delegate;
		long nanos;

		TimedNameFinder(NameFinder delegate) {
			this.delegate = delegate;
		}

		@Override
		public List<Prediction> find(String[] tokens) {
			Clock c = Clock.start();
			List<Prediction> p = delegate.find(tokens);
			nanos += (long) (c.cpu() * 1e9);
			return p;
		}
	}
}
