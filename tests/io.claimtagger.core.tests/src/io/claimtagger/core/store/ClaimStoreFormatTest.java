package io.claimtagger.core.store;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Instant;
import java.util.List;

import org.junit.Test;

import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.claim.Polarity;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.text.TextSpan;
import io.claimtagger.core.text.WrittenBeforeGson;

public class ClaimStoreFormatTest {

	private static final String FILE = "/p/.claims/articles/kvm.txt.claims.json";

	static ArticleClaims sample() {
		String changed = "Red Hat\u2019s \u201cRHEV\u201d runs \"KVM\" \\ na\u00efvely on \u65e5\u672c \ud83d\ude00 hosts.";
		Instant t = Instant.parse("2024-05-01T09:30:00Z");
		ClaimRecord a = new ClaimRecord("00000000000000aa", SampleClaims.ARTICLE, changed,
				new TextSpan(40, 40 + changed.length()),
				List.of(new ClaimSubject("Red Hat\u2019s", EntityType.VENDOR, "Red Hat"),
						new ClaimSubject("KVM", EntityType.PRODUCT, "KVM")),
				ClaimKind.SUPPORT, Polarity.NEGATED, 0.913, ReviewStatus.DISPUTED,
				"Checked with \"the vendor\".\nSee ticket\t42 \u2014 \u00fc", t, t.plusSeconds(60),
				new ContextFingerprint("0123456789abcdef", "1111111111111111", "2222222222222222"),
				AnchorState.CHANGED, "Red Hat's RHEV runs KVM.");
		ClaimRecord b = new ClaimRecord("00000000000000bb", SampleClaims.ARTICLE, "SLES 11 supports Xen.",
				new TextSpan(0, 21), List.of(), ClaimKind.RELEASE, Polarity.AFFIRMED, 1.0, ReviewStatus.NEW, "", t, t,
				new ContextFingerprint("a", "b", "c"), AnchorState.ANCHORED, null);
		return new ArticleClaims(SampleClaims.ARTICLE, List.of(a, b));
	}

	@Test
	public void roundTripKeepsEveryFieldIncludingNonAsciiAndQuotes() throws Exception {
		ArticleClaims claims = sample();
		ArticleClaims read = ClaimStoreFormat.read(ClaimStoreFormat.write(claims), FILE);
		assertEquals(claims, read);
		assertEquals("Red Hat's RHEV runs KVM.", read.find("00000000000000aa").orElseThrow().previousSentence());
		assertNull(read.find("00000000000000bb").orElseThrow().previousSentence());
	}

	@Test
	public void outputIsStableSortedOneKeyPerLineWithTrailingNewline() {
		String text = ClaimStoreFormat.write(sample());
		assertEquals(text, ClaimStoreFormat.write(sample()));
		assertTrue(text.startsWith("{\n  \"version\": 1,\n  \"article\": \"articles/kvm.txt\",\n  \"claims\": [\n"));
		assertTrue(text.endsWith("}\n"));
		// Sorted by span start, whatever the order given.
		assertTrue(text.indexOf("00000000000000bb") < text.indexOf("00000000000000aa"));
		String[] keys = { "\"id\"", "\"status\"", "\"note\"", "\"anchor\"", "\"sentence\"", "\"previousSentence\"",
				"\"start\"", "\"end\"", "\"about\"", "\"kind\"", "\"polarity\"", "\"confidence\"", "\"context\"",
				"\"created\"", "\"updated\"" };
		int claimA = text.lastIndexOf("\"id\"", text.indexOf("00000000000000aa"));
		int last = claimA - 1;
		for (String key : keys) {
			int at = text.indexOf(key, claimA);
			assertTrue(key + " out of order", at > last);
			last = at;
		}
		assertTrue(text.contains("\"previousSentence\": \"Red Hat's RHEV runs KVM.\""));
		assertTrue(text.contains("\"created\": \"2024-05-01T09:30:00Z\""));
		assertTrue(text.contains("\"confidence\": 0.913"));
		// Non-ASCII is written as is, so diffs stay readable.
		assertTrue(text.contains("\u65e5\u672c \ud83d\ude00"));
		// Only a changed claim has the previous sentence key.
		assertEquals(text.indexOf("previousSentence"), text.lastIndexOf("previousSentence"));
	}

	@Test
	public void writesTheBytesTheWriterBeforeGsonWrote() throws Exception {
		WrittenBeforeGson.assertSameBytes("store.claims.json", ClaimStoreFormat.write(TrickyClaims.claims()));
		WrittenBeforeGson.assertSameBytes("store-empty.claims.json", ClaimStoreFormat.write(ArticleClaims.empty("a.txt")));
	}

	@Test
	public void emptyStoreRoundTrips() throws Exception {
		ArticleClaims empty = ArticleClaims.empty("a.txt");
		assertEquals(empty, ClaimStoreFormat.read(ClaimStoreFormat.write(empty), FILE));
	}

