package io.claimtagger.core.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import io.claimtagger.core.compare.Change;
import io.claimtagger.core.compare.ClaimDiff;
import io.claimtagger.core.compare.ClaimDifference;
import io.claimtagger.core.files.ArticleReader;
import io.claimtagger.core.pipeline.TaggingPipeline;
import io.claimtagger.core.text.FormatException;
import io.claimtagger.core.text.Whitespace;

/**
 * The claim diff scored on hand-made revision cases ({@code benchmarks/claim-diff}): each case's
 * two revisions are tagged and diffed, and every reported (type, old sentence, new sentence) row
 * is matched against the expected rows as a multiset. Kind changes are reported apart: the cases
 * do not label them (the kind is the tagger's reading, not the text's).
 */
public final class DiffCases {

	record Row(Change type, String before, String after) {
	}

	/** Counts per change type: expected, reported, right. */
	public record Result(int cases, Map<Change, int[]> counts, int kindRows, List<String> errors) {

		public String report() {
			StringBuilder b = new StringBuilder();
			int e = 0;
			int r = 0;
			int ok = 0;
			b.append(String.format(Locale.ROOT, "%d revision cases%n%-10s %8s %8s %6s %9s %7s%n", cases, "change", "expected", "reported", "right",
					"precision", "recall"));
			for (Map.Entry<Change, int[]> c : counts.entrySet()) {
				int[] n = c.getValue();
				e += n[0];
				r += n[1];
				ok += n[2];
				b.append(line(c.getKey().id(), n[0], n[1], n[2]));
			}
			b.append(line("all", e, r, ok));
			b.append(String.format(Locale.ROOT, "kind changes reported (not labelled in the cases): %d%n", kindRows));
			return b.toString();
		}

		private static String line(String name, int expected, int reported, int right) {
			return String.format(Locale.ROOT, "%-10s %8d %8d %6d %9.3f %7.3f%n", name, expected, reported, right,
					reported == 0 ? 0 : right / (double) reported, expected == 0 ? 0 : right / (double) expected);
		}
	}

	private DiffCases() {
	}

	public static Result score(Path dir, TaggingPipeline pipeline) throws IOException {
		List<Path> cases;
		try (Stream<Path> files = Files.list(dir)) {
			cases = files.filter(p -> p.getFileName().toString().endsWith(".expected.tsv")).sorted().toList();
		}
		Map<Change, int[]> counts = new EnumMap<>(Change.class);
		for (Change c : Change.values()) {
			if (c != Change.KIND) {
				counts.put(c, new int[3]);
			}
		}
		int kindRows = 0;
		List<String> errors = new ArrayList<>();
		for (Path expectedFile : cases) {
			String name = expectedFile.getFileName().toString().replace(".expected.tsv", "");
			String before = text(dir.resolve(name + ".old.txt"));
			String after = text(dir.resolve(name + ".new.txt"));
			List<Row> expected = expected(expectedFile);
			List<Row> reported = new ArrayList<>();
			for (ClaimDifference d : ClaimDiff.between(pipeline.tag(before).claims(), pipeline.tag(after).claims(), before, after)) {
				for (Change c : d.changes()) {
					if (c == Change.KIND) {
						kindRows++;
						continue;
					}
					reported.add(new Row(c, d.before() == null ? "" : normal(d.before().text()), d.after() == null ? "" : normal(d.after().text())));
				}
			}
			for (Row r : expected) {
				counts.get(r.type())[0]++;
			}
			List<Row> unmatched = new ArrayList<>(expected);
			for (Row r : reported) {
				counts.get(r.type())[1]++;
				if (unmatched.remove(r)) {
					counts.get(r.type())[2]++;
				} else {
					errors.add(name + " wrong: " + r.type().id() + " | " + r.before() + " | " + r.after());
				}
			}
			for (Row r : unmatched) {
				errors.add(name + " missed: " + r.type().id() + " | " + r.before() + " | " + r.after());
			}
		}
		return new Result(cases.size(), counts, kindRows, errors);
	}

	private static List<Row> expected(Path file) throws IOException {
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		List<Row> out = new ArrayList<>();
		for (int i = 1; i < lines.size(); i++) {
			if (lines.get(i).isBlank()) {
				continue;
			}
			String[] f = lines.get(i).split("\t", -1);
			if (f.length != 3) {
				throw new FormatException(file.toString(), i + 1, f.length + " fields, expected 3");
			}
			out.add(new Row(Change.valueOf(f[0].toUpperCase(Locale.ROOT)), normal(f[1]), normal(f[2])));
		}
		return out;
	}

	private static String text(Path file) throws IOException {
		try {
			return ArticleReader.read(file);
		} catch (ArticleReader.UnreadableArticleException e) {
			throw new IOException(file + ": " + e.getMessage(), e);
		}
	}

	private static String normal(String s) {
		return Whitespace.collapse(s).strip();
	}
}
