package io.claimtagger.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import io.claimtagger.core.entity.Catalog;
import io.claimtagger.core.store.ArticleClaims;
import io.claimtagger.core.store.ClaimStore;
import io.claimtagger.core.store.ClaimStoreFormat;
import io.claimtagger.core.store.ClaimStoreFormatException;

/**
 * Benchmark 5: saving and loading a whole project's claims store through {@link ClaimStore}, one
 * file per article under a temporary directory. Saving is atomic per file (temporary file, fsync,
 * rename), so its figure is mostly the disk's; serializing and parsing alone
 * ({@link ClaimStoreFormat}) show what is the store's own. One operation is the whole store, a
 * single shot; each benchmark runs in its own fork and builds only the state it needs.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class StoreBenchmark {

	/** The claims, in memory. */
	@State(Scope.Benchmark)
	public static class Records {
		@Param("100000")
		public int claims;
		@Param("42")
		public long seed;

		List<ArticleClaims> articles;

		@Setup(Level.Trial)
		public void build() {
			Catalog catalog = Catalog.bundled();
			articles = GeneratedClaims.generate(claims, catalog, new CorpusGenerator(catalog, seed));
		}
	}

	/** The claims saved once into a fresh store (which is also the save benchmark's warm-up). */
	@State(Scope.Benchmark)
	public static class OnDisk {
		Path root;

		@Setup(Level.Trial)
		public void saveOnce(Records records) throws IOException {
			root = Files.createTempDirectory("claimtag-bench-store");
			save(root, records.articles);
		}

		@TearDown(Level.Trial)
		public void delete() throws IOException {
			try (Stream<Path> files = Files.walk(root)) {
				for (Path p : (Iterable<Path>) files.sorted(Comparator.reverseOrder())::iterator) {
					Files.delete(p);
				}
			}
		}
	}

	/** The claims as store files' JSON, in memory. */
	@State(Scope.Benchmark)
	public static class Serialized {
		List<String> json;

		@Setup(Level.Trial)
		public void write(Records records) {
			json = new ArrayList<>(records.articles.size());
			for (ArticleClaims a : records.articles) {
				json.add(ClaimStoreFormat.write(a));
			}
		}
	}

	/** Replaces every article's file, as re-tagging a whole project does. */
	@Benchmark
	@Warmup(iterations = 0)
	public void save(Records records, OnDisk disk) throws IOException {
		save(disk.root, records.articles);
	}

	/** Lists the store and loads every article's claims, as opening the Claims view on a project does. */
	@Benchmark
	public int load(OnDisk disk) throws IOException {
		ClaimStore store = new ClaimStore(disk.root);
		int n = 0;
		for (String article : store.articles()) {
			n += store.load(article).claims().size();
		}
		return n;
	}

	@Benchmark
	public long serialize(Records records) {
		long chars = 0;
		for (ArticleClaims a : records.articles) {
			chars += ClaimStoreFormat.write(a).length();
		}
		return chars;
	}

	@Benchmark
	public int parse(Serialized serialized) throws ClaimStoreFormatException {
		int n = 0;
		for (int i = 0; i < serialized.json.size(); i++) {
			n += ClaimStoreFormat.read(serialized.json.get(i), "bench-" + i).claims().size();
		}
		return n;
	}

	private static void save(Path root, List<ArticleClaims> articles) throws IOException {
		ClaimStore store = new ClaimStore(root);
		for (ArticleClaims a : articles) {
			store.save(a);
		}
	}
}
