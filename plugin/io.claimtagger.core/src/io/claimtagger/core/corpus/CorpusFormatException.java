package io.claimtagger.core.corpus;

/** A corpus or catalog line that does not follow its documented format. */
public class CorpusFormatException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public CorpusFormatException(String source, int line, String message) {
		super(source + ":" + line + ": " + message);
	}
}
