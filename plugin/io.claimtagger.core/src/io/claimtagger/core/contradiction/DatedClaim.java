package io.claimtagger.core.contradiction;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

import io.claimtagger.core.statement.Statement;
import io.claimtagger.core.store.ClaimRecord;

/**
 * A stored claim with its article's date, as the contradiction finder compares it.
 *
 * @param article   the article's path (project-relative, or as given on the command line)
 * @param published the article's date, null when unknown
 * @param claim     the claim
 * @param statement what it states
 * @param traits    what the pair judge asks of its words, worked out once
 */
public record DatedClaim(String article, LocalDate published, ClaimRecord claim, Statement statement, Traits traits) {

	public DatedClaim {
		Objects.requireNonNull(article, "article");
		Objects.requireNonNull(claim, "claim");
		Objects.requireNonNull(statement, "statement");
		Objects.requireNonNull(traits, "traits");
	}

	public static DatedClaim of(String article, LocalDate published, ClaimRecord claim) {
		Statement statement = Statement.of(claim.sentence(), claim.about(), claim.kind(), claim.polarity());
		return new DatedClaim(article, published, claim, statement, PairJudge.traits(claim, statement));
	}

	/** A stored claim and where and when it was written, before it is analysed. */
	public record Source(String article, LocalDate published, ClaimRecord claim) {
	}

	/**
	 * Every claim analysed, in the given order, on all cores: each claim is read alone, and reading
	 * one (subjects, relations, values, traits) costs as much as a thousand pair judgments.
	 *
	 * @param cancelled checked before each claim
	 * @throws CancellationException when cancelled
	 */
	public static List<DatedClaim> analyse(List<Source> sources, BooleanSupplier cancelled) {
		return sources.parallelStream().map(s -> {
			if (cancelled.getAsBoolean()) {
				throw new CancellationException();
			}
			return of(s.article(), s.published(), s.claim());
		}).toList();
	}

	/** Identity across articles: the claim ids are unique within an article only. */
	String key() {
		return article + '#' + claim.id();
	}
}
