package io.claimtagger.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.claimtagger.core.claim.Claim;
import io.claimtagger.core.compare.Change;
import io.claimtagger.core.compare.ClaimDiff;
import io.claimtagger.core.compare.ClaimDifference;
import io.claimtagger.core.contradiction.ArticleDate;
import io.claimtagger.core.contradiction.ContradictionFinder;
import io.claimtagger.core.contradiction.PairClassifier;
import io.claimtagger.core.contradiction.DatedClaim;
import io.claimtagger.core.contradiction.Finding;
import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.files.ArticleReader;
import io.claimtagger.core.pipeline.TaggingPipeline;
import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.core.text.StableJson;
import io.claimtagger.core.text.Whitespace;

/** {@code claimtag diff} and {@code claimtag contradictions}: claims across revisions and articles. */
final class AcrossTime {

	private final TaggingPipeline pipeline;
	private final PrintStream out;
	private final PairClassifier classifier;

	AcrossTime(TaggingPipeline pipeline, PrintStream out) {
		this(pipeline, out, PairClassifier.RULES_ONLY);
	}

	AcrossTime(TaggingPipeline pipeline, PrintStream out, PairClassifier classifier) {
		this.pipeline = pipeline;
		this.out = out;
		this.classifier = classifier;
	}

	/** The differences between the claims of two texts, printed as JSON or text. */
	void diff(String oldName, String oldText, String newName, String newText, boolean json) {
		List<ClaimDifference> diff = ClaimDiff.between(pipeline.tag(oldText).claims(), pipeline.tag(newText).claims(), oldText, newText);
		if (json) {
			Map<String, Object> root = new LinkedHashMap<>();
			root.put("old", oldName);
			root.put("new", newName);
			List<Object> list = new ArrayList<>();
			for (ClaimDifference d : diff) {
				Map<String, Object> o = new LinkedHashMap<>();
				o.put("changes", d.changes().stream().sorted().map(Change::id).toList());
				o.put("old", d.before() == null ? null : claim(d.before()));
				o.put("new", d.after() == null ? null : claim(d.after()));
				o.put("detail", d.detail());
				list.add(o);
			}
			root.put("differences", list);
			out.print(StableJson.pretty(root));
			return;
		}
		out.println("== " + oldName + " -> " + newName + ": " + diff.size() + (diff.size() == 1 ? " difference" : " differences"));
		for (ClaimDifference d : diff) {
			out.println(String.join(", ", d.changes().stream().sorted().map(Change::id).toList())
					+ (d.detail().isEmpty() ? "" : " (" + d.detail() + ")"));
			if (d.before() != null) {
				out.printf("  - %d-%d %s%n", d.before().span().start(), d.before().span().end(), Whitespace.collapse(d.before().text()));
			}
			if (d.after() != null) {
				out.printf("  + %d-%d %s%n", d.after().span().start(), d.after().span().end(), Whitespace.collapse(d.after().text()));
			}
		}
	}

	private static Map<String, Object> claim(Claim c) {
		Map<String, Object> o = new LinkedHashMap<>();
		o.put("start", c.span().start());
		o.put("end", c.span().end());
		o.put("text", c.text());
		o.put("kind", c.kind().id());
		o.put("polarity", c.polarity().id());
		o.put("about", c.about().stream().map(Entity::canonical).distinct().toList());
		return o;
	}

	/** The articles under {@code dir}, in path order; hidden files and folders (.claims, .git) left out. */
	static List<Path> articles(Path dir) throws IOException {
		try (Stream<Path> walk = Files.walk(dir)) {
			return walk.filter(Files::isRegularFile)
					.filter(p -> p.getFileName().toString().indexOf('.') > 0)
					.filter(p -> ArticleReader.EXTENSIONS.stream().anyMatch(e -> p.getFileName().toString().endsWith("." + e)))
					.filter(p -> !dir.relativize(p).toString().startsWith(".") && !dir.relativize(p).toString().contains("/."))
					.sorted().toList();
		}
	}

	/** The claims of one article, dated by its dateline or else its file's modification day. */
	List<DatedClaim> claimsOf(String name, String text, LocalDate fileDate) {
		LocalDate date = ArticleDate.of(text);
		if (date == null) {
			date = fileDate;
		}
		List<DatedClaim> out = new ArrayList<>();
		int salt = 0;
		Instant now = Instant.EPOCH;
		for (Claim c : pipeline.tag(text).claims()) {
			out.add(DatedClaim.of(name, date, ClaimRecord.found(name, c, text, now, salt++)));
		}
		return out;
	}

	static LocalDate modified(Path file) throws IOException {
		return LocalDate.ofInstant(Files.getLastModifiedTime(file).toInstant(), ZoneOffset.UTC);
	}

	void printFindings(List<Finding> findings, int articles, int claims, double seconds, boolean json) {
		if (json) {
			Map<String, Object> root = new LinkedHashMap<>();
			root.put("articles", articles);
			root.put("claims", claims);
			List<Object> list = new ArrayList<>();
			for (Finding f : findings) {
				Map<String, Object> o = new LinkedHashMap<>();
				o.put("type", f.type().id());
				o.put("subject", f.subject());
				o.put("reason", f.reason());
				o.put("confidence", Math.round(f.confidence() * 1000) / 1000.0);
				o.put("first", side(f.first()));
				o.put("second", side(f.second()));
				list.add(o);
			}
			root.put("findings", list);
			out.print(StableJson.pretty(root));
			return;
		}
		out.printf("== %d findings among %d claims of %d articles (%.2f s)%n", findings.size(), claims, articles, seconds);
		for (Finding f : findings) {
			out.printf("%s %.2f %s: %s%n", f.type().id(), f.confidence(), f.subject(), f.reason());
			out.println("  " + place(f.first()) + " " + Whitespace.collapse(f.first().claim().sentence()));
			out.println("  " + place(f.second()) + " " + Whitespace.collapse(f.second().claim().sentence()));
		}
	}

	private static String place(DatedClaim c) {
		return c.article() + ":" + c.claim().span().start() + (c.published() == null ? "" : " (" + c.published() + ")");
	}

	private static Map<String, Object> side(DatedClaim c) {
		Map<String, Object> o = new LinkedHashMap<>();
		o.put("article", c.article());
		o.put("date", c.published() == null ? null : c.published().toString());
		o.put("start", c.claim().span().start());
		o.put("end", c.claim().span().end());
		o.put("sentence", c.claim().sentence());
		return o;
	}

	List<Finding> find(List<DatedClaim> claims) {
		return ContradictionFinder.find(claims, classifier, () -> false);
	}
}
