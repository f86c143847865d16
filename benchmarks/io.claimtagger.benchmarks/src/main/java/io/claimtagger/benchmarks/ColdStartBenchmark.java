package io.claimtagger.benchmarks;

import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.pipeline.TaggedDocument;
import io.claimtagger.core.pipeline.TaggingPipeline;

/**
 * Benchmark 4: the first tagged sentence in a fresh JVM, the wait before the first highlights
 * when the plugin starts: loading every model from the class path (OpenNLP's classes included),
 * building a pipeline and tagging one sentence, interpreted code and all. Each JMH fork is a new
 * JVM and measures exactly one shot, with no warm-up. Starting the JVM itself is not included: in
 * Eclipse it is already running. Run with {@link HeapProfiler}, {@code heap.retained} is the
 * models' live heap.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class ColdStartBenchmark {

	static final String SENTENCE = "Red Hat ships KVM in RHEL 6, and SUSE Linux Enterprise Server 11 SP1 supports Xen guests.";

	@Benchmark
	public TaggedDocument firstSentence() {
		return new TaggingPipeline(NlpModels.bundled()).tag(SENTENCE);
	}
}
