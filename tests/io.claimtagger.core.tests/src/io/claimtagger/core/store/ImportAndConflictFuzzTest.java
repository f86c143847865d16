package io.claimtagger.core.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.Test;

import io.claimtagger.core.export.ClaimsJson;
import io.claimtagger.core.export.ImportMerge;
import io.claimtagger.core.export.ProjectArticleClaims;

/**
 * Issue 14: the import and the recovery of a conflicted claims file get thousands of broken
 * inputs (the store fuzzer's mutations). The import reads or refuses with a format error naming
 * the file, and what it reads merges into a store without losing a stored claim; the recovery
 * returns claims or nothing, never throws.
 */
public class ImportAndConflictFuzzTest {

	private static final long SEED = 0x1_4E_F022L;
	private static final int ROUNDS = 3000;
	private static final String FILE = "/tmp/import.json";

	@Test
	public void importsReadOrAreRefusedAndNeverLoseAStoredClaim() throws Exception {
		ArticleClaims stored = ClaimStoreFormatTest.sample();
		String valid = ClaimsJson.write(List.of(new ProjectArticleClaims("p", stored)),
				Instant.parse("2026-11-01T00:00:00Z"));
		Random random = new Random(SEED);
		int read = 0;
		for (int round = 0; round < ROUNDS; round++) {
			ClaimStoreFormatFuzzTest.Mutation m = ClaimStoreFormatFuzzTest.Mutation.values()[random
					.nextInt(ClaimStoreFormatFuzzTest.Mutation.values().length)];
			String input = ClaimStoreFormatFuzzTest.mutate(valid, m, random);
			try {
				for (ProjectArticleClaims entry : ClaimsJson.read(input, FILE)) {
					ArticleClaims merged = ImportMerge.merge(stored, entry.claims(), Instant.parse("2026-12-01T00:00:00Z"));
					for (ClaimRecord mine : stored.claims()) {
						assertTrue("round " + round + " lost " + mine.id(), merged.find(mine.id()).isPresent());
					}
				}
				read++;
			} catch (ClaimStoreFormatException e) {
				assertTrue(e.getMessage(), e.getMessage().startsWith(FILE));
			} catch (Throwable t) {
				throw new AssertionError("seed " + SEED + ", round " + round + ", " + m + ": " + t + "\ninput: "
						+ ClaimStoreFormatFuzzTest.abbreviate(input), t);
			}
		}
		assertTrue("some inputs must still read: " + read, read > 0);
	}

	@Test
	public void recoveringAConflictedFileNeverThrows() {
		ArticleClaims base = ClaimStoreFormatTest.sample();
		String ours = ClaimStoreFormat.write(base.with(base.claims().get(0).withStatus(ReviewStatus.ACCEPTED,
				Instant.parse("2026-11-02T00:00:00Z"))));
		String theirs = ClaimStoreFormat.write(base.with(base.claims().get(1).withNote("theirs",
				Instant.parse("2026-11-03T00:00:00Z"))));
		String valid = "<<<<<<< HEAD\n" + ours + "=======\n" + theirs + ">>>>>>> b\n";
		Random random = new Random(SEED + 1);
		int recovered = 0;
		for (int round = 0; round < ROUNDS; round++) {
			ClaimStoreFormatFuzzTest.Mutation m = ClaimStoreFormatFuzzTest.Mutation.values()[random
					.nextInt(ClaimStoreFormatFuzzTest.Mutation.values().length)];
			String input = ClaimStoreFormatFuzzTest.mutate(valid, m, random);
			try {
				Optional<ConflictRecovery.Result> r = ConflictRecovery.recover(input, FILE);
				if (r.isPresent()) {
					recovered++;
					ArticleClaims claims = r.get().claims();
					assertEquals(claims, ClaimStoreFormat.read(ClaimStoreFormat.write(claims), FILE));
				}
			} catch (Throwable t) {
				throw new AssertionError("seed " + (SEED + 1) + ", round " + round + ", " + m + ": " + t + "\ninput: "
						+ ClaimStoreFormatFuzzTest.abbreviate(input), t);
			}
		}
		assertTrue("some conflicts must still be recovered: " + recovered, recovered > 0);
	}
}
