package io.claimtagger.benchmarks;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntConsumer;
import java.util.function.IntFunction;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.pipeline.TaggingPipeline;

/**
 * Benchmark 3: a batch job over many articles, run as the workspace's Tag Claims job runs it: the
 * models loaded once and shared, one {@link TaggingPipeline} per worker thread, kept for the whole
 * batch, so its sentence cache fills up to its bound, which is exactly what must not make the
 * heap grow with the batch. One operation is the whole batch (a single shot).
 * <p>
 * Heap: at each quarter of the batch the worker that completes that article records the live
 * heap ({@link HeapCheckpoints}, full collections; their time is reported so it can be taken out);
 * run with {@link HeapProfiler} to get those and the peak used heap. The corpus is generated in
 * the trial setup, not timed, and counted in the baseline heap.
 * <p>
 * Warm-up: a JMH warm-up iteration would repeat the whole batch, so the trial setup instead warms
 * the JIT on {@value #WARMUP_ARTICLES} other articles with throwaway pipelines (5-10 s of work, what
 * a fresh JVM needs before the tagging code is fully compiled), and the batch's pipelines start
 * with empty caches.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(1)
public class BatchBenchmark {

	static final int WARMUP_ARTICLES = 200;

	@Param("1000")
	public int articles;
	@Param("1000")
	public int articleWords;
	@Param("2")
	public int threads;
	@Param("42")
	public long seed;
	@Param("")
	public String files;

	private NlpModels models;
	private List<String> corpus;
	/** Held here, not only by the workers, so the heap read after the batch still sees every cache. */
	private List<TaggingPipeline> pipelines;

	@Setup(Level.Trial)
	public void prepare() throws InterruptedException {
		models = NlpModels.bundled().preload();
		TextSource texts = TextSource.of(models.catalog(), seed, files);
		corpus = new ArrayList<>(articles);
		for (int i = 0; i < articles; i++) {
			corpus.add(texts.batchArticle(i, articleWords));
		}
		List<TaggingPipeline> throwaway = newPipelines();
		int warmup = Math.min(articles, WARMUP_ARTICLES);
		tagAll(throwaway, warmup, i -> texts.batchWarmupArticle(i, articleWords), i -> {
		});
	}

	@Setup(Level.Iteration)
	public void freshPipelines() {
		pipelines = newPipelines();
		HeapCheckpoints.baseline();
	}

	@Benchmark
	public long batch() throws InterruptedException {
		int[] marks = { Math.max(1, articles / 4), Math.max(1, articles / 2), Math.max(1, articles * 3 / 4), articles };
		AtomicInteger completed = new AtomicInteger();
		return tagAll(pipelines, articles, corpus::get, i -> {
			int n = completed.incrementAndGet();
			for (int mark : marks) {
				if (mark == n) {
					HeapCheckpoints.record(Integer.toString(n));
					break;
				}
			}
		});
	}

	private List<TaggingPipeline> newPipelines() {
		List<TaggingPipeline> list = new ArrayList<>(threads);
		for (int w = 0; w < threads; w++) {
			list.add(new TaggingPipeline(models));
		}
		return list;
	}

	/**
	 * One worker thread per pipeline, pulling article indices from a shared counter until
	 * {@code count}; {@code done} runs on the worker after each article. Returns the claims found.
	 */
	private static long tagAll(List<TaggingPipeline> workers, int count, IntFunction<String> articles, IntConsumer done)
			throws InterruptedException {
		AtomicInteger next = new AtomicInteger();
		AtomicLong claims = new AtomicLong();
		List<Thread> threads = new ArrayList<>();
		List<Throwable> failures = new ArrayList<>();
		for (int w = 0; w < workers.size(); w++) {
			TaggingPipeline pipeline = workers.get(w);
			Thread t = new Thread(() -> {
				for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
					claims.addAndGet(pipeline.tag(articles.apply(i)).claims().size());
					done.accept(i);
				}
			}, "claimtag-bench-batch-" + w);
			t.setUncaughtExceptionHandler((th, e) -> {
				synchronized (failures) {
					failures.add(e);
				}
			});
			threads.add(t);
			t.start();
		}
		for (Thread t : threads) {
			t.join();
		}
		if (!failures.isEmpty()) {
			throw new IllegalStateException("batch worker failed", failures.get(0));
		}
		return claims.get();
	}
}
