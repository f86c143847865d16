package io.claimtagger.core.evidence;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.claim.Polarity;
import io.claimtagger.core.corpus.AnnotatedSentence;
import io.claimtagger.core.corpus.Mention;
import io.claimtagger.core.store.AnchorState;
import io.claimtagger.core.store.ArticleClaims;
import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.core.store.ClaimStore;
import io.claimtagger.core.store.ClaimSubject;
import io.claimtagger.core.store.ContextFingerprint;
import io.claimtagger.core.store.ReviewStatus;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.text.FormatException;
import io.claimtagger.core.text.TextSpan;

public class EvidenceStoreTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T10:00:00Z"), ZoneOffset.UTC);

	@Test
	public void aCorrectedSentenceIsWrittenAsAnAnnotatedLineAndReadBack() throws Exception {
		Path root = tmp.getRoot().toPath();
		EvidenceStore store = new EvidenceStore(root, CLOCK);
		String sentence = "  Quillfeather ships tessctl with\nTessellate DB 2.";
		List<Mention> mentions = List.of(new Mention(2, 14, EntityType.VENDOR, "Quillfeather"),
				new Mention(21, 28, EntityType.PRODUCT, "tessctl"), new Mention(34, 49, EntityType.PRODUCT, "Tessellate DB 2"));
		assertTrue(store.record("articles/a.txt", sentence, mentions, "tagged \"tessctl\" as product"));

		Path file = root.resolve(".claims/articles/a.txt.evidence.ann");
		assertEquals("""
				# Claim Tagger evidence (docs/learning.md): sentences of this article as the user corrected them.
				=== articles/a.txt

				# 2026-12-03T10:00:00Z tagged "tessctl" as product
				?	<v>Quillfeather</v> ships <p>tessctl</p> with <p>Tessellate DB 2</p>.
				""", Files.readString(file, StandardCharsets.UTF_8));
		List<EvidenceEntry> read = store.load("articles/a.txt");
		assertEquals(1, read.size());
		assertEquals("Quillfeather ships tessctl with Tessellate DB 2.", read.get(0).sentence());
		assertEquals(List.of(new Mention(0, 12, EntityType.VENDOR, "Quillfeather"), new Mention(19, 26, EntityType.PRODUCT, "tessctl"),
				new Mention(32, 47, EntityType.PRODUCT, "Tessellate DB 2")), read.get(0).mentions());

		// The same sentence corrected again: one entry, both actions in its history.
		store.record("articles/a.txt", read.get(0).sentence(), read.get(0).mentions().subList(0, 2), "not a product here: \"Tessellate DB 2\"");
		assertEquals(1, store.load("articles/a.txt").size());
		assertEquals(2, store.load("articles/a.txt").get(0).history().size());

		Evidence evidence = Evidence.under(root);
		assertEquals(1, evidence.names().size());
		assertTrue(evidence.names().get(0).namesOnly());
		assertEquals(1, evidence.articles());

		store.move("articles/a.txt", "old/a.txt");
		assertFalse(Files.exists(file));
		assertEquals(List.of("old/a.txt"), store.articles());
		assertTrue(store.remove("old/a.txt", read.get(0).sentence()));
		assertEquals(List.of(), store.articles());
		assertTrue(Evidence.under(root).isEmpty());
	}

	@Test
	public void aBrokenFileIsAFormatErrorWithItsLineAndTheTrainingSkipsIt() throws Exception {
		Path root = tmp.getRoot().toPath();
		Path file = root.resolve(".claims/b.txt.evidence.ann");
		Files.createDirectories(file.getParent());
		Files.writeString(file, "=== b.txt\n?\t<v>Acme ships it.\n");
		try {
			new EvidenceStore(root).load("b.txt");
			fail("a broken evidence file was read");
		} catch (FormatException e) {
			assertTrue(e.getMessage(), e.getMessage().contains(":2") || e.getMessage().contains("line 2"));
		}
		Evidence evidence = Evidence.under(root);
		assertTrue(evidence.isEmpty());
		assertEquals(1, evidence.problems().size());
		assertTrue(evidence.problems().get(0), evidence.problems().get(0).contains("skipped"));
	}

	/**
	 * Claims: accepted ones and those the analyst gave a kind or polarity teach their reading,
	 * rejected ones "not a claim" (whatever their reading), the rest nothing.
	 */
	@Test
	public void reviewedClaimsAndTheAnalystsReadingAreClaimEvidence() throws Exception {
		Path root = tmp.getRoot().toPath();
		Instant t = CLOCK.instant();
		ClaimRecord accepted = record("00000000000000a1", "Acme supports Xen.", 0, ClaimKind.SUPPORT)
				.withStatus(ReviewStatus.ACCEPTED, t);
		ClaimRecord read = record("00000000000000a2", "Acme no longer sells Vireo.", 20, ClaimKind.STRATEGY)
				.withReading(ClaimKind.RELEASE, Polarity.NEGATED, t);
		ClaimRecord rejected = record("00000000000000a3", "Acme is fun.", 50, ClaimKind.OTHER)
				.withReading(ClaimKind.STRATEGY, Polarity.AFFIRMED, t).withStatus(ReviewStatus.REJECTED, t);
		ClaimRecord untouched = record("00000000000000a4", "Acme ships Vireo 2.", 70, ClaimKind.RELEASE);
		new ClaimStore(root).save(new ArticleClaims("a.txt", List.of(accepted, read, rejected, untouched)));

		List<AnnotatedSentence> claims = Evidence.under(root).claims();
		assertEquals(3, claims.size());
		java.util.Map<String, AnnotatedSentence> byText = new java.util.HashMap<>();
		claims.forEach(c -> byText.put(c.text(), c));
		assertEquals(ClaimKind.SUPPORT, byText.get("Acme supports Xen.").kind());
		assertEquals(ClaimKind.RELEASE, byText.get("Acme no longer sells Vireo.").kind());
		assertEquals(Polarity.NEGATED, byText.get("Acme no longer sells Vireo.").polarity());
		assertEquals(null, byText.get("Acme is fun.").kind());
		assertFalse(byText.containsKey("Acme ships Vireo 2."));
	}

	private static ClaimRecord record(String id, String sentence, int start, ClaimKind kind) {
		Instant t = Instant.parse("2026-12-01T09:00:00Z");
		return new ClaimRecord(id, "a.txt", sentence, new TextSpan(start, start + sentence.length()),
				List.of(new ClaimSubject("Acme", EntityType.VENDOR, "Acme")), kind, Polarity.AFFIRMED, 0.8,
				ReviewStatus.NEW, "", t, t, new ContextFingerprint("a", "b", "c"), AnchorState.ANCHORED, null);
	}

	@Test
	public void markupInASentenceIsNotRecordedAndPathsStayInTheProject() throws Exception {
		EvidenceStore store = new EvidenceStore(tmp.getRoot().toPath(), CLOCK);
		assertFalse(store.record("a.txt", "Use <p> tags for paragraphs.", List.of(), "x"));
		try {
			store.record("../outside.txt", "Acme ships.", List.of(), "x");
			fail("a path leaving the project was accepted");
		} catch (IllegalArgumentException expected) {
			// the claims store's path checks
		}
	}
}
