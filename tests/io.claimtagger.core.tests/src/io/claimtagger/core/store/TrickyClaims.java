package io.claimtagger.core.store;

import java.time.Instant;
import java.util.List;

import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.claim.Polarity;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.text.TextSpan;
import io.claimtagger.core.text.WrittenBeforeGson;

/**
 * Stored claims with {@link WrittenBeforeGson#TRICKY} in every string field and confidences that
 * exercise every number form the writer has (integral, plain, exponent), for byte comparisons.
 */
public final class TrickyClaims {

	public static final String ARTICLE = "articles/tricky " + WrittenBeforeGson.TRICKY + ".txt";

	private TrickyClaims() {
	}

	public static ArticleClaims claims() {
		String tricky = WrittenBeforeGson.TRICKY;
		Instant t = Instant.parse("2024-05-01T09:30:00Z");
		String sentence = "Tricky " + tricky + " sentence.";
		ClaimRecord changed = new ClaimRecord("00000000000000cc", ARTICLE, sentence,
				new TextSpan(100, 100 + sentence.length()),
				List.of(new ClaimSubject(tricky, EntityType.PRODUCT, tricky),
						new ClaimSubject("Red Hat\u2019s", EntityType.VENDOR, "Red Hat")),
				ClaimKind.SUPPORT, Polarity.NEGATED, 0.1 + 0.2, ReviewStatus.DISPUTED, tricky, t, t.plusSeconds(61),
				new ContextFingerprint("0123456789abcdef", tricky, ""), AnchorState.CHANGED, tricky);
		ClaimRecord sure = new ClaimRecord("00000000000000aa", ARTICLE, "SLES 11 supports Xen.", new TextSpan(0, 21),
				List.of(), ClaimKind.RELEASE, Polarity.AFFIRMED, 1.0, ReviewStatus.NEW, "", t, t,
				new ContextFingerprint("a", "b", "c"), AnchorState.ANCHORED, null);
		ClaimRecord unsure = new ClaimRecord("00000000000000bb", ARTICLE, "Xen runs.", new TextSpan(30, 39),
				List.of(new ClaimSubject("Xen", EntityType.PRODUCT, "Xen")), ClaimKind.OTHER, Polarity.AFFIRMED, 1e-7,
				ReviewStatus.REJECTED, "", t, t, new ContextFingerprint("d", "e", "f"), AnchorState.REMOVED,
				null);
		ClaimRecord zero = new ClaimRecord("00000000000000dd", ARTICLE, "Zero.", new TextSpan(50, 55), List.of(),
				ClaimKind.OTHER, Polarity.AFFIRMED, 0.0, ReviewStatus.ACCEPTED, "ok", t, t,
				new ContextFingerprint("g", "h", "i"), AnchorState.ANCHORED, null);
		return new ArticleClaims(ARTICLE, List.of(changed, sure, unsure, zero));
	}
}
