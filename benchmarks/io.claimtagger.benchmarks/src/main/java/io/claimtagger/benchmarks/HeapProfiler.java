package io.claimtagger.benchmarks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler for what the heap holds, run inside each fork: the live heap after full
 * collections before and after every iteration (the difference is what the iteration left
 * behind: loaded models, a full sentence cache), the peak used heap during it (garbage included),
 * and the {@link HeapCheckpoints} the benchmark recorded inside its operation. Results in MB
 * ({@code heap.pause} in seconds). Use: {@code -prof io.claimtagger.benchmarks.HeapProfiler}.
 * <p>
 * Before the first iteration JMH has not run the trial setup yet, so there {@code heap.retained}
 * includes whatever that setup loads: for the cold-start benchmarks, the models.
 */
public final class HeapProfiler implements InternalProfiler {

	static final String LIVE_AFTER = "heap.live.after";
	static final String RETAINED = "heap.retained";
	static final String PEAK = "heap.peak";
	static final String PAUSE = "heap.pause";
	static final String CHECKPOINT = "heap.live.";

	private long before;
	private PeakHeapSampler sampler;

	@Override
	public String getDescription() {
		return "Live heap after full GCs around each iteration, checkpoints inside it, peak used heap";
	}

	@Override
	public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
		HeapCheckpoints.clear();
		before = LiveHeap.afterGc();
		sampler = PeakHeapSampler.start();
	}

	@Override
	public Collection<? extends Result> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
			IterationResult result) {
		long peak = sampler.peak();
		sampler.close();
		long after = LiveHeap.afterGc();
		List<Result> out = new ArrayList<>();
		out.add(mb(LIVE_AFTER, after, AggregationPolicy.AVG));
		out.add(mb(RETAINED, after - before, AggregationPolicy.AVG));
		out.add(mb(PEAK, peak, AggregationPolicy.MAX));
		for (Map.Entry<String, Long> e : HeapCheckpoints.readings().entrySet()) {
			out.add(mb(CHECKPOINT + e.getKey(), e.getValue(), AggregationPolicy.AVG));
		}
		out.add(new ScalarResult(PAUSE, HeapCheckpoints.pauseNanos() / 1e9, "s", AggregationPolicy.AVG));
		return out;
	}

	private static ScalarResult mb(String label, long bytes, AggregationPolicy policy) {
		return new ScalarResult(label, LiveHeap.mb(bytes), "MB", policy);
	}
}
