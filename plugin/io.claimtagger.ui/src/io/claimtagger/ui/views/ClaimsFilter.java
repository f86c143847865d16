package io.claimtagger.ui.views;

import java.util.Locale;

import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerFilter;

import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.core.store.ReviewStatus;
import io.claimtagger.core.store.SubjectNames;
import io.claimtagger.resources.claims.ClaimRow;

/**
 * The Claims view's filters, all of which a row must pass: review status, kind, a vendor or
 * product it is about (canonical name), and a text found in its sentence, note, subjects or
 * article path (case-insensitive). A null criterion lets everything through.
 */
final class ClaimsFilter extends ViewerFilter {

	private ReviewStatus status;
	private ClaimKind kind;
	private String subject;
	private String text = "";

	void setStatus(ReviewStatus status) {
		this.status = status;
	}

	void setKind(ClaimKind kind) {
		this.kind = kind;
	}

	void setSubject(String canonical) {
		this.subject = canonical;
	}

	void setText(String text) {
		this.text = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
	}

	boolean isActive() {
		return status != null || kind != null || subject != null || !text.isEmpty();
	}

	@Override
	public boolean select(Viewer viewer, Object parent, Object element) {
		return element instanceof ClaimRow row && accepts(row);
	}

	boolean accepts(ClaimRow row) {
		ClaimRecord r = row.record();
		if (status != null && r.status() != status || kind != null && r.kind() != kind) {
			return false;
		}
		if (subject != null && !SubjectNames.isAbout(r, subject)) {
			return false;
		}
		return text.isEmpty() || contains(r.sentence()) || contains(r.note())
				|| contains(row.article().getFullPath().toString())
				|| r.about().stream().anyMatch(s -> contains(s.text()) || contains(s.canonical()))
				|| r.previousSentence() != null && contains(r.previousSentence());
	}

	private boolean contains(String value) {
		return value.toLowerCase(Locale.ROOT).contains(text);
	}
}
