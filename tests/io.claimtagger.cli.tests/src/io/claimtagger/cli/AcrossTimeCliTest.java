package io.claimtagger.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.claimtagger.core.text.StrictJson;

/** Issue 13 from the command line: claimtag diff (two files, --git) and claimtag contradictions DIR. */
public class AcrossTimeCliTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String... args) {
		out.reset();
		err.reset();
		return new ClaimTagCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				new ByteArrayInputStream(new byte[0])).run(args);
	}

	private String output() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private static final String OLD = "Notes\n\nVMware shipped vSphere 4.1 in July 2010.\n\nCitrix XenServer supports Windows Server 2008 guests.\n";
	private static final String NEW = "Notes\n\nCitrix XenServer does not support Windows Server 2008 guests.\n\nVMware shipped vSphere 4.1 in August 2010.\n";

	@SuppressWarnings("unchecked")
	@Test
	public void diffOfTwoFilesAsJsonAndText() throws Exception {
		Path a = tmp.newFile("old.txt").toPath();
		Path b = tmp.newFile("new.txt").toPath();
		Files.writeString(a, OLD);
		Files.writeString(b, NEW);
		assertEquals(0, run("diff", "--format", "json", a.toString(), b.toString()));
		Map<String, Object> root = (Map<String, Object>) StrictJson.parse(output());
		List<Map<String, Object>> differences = (List<Map<String, Object>>) root.get("differences");
		assertEquals(output(), 2, differences.size());
		assertEquals(List.of("value"), differences.get(0).get("changes"));
		assertEquals("July 2010 -> August 2010", differences.get(0).get("detail"));
		Map<String, Object> after = (Map<String, Object>) differences.get(0).get("new");
		assertEquals(after.get("text"), NEW.substring(((Number) after.get("start")).intValue(), ((Number) after.get("end")).intValue()));
		assertEquals(List.of("polarity"), differences.get(1).get("changes"));

		assertEquals(0, run("diff", a.toString(), b.toString()));
		assertTrue(output(), output().startsWith("== " + a + " -> " + b + ": 2 differences\nvalue (July 2010 -> August 2010)\n"));
		assertEquals(2, run("diff", a.toString()));
		assertEquals(1, run("diff", a.toString(), tmp.getRoot().toPath().resolve("missing.txt").toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8).contains("missing.txt: no such file"));
	}

	@Test
	public void diffAgainstAGitRevision() throws Exception {
		Path repo = tmp.newFolder("repo").toPath();
		Path file = repo.resolve("notes.txt");
		Files.writeString(file, OLD);
		git(repo, "init", "-q");
		git(repo, "add", "notes.txt");
		git(repo, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "first");
		Files.writeString(file, NEW);
		assertEquals(0, run("diff", "--git", "HEAD", file.toString()));
		assertTrue(output(), output().contains("2 differences") && output().contains("polarity (affirmed -> negated)"));
		assertEquals(1, run("diff", "--git", "no-such-revision", file.toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8).contains("git show no-such-revision"));
	}

	@SuppressWarnings("unchecked")
	@Test
	public void contradictionsOfAFolderOfDatedArticles() throws Exception {
		Path dir = tmp.newFolder("archive").toPath();
		Files.writeString(dir.resolve("a.txt"), "2010-07-20\n\nVMware shipped vSphere 4.1 in July 2010.\n\nVMware vSphere costs $995 per month.\n");
		Files.writeString(dir.resolve("b.md"), "March 1, 2012\n\nVMware shipped vSphere 4.1 in August 2010.\n\nVMware vSphere now costs $1,200 per month.\n");
		Files.createDirectories(dir.resolve(".claims"));
		Files.writeString(dir.resolve(".claims/ignored.txt"), "VMware shipped vSphere 4.1 in May 2010.\n");
		assertEquals(0, run("contradictions", "--format", "json", dir.toString()));
		Map<String, Object> root = (Map<String, Object>) StrictJson.parse(output());
		assertEquals(2L, root.get("articles"));
		List<Map<String, Object>> findings = (List<Map<String, Object>>) root.get("findings");
		assertEquals(output(), 2, findings.size());
		Map<String, Object> superseded = findings.stream().filter(f -> f.get("type").equals("supersedes")).findFirst().orElseThrow();
		assertEquals("2010-07-20", ((Map<String, Object>) superseded.get("first")).get("date"));
		assertEquals("2012-03-01", ((Map<String, Object>) superseded.get("second")).get("date"));
		assertTrue(findings.stream().anyMatch(f -> f.get("type").equals("contradiction") && ((String) f.get("reason")).contains("July 2010 vs August 2010")));

		assertEquals(0, run("contradictions", dir.toString()));
		assertTrue(output(), output().startsWith("== 2 findings among 4 claims of 2 articles"));
		assertEquals(2, run("contradictions", dir.resolve("a.txt").toString()));
	}

	/** Labelled pairs: a model trained, written with its provenance, read back; cross-validation reported. */
	@Test
	public void trainPairsWritesAModelTheFinderReadsAndCrossValidates() throws Exception {
		Path pairs = tmp.newFile("pairs.tsv").toPath();
		StringBuilder tsv = new StringBuilder("id\tlabel\tdate1\tsentence1\tdate2\tsentence2\treason\n");
		for (int i = 0; i < 4; i++) {
			tsv.append("c").append(i).append("\tsupersedes\t2019-03-04\tQuorvane Cloud is free for small teams.\t2021-06-0").append(i + 1)
					.append("\tQuorvane Cloud now charges $").append(5 + i).append(" a month for small teams.\tlater price\n");
			tsv.append("n").append(i).append("\tnone\t2019-03-04\tQuorvane Cloud is free for small teams.\t2021-06-0").append(i + 1)
					.append("\tQuorvane Cloud is still free for small teams, the company said.\tparaphrase\n");
		}
		Files.writeString(pairs, tsv.toString());
		Path model = tmp.getRoot().toPath().resolve("models/pair-model.bin");

		assertEquals(0, run("train-pairs", "--background", "0", "--out", model.toString(), pairs.toString()));
		assertTrue(output(), output().startsWith("Pair model trained on 8 labelled pairs of 1 files and 0 background pairs"));
		assertTrue(Files.readString(model.resolveSibling("pair-model.properties")).contains("pairs.sha256="));
		assertEquals(0, run("contradictions", "--eval", pairs.toString(), "--pair-model", model.toString()));
		assertTrue(output(), output().contains("8 pairs: 4 contradict or supersede, 4 do not"));

		// folds are every third pair: each holds both labels
		assertEquals(0, run("train-pairs", "--background", "0", "--cv", "3", pairs.toString()));
		assertTrue(output(), output().contains("3-fold cross-validation over 1 files") && output().contains("8 pairs:"));
		// every second pair: one fold is all "supersedes", the other all "none": said, not thrown
		assertEquals(1, run("train-pairs", "--background", "0", "--cv", "2", pairs.toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8).contains("fewer than two labels"));
		assertEquals(2, run("train-pairs", "--cv", "1", pairs.toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8).contains("--cv needs a number of folds of at least 2"));
		assertEquals(2, run("contradictions", "--eval", pairs.toString(), "--bars", "0.5"));
	}

	private static void git(Path dir, String... args) throws Exception {
		String[] command = new String[args.length + 1];
		command[0] = "git";
		System.arraycopy(args, 0, command, 1, args.length);
		Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
		String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertEquals(log, 0, p.waitFor());
	}
}
