package io.claimtagger.core.bench;

/** Keeps results observable so the JIT cannot drop the work that produced them. */
final class Blackhole {

	private static volatile long sink;

	private Blackhole() {
	}

	static void consume(long value) {
		sink += value;
	}
}
