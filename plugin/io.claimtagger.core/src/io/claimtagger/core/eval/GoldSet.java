package io.claimtagger.core.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.claimtagger.core.corpus.AnnotatedCorpusReader;
import io.claimtagger.core.corpus.AnnotatedDocument;
import io.claimtagger.core.corpus.GoldDocument;
import io.claimtagger.core.corpus.GoldJson;
import io.claimtagger.core.files.ArticleReader;

/** Loads a gold folder: {@code NAME.txt} + {@code NAME.json} pairs, or annotated {@code .ann} articles. */
public final class GoldSet {

	private GoldSet() {
	}

	public static List<GoldDocument> load(Path dir) throws IOException {
		List<GoldDocument> gold = new ArrayList<>();
		List<Path> files;
		try (Stream<Path> s = Files.list(dir)) {
			files = s.sorted().toList();
		}
		for (Path f : files) {
			String name = f.getFileName().toString();
			if (name.endsWith(".json")) {
				String base = name.substring(0, name.length() - 5);
				Path txt = f.resolveSibling(base + ".txt");
				if (!Files.exists(txt)) {
					throw new IOException(f + ": no matching " + base + ".txt");
				}
				try {
					gold.add(GoldJson.read(base, ArticleReader.read(txt), Files.readString(f, StandardCharsets.UTF_8)));
				} catch (ArticleReader.UnreadableArticleException e) {
					throw new IOException(txt + ": " + e.getMessage());
				} catch (RuntimeException e) {
					throw new IOException(f + ": " + e.getMessage(), e);
				}
			} else if (name.endsWith(".ann")) {
				String base = name.substring(0, name.length() - 4);
				for (AnnotatedDocument d : AnnotatedCorpusReader.read(f)) {
					gold.add(GoldDocument.render(base, d));
				}
			}
		}
		return gold;
	}
}
