package io.claimtagger.core.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Wall time and the calling thread's CPU time of one measured step. On a quiet machine the two
 * agree for single-threaded work; when other processes compete for the cores (a build running
 * alongside), the CPU time still tells what the work itself cost.
 */
final class Clock {

	private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
	private static final boolean CPU = THREADS.isCurrentThreadCpuTimeSupported();

	private final long wall0;
	private final long cpu0;

	private Clock() {
		this.cpu0 = CPU ? THREADS.getCurrentThreadCpuTime() : 0;
		this.wall0 = System.nanoTime();
	}

	static Clock start() {
		return new Clock();
	}

	/** Seconds of wall time since the start. */
	double wall() {
		return (System.nanoTime() - wall0) / 1e9;
	}

	/** Seconds of this thread's CPU time since the start (wall time where the JVM cannot tell). */
	double cpu() {
		return CPU ? (THREADS.getCurrentThreadCpuTime() - cpu0) / 1e9 : wall();
	}
}
