package io.claimtagger.core.statement;

import java.util.Locale;

import io.claimtagger.core.text.TextSpan;

/**
 * A value a sentence states: a date, a price, a percentage, a version or a quantity of something.
 * Two values of the same {@link #type()} and {@link #unit()} can be compared: {@link #agrees}.
 *
 * @param type   what kind of value
 * @param unit   what is counted or the currency ({@code regions}, {@code usd}, {@code gb} for sizes); the date's
 *               precision ({@code day}, {@code month}, {@code quarter}, {@code year}); empty for
 *               percentages and versions
 * @param amount the number (for dates: yyyymmdd, yyyymm, yyyyq or yyyy by precision; for versions:
 *               unused, see {@code text})
 * @param text   the value as written, normalised for versions ({@code 4.1}, {@code 11 sp1}) and
 *               licenses ({@code apache-2.0}, {@code sspl}, {@code proprietary})
 * @param span   where it is in the sentence
 */
public record StatedValue(Type type, String unit, double amount, String text, TextSpan span) {

	public enum Type {
		DATE, MONEY, PERCENT, VERSION, QUANTITY, LICENSE;

		public String id() {
			return name().toLowerCase(Locale.ROOT);
		}
	}

	/** Comparable: the same type and unit (dates of any precision compare with each other). */
	public boolean comparable(StatedValue other) {
		return type == other.type && (type == Type.DATE || unit.equals(other.unit));
	}

	/**
	 * The same value, written perhaps another way: amounts within 2 percent, or dates where the coarser one
	 * contains the finer ("July 2010" and "July 13, 2010"; "2010" and "Q3 2010").
	 */
	public boolean agrees(StatedValue other) {
		if (type == Type.LICENSE && (text.equals("open-source") && openSource(other.text) || other.text.equals("open-source") && openSource(text))) {
			// "the open-source scanner" and "licensed under MIT" say one thing
			return true;
		}
		if (type == Type.VERSION || type == Type.LICENSE) {
			return text.equals(other.text);
		}
		if (type != Type.DATE) {
			// within 2 percent: the same amount rounded ("$0.00099 per GB", "about $1 per terabyte")
			if (close(amount, other.amount)) {
				return true;
			}
			// sizes are written in binary units too: "4 GB" is "4,096 MB", "10 GB" is "10,240 MB"
			return type == Type.QUANTITY && unit.equals("gb")
					&& (close(amount * 1.024, other.amount) || close(amount, other.amount * 1.024)
							|| close(amount * 1.024 * 1.024, other.amount) || close(amount, other.amount * 1.024 * 1.024));
		}
		return DateValues.overlap(this, other);
	}

	/** A license the Open Source Initiative approved, by the names {@code ValueFinder} gives them. */
	private static boolean openSource(String license) {
		return license.equals("apache-2.0") || license.equals("mit") || license.equals("bsd") || license.equals("mpl-2.0")
				|| license.matches("a?gpl.*|lgpl.*");
	}

	/** The year of a date, whatever its precision. */
	public int year() {
		if (type != Type.DATE) {
			throw new IllegalStateException("not a date: " + text);
		}
		int a = (int) amount;
		return switch (unit) {
		case "day" -> a / 10000;
		case "month" -> a / 100;
		case "quarter" -> a / 10;
		default -> a;
		};
	}

	private static boolean close(double a, double b) {
		return Math.abs(a - b) <= 0.02 * Math.max(Math.abs(a), Math.abs(b));
	}

	/** As the report writes it: {@code July 2010}, {@code $1.2 billion}, {@code 14 regions}. */
	@Override
	public String toString() {
		return text;
	}
}
