package io.claimtagger.core.bench;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;

import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.pipeline.TaggedDocument;
import io.claimtagger.core.pipeline.TaggingPipeline;

/**
 * Benchmark 3: a batch job over many articles, run as a workspace job would run it: the models
 * loaded once and shared, one {@link TaggingPipeline} per worker thread, kept for the whole batch
 * (so its sentence cache fills up to its bound, which is exactly what must not make the heap grow
 * with the batch). At each quarter of the batch, the worker that completes that article
 * forces a full collection and records the live heap; a sampler records the peak used heap,
 * garbage included. The corpus is generated up front and counted in the baseline, not in the
 * timing.
 */
final class BatchBenchmark {

	record Checkpoint(int articles, double seconds, long liveHeap) {
	}

	record Result(int articles, int threads, long words, double seconds, double articlesPerSecond, Stats perArticleSeconds,
			List<Checkpoint> checkpoints, long baselineHeap, long peakUsed, long maxLiveHeap) {
	}

	private final NlpModels models;
	private final PrintStream out;

	BatchBenchmark(NlpModels models, PrintStream out) {
		this.models = models;
		this.out = out;
	}

	Result run(int count, IntFunction<String> articles, int threads, int warmupArticles) throws InterruptedException {
		long g0 = System.nanoTime();
		List<String> corpus = new ArrayList<>(count);
		long words = 0;
		for (int i = 0; i < count; i++) {
			String a = articles.apply(i);
			corpus.add(a);
			words += CorpusGenerator.countWords(a);
		}
		double generation = (System.nanoTime() - g0) / 1e9;
		out.printf(Locale.ROOT, "corpus: %,d articles, %,d words (%,.0f per article), prepared in %.1f s (not timed)%n", count,
				words, (double) words / count, generation);

		// Warm-up on other articles with throwaway pipelines, so the batch's caches start empty.
		runWorkers(threads, warmupArticles, i -> articles.apply(count + i), null);

		long baseline = HeapMeter.liveAfterGc();
		int[] marks = { Math.max(1, count / 4), Math.max(1, count / 2), Math.max(1, count * 3 / 4), count };
		Checkpoint[] checkpoints = new Checkpoint[marks.length];
		AtomicLong checkpointNanos = new AtomicLong();
		double[] perArticle = new double[count];
		long start;
		long end;
		try (HeapMeter.PeakSampler sampler = new HeapMeter.PeakSampler()) {
			start = System.nanoTime();
			AtomicInteger completed = new AtomicInteger();
			runWorkers(threads, count, corpus::get, new Listener() {
				@Override
				public void done(int index, long nanos) {
					perArticle[index] = nanos / 1e9;
					int n = completed.incrementAndGet();
					for (int m = 0; m < marks.length; m++) {
						if (marks[m] == n) {
							long c0 = System.nanoTime();
							double at = (c0 - start - checkpointNanos.get()) / 1e9;
							long live = HeapMeter.liveAfterGc();
							checkpointNanos.addAndGet(System.nanoTime() - c0);
							checkpoints[m] = new Checkpoint(n, at, live);
						}
					}
				}
			});
			end = System.nanoTime();
			long peak = sampler.peakUsed();
			double seconds = (end - start - checkpointNanos.get()) / 1e9;
			long maxLive = 0;
			for (Checkpoint c : checkpoints) {
				maxLive = Math.max(maxLive, c.liveHeap());
			}
			Result r = new Result(count, threads, words, seconds, count / seconds, Stats.of(perArticle), List.of(checkpoints),
					baseline, peak, maxLive);
			print(r, checkpointNanos.get() / 1e9);
			return r;
		}
	}

