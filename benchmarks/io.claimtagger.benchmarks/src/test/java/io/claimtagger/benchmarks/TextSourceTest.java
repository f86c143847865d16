package io.claimtagger.benchmarks;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Test;
import org.junit.Rule;
import org.junit.rules.TemporaryFolder;

import io.claimtagger.core.entity.Catalog;

/** Every JMH fork rebuilds its texts from the parameters, so they must come out the same each time. */
public class TextSourceTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	private static final Catalog CATALOG = Catalog.bundled();

	@Test
	public void generatedTextsAreDeterministicPerSeed() {
		TextSource a = TextSource.of(CATALOG, 42, "");
		TextSource b = TextSource.of(CATALOG, 42, "");
		assertEquals(a.throughputTexts(3_000), b.throughputTexts(3_000));
		assertEquals(a.longArticle(2_000), b.longArticle(2_000));
		assertEquals(a.batchArticle(7, 500), b.batchArticle(7, 500));
		assertNotEquals(a.longArticle(2_000), TextSource.of(CATALOG, 43, "").longArticle(2_000));
	}

	@Test
	public void generatedTextsHaveAtLeastTheWordsAskedFor() {
		TextSource s = TextSource.of(CATALOG, 42, "");
		List<String> texts = s.throughputTexts(3_500);
		assertEquals(4, texts.size());
		for (String t : texts) {
			assertTrue(CorpusGenerator.countWords(t) >= 1_000);
		}
		assertTrue(CorpusGenerator.countWords(s.longArticle(2_000)) >= 2_000);
		// The batch's warm-up never tags the batch's own articles.
		assertNotEquals(s.batchArticle(0, 300), s.batchWarmupArticle(0, 300));
	}

	@Test
	public void theUsersFilesReplaceTheGeneratedText() throws Exception {
		Path dir = folder.getRoot().toPath();
		Path one = Files.writeString(dir.resolve("one.txt"), "Red Hat ships KVM in RHEL 6.\n");
		Path two = Files.writeString(dir.resolve("two.txt"), "VMware released vSphere 4.1 in July.\n");
		TextSource s = TextSource.of(CATALOG, 42, one + File.pathSeparator + two);
		assertTrue(s.userFiles());
		assertEquals(List.of(Files.readString(one), Files.readString(two)), s.throughputTexts(30_000));
		assertEquals(Files.readString(two), s.batchArticle(3, 1_000));
		// Too short to stand for a 10,000-word article: a generated one instead.
		assertFalse(s.longArticleIsUsers(10_000));
		assertTrue(CorpusGenerator.countWords(s.longArticle(10_000)) >= 10_000);
		assertTrue(s.longArticleIsUsers(10));
	}
}
