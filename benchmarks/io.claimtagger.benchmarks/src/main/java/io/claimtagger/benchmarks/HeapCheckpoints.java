package io.claimtagger.benchmarks;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Live-heap readings taken inside a measured operation (the batch after each quarter of its
 * articles), where JMH has no hook of its own; {@link HeapProfiler} reports them as secondary
 * results of the iteration. Each reading forces full collections, and the time that takes is
 * kept so the report can take it out of the operation's time.
 */
public final class HeapCheckpoints {

	private static final Map<String, Long> LIVE = new LinkedHashMap<>();
	private static final AtomicLong PAUSE_NANOS = new AtomicLong();

	private HeapCheckpoints() {
	}

	/** The live heap before the measured work starts (called from a setup, so not counted as a pause). */
	public static void baseline() {
		long live = LiveHeap.afterGc();
		synchronized (LIVE) {
			LIVE.put("before", live);
		}
	}

	/** The live heap now, under {@code label}; the collections' time counts as a pause of the operation. */
	public static void record(String label) {
		long t0 = System.nanoTime();
		long live = LiveHeap.afterGc();
		PAUSE_NANOS.addAndGet(System.nanoTime() - t0);
		synchronized (LIVE) {
			LIVE.put(label, live);
		}
	}

	static void clear() {
		synchronized (LIVE) {
			LIVE.clear();
		}
		PAUSE_NANOS.set(0);
	}

	/** Label to bytes, in recording order. */
	static Map<String, Long> readings() {
		synchronized (LIVE) {
			return new LinkedHashMap<>(LIVE);
		}
	}

	static long pauseNanos() {
		return PAUSE_NANOS.get();
	}
}
