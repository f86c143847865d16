package io.claimtagger.cli;

/**
 * How much heap tagging one file takes, so that a file too large for this JVM is refused before it
 * is tagged (with the heap it would need) instead of failing half-way with an OutOfMemoryError.
 * Measured with {@code ./claimtag tag} under decreasing {@code -Xmx} (results streamed, models
 * loaded): the smallest heap that worked was 141 and 195 MB for 1 and 2 million characters of
 * name-dense text (a vendor or product every 20 characters), 180 and 273 MB for 4 and 8 million of
 * ordinary articles: about 87 MB plus at most 54 bytes per character (tokens, tags, spans, the
 * result tree). The constants round both up, so the bound holds for the densest text measured.
 */
final class HeapBudget {

	static final long BASE_BYTES = 100L << 20;
	static final long BYTES_PER_CHAR = 64;

	private final long maxHeap;

	HeapBudget(long maxHeap) {
		this.maxHeap = maxHeap;
	}

	static HeapBudget ofThisJvm() {
		return new HeapBudget(Runtime.getRuntime().maxMemory());
	}

	/** The heap tagging a text of this many characters needs. */
	static long needed(long chars) {
		return BASE_BYTES + BYTES_PER_CHAR * chars;
	}

	boolean fits(long chars) {
		return needed(chars) <= maxHeap;
	}

	/** The reason given for a text that does not fit, with the option that makes it fit. */
	String tooLarge(long chars) {
		long neededMb = (needed(chars) >> 20) + 1;
		long gb = (neededMb + 1023) / 1024;
		return "too large for this JVM's heap: " + chars + " characters need about " + neededMb + " MB, it has "
				+ (maxHeap >> 20) + " MB; run with CLAIMTAG_JAVA_OPTS=-Xmx" + gb + "g or split the file";
	}

	/** The largest text this heap tags, in characters. */
	long largestText() {
		return Math.max(0, (maxHeap - BASE_BYTES) / BYTES_PER_CHAR);
	}
}
