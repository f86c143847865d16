package io.claimtagger.ui.editor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.IDocument;

import io.claimtagger.core.claim.Claim;
import io.claimtagger.core.store.ArticleClaims;
import io.claimtagger.core.store.ClaimPlace;
import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.core.text.TextSpan;
import io.claimtagger.resources.claims.ClaimsWorkspace;
import io.claimtagger.ui.corrections.ArticlePaths;

/**
 * The stored review records of the article an editor shows, to paint its claims by status. The
 * editor tags its live, possibly unsaved text, so a claim is matched to the record at its span
 * with its wording, and else to a record with its wording anywhere (text above it was edited).
 * Read in the reconciler's thread; the store keeps the records in memory.
 */
final class StoredReviews {

	static final StoredReviews NONE = new StoredReviews(List.of());

	private final Map<TextSpan, ClaimRecord> bySpan = new HashMap<>();
	private final Map<String, ClaimRecord> bySentence = new HashMap<>();

	private StoredReviews(List<ClaimRecord> records) {
		for (ClaimRecord r : records) {
			if (ClaimPlace.isInText(r)) {
				bySpan.put(r.span(), r);
				bySentence.putIfAbsent(r.sentence(), r);
			}
		}
	}

	static StoredReviews of(IDocument document) {
		IFile file = ArticlePaths.fileOf(document);
		if (file == null) {
			return NONE;
		}
		ArticleClaims claims = ClaimsWorkspace.get().load(file);
		return claims.isEmpty() ? NONE : new StoredReviews(claims.claims());
	}

	/** The claim's stored record, or null. */
	ClaimRecord of(Claim claim) {
		ClaimRecord r = bySpan.get(claim.span());
		return r != null && r.sentence().equals(claim.text()) ? r : bySentence.get(claim.text());
	}
}
