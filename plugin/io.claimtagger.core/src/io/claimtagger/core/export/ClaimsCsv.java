package io.claimtagger.core.export;

import java.util.ArrayList;
import java.util.List;

import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.core.store.SubjectNames;

/**
 * Claims as a spreadsheet: RFC 4180 CSV (comma, double quotes, CRLF), one header row, one row per
 * claim in the order given. Export only: the review's full record is the JSON export, which is
 * what {@link ClaimsJson} reads back.
 * <p>
 * The sentences and notes come from articles nobody vetted, and spreadsheets run a cell that
 * starts with {@code =}, {@code +}, {@code -} or {@code @} as a formula. Such a text cell is
 * written with a leading apostrophe, which spreadsheets show as plain text (OWASP's advice for
 * CSV injection); numbers, dates and ids are never touched.
 */
public final class ClaimsCsv {

	public static final List<String> HEADER = List.of("project", "article", "line", "start", "end", "id", "status",
			"anchor", "kind", "polarity", "confidence", "about", "sentence", "previous_sentence", "note", "created",
			"updated");

	private static final String EOL = "\r\n";

	private ClaimsCsv() {
	}

	public static String write(List<ProjectArticleClaims> articles) {
		StringBuilder out = new StringBuilder();
		row(out, HEADER);
		for (ProjectArticleClaims a : articles) {
			for (ClaimRecord c : a.claims().claims()) {
				List<String> cells = new ArrayList<>(HEADER.size());
				cells.add(text(a.project()));
				cells.add(text(c.article()));
				cells.add(a.lines() == null ? "" : Integer.toString(a.lines().lineOf(c.span().start())));
				cells.add(Integer.toString(c.span().start()));
				cells.add(Integer.toString(c.span().end()));
				cells.add(text(c.id())); // validated on load, escaped all the same: every cell that holds text is
				cells.add(c.status().id());
				cells.add(c.anchor().id());
				cells.add(c.kind().id());
				cells.add(c.polarity().id());
				cells.add(Double.toString(c.confidence()));
				cells.add(text(about(c)));
				cells.add(text(c.sentence()));
				cells.add(c.previousSentence() == null ? "" : text(c.previousSentence()));
				cells.add(text(c.note()));
				cells.add(c.created().toString());
				cells.add(c.updated().toString());
				row(out, cells);
			}
		}
		return out.toString();
	}

	/** The subjects as the Claims view lists them ({@link SubjectNames}), separated by semicolons. */
	static String about(ClaimRecord c) {
		return SubjectNames.format(c, "; ");
	}

	private static String text(String value) {
		if (!value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0) {
			return "'" + value;
		}
		return value;
	}

	private static void row(StringBuilder out, List<String> cells) {
		for (int i = 0; i < cells.size(); i++) {
			if (i > 0) {
				out.append(',');
			}
			quoted(out, cells.get(i));
		}
		out.append(EOL);
	}

	private static void quoted(StringBuilder out, String cell) {
		boolean quote = cell.indexOf(',') >= 0 || cell.indexOf('"') >= 0 || cell.indexOf('\n') >= 0
				|| cell.indexOf('\r') >= 0 || !cell.strip().equals(cell);
		if (!quote) {
			out.append(cell);
			return;
		}
		out.append('"').append(cell.replace("\"", "\"\"")).append('"');
	}
}
