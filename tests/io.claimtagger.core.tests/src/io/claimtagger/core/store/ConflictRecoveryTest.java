package io.claimtagger.core.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;

import org.junit.Test;

/**
 * Issue 14 row 3: a claims file a line merge left with conflict markers gives back the decisions of
 * both sides, instead of a fresh store.
 */
public class ConflictRecoveryTest {

	private static final Instant T1 = Instant.parse("2026-11-02T10:00:00Z");
	private static final Instant T2 = Instant.parse("2026-11-03T10:00:00Z");

	/** What git writes for a conflict in one region: our lines, the ancestor's (diff3), theirs. */
	private static String conflicted(String base, String ours, String theirs, boolean diff3) {
		String[] b = base.split("\n", -1);
		String[] o = ours.split("\n", -1);
		String[] t = theirs.split("\n", -1);
		int head = 0;
		while (head < b.length && head < o.length && head < t.length && b[head].equals(o[head]) && b[head].equals(t[head])) {
			head++;
		}
		int tail = 0;
		while (tail < b.length - head && tail < o.length - head && tail < t.length - head
				&& b[b.length - 1 - tail].equals(o[o.length - 1 - tail]) && b[b.length - 1 - tail].equals(t[t.length - 1 - tail])) {
			tail++;
		}
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < head; i++) {
			out.append(b[i]).append('\n');
		}
		out.append("<<<<<<< HEAD\n");
		for (int i = head; i < o.length - tail; i++) {
			out.append(o[i]).append('\n');
		}
		if (diff3) {
			out.append("||||||| base\n");
			for (int i = head; i < b.length - tail; i++) {
				out.append(b[i]).append('\n');
			}
		}
		out.append("=======\n");
		for (int i = head; i < t.length - tail; i++) {
			out.append(t[i]).append('\n');
		}
		out.append(">>>>>>> colleague\n");
		for (int i = b.length - tail; i < b.length; i++) {
			out.append(b[i]).append(i < b.length - 1 ? "\n" : "");
		}
		return out.toString();
	}

	@Test
	public void bothSidesDecisionsComeBackFromAConflictedFile() {
		for (boolean diff3 : new boolean[] { false, true }) {
			ArticleClaims base = ClaimStoreFormatTest.sample();
			ClaimRecord a = base.claims().get(0);
			ClaimRecord b = base.claims().get(1);
			ArticleClaims ours = base.with(a.withStatus(ReviewStatus.ACCEPTED, T1)).with(b.withNote("ours", T1));
			ArticleClaims theirs = base.with(a.withNote("theirs", T2)).with(b.withStatus(ReviewStatus.REJECTED, T2));
			String text = conflicted(ClaimStoreFormat.write(base), ClaimStoreFormat.write(ours), ClaimStoreFormat.write(theirs),
					diff3);
			assertTrue(ConflictRecovery.hasConflict(text));

			ConflictRecovery.Result r = ConflictRecovery.recover(text, "kvm.txt.claims.json").orElseThrow();
			assertEquals(ReviewStatus.ACCEPTED, r.claims().find(a.id()).orElseThrow().status());
			assertEquals(ReviewStatus.REJECTED, r.claims().find(b.id()).orElseThrow().status());
			// With the ancestor (diff3) each side's change is known; without it no note is dropped.
			String noteA = r.claims().find(a.id()).orElseThrow().note();
			String noteB = r.claims().find(b.id()).orElseThrow().note();
			if (diff3) {
				assertEquals("theirs", noteA);
				assertEquals("ours", noteB);
			} else {
				assertTrue(noteA, noteA.contains("theirs"));
				assertTrue(noteB, noteB.startsWith("ours"));
			}
			assertTrue(r.lost().isEmpty());
		}
	}

	@Test
	public void aSideThatCannotBeReadIsNamedAndTheOtherKept() {
		ArticleClaims base = ClaimStoreFormatTest.sample();
		String ours = ClaimStoreFormat.write(base.with(base.claims().get(0).withStatus(ReviewStatus.ACCEPTED, T1)));
		String text = "<<<<<<< HEAD\n" + ours + "=======\n{ not json\n>>>>>>> colleague\n";
		ConflictRecovery.Result r = ConflictRecovery.recover(text, "x").orElseThrow();
		assertEquals(ReviewStatus.ACCEPTED, r.claims().claims().get(0).status());
		assertEquals(1, r.lost().size());
		assertTrue(r.lost().get(0), r.lost().get(0).contains("their side"));
		assertFalse(ConflictRecovery.hasConflict(ours));
		assertTrue(ConflictRecovery.recover("<<<<<<< a\n{\n=======\n[\n>>>>>>> b\n", "x").isEmpty());
	}

	/** Row 7: JSON nested thousands deep is a format error, never a StackOverflowError. */
	@Test
	public void deeplyNestedJsonIsAFormatError() {
		String deep = "{\"version\": 1, \"article\": \"a.txt\", \"claims\": " + "[".repeat(3000) + "]".repeat(3000) + "}";
		try {
			ClaimStoreFormat.read(deep, "deep.json");
			throw new AssertionError("read");
		} catch (ClaimStoreFormatException expected) {
			assertTrue(expected.getMessage(), expected.getMessage().contains("deep.json"));
		}
	}
}
