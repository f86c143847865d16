package io.claimtagger.benchmarks;

/**
 * The highest used heap, garbage included, while work runs: polled every millisecond on a daemon
 * thread (no JMX notification reports the heap between collections).
 */
final class PeakHeapSampler implements AutoCloseable {

	private final Thread thread;
	private volatile boolean running = true;
	private volatile long peak;

	private PeakHeapSampler() {
		thread = new Thread(this::sample, "claimtag-bench-heap-sampler");
		thread.setDaemon(true);
	}

	static PeakHeapSampler start() {
		PeakHeapSampler s = new PeakHeapSampler();
		s.thread.start();
		return s;
	}

	private void sample() {
		while (running) {
			peak = Math.max(peak, LiveHeap.used());
			try {
				Thread.sleep(1);
			} catch (InterruptedException e) {
				return;
			}
		}
	}

	/** Bytes: the highest used heap seen so far. */
	long peak() {
		return Math.max(peak, LiveHeap.used());
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
