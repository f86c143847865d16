package io.claimtagger.benchmarks;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.Test;

public class BenchOptionsTest {

	@Test
	public void defaultsRunEverythingWithTheBenchmarksOwnForksAndIterations() throws Exception {
		BenchOptions o = BenchOptions.parse(List.of());
		assertEquals(Set.copyOf(BenchOptions.ALL), o.only());
		assertEquals(30_000, o.words());
		assertEquals(1_000, o.articles());
		assertEquals(100_000, o.claims());
		assertEquals(42, o.seed());
		assertTrue(o.forks().isEmpty());
		assertTrue(o.iterations().isEmpty());
		assertTrue(o.warmup().isEmpty());
		assertTrue(o.files().isEmpty());
	}

	@Test
	public void aSubsetMoreIterationsAndFiles() throws Exception {
		BenchOptions o = BenchOptions.parse(List.of("--only", "throughput, store", "--iterations=8", "--forks", "5", "--warmup", "0",
				"--prof", "gc", "--json", "out.json", "--verbose", "a.txt", "b.txt"));
		assertTrue(o.runs("throughput"));
		assertTrue(o.runs("store"));
		assertFalse(o.runs("batch"));
		assertEquals(8, o.iterations().getAsInt());
		assertEquals(5, o.forks().getAsInt());
		assertEquals(0, o.warmup().getAsInt());
		assertEquals(List.of("gc"), o.profilers());
		assertEquals(Path.of("out.json"), o.json());
		assertTrue(o.verbose());
		assertEquals(List.of("a.txt", "b.txt"), o.files());
	}

	@Test
	public void helpIsNotAnError() throws Exception {
		assertTrue(BenchOptions.parse(List.of("--words", "10", "--help")).help());
	}

	@Test
	public void badCommandLinesSayWhatIsWrong() {
		assertEquals("--only takes throughput,incremental,batch,cold,store,longline,contradictions, not 'speed'",
				assertThrows(BenchOptions.UsageException.class, () -> BenchOptions.parse(List.of("--only", "speed"))).getMessage());
		assertEquals("--forks must be a positive number, not 0",
				assertThrows(BenchOptions.UsageException.class, () -> BenchOptions.parse(List.of("--forks", "0"))).getMessage());
		assertEquals("--words takes a number, not 'many'",
				assertThrows(BenchOptions.UsageException.class, () -> BenchOptions.parse(List.of("--words=many"))).getMessage());
		assertEquals("--reps needs a value",
				assertThrows(BenchOptions.UsageException.class, () -> BenchOptions.parse(List.of("--reps"))).getMessage());
		assertEquals("unknown option --reps",
				assertThrows(BenchOptions.UsageException.class, () -> BenchOptions.parse(List.of("--reps", "3"))).getMessage());
	}
}
