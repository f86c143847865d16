package io.claimtagger.benchmarks;

import java.util.List;
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
import org.openjdk.jmh.infra.Blackhole;

import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.pipeline.TaggingPipeline;

/**
 * Benchmark 1: full tagging throughput of {@link TaggingPipeline#tag}, the product's own code,
 * against {@link RawOpenNlpBaseline} on the same texts with the same models.
 * <p>
 * One operation is one pass over the whole corpus, timed as a single shot, so both sides are
 * measured on exactly the same texts (a time-bounded iteration would end on a different text for
 * each side). Each pass gets a new pipeline, whose per-sentence cache starts empty, and a new
 * baseline; the models are loaded once per fork and shared, as in the product. The command runs
 * the two sides in paired forks, back to back, to compare them under the same conditions.
 * <p>
 * Five warm-up passes: in a fresh fork the JIT needs about that many (5-10 s of work) before the
 * pass times settle; C2 recompiles the name finder's hot loops late.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 5)
@Measurement(iterations = 3)
@Fork(1)
public class ThroughputBenchmark {

	@Param("42")
	public long seed;
	/** Words of generated text (articles of about 1,000 words). */
	@Param("30000")
	public int words;
	/** The user's files instead, joined with the path separator; empty for generated text. */
	@Param("")
	public String files;

	private NlpModels models;
	private List<String> texts;
	private TaggingPipeline pipeline;
	private RawOpenNlpBaseline baseline;

	@Setup(Level.Trial)
	public void loadModelsAndTexts() {
		models = NlpModels.bundled().preload();
		texts = TextSource.of(models.catalog(), seed, files).throughputTexts(words);
	}

	@Setup(Level.Iteration)
	public void freshPipeline() {
		pipeline = new TaggingPipeline(models);
		baseline = new RawOpenNlpBaseline(models);
	}

	@Benchmark
	public void engine(Blackhole bh) {
		for (String text : texts) {
			bh.consume(pipeline.tag(text));
		}
	}

	@Benchmark
	public void rawOpenNlp(Blackhole bh) {
		for (String text : texts) {
			bh.consume(baseline.tag(text));
		}
	}
}
