package io.claimtagger.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
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
 * Benchmark 6: hostile input. The same megabyte of generated articles tagged as prose and as one
 * line with every sentence and clause mark and every newline turned into a space, the shape of a
 * pasted log or table that once never finished (the name finder's cost grows with the square of
 * a sentence's length; the sentence splitter now caps it). One operation tags the whole text with
 * a new pipeline (empty sentence cache).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(1)
public class LongLineBenchmark {

	@Param("42")
	public long seed;
	/** Characters of each text. */
	@Param("1000000")
	public int chars;

	private NlpModels models;
	private String prose;
	private String line;

	@Setup
	public void texts() {
		models = NlpModels.bundled().preload();
		prose = prose(models, seed, chars);
		line = oneLine(prose);
	}

	static String prose(NlpModels models, long seed, int chars) {
		StringBuilder b = new StringBuilder();
		for (String article : TextSource.of(models.catalog(), seed, "").throughputTexts(chars / 5)) {
			b.append(article).append("\n\n");
		}
		while (b.length() < chars) {
			b.append(b, 0, Math.min(b.length(), chars - b.length()));
		}
		return b.substring(0, chars);
	}

	static String oneLine(String prose) {
		return prose.replaceAll("[.!?;:,\\n\\r]+", " ");
	}

	@Benchmark
	public void prose(Blackhole bh) {
		bh.consume(new TaggingPipeline(models).tag(prose));
	}

	@Benchmark
	public void oneLine(Blackhole bh) {
		bh.consume(new TaggingPipeline(models).tag(line));
	}
}
