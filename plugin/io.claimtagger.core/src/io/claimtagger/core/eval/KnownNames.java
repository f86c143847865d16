package io.claimtagger.core.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.claimtagger.core.corpus.AnnotatedCorpusReader;
import io.claimtagger.core.corpus.AnnotatedDocument;
import io.claimtagger.core.corpus.AnnotatedSentence;
import io.claimtagger.core.corpus.CorpusFingerprint;
import io.claimtagger.core.corpus.Mention;
import io.claimtagger.core.entity.Catalog;
import io.claimtagger.core.entity.CatalogEntry;
import io.claimtagger.core.text.Whitespace;

/**
 * The names the engine was told about: every mention of the training sentences and every name
 * and alias of the catalog. A gold mention outside them is "unseen": finding it shows that the
 * model learned what a name looks like in context, not a list.
 */
public final class KnownNames {

	/** "Kafka 3.9" is known when "Kafka" is: a version alone does not make a name new. */
	private static final Pattern TRAILING_VERSION = Pattern.compile("\\s+v?\\d[\\w.]*$");

	private final Set<String> names;

	public KnownNames(Set<String> names) {
		this.names = Set.copyOf(names);
	}

	/** The names of the training corpus in {@code trainDir} and of {@code catalog}. */
	public static KnownNames of(Path trainDir, Catalog catalog) throws IOException {
		Set<String> names = new HashSet<>();
		for (Path file : CorpusFingerprint.trainingFiles(trainDir)) {
			for (AnnotatedDocument doc : AnnotatedCorpusReader.read(file)) {
				for (AnnotatedSentence s : doc.sentences()) {
					for (Mention m : s.mentions()) {
						names.add(key(m.text()));
					}
				}
			}
		}
		for (CatalogEntry e : catalog.entries()) {
			names.add(key(e.canonical()));
			e.aliases().forEach(a -> names.add(key(a)));
		}
		return new KnownNames(names);
	}

	public boolean isKnown(String mention) {
		String key = key(mention);
		return names.contains(key) || names.contains(TRAILING_VERSION.matcher(key).replaceFirst(""));
	}

	private static String key(String name) {
		return Whitespace.collapse(name).toLowerCase(Locale.ROOT);
	}
}
