package io.claimtagger.core.statement;

/** Dates as {@link StatedValue}s of several precisions, and whether two of them can be the same day. */
final class DateValues {

	private DateValues() {
	}

	static double day(int year, int month, int day) {
		return year * 10000 + month * 100 + day;
	}

	static double month(int year, int month) {
		return year * 100 + month;
	}

	static double quarter(int year, int quarter) {
		return year * 10 + quarter;
	}

	/** The first and last month (yyyymm) a date value can be. */
	private static int[] months(StatedValue v) {
		int a = (int) v.amount();
		return switch (v.unit()) {
		case "day" -> new int[] { a / 100, a / 100 };
		case "month" -> new int[] { a, a };
		case "quarter" -> new int[] { (a / 10) * 100 + (a % 10 - 1) * 3 + 1, (a / 10) * 100 + (a % 10) * 3 };
		default -> new int[] { a * 100 + 1, a * 100 + 12 };
		};
	}

	static boolean overlap(StatedValue a, StatedValue b) {
		if (a.unit().equals("day") && b.unit().equals("day")) {
			return a.amount() == b.amount();
		}
		int[] x = months(a);
		int[] y = months(b);
		return x[0] <= y[1] && y[0] <= x[1];
	}
}
