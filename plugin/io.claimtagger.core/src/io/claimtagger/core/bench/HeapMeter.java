package io.claimtagger.core.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;

/**
 * Heap figures through {@code java.lang.management} only (no {@code com.sun.management}, so the
 * bundle needs no extra import): the live heap after a full collection, and a sampler that records
 * the highest used heap, garbage included, while work runs.
 */
final class HeapMeter {

	private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

	private HeapMeter() {
	}

	/** Bytes still used after full collections: what the program holds on to. */
	static long liveAfterGc() {
		long used = Long.MAX_VALUE;
		// A second collection catches what the first one only made unreachable (finalizers,
		// reference processing); keep the lower figure.
		for (int i = 0; i < 2; i++) {
			System.gc();
			used = Math.min(used, MEMORY.getHeapMemoryUsage().getUsed());
		}
		return used;
	}

	static long used() {
		return MEMORY.getHeapMemoryUsage().getUsed();
	}

	static long max() {
		return MEMORY.getHeapMemoryUsage().getMax();
	}

	static double mb(long bytes) {
		return bytes / (1024.0 * 1024.0);
	}

	/** Polls the used heap every millisecond on a daemon thread, keeping the maximum. */
	static final class PeakSampler implements AutoCloseable {
		private volatile boolean running = true;
		private volatile long peakUsed;
		private volatile long peakCommitted;
		private final Thread thread;

		PeakSampler() {
			thread = new Thread(this::sample, "claimtag-bench-heap-sampler");
			thread.setDaemon(true);
			thread.start();
		}

		private void sample() {
			while (running) {
				java.lang.management.MemoryUsage u = MEMORY.getHeapMemoryUsage();
				if (u.getUsed() > peakUsed) {
					peakUsed = u.getUsed();
				}
				if (u.getCommitted() > peakCommitted) {
					peakCommitted = u.getCommitted();
				}
				try {
					Thread.sleep(1);
				} catch (InterruptedException e) {
					return;
				}
			}
		}

		long peakUsed() {
			return peakUsed;
		}

		long peakCommitted() {
			return peakCommitted;
		}

		@Override
		public void close() {
			running = false;
			try {
				thread.join(1000);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}
}
