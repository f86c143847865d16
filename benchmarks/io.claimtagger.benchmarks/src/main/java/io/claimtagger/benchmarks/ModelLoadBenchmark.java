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
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import io.claimtagger.core.pipeline.NlpModels;

/**
 * Benchmark 4, broken down: loading one model alone in a fresh JVM (one shot per fork), with
 * {@link HeapProfiler} its live heap. Each load pays for the OpenNLP classes it is the first to
 * use, so the parts add up to more than {@link ColdStartBenchmark}'s whole.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(1)
public class ModelLoadBenchmark {

	@Param({ "sentence", "tokenizer", "namefinder", "claim", "kind", "type", "catalog+trie", "commonwords" })
	public String model;

	@Benchmark
	public Object load() {
		NlpModels models = NlpModels.bundled();
		return switch (model) {
		case "sentence" -> models.sentenceModel();
		case "tokenizer" -> models.tokenizerModel();
		case "namefinder" -> models.nameFinderModel();
		case "claim" -> models.claimModel();
		case "kind" -> models.claimKindModel();
		case "type" -> models.mentionTypeModel();
		case "catalog+trie" -> models.catalogMatcher();
		case "commonwords" -> models.commonWords();
		default -> throw new IllegalArgumentException("no model " + model);
		};
	}
}
