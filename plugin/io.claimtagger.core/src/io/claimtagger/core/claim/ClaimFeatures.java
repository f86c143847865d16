package io.claimtagger.core.claim;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.text.TextSpan;

/**
 * The words a claim classifier sees: lower-cased tokens with every vendor or product mention
 * replaced by its type, and numbers by one symbol, so the classifier learns how claims are
 * phrased rather than which names they mention; after a word that signals a claim kind, that
 * kind's cue ({@link KindCues}). Training and tagging share this class.
 */
public final class ClaimFeatures {

	public static final String VENDOR = "_vendor_";
	public static final String PRODUCT = "_product_";
	public static final String NUMBER = "_num_";
	public static final String REFERENCE = "_ref_";

	/** A mention's position for feature purposes. */
	public record Marked(int start, int end, EntityType type) {
	}

	private ClaimFeatures() {
	}

	public static String[] of(CharSequence text, List<TextSpan> tokens, List<Marked> mentions, boolean reference) {
		List<String> out = new ArrayList<>(tokens.size() + 1);
		if (reference) {
			out.add(REFERENCE);
		}
		int m = 0;
		for (int i = 0; i < tokens.size(); i++) {
			TextSpan t = tokens.get(i);
			while (m < mentions.size() && mentions.get(m).end() <= t.start()) {
				m++;
			}
			if (m < mentions.size() && mentions.get(m).start() <= t.start() && t.end() <= mentions.get(m).end()) {
				Marked mention = mentions.get(m);
				if (mention.start() == t.start() || i == 0 || tokens.get(i - 1).end() <= mention.start()) {
					out.add(mention.type() == EntityType.VENDOR ? VENDOR : PRODUCT);
				}
				continue;
			}
			String word = t.in(text).toString().toLowerCase(Locale.ROOT).replace('\u2019', '\'');
			out.add(isNumber(word) ? NUMBER : word);
			String cue = KindCues.of(word);
			if (cue != null) {
				out.add(cue);
			}
		}
		return out.toArray(String[]::new);
	}

	private static boolean isNumber(String w) {
		boolean digit = false;
		for (int i = 0; i < w.length(); i++) {
			char c = w.charAt(i);
			if (Character.isDigit(c)) {
				digit = true;
			} else if (c != '.' && c != ',' && c != '$' && c != '%') {
				return false;
			}
		}
		return digit;
	}
}
