package io.claimtagger.core.text;

/**
 * JSON text that {@link StrictJson} refuses. The message says what is wrong and where (line,
 * column and path, as Gson reports them); each file format turns it into its own error naming the
 * file, such as the claims store's {@code ClaimStoreFormatException}.
 */
public class InvalidJsonException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public InvalidJsonException(String message) {
		super(message);
	}

	public InvalidJsonException(String message, Throwable cause) {
		super(message, cause);
	}
}
