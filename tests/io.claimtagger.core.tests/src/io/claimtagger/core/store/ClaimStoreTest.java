package io.claimtagger.core.store;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.claimtagger.core.files.AtomicFile;

public class ClaimStoreTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private Path project;
	private ClaimStore store;

	@Before
	public void setUp() throws IOException {
		project = tmp.newFolder("project").toPath();
		store = new ClaimStore(project, SampleClaims.at("2024-05-02T08:00:00Z"));
	}

	private static ArticleClaims claims(String article) {
		return ClaimStoreFormatTest.sample().movedTo(article);
	}

	@Test
	public void filesMirrorTheArticlePathAndRoundTrip() throws Exception {
		store.save(claims("articles/cloud/kvm.txt"));
		Path file = project.resolve(".claims/articles/cloud/kvm.txt.claims.json");
		assertTrue(Files.isRegularFile(file));
		assertEquals(file, store.fileOf("articles/cloud/kvm.txt"));
		assertEquals(claims("articles/cloud/kvm.txt"), store.load("articles/cloud/kvm.txt"));
		assertEquals(ClaimStoreFormat.write(claims("articles/cloud/kvm.txt")), Files.readString(file));
	}

	/** Issue 14 row 5: a link committed in .claims never sends a write, a quarantine or a delete outside the project. */
	@Test
	public void linksInTheStoreFolderNeverLeadOutsideTheProject() throws Exception {
		Path outside = tmp.newFolder("elsewhere").toPath();
		Path victim = Files.writeString(outside.resolve("kvm.txt.claims.json"), "precious");
		Files.createDirectories(project.resolve(".claims"));
		Files.createSymbolicLink(project.resolve(".claims/articles"), outside);
		for (ThrowingRunnable r : new ThrowingRunnable[] { () -> store.save(claims("articles/kvm.txt")),
				() -> store.load("articles/kvm.txt"), () -> store.delete("articles/kvm.txt"),
				() -> store.quarantine("articles/kvm.txt"), () -> store.move("articles/kvm.txt", "moved.txt") }) {
			try {
				r.run();
				fail("followed the link out of the project");
			} catch (IllegalArgumentException expected) {
				assertTrue(expected.getMessage(), expected.getMessage().contains("outside the project"));
			}
		}
		assertEquals("precious", Files.readString(victim));
		try (var left = Files.list(outside)) {
			assertEquals(List.of(victim), left.toList());
		}
		// The file itself a link out of the project, and a dangling link: refused alike.
		Files.createSymbolicLink(project.resolve(".claims/cloud.txt.claims.json"), victim);
		Files.createSymbolicLink(project.resolve(".claims/gone.txt.claims.json"), outside.resolve("nothing"));
		for (String article : new String[] { "cloud.txt", "gone.txt" }) {
			try {
				store.save(claims(article));
				fail("wrote through the link of " + article);
			} catch (IllegalArgumentException expected) {
				// refused
			}
		}
		assertEquals("precious", Files.readString(victim));
		assertFalse(Files.exists(outside.resolve("nothing")));
	}

	/** Issue 14 row 13: temporary files a crash left behind are removed, a save in progress is not. */
	@Test
	public void staleTemporaryFilesAreRemovedAndFreshOnesKept() throws Exception {
		store.save(claims("articles/kvm.txt"));
		Path dir = project.resolve(".claims/articles");
		Path stale = Files.writeString(dir.resolve(".kvm.txt.claims.json.1111.tmp"), "half");
		Path fresh = Files.writeString(dir.resolve(".kvm.txt.claims.json.2222.tmp"), "writing");
		// The store's clock says 2024-05-02T08:00Z: one is two hours old, the other a minute.
		Files.setLastModifiedTime(stale, java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2024-05-02T06:00:00Z")));
		Files.setLastModifiedTime(fresh, java.nio.file.attribute.FileTime.from(java.time.Instant.parse("2024-05-02T07:59:00Z")));
		assertEquals(1, store.removeStaleTemporaryFiles(ClaimStore.STALE_TEMPORARY));
		assertFalse(Files.exists(stale));
		assertTrue(Files.exists(fresh));
		assertTrue(Files.exists(dir.resolve("kvm.txt.claims.json")));
	}

	/** Issue 14 row 13: a project reached through a link shares the in-process lock of its real path. */
	@Test
	public void aProjectReachedThroughALinkSharesItsLocks() throws Exception {
		Path link = tmp.getRoot().toPath().resolve("project-link");
		Files.createSymbolicLink(link, project);
		ClaimStore viaLink = new ClaimStore(link, SampleClaims.at("2024-05-02T08:00:00Z"));
		assertEquals(store.lockKey(store.fileOf("articles/kvm.txt")), viaLink.lockKey(viaLink.fileOf("articles/kvm.txt")));
	}

	private interface ThrowingRunnable {
		void run() throws Exception;
	}

	@Test
	public void anArticleWithoutFileHasNoClaims() throws Exception {
		assertEquals(ArticleClaims.empty("new.txt"), store.load("new.txt"));
		assertEquals(List.of(), store.articles());
	}

	@Test
	public void savingTwiceGivesIdenticalBytesAndLeavesNoTemporaryFiles() throws Exception {
		store.save(claims("a.txt"));
		byte[] first = Files.readAllBytes(store.fileOf("a.txt"));
		store.save(store.load("a.txt"));
		assertArrayEquals(first, Files.readAllBytes(store.fileOf("a.txt")));
		assertEquals(List.of("a.txt.claims.json"), namesIn(project.resolve(".claims")));
	}

	@Test
	public void aWriteFailingHalfWayLeavesTheOldFileIntact() throws Exception {
		store.save(claims("a.txt"));
		byte[] before = Files.readAllBytes(store.fileOf("a.txt"));
		ClaimStore failing = new ClaimStore(project, SampleClaims.at("2024-05-02T08:00:00Z"),
				new AtomicFile((out, content) -> {
					out.write(content, 0, content.length / 2);
					throw new IOException("disk full");
				}));
		ArticleClaims changed = claims("a.txt").with(
				claims("a.txt").claims().get(0).withNote("lost", SampleClaims.at("2024-05-03T00:00:00Z").instant()));
		try {
			failing.save(changed);
			fail();
		} catch (IOException e) {
			assertEquals("disk full", e.getMessage());
		}
		assertArrayEquals(before, Files.readAllBytes(store.fileOf("a.txt")));
		assertEquals(List.of("a.txt.claims.json"), namesIn(project.resolve(".claims")));
	}

	@Test
	public void aCorruptFileGivesAClearErrorAndIsQuarantinedWithItsBytes() throws Exception {
		store.save(claims("good.txt"));
		Path bad = store.fileOf("notes/bad.txt");
		Files.createDirectories(bad.getParent());
		byte[] corrupt = "{\"version\": 1, \"article\": \"notes/bad.txt\", \"claims\": [ <<<<<<< HEAD"
				.getBytes(StandardCharsets.UTF_8);
		Files.write(bad, corrupt);
		try {
			store.load("notes/bad.txt");
			fail();
		} catch (ClaimStoreFormatException e) {
			assertEquals(bad.toString(), e.file());
			assertTrue(e.getMessage(), e.getMessage().contains("not valid JSON"));
		}
		try {
			store.update("notes/bad.txt", c -> ArticleClaims.empty("notes/bad.txt"));
			fail("an update must not overwrite an unreadable file");
		} catch (ClaimStoreFormatException expected) {
			assertArrayEquals(corrupt, Files.readAllBytes(bad));
		}
		// Other articles go on working.
		assertEquals(claims("good.txt"), store.load("good.txt"));
		store.save(claims("other.txt"));

		Path backup = store.quarantine("notes/bad.txt");
		assertEquals("bad.txt.claims.json.corrupt-20240502T080000Z", backup.getFileName().toString());
		assertArrayEquals(corrupt, Files.readAllBytes(backup));
		assertFalse(Files.exists(bad));
		assertEquals(ArticleClaims.empty("notes/bad.txt"), store.load("notes/bad.txt"));
		assertEquals(List.of("good.txt", "other.txt"), store.articles());

		// A second quarantine in the same second keeps the first backup.
		Files.write(bad, new byte[] { (byte) 0xff, (byte) 0xfe });
		try {
			store.load("notes/bad.txt");
			fail();
		} catch (ClaimStoreFormatException e) {
			assertTrue(e.getMessage(), e.getMessage().contains("not UTF-8"));
		}
		Path second = store.quarantine("notes/bad.txt");
		assertEquals("bad.txt.claims.json.corrupt-20240502T080000Z-2", second.getFileName().toString());
		assertArrayEquals(corrupt, Files.readAllBytes(backup));
	}

	@Test
	public void hostileFilesAreFormatErrorsAndGoToQuarantine() throws Exception {
		String valid = ClaimStoreFormat.write(claims("bad.txt"));
		List<String> hostile = List.of("[".repeat(3000) + "]".repeat(3000), "{\"version\": " + "[".repeat(100_000),
				valid.replace("\"version\": 1,", "\"version\": 1,\n  \"version\": 1,"),
				valid.replace("\"start\": 0", "\"start\": 01"), valid + "[]");
		for (String text : hostile) {
			Path bad = store.fileOf("bad.txt");
			Files.createDirectories(bad.getParent());
			Files.writeString(bad, text, StandardCharsets.UTF_8);
			try {
				store.load("bad.txt");
				fail("loaded " + text.substring(0, Math.min(100, text.length())));
			} catch (ClaimStoreFormatException e) {
				assertEquals(bad.toString(), e.file());
				assertTrue(e.getMessage(), e.getMessage().contains("not valid JSON"));
			}
			Path backup = store.quarantine("bad.txt");
			assertEquals(text, Files.readString(backup, StandardCharsets.UTF_8));
			assertEquals(ArticleClaims.empty("bad.txt"), store.load("bad.txt"));
		}
	}

	@Test
	public void moveCarriesTheClaimsAndRewritesTheArticle() throws Exception {
		store.save(claims("drafts/kvm.txt"));
		store.move("drafts/kvm.txt", "published/2024/kvm.txt");
		assertFalse(Files.exists(store.fileOf("drafts/kvm.txt")));
		ArticleClaims moved = store.load("published/2024/kvm.txt");
		assertEquals(claims("published/2024/kvm.txt"), moved);
		assertTrue(Files.readString(store.fileOf("published/2024/kvm.txt"))
				.contains("\"article\": \"published/2024/kvm.txt\""));
		// Moving an article without claims is no error.
		store.move("nothing.txt", "still-nothing.txt");
		assertEquals(List.of("published/2024/kvm.txt"), store.articles());
	}

	@Test
	public void moveNeverOverwritesExistingClaims() throws Exception {
		store.save(claims("a.txt"));
		store.save(ArticleClaims.empty("b.txt"));
		try {
			store.move("a.txt", "b.txt");
			fail();
		} catch (FileAlreadyExistsException expected) {
			// both kept
		}
		assertEquals(claims("a.txt"), store.load("a.txt"));
		assertEquals(ArticleClaims.empty("b.txt"), store.load("b.txt"));
	}

	@Test
	public void moveTakesAnUnreadableFileAlongUnchanged() throws Exception {
		Path bad = store.fileOf("a.txt");
		Files.createDirectories(bad.getParent());
		Files.writeString(bad, "not json");
		store.move("a.txt", "dir/b.txt");
		assertFalse(Files.exists(bad));
		assertEquals("not json", Files.readString(store.fileOf("dir/b.txt")));
	}

	@Test
	public void deleteRemovesTheFile() throws Exception {
		store.save(claims("a.txt"));
		store.save(claims("dir/b.txt"));
		assertTrue(store.delete("dir/b.txt"));
		assertFalse(store.delete("dir/b.txt"));
		assertEquals(List.of("a.txt"), store.articles());
		assertEquals(ArticleClaims.empty("dir/b.txt"), store.load("dir/b.txt"));
	}

	@Test
	public void aFileMovedByHandBelongsToItsNewPath() throws Exception {
		store.save(claims("old.txt"));
		Files.move(store.fileOf("old.txt"), project.resolve(".claims/new.txt.claims.json"));
		assertEquals(claims("new.txt"), store.load("new.txt"));
	}

	@Test
	public void articlesAreListedSortedWithSlashes() throws Exception {
		store.save(claims("z.txt"));
		store.save(claims("b/c/d.txt"));
		store.save(claims("a b/\u00e9t\u00e9.txt"));
		Files.writeString(project.resolve(".claims/z.txt.claims.json.corrupt-20240101T000000Z"), "x");
		Files.writeString(project.resolve(".claims/README.md"), "x");
		assertEquals(List.of("a b/\u00e9t\u00e9.txt", "b/c/d.txt", "z.txt"), store.articles());
	}

	@Test
	public void pathsOutsideTheProjectAreRefused() {
		for (String bad : new String[] { "../x.txt", "/etc/passwd", "a/../../x.txt", "a\\b.txt", "a//b.txt", "",
				"dir/" }) {
			try {
				store.fileOf(bad);
				fail(bad);
			} catch (IllegalArgumentException expected) {
				// refused
			}
		}
	}

	@Test
	public void concurrentUpdatesFromTwoStoresAreSerialized() throws Exception {
		store.save(claims("a.txt"));
		ClaimStore other = new ClaimStore(project);
		String id = claims("a.txt").claims().get(0).id();
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Future<?>> done = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				ClaimStore s = i % 2 == 0 ? store : other;
				done.add(pool.submit(() -> s.update("a.txt", c -> {
					ClaimRecord r = c.find(id).orElseThrow();
					return c.with(r.withNote(r.note() + "x", r.updated()));
				})));
			}
			for (Future<?> f : done) {
				f.get();
			}
		} finally {
			pool.shutdown();
		}
		String note = store.load("a.txt").find(id).orElseThrow().note();
		assertEquals(claims("a.txt").claims().get(0).note().length() + 40, note.length());
		assertEquals(List.of("a.txt.claims.json"), namesIn(project.resolve(".claims")));
	}

	@Test
	public void anUnchangedUpdateDoesNotWrite() throws Exception {
		store.save(claims("a.txt"));
		Path file = store.fileOf("a.txt");
		Files.setLastModifiedTime(file, FileTime.fromMillis(0));
		store.update("a.txt", c -> c);
		assertEquals(0, Files.getLastModifiedTime(file).toMillis());
	}

	private static List<String> namesIn(Path dir) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList();
		}
	}
}
