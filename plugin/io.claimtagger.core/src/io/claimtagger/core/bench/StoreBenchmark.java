package io.claimtagger.core.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.claim.Polarity;
import io.claimtagger.core.entity.Catalog;
import io.claimtagger.core.entity.CatalogEntry;
import io.claimtagger.core.store.AnchorState;
import io.claimtagger.core.store.ArticleClaims;
import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.core.store.ClaimStore;
import io.claimtagger.core.store.ClaimStoreFormat;
import io.claimtagger.core.store.ClaimSubject;
import io.claimtagger.core.store.ContextFingerprint;
import io.claimtagger.core.store.ReviewStatus;
import io.claimtagger.core.text.TextSpan;

/**
 * Benchmark 5: saving and loading a project's claims store through {@link ClaimStore}, with the
 * requested number of claims spread over articles of {@value #CLAIMS_PER_ARTICLE} claims each
 * (one store file per article, as the store keeps them). The records are built directly from
 * generated article text (no tagging needed): real sentences and spans, context fingerprints of the
 * text, one or two catalog names each, and a review history mix (a third reviewed with notes, some
 * changed or removed). Saving is atomic per file (temporary file, fsync, rename), so the save
 * figure is mostly the disk's; the in-memory serialize and parse times are shown beside it.
 */
final class StoreBenchmark {

	static final int CLAIMS_PER_ARTICLE = 100;

	record Result(int claims, int files, long bytes, Stats saveSeconds, Stats loadSeconds, Stats writeOnlySeconds,
			Stats readOnlySeconds) {
	}

	private final Catalog catalog;
	private final CorpusGenerator generator;
	private final PrintStream out;

	StoreBenchmark(Catalog catalog, CorpusGenerator generator, PrintStream out) {
		this.catalog = catalog;
		this.generator = generator;
		this.out = out;
	}

	Result run(int claims, int reps) throws IOException {
		long b0 = System.nanoTime();
		List<ArticleClaims> store = build(claims);
		double buildSeconds = (System.nanoTime() - b0) / 1e9;
		Path root = Files.createTempDirectory("claimtag-bench-store");
		try {
			ClaimStore warm = new ClaimStore(root);
			for (ArticleClaims a : store) {
				warm.save(a); // creates the folders and files; later saves replace them
			}
			loadAll(root);
			double[] save = new double[reps];
			double[] load = new double[reps];
			double[] write = new double[reps];
			double[] read = new double[reps];
			int loaded = 0;
			for (int i = 0; i < reps; i++) {
				long t0 = System.nanoTime();
				ClaimStore s = new ClaimStore(root);
				for (ArticleClaims a : store) {
					s.save(a);
				}
				long t1 = System.nanoTime();
				loaded = loadAll(root);
				long t2 = System.nanoTime();
				List<String> json = new ArrayList<>(store.size());
				for (ArticleClaims a : store) {
					json.add(ClaimStoreFormat.write(a));
				}
				long t3 = System.nanoTime();
				int n = 0;
				for (int k = 0; k < json.size(); k++) {
					n += ClaimStoreFormat.read(json.get(k), "bench-" + k).claims().size();
				}
				long t4 = System.nanoTime();
				Blackhole.consume(n);
				save[i] = (t1 - t0) / 1e9;
				load[i] = (t2 - t1) / 1e9;
				write[i] = (t3 - t2) / 1e9;
				read[i] = (t4 - t3) / 1e9;
			}
			if (loaded != claims) {
				throw new IllegalStateException("loaded " + loaded + " claims, saved " + claims);
			}
			long bytes = 0;
			try (Stream<Path> files = Files.walk(root)) {
				for (Path p : (Iterable<Path>) files::iterator) {
					if (Files.isRegularFile(p)) {
						bytes += Files.size(p);
					}
				}
			}
			Result r = new Result(claims, store.size(), bytes, Stats.of(save), Stats.of(load), Stats.of(write), Stats.of(read));
			out.printf(Locale.ROOT, "store: %,d claims in %,d article files, %.1f MB on disk under %s (records built in %.1f s)%n",
					claims, store.size(), bytes / 1e6, root.getParent(), buildSeconds);
			out.printf(Locale.ROOT, "save all (ClaimStore.save, atomic + fsync per file): %s s   (serialize only %s s)%n",
					r.saveSeconds().format("%.2f"), r.writeOnlySeconds().format("%.2f"));
			out.printf(Locale.ROOT, "load all (ClaimStore.articles + load)              : %s s   (parse only     %s s)%n",
					r.loadSeconds().format("%.2f"), r.readOnlySeconds().format("%.2f"));
			return r;
		} finally {
			deleteTree(root);
		}
	}

