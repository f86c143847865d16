package io.claimtagger.core.files;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** Issue 14 row 13: what an article file is, and what it is called when it is not one. */
public class ArticleReaderTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void utf16WithItsByteOrderMarkIsText() throws Exception {
		String text = "Red Hat ships KVM in RHEL 6 \u2014 caf\u00e9.";
		for (var charset : new java.nio.charset.Charset[] { StandardCharsets.UTF_16LE, StandardCharsets.UTF_16BE }) {
			Path file = tmp.newFile().toPath();
			Files.write(file, ("\uFEFF" + text).getBytes(charset));
			assertEquals(charset.name(), text, ArticleReader.read(file));
		}
	}

	@Test
	public void nulBytesWithoutAByteOrderMarkAreStillBinary() throws Exception {
		Path file = tmp.newFile().toPath();
		Files.write(file, new byte[] { 'a', 0, 'b' });
		try {
			ArticleReader.read(file);
			fail("read a binary file");
		} catch (ArticleReader.UnreadableArticleException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("binary"));
		}
	}

	@Test
	public void aFileNameNearTheLengthLimitCanStillBeWrittenAtomically() throws Exception {
		Path target = tmp.getRoot().toPath().resolve("a".repeat(234) + ".claims.json");
		AtomicFile.write(target, "{}\n");
		assertEquals("{}\n", Files.readString(target));
	}
}
