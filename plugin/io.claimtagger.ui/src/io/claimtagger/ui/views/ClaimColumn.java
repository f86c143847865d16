package io.claimtagger.ui.views;

import java.util.Comparator;

import org.eclipse.osgi.util.NLS;

import io.claimtagger.core.store.ClaimPlace;
import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.core.store.ReviewStatus;
import io.claimtagger.core.store.SubjectNames;
import io.claimtagger.core.text.Whitespace;
import io.claimtagger.resources.claims.ClaimRow;
import io.claimtagger.ui.Messages;

/** The columns of the Claims view: header, width, cell text and sort order of each. */
enum ClaimColumn {

	STATUS(Messages.ClaimsView_column_status, 8, 80) {
		@Override
		String text(ClaimRow row) {
			ClaimRecord r = row.record();
			String status = statusName(r.status());
			if (ClaimPlace.isRemoved(r)) {
				return NLS.bind(Messages.ClaimsView_statusAnchor, status, Messages.ClaimsView_anchor_removed);
			}
			if (ClaimPlace.isEditedSinceReview(r)) {
				return NLS.bind(Messages.ClaimsView_statusAnchor, status, Messages.ClaimsView_anchor_changed);
			}
			return status;
		}

		@Override
		Comparator<ClaimRow> order() {
			return Comparator.comparing((ClaimRow r) -> r.record().status()).thenComparing(r -> r.record().anchor());
		}
	},
	CLAIM(Messages.ClaimsView_column_claim, 40, 200) {
		@Override
		String text(ClaimRow row) {
			// One line per row: a sentence wrapped in the article is not wrapped here.
			return Whitespace.collapse(row.record().sentence());
		}
	},
	ABOUT(Messages.ClaimsView_column_about, 14, 100) {
		@Override
		String text(ClaimRow row) {
			return SubjectNames.format(row.record());
		}
	},
	KIND(Messages.ClaimsView_column_kind, 7, 70) {
		@Override
		String text(ClaimRow row) {
			return byAnalyst(row, row.record().kind().id());
		}
	},
	POLARITY(Messages.ClaimsView_column_polarity, 6, 70) {
		@Override
		String text(ClaimRow row) {
			return byAnalyst(row, row.record().polarity().id());
		}
	},
	ARTICLE(Messages.ClaimsView_column_article, 16, 100) {
		@Override
		String text(ClaimRow row) {
			return row.article().getFullPath().makeRelative().toString();
		}
	},
	LINE(Messages.ClaimsView_column_line, 4, 45) {
		@Override
		String text(ClaimRow row) {
			return row.line() > 0 ? Integer.toString(row.line()) : "";
		}

		@Override
		Comparator<ClaimRow> order() {
			return Comparator.comparingInt(ClaimRow::line);
		}
	};

	/** Within any column's ties: article, then place in the text, the order of reading. */
	static final Comparator<ClaimRow> READING_ORDER = Comparator
			.comparing((ClaimRow r) -> r.article().getFullPath().toString())
			.thenComparingInt(r -> r.record().span().start()).thenComparing(r -> r.record().id());

	final String header;
	/** The column's share of the view's width: the table always fits the view, Line included. */
	final int weight;
	/** Narrower than this, the column would say nothing. */
	final int minimumWidth;

	ClaimColumn(String header, int weight, int minimumWidth) {
		this.header = header;
		this.weight = weight;
		this.minimumWidth = minimumWidth;
	}

	abstract String text(ClaimRow row);

	/** A kind or polarity the analyst set is marked, so a glance tells it from the tagger's guess. */
	private static String byAnalyst(ClaimRow row, String value) {
		return row.record().analystReading() ? NLS.bind(Messages.ClaimsView_analystReading, value) : value;
	}

	/** The column's own order, before {@link #READING_ORDER}; by cell text unless overridden. */
	Comparator<ClaimRow> order() {
		return Comparator.comparing(this::text, String.CASE_INSENSITIVE_ORDER);
	}

	static String statusName(ReviewStatus status) {
		return switch (status) {
		case NEW -> Messages.ClaimsView_status_new;
		case ACCEPTED -> Messages.ClaimsView_status_accepted;
		case REJECTED -> Messages.ClaimsView_status_rejected;
		case DISPUTED -> Messages.ClaimsView_status_disputed;
		};
	}

	/** The claim's tooltip: the whole sentence, the wording reviewed before an edit, the note. */
	static String tooltip(ClaimRow row) {
		ClaimRecord r = row.record();
		StringBuilder b = new StringBuilder(r.sentence());
		if (ClaimPlace.isEditedSinceReview(r)) {
			b.append("\n\n").append(NLS.bind(Messages.ClaimsView_tooltip_previous, r.previousSentence()));
		}
		if (!r.note().isEmpty()) {
			b.append("\n\n").append(NLS.bind(Messages.ClaimsView_tooltip_note, r.note()));
		}
		return b.toString();
	}
}
