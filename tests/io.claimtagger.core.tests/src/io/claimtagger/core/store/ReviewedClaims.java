package io.claimtagger.core.store;

import java.time.Instant;
import java.util.List;

import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.claim.Polarity;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.text.TextSpan;

/** Records in every review state, built directly so tests of the review logic need no tagging. */
final class ReviewedClaims {

	static final Instant NOW = Instant.parse("2024-05-02T08:00:00Z");
	static final String SENTENCE = "Red Hat ships KVM in RHEL 6.";

	private ReviewedClaims() {
	}

	/** An anchored, new claim about the given subjects. */
	static ClaimRecord about(ClaimSubject... subjects) {
		return record(ReviewStatus.NEW, AnchorState.ANCHORED, List.of(subjects));
	}

	static ClaimRecord record(ReviewStatus status, AnchorState anchor) {
		return record(status, anchor, List.of(product("KVM")));
	}

	private static ClaimRecord record(ReviewStatus status, AnchorState anchor, List<ClaimSubject> about) {
		String text = "Hypervisors\n\n" + SENTENCE;
		TextSpan span = new TextSpan(text.indexOf(SENTENCE), text.length());
		return new ClaimRecord(ContextFingerprint.hash(status.id() + "-" + anchor.id()), "kvm.txt", SENTENCE, span, about,
				ClaimKind.SUPPORT, Polarity.AFFIRMED, 0.9, status, "", NOW, NOW, ContextFingerprint.of(text, span),
				anchor, anchor == AnchorState.CHANGED ? "Red Hat ships KVM in RHEL 6 beta." : null);
	}

	static ClaimSubject product(String canonical) {
		return new ClaimSubject(canonical, EntityType.PRODUCT, canonical);
	}

	static ClaimSubject mention(String text, EntityType type, String canonical) {
		return new ClaimSubject(text, type, canonical);
	}
}
