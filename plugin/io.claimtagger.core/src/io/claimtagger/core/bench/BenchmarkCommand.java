package io.claimtagger.core.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntFunction;

import io.claimtagger.core.files.ArticleReader;
import io.claimtagger.core.pipeline.NlpModels;

/**
 * {@code claimtag bench}: the performance benchmarks of issue 6, all in one run, on generated
 * articles or the user's files. See {@code docs/benchmarks.md}. The last line printed is a
 * one-line summary meant to be tracked over time.
 */
public final class BenchmarkCommand {

	static final String USAGE = """
			Usage: claimtag bench [options] [FILE...]
			  Benchmarks the engine: 1 throughput vs raw OpenNLP, 2 incremental edit vs full re-tag,
			  3 batch of articles (time, heap), 4 cold start and model heap, 5 claims store load/save.
			  Without FILEs the articles are generated (deterministic). The last line is a summary.
			Options:
			  --words N             words of generated text for the throughput benchmark (default 30000)
			  --articles N          articles in the batch benchmark (default 1000)
			  --article-words N     words per generated batch article (default 1000)
			  --incremental-words N words of the incrementally edited article (default 10000)
			  --reps N              measured repetitions (default 5); --warmup N warm-up repetitions (default 2)
			  --threads N           batch worker threads, one pipeline each (default 2)
			  --claims N            claims in the store benchmark (default 100000)
			  --only LIST           comma-separated subset of throughput,incremental,batch,cold,store
			  --seed N              corpus seed (default 42)
			""";

	private static final List<String> ALL = List.of("throughput", "incremental", "batch", "cold", "store");

	private final PrintStream out;
	private final PrintStream err;

