package io.claimtagger.core.eval;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Stream;

import io.claimtagger.core.claim.Claim;
import io.claimtagger.core.contradiction.DatedClaim;
import io.claimtagger.core.corpus.AnnotatedCorpusReader;
import io.claimtagger.core.corpus.AnnotatedDocument;
import io.claimtagger.core.corpus.GoldDocument;
import io.claimtagger.core.contradiction.PairClassifier;
import io.claimtagger.core.pipeline.TaggingPipeline;
import io.claimtagger.core.statement.Statement;
import io.claimtagger.core.store.ClaimRecord;

/**
 * Pairs of claims about one subject from two different training articles, labelled "none". The
 * hand-labelled pairs are nearly all about the same attribute of a subject; an archive's pairs
 * are mostly not (one article on a product's price, another on its founder), and a model that
 * never saw such pairs reads every difference between them as a conflict. Written training
 * articles state no conflicts on purpose, so a random pair of theirs is taken as none; the few
 * that do conflict by accident are noise the regularised model tolerates.
 */
public final class BackgroundPairs {

	private BackgroundPairs() {
	}

	/**
	 * @param corpus the training corpus ({@code .ann} files)
	 * @param count  how many pairs at most
	 * @param seed   the sample's seed (the same corpus and seed give the same pairs)
	 */
	public static List<PairClassifier.LabelledPair> sample(Path corpus, TaggingPipeline pipeline, int count, long seed) throws IOException {
		List<Path> files;
		try (Stream<Path> list = Files.list(corpus)) {
			files = list.filter(f -> f.getFileName().toString().endsWith(".ann")).sorted().toList();
		}
		SplittableRandom random = new SplittableRandom(seed);
		// claims of each article, and the articles' claims per subject
		Map<String, List<DatedClaim>> bySubject = new LinkedHashMap<>();
		int article = 0;
		for (Path file : files) {
			for (AnnotatedDocument doc : AnnotatedCorpusReader.read(file)) {
				String name = "a" + article++;
				LocalDate date = LocalDate.of(2008 + random.nextInt(19), 1 + random.nextInt(12), 1 + random.nextInt(28));
				String text = GoldDocument.render(name, doc).text();
				int salt = 0;
				for (Claim c : pipeline.tag(text).claims()) {
					DatedClaim dc = DatedClaim.of(name, date, ClaimRecord.found(name, c, text, Instant.EPOCH, salt++));
					dc.statement().subjects().stream().map(Statement::base).distinct()
							.forEach(s -> bySubject.computeIfAbsent(s, k -> new ArrayList<>()).add(dc));
				}
			}
		}
		List<List<DatedClaim>> subjects = bySubject.values().stream().filter(l -> l.size() >= 2).toList();
		List<PairClassifier.LabelledPair> out = new ArrayList<>();
		for (int tries = 0; out.size() < count && tries < count * 20 && !subjects.isEmpty(); tries++) {
			List<DatedClaim> claims = subjects.get(random.nextInt(subjects.size()));
			DatedClaim a = claims.get(random.nextInt(claims.size()));
			DatedClaim b = claims.get(random.nextInt(claims.size()));
			if (!a.article().equals(b.article())) {
				out.add(new PairClassifier.LabelledPair(a, b, "none"));
			}
		}
		return out;
	}
}
