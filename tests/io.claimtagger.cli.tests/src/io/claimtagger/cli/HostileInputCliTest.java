package io.claimtagger.cli;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assume.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.claimtagger.core.text.StableJson;
import io.claimtagger.core.text.StrictJson;

/** Issue 14: one bad file never costs the others their output; write errors and special files are reported. */
public class HostileInputCliTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(OutputStream out, String... args) {
		return new ClaimTagCli(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8),
				new ByteArrayInputStream(new byte[0])).run(args);
	}

	private Path article(String name, String text) throws IOException {
		Path p = tmp.getRoot().toPath().resolve(name);
		Files.writeString(p, text, StandardCharsets.UTF_8);
		return p;
	}

	@SuppressWarnings("unchecked")
	@Test
	public void resultsAreStreamedInTheUsualFormatAndABadFileCostsTheOthersNothing() throws Exception {
		Path a = article("a.txt", "Red Hat ships KVM in RHEL 6.");
		Path empty = article("empty.txt", "   ");
		Path b = article("b.txt", "Citrix bought XenSource in 2007.");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertEquals(1, run(out, "tag", a.toString(), empty.toString(), b.toString()));
		String json = out.toString(StandardCharsets.UTF_8);
		// Written file by file, yet exactly the pretty JSON array the whole list would give.
		List<Object> results = (List<Object>) StrictJson.parse(json);
		assertEquals(StableJson.pretty(results), json);
		assertEquals(List.of(a.toString(), b.toString()), results.stream().map(r -> ((Map<String, Object>) r).get("file")).toList());
		assertTrue(err.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8).contains("empty.txt: is empty"));

		ByteArrayOutputStream none = new ByteArrayOutputStream();
		assertEquals(1, run(none, "tag", empty.toString()));
		assertEquals("[]\n", none.toString(StandardCharsets.UTF_8));
	}

	@Test
	public void fifosAndDevicesAreRefusedNotReadForever() throws Exception {
		Path fifo = tmp.getRoot().toPath().resolve("pipe.txt");
		boolean made;
		try {
			made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
		} catch (IOException e) {
			made = false;
		}
		assumeTrue("mkfifo is available", made);
		Path good = article("good.txt", "Red Hat ships KVM in RHEL 6.");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertEquals(1, run(out, "tag", fifo.toString(), "/dev/zero", good.toString()));
		String errors = err.toString(StandardCharsets.UTF_8);
		assertTrue(errors, errors.contains("pipe.txt: is not a regular file"));
		assertTrue(errors, errors.contains("/dev/zero: is not a regular file"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("\"text\": \"KVM\""));
	}

	@Test
	public void aWriteErrorGivesANonZeroExitAndSaysSo() throws Exception {
		Path a = article("a.txt", "Red Hat ships KVM in RHEL 6.");
		OutputStream full = new OutputStream() {
			@Override
			public void write(int b) throws IOException {
				throw new IOException("No space left on device");
			}
		};
		assertEquals(1, run(full, "tag", a.toString()));
		assertTrue(err.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8).contains("cannot write the output"));
	}

	@Test
	public void goldWritesEveryDocumentOfAMultiDocumentFile() throws Exception {
		Path ann = tmp.newFolder("ann").toPath();
		Files.writeString(ann.resolve("set.ann"), String.join("\n",
				"=== first", "-\t<v>Red Hat</v> ships <p>KVM</p>.", "",
				"=== second", "-\t<v>Citrix</v> sells <p>XenServer</p>.", "",
				"=== third", "-\t<v>VMware</v> sells <p>vSphere</p>.", ""), StandardCharsets.UTF_8);
		Path outDir = tmp.getRoot().toPath().resolve("gold");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		assertEquals(0, run(out, "gold", ann.toString(), outDir.toString()));
		assertTrue(out.toString(StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8).startsWith("Wrote 3 gold documents (6 files)"));
		try (var files = Files.list(outDir)) {
			assertEquals(6, files.count());
		}
	}

	/** Mutated bytes of an article, 300 files in one call: each gets a result or an error line, nothing crashes. */
	@SuppressWarnings("unchecked")
	@Test
	public void mutatedFilesEachGetAResultOrAnErrorLine() throws Exception {
		byte[] article = ("Red Hat ships KVM in RHEL 6.\n\nCitrix bought XenSource in 2007, and VMware sells vSphere.\n")
				.getBytes(StandardCharsets.UTF_8);
		java.util.Random random = new java.util.Random(0xC11F022L);
		List<String> files = new java.util.ArrayList<>();
		for (int i = 0; i < 300; i++) {
			byte[] bytes = java.util.Arrays.copyOf(article, article.length + random.nextInt(40));
			for (int k = random.nextInt(12); k > 0; k--) {
				bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
			}
			if (random.nextInt(10) == 0) {
				bytes = java.util.Arrays.copyOf(bytes, random.nextInt(bytes.length + 1));
			}
			Path f = tmp.getRoot().toPath().resolve("m" + i + ".txt");
			Files.write(f, bytes);
			files.add(f.toString());
		}
		List<String> args = new java.util.ArrayList<>(List.of("tag"));
		args.addAll(files);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		int code = run(out, args.toArray(String[]::new));
		List<Object> results = (List<Object>) StrictJson.parse(out.toString(StandardCharsets.UTF_8));
		long errors = err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.startsWith("claimtag: ")).count();
		assertEquals(files.size(), results.size() + errors);
		assertEquals(errors == 0 ? 0 : 1, code);
		// Both paths taken: invalid UTF-8 and NUL bytes are refused, the rest tags.
		assertTrue("some mutated files still tag: " + results.size(), results.size() > 0);
		assertTrue("some are refused: " + errors, errors > 0);
	}

	/**
	 * Row 2, in a real JVM with a small heap: a file larger than the heap can tag is refused before it
	 * is tagged, naming the heap it needs, and the small files around it keep their results; a file
	 * just under the documented bound does tag in that heap (the bound is measured, not guessed).
	 */
	@SuppressWarnings("unchecked")
	@Test
	public void aFileTooLargeForTheHeapIsRefusedUpFrontAndTheBoundHolds() throws Exception {
		Path claimtag = Path.of(System.getProperty("claimtagger.repo", ".")).toAbsolutePath().normalize().resolve("claimtag");
		String prose = "Red Hat ships KVM in RHEL 6, and Citrix still sells XenServer to the same customers.\n\n";
		Path a = article("a.txt", "Red Hat ships KVM in RHEL 6.");
		Path huge = article("huge.txt", prose.repeat(4_000_000 / prose.length()));
		Path b = article("b.txt", "Citrix bought XenSource in 2007.");
		long heap = 192L << 20;
		Path nearBound = article("near.txt", prose.repeat((int) (new HeapBudget(heap).largestText() * 95 / 100 / prose.length())));

		ProcessBuilder pb = new ProcessBuilder(claimtag.toString(), "tag", a.toString(), huge.toString(), b.toString(), nearBound.toString());
		pb.environment().put("CLAIMTAG_JAVA_OPTS", "-Xmx" + (heap >> 20) + "m");
		pb.redirectError(tmp.getRoot().toPath().resolve("stderr").toFile());
		Process p = pb.start();
		String json = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		int code = p.waitFor();
		String errors = Files.readString(tmp.getRoot().toPath().resolve("stderr"));

		assertEquals(errors, 1, code);
		assertTrue(errors, errors.contains("huge.txt: too large for this JVM's heap"));
		assertTrue(errors, errors.contains("CLAIMTAG_JAVA_OPTS=-Xmx1g"));
		assertEquals(errors, 1, errors.lines().count());
		List<Object> results = (List<Object>) StrictJson.parse(json);
		assertEquals(List.of(a.toString(), b.toString(), nearBound.toString()),
				results.stream().map(r -> ((Map<String, Object>) r).get("file")).toList());
	}
}
