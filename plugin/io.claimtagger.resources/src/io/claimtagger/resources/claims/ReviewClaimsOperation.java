package io.claimtagger.resources.claims;

import java.io.IOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.core.runtime.jobs.MultiRule;
import org.eclipse.osgi.util.NLS;

import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.claim.Polarity;
import io.claimtagger.core.store.ArticleClaims;
import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.core.store.ReviewStatus;
import io.claimtagger.resources.ClaimTaggerResources;
import io.claimtagger.resources.Messages;

/**
 * Records review decisions (status, note, kind and polarity, acknowledging an edited sentence) in the store, one
 * atomic update per article. Quick, but it writes files, so never on the UI thread. Holds its
 * articles' {@link ArticleClaimsRule}s for the whole run, so two reviews of the same article run
 * in the order they were scheduled: a burst of key presses is applied in order.
 */
public final class ReviewClaimsOperation implements ClaimsOperation {

	private final Map<IFile, Set<String>> idsByArticle;
	private final BiFunction<ClaimRecord, Instant, ClaimRecord> decision;

	private ReviewClaimsOperation(List<ClaimRef> claims, BiFunction<ClaimRecord, Instant, ClaimRecord> decision) {
		this.idsByArticle = claims.stream().collect(Collectors.groupingBy(ClaimRef::article, LinkedHashMap::new,
				Collectors.mapping(ClaimRef::id, Collectors.toSet())));
		this.decision = decision;
	}

	public static ReviewClaimsOperation status(List<ClaimRef> claims, ReviewStatus status) {
		return new ReviewClaimsOperation(claims, (c, now) -> c.status() == status ? c : c.withStatus(status, now));
	}

	/** @param note the new note; empty clears it */
	public static ReviewClaimsOperation note(List<ClaimRef> claims, String note) {
		return new ReviewClaimsOperation(claims, (c, now) -> c.note().equals(note) ? c : c.withNote(note, now));
	}

	/** The reviewer has seen the edit of a changed sentence. */
	public static ReviewClaimsOperation acknowledgeChange(List<ClaimRef> claims) {
		return new ReviewClaimsOperation(claims, (c, now) -> c.withChangeAcknowledged(now));
	}

	/**
	 * The analyst's reading of what the claims assert; a null kind or polarity keeps each claim's
	 * own. Kept over the tagger's from then on, and taught to the claim models on retraining.
	 */
	public static ReviewClaimsOperation reading(List<ClaimRef> claims, ClaimKind kind, Polarity polarity) {
		return new ReviewClaimsOperation(claims, (c, now) -> {
			ClaimKind k = kind != null ? kind : c.kind();
			Polarity p = polarity != null ? polarity : c.polarity();
			return c.analystReading() && c.kind() == k && c.polarity() == p ? c : c.withReading(k, p, now);
		});
	}

	@Override
	public ISchedulingRule getSchedulingRule() {
		return MultiRule.combine(idsByArticle.keySet().stream().map(ArticleClaimsRule::of)
				.toArray(ISchedulingRule[]::new));
	}

	@Override
	public IStatus execute(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, idsByArticle.size());
		ClaimsWorkspace claims = ClaimsWorkspace.get();
		Instant now = claims.clock().instant();
		for (Map.Entry<IFile, Set<String>> e : idsByArticle.entrySet()) {
			Set<String> ids = e.getValue();
			try {
				claims.update(e.getKey(), stored -> decide(stored, ids, now), progress.split(1));
			} catch (IOException ex) {
				return new Status(IStatus.ERROR, ClaimTaggerResources.ID,
						NLS.bind(Messages.ReviewClaimsJob_failed, e.getKey().getFullPath(), ex.getMessage()), ex);
			}
		}
		return Status.OK_STATUS;
	}

	private ArticleClaims decide(ArticleClaims stored, Set<String> ids, Instant now) {
		ArticleClaims result = stored;
		for (ClaimRecord c : stored.claims()) {
			if (ids.contains(c.id())) {
				ClaimRecord decided = decision.apply(c, now);
				if (decided != c) {
					result = result.with(decided);
				}
			}
		}
		return result;
	}
}
