package io.claimtagger.core.text;

/**
 * The byte order mark some Windows editors put before UTF-8 text. It is not text: dropping it, as
 * Eclipse's documents do, keeps offsets equal to what editors show.
 */
public final class ByteOrderMark {

	private static final String BOM = "\uFEFF";

	private ByteOrderMark() {
	}

	public static String strip(String text) {
		return text.startsWith(BOM) ? text.substring(BOM.length()) : text;
	}
}
