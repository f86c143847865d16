package io.claimtagger.core.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import io.claimtagger.core.claim.Claim;
import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.claim.Polarity;
import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.entity.EntitySource;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.store.ArticleClaims;
import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.core.text.TextSpan;

/** Hand-made articles, entities and stored claims, so export tests need no models. */
final class ExportSamples {

	static final String ARTICLE = "articles/kvm.txt";
	static final Instant FOUND = Instant.parse("2024-05-01T09:30:00Z");
	static final Instant REVIEWED = Instant.parse("2024-05-02T10:00:00Z");

	static final String TEXT = String.join("\n", "KVM in the enterprise", "",
			"Red Hat ships KVM in RHEL 6.", "", "Citrix bought XenSource in 2007, for $500 million.", "");

	private ExportSamples() {
	}

	static Entity entity(String text, String mention, EntityType type, String canonical) {
		int at = text.indexOf(mention);
		if (at < 0) {
			throw new IllegalArgumentException("not in text: " + mention);
		}
		return new Entity(new TextSpan(at, at + mention.length()), mention, type, canonical, 0.9,
				EntitySource.BOTH);
	}

	static List<Entity> entities() {
		return List.of(entity(TEXT, "Red Hat", EntityType.VENDOR, "Red Hat"),
				entity(TEXT, "RHEL 6", EntityType.PRODUCT, "Red Hat Enterprise Linux"),
				entity(TEXT, "Citrix", EntityType.VENDOR, "Citrix"));
	}

	static Claim claim(String text, String sentence, ClaimKind kind, Entity... about) {
		int at = text.indexOf(sentence);
		if (at < 0) {
			throw new IllegalArgumentException("not in text: " + sentence);
		}
		return new Claim(new TextSpan(at, at + sentence.length()), sentence, List.of(about), kind, Polarity.AFFIRMED,
				0.875);
	}

	/** The two claims of {@link #TEXT}: the first accepted with a note, the second new. */
	static ArticleClaims claims() {
		List<Entity> e = entities();
		List<ClaimRecord> records = new ArrayList<>();
		records.add(ClaimRecord.found(ARTICLE, claim(TEXT, "Red Hat ships KVM in RHEL 6.", ClaimKind.SUPPORT,
				e.get(0), e.get(1)), TEXT, FOUND, 0)
				.withStatus(io.claimtagger.core.store.ReviewStatus.ACCEPTED, REVIEWED)
				.withNote("Checked, \"RHEL 6\" release notes", REVIEWED));
		records.add(ClaimRecord.found(ARTICLE, claim(TEXT, "Citrix bought XenSource in 2007, for $500 million.",
				ClaimKind.ACQUISITION, e.get(2)), TEXT, FOUND, 0));
		return new ArticleClaims(ARTICLE, records);
	}
}
