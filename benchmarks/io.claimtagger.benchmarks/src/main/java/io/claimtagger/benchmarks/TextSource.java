package io.claimtagger.benchmarks;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.claimtagger.core.entity.Catalog;
import io.claimtagger.core.files.ArticleReader;

/**
 * The texts the benchmarks tag: articles generated from the seed by {@link CorpusGenerator}, or the
 * user's files. Every JMH fork builds its own from the same parameters and gets the same texts,
 * and so does the command that reports on them.
 */
final class TextSource {

	/** Index ranges of the generated series, apart so no benchmark sees another's articles. */
	private static final int LONG_ARTICLE = 50_000;
	private static final int BATCH = 100_000;
	private static final int BATCH_WARMUP = 200_000;

	private final CorpusGenerator generator;
	private final List<String> files;

	private TextSource(CorpusGenerator generator, List<String> files) {
		this.generator = generator;
		this.files = files;
	}

	/**
	 * @param files the user's files, joined with {@link File#pathSeparator} (a JMH parameter is a
	 *              string); empty for generated articles
	 */
	static TextSource of(Catalog catalog, long seed, String files) {
		List<String> texts = new ArrayList<>();
		for (String f : files.split(File.pathSeparator)) {
			if (!f.isEmpty()) {
				try {
					texts.add(ArticleReader.read(Path.of(f)));
				} catch (ArticleReader.UnreadableArticleException e) {
					// The command reads every file before it starts a fork; this is a file that
					// changed since.
					throw new IllegalStateException(f + ": " + e.getMessage(), e);
				}
			}
		}
		return new TextSource(new CorpusGenerator(catalog, seed), List.copyOf(texts));
	}

	boolean userFiles() {
		return !files.isEmpty();
	}

	/** The throughput corpus: articles of about 1,000 words adding up to {@code words}, or the files. */
	List<String> throughputTexts(int words) {
		return userFiles() ? files : generator.articles(Math.max(1, (words + 999) / 1000), Math.min(words, 1000), 0);
	}

	/**
	 * The article the incremental benchmark edits: the files as one document if they hold at least
	 * half of {@code words}, a generated article otherwise.
	 */
	String longArticle(int words) {
		if (userFiles()) {
			String joined = String.join("\n\n", files);
			if (CorpusGenerator.countWords(joined) >= words / 2) {
				return joined;
			}
		}
		return generator.article(LONG_ARTICLE, words);
	}

	/** Whether {@link #longArticle} is the user's files. */
	boolean longArticleIsUsers(int words) {
		return userFiles() && CorpusGenerator.countWords(String.join("\n\n", files)) >= words / 2;
	}

	/** Article {@code i} of the batch; the files cycle (repeats then hit each worker's sentence cache). */
	String batchArticle(int i, int words) {
		return userFiles() ? files.get(i % files.size()) : generator.article(BATCH + i, words);
	}

	/** Articles to warm the JIT with before a batch, never part of it (the files are all there is). */
	String batchWarmupArticle(int i, int words) {
		return userFiles() ? files.get(i % files.size()) : generator.article(BATCH_WARMUP + i, words);
	}

	CorpusGenerator generator() {
		return generator;
	}
}
