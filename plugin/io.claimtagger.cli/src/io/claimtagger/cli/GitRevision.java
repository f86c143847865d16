package io.claimtagger.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A file's text as of a git revision, read with the {@code git} command (the command line has git
 * where it has a repository; the Eclipse side reads revisions through the workbench's history).
 */
final class GitRevision {

	/** The file is not in a repository, the revision does not exist, or git is missing. */
	static final class NotInGitException extends Exception {
		private static final long serialVersionUID = 1L;

		NotInGitException(String message) {
			super(message);
		}
	}

	private GitRevision() {
	}

	static String read(Path file, String revision) throws NotInGitException, IOException {
		if (revision.startsWith("-")) {
			throw new NotInGitException("'" + revision + "' is not a revision");
		}
		Path absolute = file.toAbsolutePath().normalize();
		Path dir = absolute.getParent();
		ProcessBuilder pb = new ProcessBuilder("git", "-C", dir.toString(), "show", revision + ":./" + absolute.getFileName());
		pb.redirectErrorStream(false);
		Process p;
		try {
			p = pb.start();
		} catch (IOException e) {
			throw new NotInGitException("git cannot be run: " + e.getMessage());
		}
		byte[] out;
		byte[] err;
		try (InputStream stdout = p.getInputStream(); InputStream stderr = p.getErrorStream()) {
			ByteArrayOutputStream buffer = new ByteArrayOutputStream();
			stdout.transferTo(buffer);
			out = buffer.toByteArray();
			err = stderr.readAllBytes();
		}
		try {
			if (p.waitFor() != 0) {
				throw new NotInGitException("git show " + revision + ": " + new String(err, StandardCharsets.UTF_8).strip());
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while git ran", e);
		}
		try {
			return io.claimtagger.core.files.ArticleReader.read(new java.io.ByteArrayInputStream(out));
		} catch (io.claimtagger.core.files.ArticleReader.UnreadableArticleException e) {
			throw new NotInGitException("as of " + revision + ": " + e.getMessage());
		}
	}
}
