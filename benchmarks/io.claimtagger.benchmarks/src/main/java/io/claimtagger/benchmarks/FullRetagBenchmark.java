package io.claimtagger.benchmarks;

import java.util.concurrent.TimeUnit;

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
import io.claimtagger.core.pipeline.TaggedDocument;
import io.claimtagger.core.pipeline.TaggingPipeline;

/**
 * Benchmark 2, the baseline side: tagging the whole article that {@link IncrementalEditBenchmark}
 * edits, from scratch, with a fresh pipeline each time (nothing cached but the models): what every
 * keystroke would cost without incremental tagging. One single shot per iteration; ten warm-up
 * shots, about as much work as the throughput benchmark's warm-up, before the JIT has settled.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 10)
@Measurement(iterations = 5)
@Fork(1)
public class FullRetagBenchmark {

	@Param("42")
	public long seed;
	@Param("10000")
	public int incrementalWords;
	@Param("")
	public String files;

	private NlpModels models;
	private String article;
	private TaggingPipeline pipeline;

	@Setup(Level.Trial)
	public void loadModelsAndArticle() {
		models = NlpModels.bundled().preload();
		article = TextSource.of(models.catalog(), seed, files).longArticle(incrementalWords);
	}

	@Setup(Level.Iteration)
	public void freshPipeline() {
		pipeline = new TaggingPipeline(models);
	}

	@Benchmark
	public TaggedDocument retag() {
		return pipeline.tag(article);
	}
}