	/** Issue 14 row 6: an id that is not 16 hex digits (a spreadsheet formula, say) is a format error. */
	@Test
	public void idsThatAreNotSixteenHexDigitsAreRejected() {
		String good = ClaimStoreFormat.write(sample());
		for (String bad : new String[] { "=HYPERLINK(\\\"http://evil.example\\\",\\\"x\\\")", "00000000000000AA", "abc",
				"00000000000000aa0", "../../etc/passwd" }) {
			assertError(good.replace("\"00000000000000aa\"", "\"" + bad + "\""), "id must be 16 lower-case hex digits");
		}
	}

	/**
	 * Issue 14 row 13: a note with a lone surrogate (pasted from a broken source) no longer turns
	 * into '?' or makes the store unreadable: it is kept with U+FFFD in its place, which reads back.
	 */
	@Test
	public void aLoneSurrogateInANoteBecomesAReplacementCharacterAndReadsBack() throws Exception {
		ArticleClaims claims = sample();
		ClaimRecord odd = claims.claims().get(0).withNote("half an emoji: \ud83d and \ude00 alone, whole: \ud83d\ude00",
				Instant.parse("2024-05-02T00:00:00Z"));
		assertEquals("half an emoji: \ufffd and \ufffd alone, whole: \ud83d\ude00", odd.note());
		ArticleClaims withOdd = claims.with(odd);
		assertEquals(withOdd, ClaimStoreFormat.read(ClaimStoreFormat.write(withOdd), FILE));
	}

	/** Issue 14 row 13: the messages say what is wrong. */
	@Test
	public void aFractionalVersionAndANullFieldAreNamedForWhatTheyAre() {
		assertError("{\"version\": 1.0, \"article\": \"a.txt\", \"claims\": []}", "unsupported version 1.0",
				"whole number");
		assertError("{\"version\": 1, \"article\": null, \"claims\": []}", "field 'article' is null");
	}

	@Test
	public void badJsonNamesFileAndLine() {
		assertError("{\n  \"version\": 1,\n  \"claims\": [\n}", "not valid JSON", "line 4");
	}

	@Test
	public void unknownVersionIsReportedBeforeAnythingElse() {
		assertError("{\"version\": 2, \"stuff\": true}", "unsupported version 2", "reads version 1");
		assertError("{\"article\": \"a.txt\", \"claims\": []}", "missing field 'version'");
		assertError("[]", "expected a JSON object");
	}

	@Test
	public void missingFieldNamesClaimAndField() {
		String text = ClaimStoreFormat.write(sample()).replaceFirst("\\s*\"status\": \"new\",", "");
		assertError(text, "claim 1 (id 00000000000000bb)", "missing field 'status'");
	}

	@Test
	public void badEnumValueNamesFieldAndValue() {
		assertError(ClaimStoreFormat.write(sample()).replace("\"disputed\"", "\"maybe\""),
				"claim 2 (id 00000000000000aa)", "field 'status'", "'maybe'", "accepted");
		assertError(ClaimStoreFormat.write(sample()).replace("\"negated\"", "\"unsure\""), "field 'polarity'",
				"'unsure'");
		assertError(ClaimStoreFormat.write(sample()).replace("\"vendor\"", "\"company\""), "about entry 1",
				"field 'type'", "'company'");
		assertError(ClaimStoreFormat.write(sample()).replace("\"changed\"", "\"moved\""), "field 'anchor'");
	}

	@Test
	public void wrongTypesAndInconsistenciesAreNamed() {
		String text = ClaimStoreFormat.write(sample());
		assertError(text.replace("\"start\": 0", "\"start\": \"0\""), "field 'start' must be an integer");
		assertError(text.replace("\"start\": 0", "\"start\": 3"), "span [3, 21)", "sentence is 21");
		assertError(text.replace("2024-05-01T09:31:00Z", "yesterday"), "field 'updated'", "'yesterday'");
		assertError(text.replace("\"kind\": \"support\"", "\"kind\": \"support\", \"colour\": 1"),
				"unknown field 'colour'");
		assertError(text.replace("00000000000000bb", "00000000000000aa"), "duplicate claim id 00000000000000aa");
		assertError(text.replace("\"anchor\": \"anchored\"", "\"anchor\": \"changed\""),
				"a changed claim needs its previous sentence");
		assertError(text.replace("\"confidence\": 1", "\"confidence\": 7"), "confidence 7.0");
	}

	private static void assertError(String text, String... expected) {
		try {
			ClaimStoreFormat.read(text, FILE);
			fail("no error for:\n" + text);
		} catch (ClaimStoreFormatException e) {
			assertEquals(FILE, e.file());
			assertTrue(e.getMessage(), e.getMessage().startsWith(FILE + ": "));
			for (String part : expected) {
				assertTrue("'" + part + "' not in: " + e.getMessage(), e.getMessage().contains(part));
			}
		}
	}
}
