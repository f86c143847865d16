package io.claimtagger.core.pipeline;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * A trained model set's {@code models.properties}: what it was trained from and the SHA-256 of
 * each model file, written last by the training, so that a half-written or altered set is
 * recognised before anything is loaded from it.
 */
public final class ModelManifest {

	public static final String PROPERTIES = "models.properties";
	public static final String FILE_HASH_PREFIX = "sha256.";

	private ModelManifest() {
	}

	public static String sha256(java.nio.file.Path file) throws IOException {
		try (InputStream in = java.nio.file.Files.newInputStream(file)) {
			java.security.MessageDigest sha = java.security.MessageDigest.getInstance("SHA-256");
			byte[] buffer = new byte[1 << 16];
			for (int n; (n = in.read(buffer)) > 0;) {
				sha.update(buffer, 0, n);
			}
			return java.util.HexFormat.of().formatHex(sha.digest());
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}

	/**
	 * Checks a model folder before anything is loaded from it: the properties are there and every
	 * model file has the recorded hash.
	 *
	 * @return the folder's properties
	 * @throws IOException saying what is wrong (missing, half-written, altered)
	 */
	public static Properties verify(java.nio.file.Path dir) throws IOException {
		java.nio.file.Path file = dir.resolve(PROPERTIES);
		if (!java.nio.file.Files.isRegularFile(file)) {
			throw new IOException(dir + " is not a trained model set (no " + PROPERTIES + ")");
		}
		Properties p = new Properties();
		try (InputStream in = java.nio.file.Files.newInputStream(file)) {
			p.load(in);
		}
		for (String name : java.util.List.of(NlpModels.NAME_MODEL, NlpModels.CLAIM_MODEL, NlpModels.KIND_MODEL,
				NlpModels.TYPE_MODEL, NlpModels.COMMON_WORDS)) {
			String expected = p.getProperty(FILE_HASH_PREFIX + name);
			java.nio.file.Path model = dir.resolve(name);
			if (expected == null && name.equals(NlpModels.TYPE_MODEL)) {
				continue; // sets trained before it existed have none (NlpModels.fromDirectory)
			}
			if (expected == null) {
				throw new IOException(file + " has no hash for " + name + " (not written by this version's training)");
			}
			if (!java.nio.file.Files.isRegularFile(model)) {
				throw new IOException(model + " is missing");
			}
			if (!sha256(model).equals(expected)) {
				throw new IOException(model + " is not the file the training wrote (half-written or altered)");
			}
		}
		return p;
	}
}
