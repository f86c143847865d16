package io.claimtagger.core.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Replaces a file's content all at once: the bytes go to a hidden temporary file in the same
 * folder, are forced to disk, and the temporary file is then renamed over the target. A reader
 * (or a crash) sees the old file or the new one, never half of one.
 */
final class AtomicFile {

	/** Writes the content to the temporary file; a seam so tests can fail half-way. */
	@FunctionalInterface
	interface ContentWriter {
		void write(OutputStream out, byte[] content) throws IOException;
	}

	static final AtomicFile DEFAULT = new AtomicFile(OutputStream::write);

	/** Temporary files end so; they never look like a store file and may be deleted when stale. */
	static final String TEMP_SUFFIX = ".tmp";

	private final ContentWriter writer;

	AtomicFile(ContentWriter writer) {
		this.writer = writer;
	}

	void replace(Path target, byte[] content) throws IOException {
		Path dir = target.toAbsolutePath().getParent();
		Files.createDirectories(dir);
		// Same folder: a rename within one file system is what makes the move atomic.
		Path temp = Files.createTempFile(dir, "." + target.getFileName() + ".", TEMP_SUFFIX);
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING); OutputStream out = Channels.newOutputStream(channel)) {
				writer.write(out, content);
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
