package io.claimtagger.core.files;

import static org.junit.Assert.assertEquals;
import static org.junit.Assume.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

public class AtomicFileTest {

	@Rule
	public TemporaryFolder folder = new TemporaryFolder();

	@Test
	public void replacesTheContentAndLeavesNoTemporaryFile() throws Exception {
		Path target = folder.getRoot().toPath().resolve("a/b/store.json");
		AtomicFile.write(target, "first");
		AtomicFile.write(target, "second");
		assertEquals("second", Files.readString(target, StandardCharsets.UTF_8));
		try (Stream<Path> files = Files.list(target.getParent())) {
			assertEquals(List.of("store.json"), files.map(p -> p.getFileName().toString()).toList());
		}
	}

	/** A claims file in a shared checkout must be as readable as any file the user creates (not 0600). */
	@Test
	public void aNewFileGetsTheModeOfAnyNewFile() throws Exception {
		assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
		Path dir = folder.getRoot().toPath();
		Path plain = Files.createFile(dir.resolve("plain.txt"));
		Path atomic = dir.resolve("atomic.txt");
		AtomicFile.write(atomic, "x");
		assertEquals(Files.getPosixFilePermissions(plain), Files.getPosixFilePermissions(atomic));
	}
}
