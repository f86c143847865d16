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

import io.claimtagger.core.corpus.GoldDocument;
import io.claimtagger.core.corpus.GoldJson;
import io.claimtagger.core.text.StrictJson;

public class ClaimTagCliTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String stdin, String... args) {
		ClaimTagCli cli = new ClaimTagCli(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8),
				new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
		return cli.run(args);
	}

	private String errText() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@SuppressWarnings("unchecked")
	@Test
	public void jsonOffsetsAreStringIndicesEvenWithNonAsciiAndCrlf() throws Exception {
		String text = "Caf\u00e9 na\u00efve \u201cnotes\u201d\r\n\r\nAs of Service Pack 1, SUSE Linux Enterprise Server 11 supports KVM.\r\n";
		Path file = tmp.newFile("a.txt").toPath();
		Files.write(file, text.getBytes(StandardCharsets.UTF_8));
		assertEquals(0, run("", "tag", "--format", "json", file.toString()));
		List<Object> result = (List<Object>) StrictJson.parse(out.toString(StandardCharsets.UTF_8));
		Map<String, Object> doc = (Map<String, Object>) result.get(0);
		assertEquals(file.toString(), doc.get("file"));
		List<Map<String, Object>> entities = (List<Map<String, Object>>) doc.get("entities");
		assertTrue("entities: " + entities, entities.stream().anyMatch(e -> e.get("text").equals("KVM")));
		for (Map<String, Object> e : entities) {
			int start = ((Number) e.get("start")).intValue();
			int end = ((Number) e.get("end")).intValue();
			assertEquals(e.get("text"), text.substring(start, end));
		}
		List<Map<String, Object>> claims = (List<Map<String, Object>>) doc.get("claims");
		assertEquals(1, claims.size());
		Map<String, Object> claim = claims.get(0);
		assertEquals(claim.get("text"), text.substring(((Number) claim.get("start")).intValue(), ((Number) claim.get("end")).intValue()));
		assertEquals("support", claim.get("kind"));
		// The output is a gold file's shape: corrected by hand, it becomes gold.
		GoldDocument gold = GoldJson.read("a", text, out.toString(StandardCharsets.UTF_8));
		assertEquals(entities.size(), gold.entities().size());
		assertEquals(claim.get("text"), gold.claims().get(0).text());
	}

	@Test
	public void badFilesGetOneLineEachAndTheRestIsStillTagged() throws Exception {
		Path good = tmp.newFile("good.txt").toPath();
		Files.writeString(good, "VMware released vSphere 4.1 in July.\n");
		Path empty = tmp.newFile("empty.txt").toPath();
		Path binary = tmp.newFile("bin.dat").toPath();
		Files.write(binary, new byte[] { 'P', 'K', 3, 4, 0, 0, 1 });
		Path latin1 = tmp.newFile("latin1.txt").toPath();
		Files.write(latin1, "Caf\u00e9 VMware".getBytes(StandardCharsets.ISO_8859_1));
		String missing = tmp.getRoot().toPath().resolve("missing.txt").toString();
		int code = run("", "tag", empty.toString(), binary.toString(), latin1.toString(), missing, good.toString());
		assertEquals(1, code);
		List<String> lines = errText().lines().toList();
		assertEquals(String.join("\n", lines), 4, lines.size());
		assertTrue(lines.get(0), lines.get(0).contains(empty.toString()) && lines.get(0).contains("empty"));
		assertTrue(lines.get(1), lines.get(1).contains(binary.toString()) && lines.get(1).contains("binary"));
		assertTrue(lines.get(2), lines.get(2).contains(latin1.toString()) && lines.get(2).contains("UTF-8"));
		assertTrue(lines.get(3), lines.get(3).contains(missing) && lines.get(3).contains("no such file"));
		String json = out.toString(StandardCharsets.UTF_8);
		assertEquals(1, ((List<?>) StrictJson.parse(json)).size());
		assertTrue(json, json.contains("vSphere 4.1"));
	}

	@Test
	public void readsStdinAndPrintsText() {
		assertEquals(0, run("Citrix bought XenSource in 2007.\n", "tag", "--format", "text", "-"));
		String text = out.toString(StandardCharsets.UTF_8);
		assertTrue(text, text.contains("== -") && text.contains("XenSource") && text.contains("Claims (1)"));
	}

	@Test
	public void usageErrorsExitWithTwo() {
		assertEquals(2, run("", "tag"));
		assertEquals(2, run("", "tag", "--format", "xml", "x"));
		assertEquals(2, run("", "frobnicate"));
		assertEquals(2, run(""));
	}

	@Test
	public void noCatalogTagsWithTheModelAlone() {
		String sentence = "Citrix bought XenSource in 2007.\n";
		assertEquals(0, run(sentence, "tag", "--format", "text", "-"));
		String withCatalog = out.toString(StandardCharsets.UTF_8);
		assertTrue(withCatalog, withCatalog.contains("catalog") || withCatalog.contains("both"));
		out.reset();
		assertEquals(0, run(sentence, "tag", "--no-catalog", "--format", "text", "-"));
		String modelAlone = out.toString(StandardCharsets.UTF_8);
		assertTrue(modelAlone, !modelAlone.contains(", catalog") && !modelAlone.contains(", both"));
	}

	/** A name in no training sentence and no catalog entry is scored apart, with and without the catalog. */
	@Test
	public void evalScoresUnseenNamesApartWithAndWithoutTheCatalog() throws Exception {
		Path train = tmp.newFolder("train").toPath();
		Files.writeString(train.resolve("t.ann"), "=== t-1\nrelease+\t<v>Citrix</v> shipped <p>XenServer 6</p>.\n",
				StandardCharsets.UTF_8);
		Path gold = tmp.newFolder("gold").toPath();
		Files.writeString(gold.resolve("01-a.ann"),
				"=== 01-a\nrelease+\t<v>Citrix</v> shipped <p>Zorblax 2</p> to customers on Tuesday.\n",
				StandardCharsets.UTF_8);
		assertEquals(0, run("", "eval", "--train", train.toString(), gold.toString()));
		String report = out.toString(StandardCharsets.UTF_8);
		assertTrue(report, report.contains("== With the catalog") && report.contains("== Model alone (--no-catalog)"));
		assertTrue(report, report.contains("(1 of 2 gold mentions, 50%, are in no training sentence and no catalog entry)"));
		out.reset();
		assertEquals(0, run("", "eval", "--no-catalog", "--train", train.toString(), gold.toString()));
		String modelAlone = out.toString(StandardCharsets.UTF_8);
		assertTrue(modelAlone, !modelAlone.contains("== With the catalog") && modelAlone.contains("Unseen names:"));
	}

	/**
	 * Issue 12, headless: train --evidence reads a project's corrected sentences, writes a model set
	 * that tag --models uses, and the name learned from one sentence is found in another one. A small
	 * corpus keeps the training to seconds; a model folder that is not a complete set is refused.
	 */
	@SuppressWarnings("unchecked")
	@Test
	public void trainWithEvidenceThenTagWithTheseModels() throws Exception {
		Path corpus = tmp.newFolder("corpus").toPath();
		StringBuilder ann = new StringBuilder("=== small\n");
		String[][] names = { { "Red Hat", "KVM" }, { "Citrix", "XenServer" }, { "VMware", "vSphere" }, { "Microsoft", "Hyper-V" },
				{ "Oracle", "Oracle VM" }, { "Novell", "SLES" } };
		for (String[] n : names) {
			ann.append("support+\t<v>").append(n[0]).append("</v> ships <p>").append(n[1]).append("</p> to its customers.\n");
			ann.append("-\tAnalysts said <v>").append(n[0]).append("</v> had a quiet quarter.\n");
			ann.append("release+\t<v>").append(n[0]).append("</v> released <p>").append(n[1]).append("</p> 2 in May.\n");
			ann.append("-\tThe weather in the valley was fine that week.\n");
		}
		Files.writeString(corpus.resolve("small.ann"), ann);
		Path project = tmp.newFolder("project").toPath();
		new io.claimtagger.core.evidence.EvidenceStore(project).record("articles/a.txt", "Quillfeather ships tessctl to its customers.",
				List.of(new io.claimtagger.core.corpus.Mention(0, 12, io.claimtagger.core.entity.EntityType.VENDOR, "Quillfeather"),
						new io.claimtagger.core.corpus.Mention(19, 26, io.claimtagger.core.entity.EntityType.PRODUCT, "tessctl")),
				"tagged \"tessctl\" as product");
		Path models = tmp.getRoot().toPath().resolve("models");

		assertEquals(errText(), 0, run("", "train", corpus.toString(), "--evidence", project.toString(), "--out", models.toString()));
		assertTrue(out.toString(StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8)
				.contains("Evidence: 1 sentences with checked names, 0 reviewed claims, from 1 articles"));
		assertTrue(Files.readString(models.resolve("models.properties")).contains("evidence.sha256="));

		out.reset();
		Path article = tmp.getRoot().toPath().resolve("new.txt");
		Files.writeString(article, "Analysts said Quillfeather had a quiet quarter.\n");
		assertEquals(errText(), 0, run("", "tag", "--no-catalog", "--models", models.toString(), article.toString()));
		List<Object> result = (List<Object>) StrictJson.parse(out.toString(StandardCharsets.UTF_8));
		List<Map<String, Object>> entities = (List<Map<String, Object>>) ((Map<String, Object>) result.get(0)).get("entities");
		assertTrue("entities: " + entities, entities.stream().anyMatch(e -> e.get("text").equals("Quillfeather") && e.get("type").equals("vendor")));

		Files.delete(models.resolve("claim-kind.bin"));
		assertEquals(1, run("", "tag", "--models", models.toString(), article.toString()));
		assertTrue(errText(), errText().contains("claim-kind.bin is missing"));
		assertEquals(1, run("", "train", corpus.toString(), "--evidence", tmp.newFolder("nothing").toString(), "--out", models.toString()));
		assertTrue(errText(), errText().contains("no corrections or reviewed claims"));
	}
}
