package io.claimtagger.core.contradiction;

import java.time.LocalDate;
import java.util.List;

import io.claimtagger.core.statement.StatedValue;
import io.claimtagger.core.statement.ValueFinder;

/**
 * An article's date from its text: the first full date in its first lines (a dateline or byline:
 * "2010-07-13", "July 13, 2010", "13 July 2010"). Dates further down are what the article is about,
 * not when it was written.
 */
public final class ArticleDate {

	/** How far into the article a dateline is looked for. */
	static final int HEAD = 400;

	private ArticleDate() {
	}

	/** The date, or null when the head of the text has no full date. */
	public static LocalDate of(CharSequence text) {
		String head = text.subSequence(0, Math.min(HEAD, text.length())).toString();
		List<StatedValue> values = ValueFinder.find(head, List.of());
		for (StatedValue v : values) {
			if (v.type() == StatedValue.Type.DATE && v.unit().equals("day")) {
				int d = (int) v.amount();
				try {
					return LocalDate.of(d / 10000, d / 100 % 100, d % 100);
				} catch (java.time.DateTimeException e) {
					// "February 30": not a date
				}
			}
		}
		return null;
	}
}