	private static int loadAll(Path root) throws IOException {
		ClaimStore s = new ClaimStore(root);
		int n = 0;
		for (String article : s.articles()) {
			n += s.load(article).claims().size();
		}
		return n;
	}

	/** {@code claims} records over articles of {@link #CLAIMS_PER_ARTICLE} (the last may have fewer). */
	private List<ArticleClaims> build(int claims) {
		List<CatalogEntry> entries = catalog.entries();
		ClaimKind[] kinds = ClaimKind.values();
		Instant base = Instant.parse("2025-01-06T09:00:00Z");
		List<ArticleClaims> out = new ArrayList<>();
		java.util.Map<Integer, String> texts = new java.util.HashMap<>();
		int made = 0;
		for (int a = 0; made < claims; a++) {
			SplittableRandom r = new SplittableRandom(7_919L * a + 13);
			String path = String.format(Locale.ROOT, "articles/%02d/article-%05d.txt", a % 40, a);
			int want = Math.min(CLAIMS_PER_ARTICLE, claims - made);
			// Articles share a few dozen texts: the records differ (path, id, review), the file
			// content is as varied as real articles, and building stays quick.
			String text = texts.computeIfAbsent(a % 64, k -> generator.article(1_000_000 + k, 2_400));
			List<TextSpan> sentences = statements(text);
			for (int words = 4_800; sentences.size() < want; words *= 2) {
				text = generator.article(1_000_000 + a, words);
				sentences = statements(text);
			}
			List<ClaimRecord> records = new ArrayList<>(want);
			for (int i = 0; i < want; i++) {
				TextSpan span = sentences.get(i);
				String sentence = span.in(text).toString();
				List<ClaimSubject> about = new ArrayList<>();
				for (int k = 0; k < 1 + r.nextInt(2); k++) {
					CatalogEntry e = entries.get(r.nextInt(entries.size()));
					ClaimSubject s = new ClaimSubject(e.aliases().get(r.nextInt(e.aliases().size())), e.type(), e.canonical());
					if (!about.contains(s)) {
						about.add(s);
					}
				}
				Instant created = base.plusSeconds(3_600L * a + 17L * i);
				int roll = r.nextInt(100);
				ReviewStatus status = roll < 67 ? ReviewStatus.NEW
						: roll < 85 ? ReviewStatus.ACCEPTED : roll < 95 ? ReviewStatus.REJECTED : ReviewStatus.DISPUTED;
				String note = status == ReviewStatus.NEW ? ""
						: status == ReviewStatus.ACCEPTED ? "Checked against the vendor's release notes."
								: "Source says otherwise; see the " + (2010 + r.nextInt(15)) + " press release, page "
										+ (1 + r.nextInt(9)) + ".";
				int anchorRoll = r.nextInt(100);
				AnchorState anchor = anchorRoll < 92 ? AnchorState.ANCHORED : anchorRoll < 97 ? AnchorState.CHANGED : AnchorState.REMOVED;
				String previous = anchor == AnchorState.CHANGED ? sentence.replaceFirst("\\s\\S+", " formerly") : null;
				records.add(new ClaimRecord(String.format(Locale.ROOT, "%016x", r.nextLong()), path, sentence, span, about,
						kinds[r.nextInt(kinds.length)], r.nextInt(10) == 0 ? Polarity.NEGATED : Polarity.AFFIRMED,
						Math.round((0.5 + r.nextDouble() / 2) * 1000) / 1000.0, status, note, created,
						status == ReviewStatus.NEW ? created : created.plusSeconds(86_400L + r.nextInt(86_400)),
						ContextFingerprint.of(text, span), anchor, previous));
			}
			out.add(new ArticleClaims(path, records));
			made += want;
		}
		return out;
	}

	/** Sentence-like spans ending in a period, found by a plain scan (no model needed for the store). */
	private static List<TextSpan> statements(String text) {
		List<TextSpan> out = new ArrayList<>();
		int start = -1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (start < 0) {
				if (Character.isUpperCase(c)) {
					start = i;
				}
				continue;
			}
			if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				start = -1; // paragraph end without a period: a heading or list, not a statement
			} else if (c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
				out.add(new TextSpan(start, i + 1));
				start = -1;
			}
		}
		return out;
	}

	private static void deleteTree(Path root) {
		try (Stream<Path> files = Files.walk(root)) {
			files.sorted(Comparator.reverseOrder()).forEach(p -> {
				try {
					Files.delete(p);
				} catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		} catch (IOException | UncheckedIOException e) {
			System.err.println("claimtag bench: could not delete " + root + ": " + e.getMessage());
		}
	}
}
