package io.claimtagger.core.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import io.claimtagger.core.text.ByteOrderMark;

/**
 * Reads an article as strict UTF-8 and refuses, with a reason a user understands, what is not an
 * article: missing, unreadable, a directory, empty, binary, not UTF-8, or too large.
 */
public final class ArticleReader {

	/** The file name extensions of articles: what the article editor opens and the tools read. */
	public static final java.util.Set<String> EXTENSIONS = java.util.Set.of("article", "txt", "md");

	/** Far above any article; guards the tagger (and the editor) against multi-gigabyte logs. */
	public static final long MAX_BYTES = 64L << 20;

	/** Why a file could not be read as an article. */
	public static final class UnreadableArticleException extends Exception {
		private static final long serialVersionUID = 1L;

		public UnreadableArticleException(String reason) {
			super(reason);
		}
	}

	private ArticleReader() {
	}

	public static String read(Path file) throws UnreadableArticleException {
		if (Files.isDirectory(file)) {
			throw new UnreadableArticleException("is a directory");
		}
		// A FIFO would block forever and a device (/dev/zero) never end: only regular files are read.
		if (Files.exists(file) && !Files.isRegularFile(file)) {
			throw new UnreadableArticleException("is not a regular file (a FIFO, device or socket)");
		}
		byte[] bytes;
		try {
			if (Files.size(file) > MAX_BYTES) {
				throw new UnreadableArticleException("too large (" + Files.size(file) + " bytes; limit " + MAX_BYTES + ")");
			}
			bytes = Files.readAllBytes(file);
		} catch (NoSuchFileException e) {
			throw new UnreadableArticleException("no such file");
		} catch (AccessDeniedException e) {
			throw new UnreadableArticleException("permission denied");
		} catch (IOException e) {
			throw new UnreadableArticleException("cannot be read: " + e.getMessage());
		}
		return decode(bytes);
	}

	public static String read(InputStream in) throws UnreadableArticleException {
		try {
			byte[] bytes = in.readNBytes((int) MAX_BYTES + 1);
			if (bytes.length > MAX_BYTES) {
				throw new UnreadableArticleException("too large (over " + MAX_BYTES + " bytes)");
			}
			return decode(bytes);
		} catch (IOException e) {
			throw new UnreadableArticleException("cannot be read: " + e.getMessage());
		}
	}

	static String decode(byte[] bytes) throws UnreadableArticleException {
		if (bytes.length == 0) {
			throw new UnreadableArticleException("is empty");
		}
		// UTF-16 with its byte order mark (Windows editors write it): text, not binary.
		if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE)
				|| (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
			return decode(bytes, StandardCharsets.UTF_16, "starts like UTF-16 but is not valid UTF-16");
		}
		for (byte b : bytes) {
			if (b == 0) {
				throw new UnreadableArticleException("is a binary file (contains NUL bytes)");
			}
		}
		return decode(bytes, StandardCharsets.UTF_8, "is not valid UTF-8");
	}

	/** Strict decoding (no replacement characters), byte order mark dropped, blank refused. */
	private static String decode(byte[] bytes, Charset charset, String invalid) throws UnreadableArticleException {
		try {
			String text = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
			text = ByteOrderMark.strip(text);
			if (text.isBlank()) {
				throw new UnreadableArticleException("is empty (only whitespace)");
			}
			return text;
		} catch (CharacterCodingException e) {
			throw new UnreadableArticleException(invalid);
		}
	}
}
