package io.claimtagger.core.store;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * All stored claims of one article, in a stable order (span start, then id) so the file lists
 * them as they appear in the text and re-saving never reorders lines.
 *
 * @param article the article's path relative to its project, {@code /}-separated
 * @param claims  its claims; every one names this article and has its own id
 */
public record ArticleClaims(String article, List<ClaimRecord> claims) {

	/** The file and review order. */
	public static final Comparator<ClaimRecord> ORDER = Comparator
			.comparingInt((ClaimRecord c) -> c.span().start()).thenComparing(ClaimRecord::id);

	public ArticleClaims {
		Objects.requireNonNull(article, "article");
		if (article.isBlank()) {
			throw new IllegalArgumentException("article is empty");
		}
		List<ClaimRecord> sorted = new ArrayList<>(claims);
		sorted.sort(ORDER);
		Set<String> ids = new HashSet<>();
		for (ClaimRecord c : sorted) {
			if (!c.article().equals(article)) {
				throw new IllegalArgumentException(
						"claim " + c.id() + " belongs to article '" + c.article() + "', not '" + article + "'");
			}
			if (!ids.add(c.id())) {
				throw new IllegalArgumentException("duplicate claim id " + c.id());
			}
		}
		claims = List.copyOf(sorted);
	}

	public static ArticleClaims empty(String article) {
		return new ArticleClaims(article, List.of());
	}

	public boolean isEmpty() {
		return claims.isEmpty();
	}

	public Optional<ClaimRecord> find(String id) {
		return claims.stream().filter(c -> c.id().equals(id)).findFirst();
	}

	/** These claims with {@code record} replacing the one of the same id, or added. */
	public ArticleClaims with(ClaimRecord record) {
		List<ClaimRecord> next = new ArrayList<>(claims.size() + 1);
		for (ClaimRecord c : claims) {
			if (!c.id().equals(record.id())) {
				next.add(c);
			}
		}
		next.add(record);
		return new ArticleClaims(article, next);
	}

	/** The same claims for the article under its new path. */
	public ArticleClaims movedTo(String newArticle) {
		return new ArticleClaims(newArticle, claims.stream().map(c -> c.withArticle(newArticle)).toList());
	}
}
