package io.claimtagger.core.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.claimtagger.core.claim.Claim;
import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.claim.Polarity;
import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.entity.EntitySource;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.text.TextSpan;

/** Hand-made tagger output and records, so store tests need no models. */
final class SampleClaims {

	static final String ARTICLE = "articles/kvm.txt";

	private SampleClaims() {
	}

	static Clock at(String instant) {
		return Clock.fixed(Instant.parse(instant), ZoneOffset.UTC);
	}

	/** A claim for every occurrence of each sentence in the text, about the sentence's first word. */
	static List<Claim> claimsOf(String text, String... sentences) {
		List<Claim> claims = new ArrayList<>();
		for (String s : sentences) {
			int found = 0;
			for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
				claims.add(claim(text, at, s, ClaimKind.SUPPORT, 0.9));
				found++;
			}
			if (found == 0) {
				throw new IllegalArgumentException("not in text: " + s);
			}
		}
		claims.sort(Comparator.comparing(Claim::span));
		return claims;
	}

	static Claim claim(String text, int at, String sentence, ClaimKind kind, double confidence) {
		if (!text.startsWith(sentence, at)) {
			throw new IllegalArgumentException("not at " + at + ": " + sentence);
		}
		int wordEnd = sentence.indexOf(' ') < 0 ? sentence.length() : sentence.indexOf(' ');
		String word = sentence.substring(0, wordEnd);
		Entity about = new Entity(new TextSpan(at, at + wordEnd), word, EntityType.PRODUCT, word, 0.95,
				EntitySource.CATALOG);
		return new Claim(new TextSpan(at, at + sentence.length()), sentence, List.of(about), kind,
				Polarity.AFFIRMED, confidence);
	}

	/** The record of the sentence, failing when there is none or more than one. */
	static ClaimRecord only(ArticleClaims claims, String sentence) {
		List<ClaimRecord> found = claims.claims().stream().filter(c -> c.sentence().equals(sentence)).toList();
		if (found.size() != 1) {
			throw new AssertionError(found.size() + " records of '" + sentence + "' in " + claims);
		}
		return found.get(0);
	}
}
