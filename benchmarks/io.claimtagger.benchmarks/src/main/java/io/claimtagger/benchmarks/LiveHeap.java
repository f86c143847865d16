package io.claimtagger.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * What the program holds on to: the used heap after full collections, through
 * {@code java.lang.management} only. JMH's GC profiler reports allocation rates and GC counts,
 * which say nothing about retention; whether the heap stays bounded is what the issue asks.
 */
final class LiveHeap {

	private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

	private LiveHeap() {
	}

	/** Bytes still used after full collections. */
	static long afterGc() {
		long used = Long.MAX_VALUE;
		// A second collection catches what the first one only made unreachable (reference
		// processing); keep the lower figure.
		for (int i = 0; i < 2; i++) {
			System.gc();
			used = Math.min(used, used());
		}
		return used;
	}

	/** Bytes used now, garbage included. */
	static long used() {
		return MEMORY.getHeapMemoryUsage().getUsed();
	}

	static double mb(long bytes) {
		return bytes / (1024.0 * 1024.0);
	}
}