	private void print(Result r, double checkpointSeconds) {
		out.printf(Locale.ROOT, "%d worker threads, one TaggingPipeline each (sentence cache bound 20,000 sentences per pipeline)%n",
				r.threads());
		out.printf(Locale.ROOT, "total %.2f s (excluding %.2f s of forced GCs at checkpoints), %.1f articles/s, %,.0f words/s%n",
				r.seconds(), checkpointSeconds, r.articlesPerSecond(), r.words() / r.seconds());
		out.printf(Locale.ROOT, "per article (one worker): %s ms%n", r.perArticleSeconds().map(s -> s * 1e3).formatWithIqr("%.1f"));
		out.printf(Locale.ROOT, "heap before the batch (models + corpus + JVM), live after GC: %.0f MB; max heap -Xmx %.0f MB%n",
				HeapMeter.mb(r.baselineHeap()), HeapMeter.mb(HeapMeter.max()));
		double previousAt = 0;
		int previousN = 0;
		for (Checkpoint c : r.checkpoints()) {
			out.printf(Locale.ROOT, "  after %,5d articles: %6.1f s, live heap after GC %6.1f MB (+%.1f MB over baseline), %.1f art/s since last%n",
					c.articles(), c.seconds(), HeapMeter.mb(c.liveHeap()), HeapMeter.mb(c.liveHeap() - r.baselineHeap()),
					(c.articles() - previousN) / (c.seconds() - previousAt));
			previousAt = c.seconds();
			previousN = c.articles();
		}
		boolean under = r.maxLiveHeap() < 512L << 20 && r.peakUsed() < 512L << 20;
		List<Checkpoint> cs = r.checkpoints();
		Checkpoint half = cs.get(cs.size() / 2 - 1 < 0 ? 0 : cs.size() / 2 - 1);
		Checkpoint last = cs.get(cs.size() - 1);
		out.printf(Locale.ROOT, "peak used heap (sampled every 1 ms, garbage included): %.0f MB%n", HeapMeter.mb(r.peakUsed()));
		out.printf(Locale.ROOT, "goal heap < 512 MB: %s (live max %.0f MB, peak %.0f MB); live heap from %d to %d articles: %+.1f MB%n",
				under ? "MET" : "NOT MET", HeapMeter.mb(r.maxLiveHeap()), HeapMeter.mb(r.peakUsed()), half.articles(),
				last.articles(), HeapMeter.mb(last.liveHeap() - half.liveHeap()));
	}

	private interface Listener {
		void done(int index, long nanos);
	}

	/** {@code threads} workers, each with its own pipeline, pulling article indices from a shared counter. */
	private void runWorkers(int threads, int count, IntFunction<String> articles, Listener listener)
			throws InterruptedException {
		AtomicInteger next = new AtomicInteger();
		List<Thread> workers = new ArrayList<>();
		// Held here, not only by the workers, so the last checkpoint still sees every worker's
		// pipeline (and its cache) even when the other workers have already finished.
		List<TaggingPipeline> pipelines = new ArrayList<>();
		for (int w = 0; w < threads; w++) {
			pipelines.add(new TaggingPipeline(models));
		}
		List<Throwable> failures = new ArrayList<>();
		for (int w = 0; w < threads; w++) {
			TaggingPipeline pipeline = pipelines.get(w);
			Thread t = new Thread(() -> {
				long sink = 0;
				for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
					String text = articles.apply(i);
					long t0 = System.nanoTime();
					TaggedDocument doc = pipeline.tag(text);
					long nanos = System.nanoTime() - t0;
					sink += doc.claims().size();
					if (listener != null) {
						listener.done(i, nanos);
					}
				}
				Blackhole.consume(sink);
			}, "claimtag-bench-batch-" + w);
			t.setUncaughtExceptionHandler((th, e) -> {
				synchronized (failures) {
					failures.add(e);
				}
			});
			workers.add(t);
			t.start();
		}
		for (Thread t : workers) {
			t.join();
		}
		if (!failures.isEmpty()) {
			throw new IllegalStateException("batch worker failed", failures.get(0));
		}
		Blackhole.consume(pipelines.size());
	}
}