	public BenchmarkCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Runs the benchmarks; returns the exit code (0 ok, 1 an input failed, 2 usage). */
	public int run(List<String> args) throws IOException {
		int words = 30_000;
		int articles = 1_000;
		int articleWords = 1_000;
		int incrementalWords = 10_000;
		int reps = 5;
		int warmup = 2;
		int threads = 2;
		int claims = 100_000;
		long seed = 42;
		Set<String> only = new LinkedHashSet<>(ALL);
		List<String> files = new ArrayList<>();
		try {
			for (int i = 0; i < args.size(); i++) {
				String a = args.get(i);
				String value = null;
				int eq = a.indexOf('=');
				if (a.startsWith("--") && eq > 0) {
					value = a.substring(eq + 1);
					a = a.substring(0, eq);
				}
				if (a.equals("-h") || a.equals("--help")) {
					out.print(USAGE);
					return 0;
				}
				if (!a.startsWith("--") || a.equals("--")) {
					files.add(a);
					continue;
				}
				if (value == null) {
					if (i + 1 >= args.size()) {
						err.println("claimtag bench: " + a + " needs a value");
						return 2;
					}
					value = args.get(++i);
				}
				switch (a) {
				case "--words" -> words = positive(a, value);
				case "--articles" -> articles = positive(a, value);
				case "--article-words" -> articleWords = positive(a, value);
				case "--incremental-words" -> incrementalWords = positive(a, value);
				case "--reps" -> reps = positive(a, value);
				case "--warmup" -> warmup = Integer.parseInt(value);
				case "--threads" -> threads = positive(a, value);
				case "--claims" -> claims = positive(a, value);
				case "--seed" -> seed = Long.parseLong(value);
				case "--only" -> {
					only.clear();
					for (String s : value.split(",")) {
						if (!ALL.contains(s.strip())) {
							err.println("claimtag bench: --only takes " + String.join(",", ALL) + ", not '" + s + "'");
							return 2;
						}
						only.add(s.strip());
					}
				}
				default -> {
					err.println("claimtag bench: unknown option " + a);
					err.print(USAGE);
					return 2;
				}
				}
			}
		} catch (NumberFormatException e) {
			err.println("claimtag bench: not a number: " + e.getMessage());
			return 2;
		}

		List<String> userTexts = new ArrayList<>();
		int failures = 0;
		for (String f : files) {
			try {
				userTexts.add(ArticleReader.read(Path.of(f)));
			} catch (ArticleReader.UnreadableArticleException e) {
				err.println("claimtag bench: " + f + ": " + e.getMessage());
				failures++;
			}
		}
		if (!files.isEmpty() && userTexts.isEmpty()) {
			err.println("claimtag bench: none of the files could be read");
			return 1;
		}

		machine(args);
		long m0 = System.nanoTime();
		NlpModels models = NlpModels.bundled().preload();
		out.printf(Locale.ROOT, "models loaded in-process in %.2f s (shared by every benchmark below)%n%n",
				(System.nanoTime() - m0) / 1e9);
		CorpusGenerator generator = new CorpusGenerator(models.catalog(), seed);
		List<String> summary = new ArrayList<>();
		double singleThreadWordsPerSecond = 0;
		long start = System.nanoTime();
		try {
			if (only.contains("throughput")) {
				section("1. Full tagging throughput: TaggingPipeline.tag vs raw OpenNLP (sentences + tokens + NameFinderME)");
				List<String> texts = userTexts.isEmpty() ? generator.articles(Math.max(1, (words + 999) / 1000),
						Math.min(words, 1000), 0) : userTexts;
				out.println(userTexts.isEmpty() ? "text: generated articles of ~1,000 words (seed " + seed + ")"
						: "text: " + userTexts.size() + " user file(s)");
				ThroughputBenchmark.Result r = new ThroughputBenchmark(models, out).run(texts, warmup, reps);
				singleThreadWordsPerSecond = userTexts.isEmpty() ? r.engineWordsPerSecond() : 0;
				summary.add(String.format(Locale.ROOT, "engine/raw=%.2f cpu=%.2f tok/s=%.0f/%.0f", r.ratio(), r.cpuRatio(),
						r.engineTokensPerSecond().median(), r.rawTokensPerSecond().median()));
			}
			if (only.contains("incremental")) {
				section("2. Incremental: one-character edit in the middle of a long article vs full re-tag");
				String article = incrementalArticle(userTexts, generator, incrementalWords);
				IncrementalBenchmark.Result r = new IncrementalBenchmark(models, out).run(article, warmup, reps, 20);
				summary.add(String.format(Locale.ROOT, "incremental=%.4f edit=%.2fms full=%.0fms", r.ratio(),
						r.editSeconds().median() * 1e3, r.fullSeconds().median() * 1e3));
			}
			if (only.contains("batch")) {
				section("3. Batch: " + articles + " articles, " + threads + " worker threads");
				IntFunction<String> source;
				if (userTexts.isEmpty()) {
					int w = articleWords;
					source = i -> generator.article(100_000 + i, w);
				} else {
					out.println("text: " + userTexts.size() + " user file(s), cycled (repeats hit each worker's sentence cache)");
					source = i -> userTexts.get(i % userTexts.size());
				}
				BatchBenchmark.Result r = new BatchBenchmark(models, out).run(articles, source, threads,
						Math.min(articles, 20 * warmup + 10));
				if (singleThreadWordsPerSecond > 0) {
					out.printf(Locale.ROOT, "scaling: %,.0f words/s with %d threads = %.2f x one thread in benchmark 1 (%,.0f words/s)%n",
							r.words() / r.seconds(), threads, r.words() / r.seconds() / singleThreadWordsPerSecond,
							singleThreadWordsPerSecond);
				}
				summary.add(String.format(Locale.ROOT, "batch=%.1fart/s heap<=%.0fMB peak=%.0fMB", r.articlesPerSecond(),
						HeapMeter.mb(r.maxLiveHeap()), HeapMeter.mb(r.peakUsed())));
			}
			if (only.contains("cold")) {
				section("4. Cold start: fresh JVM to the first tagged sentence; heap of the loaded models");
				ColdStartBenchmark.Result r = new ColdStartBenchmark(out).run(Math.max(3, Math.min(reps, 5)));
				if (r != null) {
					summary.add(String.format(Locale.ROOT, "cold=%.2fs models=%.0fMB", r.wallSeconds().median(),
							HeapMeter.mb(r.modelHeap())));
				}
			}
			if (only.contains("store")) {
				section("5. Claims store: save and load " + claims + " claims");
				StoreBenchmark.Result r = new StoreBenchmark(models.catalog(), generator, out).run(claims, Math.min(reps, 3));
				summary.add(String.format(Locale.ROOT, "store(%s) load=%.2fs save=%.2fs", compact(claims),
						r.loadSeconds().median(), r.saveSeconds().median()));
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			err.println("claimtag bench: interrupted");
			return 1;
		}
		out.printf(Locale.ROOT, "%nall benchmarks took %.0f s%n", (System.nanoTime() - start) / 1e9);
		out.println("summary: " + String.join(" ", summary));
		out.flush();
		return failures == 0 ? 0 : 1;
	}

	private String incrementalArticle(List<String> userTexts, CorpusGenerator generator, int words) {
		if (!userTexts.isEmpty()) {
			String joined = String.join("\n\n", userTexts);
			if (CorpusGenerator.countWords(joined) >= words / 2) {
				out.println("text: the user file(s) as one document");
				return joined;
			}
			out.println("text: the user files are under " + words / 2 + " words together; a generated article instead");
		}
		out.println("text: one generated article");
		return generator.article(50_000, words);
	}

	private void machine(List<String> args) {
		Runtime rt = Runtime.getRuntime();
		out.println("claimtag bench " + String.join(" ", args));
		out.printf(Locale.ROOT, "machine: %d CPUs, max heap %.0f MB, Java %s (%s), %s %s%n", rt.availableProcessors(),
				HeapMeter.mb(rt.maxMemory()), System.getProperty("java.version"), System.getProperty("java.vm.name"),
				System.getProperty("os.name"), System.getProperty("os.arch"));
	}

	private void section(String title) {
		out.println();
		out.println("== " + title);
		out.flush();
	}

	private static String compact(int n) {
		return n % 1000 == 0 ? n / 1000 + "k" : Integer.toString(n);
	}

	private static int positive(String option, String value) {
		int n = Integer.parseInt(value);
		if (n <= 0) {
			throw new NumberFormatException(option + " must be positive, not " + value);
		}
		return n;
	}
}
