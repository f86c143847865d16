package io.claimtagger.core.bench;

import java.lang.management.ManagementFactory;

import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.pipeline.TaggedDocument;
import io.claimtagger.core.pipeline.TaggingPipeline;

/**
 * The child process of the cold-start benchmark, started in a fresh JVM by
 * {@link ColdStartBenchmark}. {@code time}: tags one sentence as the first thing it does and
 * prints when, relative to its own JVM start. {@code heap}: loads the models one by one with full
 * collections in between and prints the live heap each adds and how long each took to load.
 */
public final class ColdStartProbe {

	static final String SENTENCE = "Red Hat ships KVM in RHEL 6, and SUSE Linux Enterprise Server 11 SP1 supports Xen guests.";

	private ColdStartProbe() {
	}

	public static void main(String[] args) {
		if (args.length == 1 && args[0].equals("time")) {
			long mainEntered = System.currentTimeMillis();
			long t0 = System.nanoTime();
			TaggingPipeline pipeline = new TaggingPipeline(NlpModels.bundled());
			long t1 = System.nanoTime();
			TaggedDocument doc = pipeline.tag(SENTENCE);
			long t2 = System.nanoTime();
			long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
			// One line the parent reads the moment it is written: the first sentence is tagged.
			System.out.println("tagged entities=" + doc.entities().size() + " claims=" + doc.claims().size()
					+ " jvmToMainMs=" + (mainEntered - jvmStart) + " loadMs=" + (t1 - t0) / 1_000_000 + " firstTagMs="
					+ (t2 - t1) / 1_000_000);
			System.out.flush();
		} else if (args.length == 1 && args[0].equals("heap")) {
			NlpModels m = NlpModels.bundled();
			long before = HeapMeter.liveAfterGc();
			long last = before;
			StringBuilder b = new StringBuilder("heap before=" + before);
			String[] names = { "sentence", "tokenizer", "namefinder", "claim", "kind", "catalog+trie", "commonwords" };
			Runnable[] loads = { m::sentenceModel, m::tokenizerModel, m::nameFinderModel, m::claimModel, m::claimKindModel,
					m::catalogMatcher, m::commonWords };
			for (int i = 0; i < loads.length; i++) {
				long t0 = System.nanoTime();
				loads[i].run();
				long ms = (System.nanoTime() - t0) / 1_000_000;
				long now = HeapMeter.liveAfterGc();
				b.append(' ').append(names[i]).append('=').append(now - last).append(' ').append(names[i]).append("Ms=")
						.append(ms);
				last = now;
			}
			m.preload();
			long after = HeapMeter.liveAfterGc();
			// A pipeline's own share: its *ME instances and their buffers, no cache entries yet.
			Object keep = new TaggingPipeline(m);
			long withPipeline = HeapMeter.liveAfterGc();
			b.append(" after=").append(after).append(" pipeline=").append(withPipeline - after);
			Blackhole.consume(keep.hashCode());
			System.out.println(b);
		} else {
			System.err.println("usage: ColdStartProbe time|heap");
			System.exit(2);
		}
	}
}
