package io.claimtagger.core.store;

import java.io.IOException;

/**
 * A claims file that cannot be read as the documented format: bad JSON, a missing or malformed
 * field, an unknown version or value. Checked, because a hand-edited or badly merged file is an
 * expected event the caller has to report (and may {@link ClaimStore#quarantine quarantine}), not
 * a bug.
 */
public class ClaimStoreFormatException extends IOException {

	private static final long serialVersionUID = 1L;

	private final String file;
	private final String problem;

	public ClaimStoreFormatException(String file, String problem) {
		this(file, problem, null);
	}

	public ClaimStoreFormatException(String file, String problem, Throwable cause) {
		super(file + ": " + problem, cause);
		this.file = file;
		this.problem = problem;
	}

	/** The file (or other source) that is wrong. */
	public String file() {
		return file;
	}

	/** What is wrong with it, without the file name. */
	public String problem() {
		return problem;
	}
}
