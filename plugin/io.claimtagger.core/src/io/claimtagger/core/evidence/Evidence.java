package io.claimtagger.core.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.claimtagger.core.corpus.AnnotatedSentence;
import io.claimtagger.core.corpus.Mention;
import io.claimtagger.core.corpus.TrainingEvidence;
import io.claimtagger.core.store.ArticleClaims;
import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.core.store.ClaimStore;
import io.claimtagger.core.store.ClaimSubject;
import io.claimtagger.core.store.ReviewStatus;
import io.claimtagger.core.text.FormatException;

/**
 * What the user confirmed, as training sentences, per article: the corrected sentences of the
 * evidence files (names) and the reviewed claims of the claims store (accepted, or given a kind or
 * polarity by the analyst and not rejected: a claim of that reading; rejected: not a claim). Other
 * claims teach nothing.
 *
 * @param parts    per article, in article order
 * @param problems files that could not be read (skipped), one line each
 */
public record Evidence(List<ArticleEvidence> parts, List<String> problems) implements TrainingEvidence {

	/** One article's evidence. */
	public record ArticleEvidence(String article, List<AnnotatedSentence> names, List<AnnotatedSentence> claims) {

		public ArticleEvidence {
			names = List.copyOf(names);
			claims = List.copyOf(claims);
		}
	}

	public static final Evidence NONE = new Evidence(List.of(), List.of());

	public Evidence {
		parts = List.copyOf(parts);
		problems = List.copyOf(problems);
	}

	@Override
	public List<AnnotatedSentence> names() {
		return parts.stream().flatMap(p -> p.names().stream()).toList();
	}

	@Override
	public List<AnnotatedSentence> claims() {
		return parts.stream().flatMap(p -> p.claims().stream()).toList();
	}

	@Override
	public int articles() {
		return parts.size();
	}

	public Evidence plus(Evidence other) {
		List<ArticleEvidence> p = new ArrayList<>(parts);
		p.addAll(other.parts);
		List<String> q = new ArrayList<>(problems);
		q.addAll(other.problems);
		return new Evidence(p, q);
	}

	/**
	 * The evidence of every project under {@code dir}: {@code dir} itself when it has a
	 * {@code .claims} folder, else each folder below it (up to three levels) that has one.
	 */
	public static Evidence under(Path dir) throws IOException {
		List<Path> roots = new ArrayList<>();
		if (Files.isDirectory(dir.resolve(ClaimStore.FOLDER))) {
			roots.add(dir);
		} else {
			try (Stream<Path> walk = Files.walk(dir, 3)) {
				walk.filter(p -> p.getFileName() != null && p.getFileName().toString().equals(ClaimStore.FOLDER) && Files.isDirectory(p))
						.map(Path::getParent).sorted().forEach(roots::add);
			}
		}
		Evidence all = NONE;
		for (Path root : roots) {
			all = all.plus(ofProject(root));
		}
		return all;
	}

	/** One project's evidence. */
	public static Evidence ofProject(Path root) throws IOException {
		EvidenceStore evidence = new EvidenceStore(root);
		ClaimStore store = new ClaimStore(root);
		Map<String, List<AnnotatedSentence>> names = new java.util.TreeMap<>();
		Map<String, List<AnnotatedSentence>> claims = new java.util.TreeMap<>();
		List<String> problems = new ArrayList<>();
		Map<String, List<Mention>> checked = new HashMap<>();
		for (String article : evidence.articles()) {
			try {
				for (EvidenceEntry e : evidence.load(article)) {
					names.computeIfAbsent(article, a -> new ArrayList<>())
							.add(new AnnotatedSentence(e.sentence(), e.mentions(), false, null, null, List.of(), true, 0));
					checked.put(e.sentence(), e.mentions());
				}
			} catch (FormatException | IllegalArgumentException e) {
				problems.add(evidence.fileOf(article) + ": " + e.getMessage() + " (skipped)");
			}
		}
		for (String article : store.articles()) {
			ArticleClaims stored;
			try {
				stored = store.load(article);
			} catch (IOException | IllegalArgumentException e) {
				problems.add(article + ": claims not read: " + e.getMessage() + " (skipped)");
				continue;
			}
			for (ClaimRecord c : stored.claims()) {
				// A kind or polarity the analyst set says it is a claim of that reading, unless rejected.
				boolean claim = c.status() == ReviewStatus.ACCEPTED
						|| c.analystReading() && c.status() != ReviewStatus.REJECTED;
				if (!claim && c.status() != ReviewStatus.REJECTED) {
					continue;
				}
				String sentence = EvidenceFormat.oneLine(c.sentence());
				List<Mention> mentions = checked.getOrDefault(sentence, locate(sentence, c.about()));
				claims.computeIfAbsent(article, a -> new ArrayList<>()).add(new AnnotatedSentence(sentence, mentions, false,
						claim ? c.kind() : null, claim ? c.polarity() : null, List.of(), false, 0));
			}
		}
		java.util.Set<String> articles = new java.util.TreeSet<>(names.keySet());
		articles.addAll(claims.keySet());
		List<ArticleEvidence> parts = new ArrayList<>();
		for (String article : articles) {
			parts.add(new ArticleEvidence(root.getFileName() + "/" + article, names.getOrDefault(article, List.of()),
					claims.getOrDefault(article, List.of())));
		}
		return new Evidence(parts, problems);
	}

	/** The stored subjects found in the sentence, in order, not overlapping (a referent outside it is left out). */
	private static List<Mention> locate(String sentence, List<ClaimSubject> about) {
		List<Mention> out = new ArrayList<>();
		for (ClaimSubject s : about) {
			int at = sentence.indexOf(s.text());
			while (at >= 0) {
				int start = at;
				int end = at + s.text().length();
				if (out.stream().noneMatch(m -> m.start() < end && start < m.end())) {
					out.add(new Mention(start, end, s.type(), s.text()));
					break;
				}
				at = sentence.indexOf(s.text(), at + 1);
			}
		}
		out.sort((a, b) -> Integer.compare(a.start(), b.start()));
		return out;
	}

	/** SHA-256 of everything the training reads from the evidence: the same evidence, the same models. */
	@Override
	public String fingerprint() {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			for (List<AnnotatedSentence> part : List.of(names(), claims())) {
				for (AnnotatedSentence s : part) {
					sha.update((s.text() + '\t' + s.mentions() + '\t' + s.kind() + '\t' + s.polarity() + '\n').getBytes(StandardCharsets.UTF_8));
				}
				sha.update((byte) 0);
			}
			return HexFormat.of().formatHex(sha.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
