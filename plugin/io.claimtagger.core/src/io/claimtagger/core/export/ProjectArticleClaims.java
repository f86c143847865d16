package io.claimtagger.core.export;

import java.util.Objects;

import io.claimtagger.core.store.ArticleClaims;
import io.claimtagger.core.text.LineIndex;

/**
 * The stored claims of one article, with the project that holds it: exports span projects, and
 * article paths are only unique within one.
 *
 * @param project the project's name
 * @param claims  the article's claims
 * @param lines   the line breaks of the article's current text, for the line column of a CSV
 *                export; null when the text was not read (an import, an article that is gone)
 */
public record ProjectArticleClaims(String project, ArticleClaims claims, LineIndex lines) {

	public ProjectArticleClaims {
		Objects.requireNonNull(project, "project");
		Objects.requireNonNull(claims, "claims");
	}

	public ProjectArticleClaims(String project, ArticleClaims claims) {
		this(project, claims, null);
	}
}
