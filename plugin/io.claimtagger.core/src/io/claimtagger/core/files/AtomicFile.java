package io.claimtagger.core.files;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;

/**
 * Replaces a file's content all at once: the bytes go to a hidden temporary file in the same
 * folder, are forced to disk, and the temporary file is then renamed over the target. A reader
 * (or a crash) sees the old file or the new one, never half of one. The one way every store,
 * model, dictionary and export of the project is written.
 */
public final class AtomicFile {

	/** Writes content to the temporary file. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	/** Writes bytes to the temporary file; a seam so tests can fail half-way. */
	@FunctionalInterface
	public interface ContentWriter {
		void write(OutputStream out, byte[] content) throws IOException;
	}

	public static final AtomicFile DEFAULT = new AtomicFile(OutputStream::write);

	/** Temporary files end so; they never look like a store file and may be deleted when stale. */
	public static final String TEMP_SUFFIX = ".tmp";
	private static final int TEMP_NAME_CHARS = 40;

	private final ContentWriter writer;

	public AtomicFile(ContentWriter writer) {
		this.writer = writer;
	}

	/** {@link #DEFAULT}{@code .replace(target, text as UTF-8)}. */
	public static void write(Path target, String text) throws IOException {
		DEFAULT.replace(target, text.getBytes(StandardCharsets.UTF_8));
	}

	public void replace(Path target, byte[] content) throws IOException {
		replace(target, out -> writer.write(out, content));
	}

	public void replace(Path target, Content content) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		// Same folder: a rename within one file system is what makes the move atomic. Created
		// like any new file (not with createTempFile's owner-only mode), so the file a shared
		// checkout or a team gets is readable as the user's umask allows.
		// At most 40 characters of the name: a file name near the 255-byte limit must still get a
		// temporary sibling (the UUID keeps it unique).
		String name = target.getFileName().toString();
		String stem = name.length() > TEMP_NAME_CHARS ? name.substring(0, TEMP_NAME_CHARS) : name;
		Path temp = dir.resolve("." + stem + "." + UUID.randomUUID() + TEMP_SUFFIX);
		Files.createFile(temp);
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING); OutputStream out = Channels.newOutputStream(channel)) {
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			try {
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} catch (AtomicMoveNotSupportedException e) {
				// Some network or FUSE file systems: a plain replace is the best they offer.
				Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
			}
		} catch (Throwable failure) {
			// The target was not touched; only the temporary file has to go.
			try {
				Files.deleteIfExists(temp);
			} catch (IOException e) {
				failure.addSuppressed(e);
			}
			throw failure;
		}
	}
}
