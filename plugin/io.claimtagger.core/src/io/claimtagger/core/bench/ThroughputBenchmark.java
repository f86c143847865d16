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
import io.claimtagger.core.entity.TaggedSentence;
import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.pipeline.TaggedDocument;
import io.claimtagger.core.pipeline.TaggingPipeline;
import io.claimtagger.core.sentence.ArticleSentenceSplitter;
import io.claimtagger.core.text.TextSpan;
import io.claimtagger.core.token.ArticleTokenizer;
import opennlp.tools.namefind.NameFinderME;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;

/**
 * Benchmark 1: full tagging throughput of {@link TaggingPipeline#tag} against
 * {@link RawOpenNlpBaseline} on the same texts, the two sides taking turns text by text so drift
 * (JIT, GC, a busy neighbour) hits both alike. Each engine repetition gets a new pipeline, so its
 * per-sentence cache starts empty; the models are loaded once and shared, as in production.
 * Throughput is counted in OpenNLP tokens (the raw tokenizer's count) on both sides, so the ratio
 * of tokens/s is the inverse ratio of the times.
 * <p>
 * A stage breakdown then times every stage of both sides in instrumented replicas of their flows,
 * to show where the difference goes.
 */
final class ThroughputBenchmark {

	record Result(Stats engineTokensPerSecond, Stats rawTokensPerSecond, Stats pairRatios, double ratio, double cpuRatio,
			double engineWordsPerSecond) {
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
			// Engine and raw take turns text by text (alternating who goes first), so a burst of
			// load from elsewhere on the machine, or a collection, hits both sides alike.
			TaggingPipeline pipeline = new TaggingPipeline(models);
			RawOpenNlpBaseline baseline = new RawOpenNlpBaseline(models);
			long sink = 0;
			for (int t = 0; t < texts.size(); t++) {
				String text = texts.get(t);
				for (int side = 0; side < 2; side++) {
					Clock c = Clock.start();
					if ((side == 0) == ((t + i) % 2 == 0)) {
						sink += pipeline.tag(text).claims().size();
						engineSeconds[i] += c.wall();
						engineCpu[i] += c.cpu();
					} else {
						sink += baseline.tag(text).names();
						rawSeconds[i] += c.wall();
						rawCpu[i] += c.cpu();
					}
				}
			}
			Blackhole.consume(sink);
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
		// The median of the per-repetition ratios: each pair ran interleaved under the same conditions.
		double ratio = pairs.median();
		double cpuRatio = Stats.of(rawCpu).median() / Stats.of(engineCpu).median();
		out.printf(Locale.ROOT, "engine TaggingPipeline.tag : %s tokens/s   %s MB/s   (wall %s s, cpu %s s)%n",
				engineTps.format("%,.0f"), Stats.of(engineSeconds).map(s -> mb / s).format("%.3f"),
				Stats.of(engineSeconds).format("%.3f"), Stats.of(engineCpu).format("%.3f"));
		out.printf(Locale.ROOT, "raw OpenNLP sent+tok+name  : %s tokens/s   %s MB/s   (wall %s s, cpu %s s)%n",
				rawTps.format("%,.0f"), Stats.of(rawSeconds).map(s -> mb / s).format("%.3f"),
				Stats.of(rawSeconds).format("%.3f"), Stats.of(rawCpu).format("%.3f"));
		out.printf(Locale.ROOT, "ratio engine/raw throughput: %s (median [min-max] of the %d interleaved repetitions; "
				+ "ratio of medians %.3f, by thread CPU time %.3f)   goal >= 0.8: %s%n", pairs.format("%.3f"), reps,
				engineTps.median() / rawTps.median(), cpuRatio, ratio >= 0.8 ? "MET" : "NOT MET");
		stageBreakdown(texts, Math.max(1, Math.min(reps, 3)));
		return new Result(engineTps, rawTps, pairs, ratio, cpuRatio, words / Stats.of(engineSeconds).median());
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
	 * Where the time goes, engine and raw side by side: a replica of each side's flow, sentence by
	 * sentence as the real one runs (so the models compete for the CPU caches as they do there),
	 * with a timer around every stage call ({@code System.nanoTime}: a thread-CPU clock costs
	 * microseconds per read in a VM, which would swamp the small stages; so these are wall times
	 * and want a quiet machine). The engine's name-finder time is measured
	 * inside its {@link EntityRecognizer} through a timing {@link NameFinder}; the catalog match is
	 * timed by a second, separate call per sentence (excluded from the total); "merge rules" is the
	 * recognizer's time minus name finder and catalog; "rest" is the replica's total minus the
	 * stages (records, lists, the timers themselves). The replica has no sentence cache. Median of
	 * {@code reps} runs; percentages are of the replica's total.
	 */
	private void stageBreakdown(List<String> texts, int reps) {
		String[] names = { "blocks + sentence detection", "tokenization (+ refinement)", "name finder (NameFinderME)",
				"catalog trie match", "merge rules + versions", "claims (2 doccat + rules)", "rest (records, lists, timers)",
				"total" };
		double[][] engine = new double[names.length][reps];
		double[][] raw = new double[names.length][reps];
		for (int rep = 0; rep < reps; rep++) {
			EngineReplica e = new EngineReplica();
			RawReplica r = new RawReplica();
			// Text by text, taking turns, like the throughput measurement itself.
			for (int t = 0; t < texts.size(); t++) {
				if ((t + rep) % 2 == 0) {
					e.tag(texts.get(t));
					r.tag(texts.get(t));
				} else {
					r.tag(texts.get(t));
					e.tag(texts.get(t));
				}
			}
			double[] ev = e.seconds();
			double[] rv = r.seconds();
			for (int i = 0; i < names.length; i++) {
				engine[i][rep] = ev[i];
				raw[i][rep] = rv[i];
			}
		}
		double engineTotal = Stats.of(engine[names.length - 1]).median();
		double rawTotal = Stats.of(raw[names.length - 1]).median();
		out.printf(Locale.ROOT, "where the time goes (instrumented replica of each flow, seconds, median of %d):%n", reps);
		for (int i = 0; i < names.length; i++) {
			double e = Stats.of(engine[i]).median();
			double r = Stats.of(raw[i]).median();
			boolean rawHasIt = i < 3 || i >= names.length - 2;
			out.printf(Locale.ROOT, "  %-32s engine %7.3f (%5.1f%%)   %s%n", names[i], e, 100 * e / engineTotal,
					rawHasIt ? String.format(Locale.ROOT, "raw %7.3f (%5.1f%%)", r, 100 * r / rawTotal) : "");
		}
	}

	/** The engine's flow without the sentence cache, a timer around each stage (see {@link #stageBreakdown}). */
	private final class EngineReplica {
		private final ArticleSentenceSplitter splitter = new ArticleSentenceSplitter(models.sentenceModel());
		private final ArticleTokenizer tokenizer = new ArticleTokenizer(models.tokenizerModel());
		private final TimedNameFinder finder = new TimedNameFinder(new ModelEntityFinder(models.nameFinderModel()));
		private final CatalogMatcher catalog = models.catalogMatcher();
		private final EntityRecognizer recognizer = new EntityRecognizer(finder, catalog, models.commonWords());
		private final ClaimExtractor claims = new ClaimExtractor(models.claimModel(), models.claimKindModel());
		private long split;
		private long tokenize;
		private long recognize;
		private long match;
		private long claim;
		private long total;
		private long sink;

		void tag(String text) {
			long start = System.nanoTime();
			long c = start;
			List<TextSpan> spans = splitter.split(text);
			split += System.nanoTime() - c;
			List<TaggedSentence> tagged = new ArrayList<>(spans.size());
			long extra = 0;
			for (TextSpan span : spans) {
				c = System.nanoTime();
				List<TextSpan> tokens = tokenizer.tokenize(text, span);
				tokenize += System.nanoTime() - c;
				c = System.nanoTime();
				tagged.add(new TaggedSentence(span, tokens, recognizer.recognize(text, tokens)));
				recognize += System.nanoTime() - c;
				// A second, separate match, only to time it: the recognizer's own call is inside
				// "recognize"; this one is left out of the total.
				c = System.nanoTime();
				sink += catalog.match(text, tokens).size();
				long m = System.nanoTime() - c;
				match += m;
				extra += m;
			}
			c = System.nanoTime();
			sink += claims.extract(text, tagged).size();
			claim += System.nanoTime() - c;
			total += System.nanoTime() - start - extra;
		}

		/** split, tokenize, name finder, catalog, merge, claims, rest, total. */
		double[] seconds() {
			Blackhole.consume(sink);
			long merge = Math.max(0, recognize - finder.nanos - match);
			long rest = total - (split + tokenize + recognize + claim);
			return new double[] { split / 1e9, tokenize / 1e9, finder.nanos / 1e9, match / 1e9, merge / 1e9, claim / 1e9,
					rest / 1e9, total / 1e9 };
		}
	}

	/** The raw baseline's flow with a timer around each stage. */
	private final class RawReplica {
		private final SentenceDetectorME detector = new SentenceDetectorME(models.sentenceModel());
		private final TokenizerME tokenizer = new TokenizerME(models.tokenizerModel());
		private final NameFinderME finder = new NameFinderME(models.nameFinderModel());
		private long split;
		private long tokenize;
		private long names;
		private long total;
		private long sink;

		void tag(String text) {
			long start = System.nanoTime();
			long c = start;
			Span[] sentences = detector.sentPosDetect(text);
			split += System.nanoTime() - c;
			for (Span s : sentences) {
				c = System.nanoTime();
				String[] tokens = tokenizer.tokenize(s.getCoveredText(text).toString());
				tokenize += System.nanoTime() - c;
				c = System.nanoTime();
				sink += finder.find(tokens).length;
				names += System.nanoTime() - c;
			}
			finder.clearAdaptiveData();
			total += System.nanoTime() - start;
		}

		double[] seconds() {
			Blackhole.consume(sink);
			return new double[] { split / 1e9, tokenize / 1e9, names / 1e9, 0, 0, 0, (total - split - tokenize - names) / 1e9,
					total / 1e9 };
		}
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
			long t0 = System.nanoTime();
			List<Prediction> p = delegate.find(tokens);
			nanos += System.nanoTime() - t0;
			return p;
		}
	}
}
