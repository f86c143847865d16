package io.claimtagger.resources.claims;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The state in which this workspace last left each claims file it wrote, moved or deleted. The
 * store writes with plain file I/O and a refresh then reports each write as a resource change;
 * comparing the file with what we left tells our own writes (nothing to reload) from changes made
 * behind our back (git, another editor), which must be reloaded.
 */
final class OwnWrites {

	/** Identity and version of a file: an atomic replace or a checkout gives a new file key. */
	private record Stamp(Object fileKey, FileTime modified, long size) {
		static final Stamp ABSENT = new Stamp(null, null, -1);
	}

	private final ConcurrentMap<Path, Stamp> left = new ConcurrentHashMap<>();

	/** Call after writing, moving or deleting {@code file}. */
	void record(Path file) {
		left.put(file, stamp(file));
	}

	/** Whether {@code file} is exactly as this workspace last left it. */
	boolean isOwn(Path file) {
		Stamp was = left.get(file);
		return was != null && Objects.equals(was, stamp(file));
	}

	private static Stamp stamp(Path file) {
		try {
			BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
			return new Stamp(a.fileKey(), a.lastModifiedTime(), a.size());
		} catch (NoSuchFileException e) {
			return Stamp.ABSENT;
		} catch (IOException e) {
			// Cannot tell: a fresh stamp object never equals a recorded one, so the file is reloaded.
			return new Stamp(new Object(), null, -1);
		}
	}
}
