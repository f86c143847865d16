package io.claimtagger.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.claim.Polarity;
import io.claimtagger.core.entity.Catalog;
import io.claimtagger.core.entity.CatalogEntry;
import io.claimtagger.core.store.AnchorState;
import io.claimtagger.core.store.ArticleClaims;
import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.core.store.ClaimSubject;
import io.claimtagger.core.store.ContextFingerprint;
import io.claimtagger.core.store.ReviewStatus;
import io.claimtagger.core.text.TextSpan;

/**
 * A project's worth of stored claims for the store benchmark, built straight from generated
 * article text (no tagging needed): real sentences and spans, context fingerprints of the text,
 * one or two catalog names each, and a review history mix (a third reviewed with notes, some
 * changed or removed). {@value #PER_ARTICLE} claims per article file, as a busy project has them.
 * Deterministic.
 */
final class GeneratedClaims {

	static final int PER_ARTICLE = 100;

	private GeneratedClaims() {
	}

	/** {@code claims} records over articles of {@link #PER_ARTICLE} (the last may have fewer). */
	static List<ArticleClaims> generate(int claims, Catalog catalog, CorpusGenerator generator) {
		List<CatalogEntry> entries = catalog.entries();
		ClaimKind[] kinds = ClaimKind.values();
		Instant base = Instant.parse("2025-01-06T09:00:00Z");
		List<ArticleClaims> out = new ArrayList<>();
		Map<Integer, String> texts = new HashMap<>();
		int made = 0;
		for (int a = 0; made < claims; a++) {
			SplittableRandom r = new SplittableRandom(7_919L * a + 13);
			String path = String.format(Locale.ROOT, "articles/%02d/article-%05d.txt", a % 40, a);
			int want = Math.min(PER_ARTICLE, claims - made);
			// Articles share a few dozen texts: the records differ (path, id, review), the file
			// content is as varied as real articles, and building stays quick.
			String text = texts.computeIfAbsent(a % 64, k -> generator.article(1_000_000 + k, 2_400));
			List<TextSpan> sentences = statements(text);
			for (int words = 4_800; sentences.size() < want; words *= 2) {
				text = generator.article(1_000_000 + a, words);
				sentences = statements(text);
			}
			List<ClaimRecord> records = new ArrayList<>(want);
			for (int i = 0; i < want; i++) {
				TextSpan span = sentences.get(i);
				String sentence = span.in(text).toString();
				List<ClaimSubject> about = new ArrayList<>();
				for (int k = 0; k < 1 + r.nextInt(2); k++) {
					CatalogEntry e = entries.get(r.nextInt(entries.size()));
					ClaimSubject s = new ClaimSubject(e.aliases().get(r.nextInt(e.aliases().size())), e.type(), e.canonical());
					if (!about.contains(s)) {
						about.add(s);
					}
				}
				Instant created = base.plusSeconds(3_600L * a + 17L * i);
				int roll = r.nextInt(100);
				ReviewStatus status = roll < 67 ? ReviewStatus.NEW
						: roll < 85 ? ReviewStatus.ACCEPTED : roll < 95 ? ReviewStatus.REJECTED : ReviewStatus.DISPUTED;
				String note = status == ReviewStatus.NEW ? ""
						: status == ReviewStatus.ACCEPTED ? "Checked against the vendor's release notes."
								: "Source says otherwise; see the " + (2010 + r.nextInt(15)) + " press release, page "
										+ (1 + r.nextInt(9)) + ".";
				int anchorRoll = r.nextInt(100);
				AnchorState anchor = anchorRoll < 92 ? AnchorState.ANCHORED : anchorRoll < 97 ? AnchorState.CHANGED : AnchorState.REMOVED;
				String previous = anchor == AnchorState.CHANGED ? sentence.replaceFirst("\\s\\S+", " formerly") : null;
				records.add(new ClaimRecord(String.format(Locale.ROOT, "%016x", r.nextLong()), path, sentence, span, about,
						kinds[r.nextInt(kinds.length)], r.nextInt(10) == 0 ? Polarity.NEGATED : Polarity.AFFIRMED,
						Math.round((0.5 + r.nextDouble() / 2) * 1000) / 1000.0, status, note, created,
						status == ReviewStatus.NEW ? created : created.plusSeconds(86_400L + r.nextInt(86_400)),
						ContextFingerprint.of(text, span), anchor, previous));
			}
			out.add(new ArticleClaims(path, records));
			made += want;
		}
		return out;
	}

	/** Sentence-like spans ending in a period, found by a plain scan (no model needed for the store). */
	private static List<TextSpan> statements(String text) {
		List<TextSpan> out = new ArrayList<>();
		int start = -1;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (start < 0) {
				if (Character.isUpperCase(c)) {
					start = i;
				}
				continue;
			}
			if (c == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
				start = -1; // paragraph end without a period: a heading or list, not a statement
			} else if (c == '.' && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
				out.add(new TextSpan(start, i + 1));
				start = -1;
			}
		}
		return out;
	}
}
