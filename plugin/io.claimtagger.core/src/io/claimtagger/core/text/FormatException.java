package io.claimtagger.core.text;

/** A corpus or catalog line that does not follow its documented format. */
public class FormatException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public FormatException(String source, int line, String message) {
		super(source + ":" + line + ": " + message);
	}
}
