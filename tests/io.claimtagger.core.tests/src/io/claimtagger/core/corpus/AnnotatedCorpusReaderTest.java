package io.claimtagger.core.corpus;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;

import org.junit.Test;

import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.claim.Polarity;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.text.FormatException;

public class AnnotatedCorpusReaderTest {

	private static final String DOC = String.join("\n",
			"=== d1",
			"h\t<v>Novell</v> bets on <p>KVM</p>",
			"support+\tAs of SP2, <p>SLES 10</p> runs <p>Xen</p> guests.",
			"-\tWe asked around.",
			"",
			"release->SLES 10\tIt does not ship a new installer, says <v>Novell</v>.",
			"=== d2",
			"-\tNothing here.", "");

	@Test
	public void parsesDocumentsParagraphsLabelsAndMentions() {
		List<AnnotatedDocument> docs = AnnotatedCorpusReader.parse("t.ann", DOC);
		assertEquals(2, docs.size());
		AnnotatedDocument d1 = docs.get(0);
		assertEquals("d1", d1.id());
		assertEquals(3, d1.paragraphs().size());
		AnnotatedSentence heading = d1.sentences().get(0);
		assertTrue(heading.heading());
		assertEquals("Novell bets on KVM", heading.text());
		AnnotatedSentence claim = d1.sentences().get(1);
		assertEquals(ClaimKind.SUPPORT, claim.kind());
		assertEquals(Polarity.AFFIRMED, claim.polarity());
		assertEquals(List.of(new Mention(11, 18, EntityType.PRODUCT, "SLES 10"), new Mention(24, 27, EntityType.PRODUCT, "Xen")),
				claim.mentions());
		assertFalse(d1.sentences().get(2).isClaim());
		AnnotatedSentence negated = d1.sentences().get(3);
		assertEquals(Polarity.NEGATED, negated.polarity());
		assertEquals(List.of("SLES 10"), negated.references());
	}

	@Test
	public void rendersGoldArticleWithConsistentOffsets() {
		GoldDocument gold = GoldDocument.render("d1", AnnotatedCorpusReader.parse("t.ann", DOC).get(0));
		for (Mention m : gold.entities()) {
			assertEquals(m.text(), gold.text().substring(m.start(), m.end()));
		}
		assertEquals(2, gold.claims().size());
		GoldDocument.GoldClaim last = gold.claims().get(1);
		assertEquals(last.text(), gold.text().substring(last.start(), last.end()));
		assertEquals(List.of("Novell", "SLES 10"), last.about());
		GoldDocument back = GoldJson.read("d1", gold.text(), GoldJson.write(gold));
		assertEquals(gold.entities(), back.entities());
		assertEquals(gold.claims(), back.claims());
	}

	@Test
	public void reportsMalformedLinesWithFileAndLine() {
		for (String bad : new String[] { "support+ no tab", "maybe+\ttext", "-\t<v>open", "-\tclose</p> only",
				"->X\tnot a claim with a reference" }) {
			try {
				AnnotatedCorpusReader.parse("bad.ann", "=== x\n" + bad + "\n");
				fail("accepted: " + bad);
			} catch (FormatException e) {
				assertTrue(e.getMessage(), e.getMessage().startsWith("bad.ann:2: "));
			}
		}
	}
}
