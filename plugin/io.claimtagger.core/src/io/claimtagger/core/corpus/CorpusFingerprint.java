package io.claimtagger.core.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * A SHA-256 over the training corpus (file names and contents, in name order) and the training
 * recipe version. Stored next to the trained models so a test can fail the build when the
 * committed models no longer match their corpus.
 */
public final class CorpusFingerprint {

	/** Bump when training code changes in a way that changes the models. */
	public static final int RECIPE_VERSION = 1;

	private CorpusFingerprint() {
	}

	public static List<Path> trainingFiles(Path trainDir) throws IOException {
		return files(trainDir, ".ann");
	}

	private static List<Path> files(Path dir, String extension) throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().toList();
		}
	}

	/** The annotated articles of a training corpus ({@code .ann}). */
	public static String of(Path trainDir) throws IOException {
		return of(trainingFiles(trainDir));
	}

	/** The labelled claim pairs of the contradiction finder's training set ({@code .tsv}). */
	public static String ofPairs(Path pairDir) throws IOException {
		return of(pairFiles(pairDir));
	}

	public static List<Path> pairFiles(Path pairDir) throws IOException {
		return files(pairDir, ".tsv");
	}

	/** These files, names and contents, in the given order. */
	public static String of(List<Path> trainingFiles) throws IOException {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(("recipe:" + RECIPE_VERSION + "\n").getBytes(StandardCharsets.UTF_8));
			for (Path file : trainingFiles) {
				digest.update((file.getFileName() + "\n").getBytes(StandardCharsets.UTF_8));
				// Line endings must not change the fingerprint (git autocrlf on Windows).
				String content = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
				digest.update(content.getBytes(StandardCharsets.UTF_8));
			}
			return HexFormat.of().formatHex(digest.digest());
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
