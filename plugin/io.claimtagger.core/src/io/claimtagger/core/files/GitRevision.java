package io.claimtagger.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A file's text as of a git revision, read with the {@code git} command: where an article lives in
 * a repository, git is installed. Used by {@code claimtag diff --git} and by Compare Claims With >
 * Previous Revision.
 */
public final class GitRevision {

	/** The file is not in a repository, the revision does not exist, or git is missing. */
	public static final class NotInGitException extends Exception {
		private static final long serialVersionUID = 1L;

		NotInGitException(String message) {
			super(message);
		}
	}

	private GitRevision() {
	}

	/**
	 * The revision to compare the file with: {@code HEAD} when the file has changes not committed,
	 * else the commit before the last one that changed it.
	 */
	public static String previous(Path file) throws NotInGitException, IOException {
		Path absolute = file.toAbsolutePath().normalize();
		String status = text(run(absolute.getParent(), "status", "--porcelain", "--", absolute.getFileName().toString()));
		if (!status.isBlank()) {
			return "HEAD";
		}
		String[] commits = text(run(absolute.getParent(), "log", "-n", "2", "--format=%H", "--", absolute.getFileName().toString())).strip()
				.split("\\s+");
		if (commits.length < 2 || commits[1].isBlank()) {
			throw new NotInGitException("has no earlier revision in git");
		}
		return commits[1];
	}

	/** Runs git in {@code dir}; its standard output, or why it failed (naming the command and its first argument). */
	private static byte[] run(Path dir, String... args) throws NotInGitException, IOException {
		String[] command = new String[args.length + 3];
		command[0] = "git";
		command[1] = "-C";
		command[2] = dir.toString();
		System.arraycopy(args, 0, command, 3, args.length);
		Process p;
		try {
			p = new ProcessBuilder(command).start();
		} catch (IOException e) {
			throw new NotInGitException("git cannot be run: " + e.getMessage());
		}
		byte[] out;
		byte[] err;
		try (InputStream stdout = p.getInputStream(); InputStream stderr = p.getErrorStream()) {
			out = stdout.readAllBytes();
			err = stderr.readAllBytes();
		}
		try {
			if (p.waitFor() != 0) {
				throw new NotInGitException("git " + args[0] + " " + args[1] + ": " + text(err).strip());
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException("interrupted while git ran", e);
		}
		return out;
	}

	private static String text(byte[] bytes) {
		return new String(bytes, StandardCharsets.UTF_8);
	}

	/** The file's text as of {@code revision} (a commit, a branch, {@code HEAD~1}...). */
	public static String read(Path file, String revision) throws NotInGitException, IOException {
		if (revision.startsWith("-")) {
			throw new NotInGitException("'" + revision + "' is not a revision");
		}
		Path absolute = file.toAbsolutePath().normalize();
		byte[] out = run(absolute.getParent(), "show", revision + ":./" + absolute.getFileName());
		try {
			return ArticleReader.read(new java.io.ByteArrayInputStream(out));
		} catch (ArticleReader.UnreadableArticleException e) {
			throw new NotInGitException("as of " + revision + ": " + e.getMessage());
		}
	}
}
