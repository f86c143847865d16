package io.claimtagger.core.export;

import static org.junit.Assert.assertArrayEquals;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.store.ArticleClaims;
import io.claimtagger.core.store.ClaimRecord;

public class BratStandoffTest {

	@Test
	public void entitiesAndClaimsWithAttributesAndNotes() {
		ArticleClaims claims = ExportSamples.claims();
		BratStandoff.Document doc = BratStandoff.write(ExportSamples.TEXT, ExportSamples.entities(), claims.claims());
		assertEquals(ExportSamples.TEXT, doc.text());
		int redHat = ExportSamples.TEXT.indexOf("Red Hat");
		int rhel = ExportSamples.TEXT.indexOf("RHEL 6");
		int citrix = ExportSamples.TEXT.indexOf("Citrix");
		ClaimRecord first = claims.claims().get(0);
		ClaimRecord second = claims.claims().get(1);
		assertEquals(String.join("\n",
				"T1\tVendor " + redHat + " " + (redHat + 7) + "\tRed Hat",
				"T2\tProduct " + rhel + " " + (rhel + 6) + "\tRHEL 6",
				"#1\tAnnotatorNotes T2\tRed Hat Enterprise Linux",
				"T3\tVendor " + citrix + " " + (citrix + 6) + "\tCitrix",
				"T4\tClaim " + first.span().start() + " " + first.span().end() + "\tRed Hat ships KVM in RHEL 6.",
				"A1\tStatus T4 accepted", "A2\tKind T4 support", "A3\tPolarity T4 affirmed",
				"#2\tAnnotatorNotes T4\tChecked, \"RHEL 6\" release notes",
				"T5\tClaim " + second.span().start() + " " + second.span().end() + "\t" + second.sentence(),
				"A4\tStatus T5 new", "A5\tKind T5 acquisition", "A6\tPolarity T5 affirmed", ""), doc.annotations());
	}

	@Test
	public void offsetsCountCodePointsAndCrlfAsOneCharacter() {
		// An emoji is two UTF-16 units but one code point; \r\n is written as \n.
		String text = "\uD83D\uDE80 Launch\r\nRed Hat ships KVM.";
		Entity redHat = ExportSamples.entity(text, "Red Hat", EntityType.VENDOR, "Red Hat");
		BratStandoff.Document doc = BratStandoff.write(text, List.of(redHat), List.of());
		assertEquals("\uD83D\uDE80 Launch\nRed Hat ships KVM.", doc.text());
		int start = doc.text().codePointCount(0, doc.text().indexOf("Red Hat"));
		assertEquals("T1\tVendor " + start + " " + (start + 7) + "\tRed Hat\n", doc.annotations());
		assertEquals(9, start);
		assertArrayEquals(new int[] { 0, 0, 1, 2 }, BratStandoff.codePointOffsets("\uD83D\uDE80a"));
	}

	@Test
	public void aClaimAcrossLinesBecomesOneFragmentPerLine() {
		String text = "Intro.\nRed Hat ships\nKVM in RHEL 6.\n";
		String sentence = "Red Hat ships\nKVM in RHEL 6.";
		ClaimRecord c = ClaimRecord.found("a.txt", ExportSamples.claim(text, sentence, ClaimKind.SUPPORT), text,
				ExportSamples.FOUND, 0);
		String ann = BratStandoff.write(text, List.of(), List.of(c)).annotations();
		assertTrue(ann, ann.startsWith("T1\tClaim 7 20;21 35\tRed Hat ships KVM in RHEL 6.\n"));
	}

	@Test
	public void removedClaimsAndSpansOutsideTheTextAreLeftOut() {
		ArticleClaims claims = ExportSamples.claims();
		String shorter = ExportSamples.TEXT.substring(0, ExportSamples.TEXT.indexOf("Citrix"));
		String ann = BratStandoff.write(shorter, List.of(), claims.claims()).annotations();
		assertTrue(ann, ann.contains("\tRed Hat ships KVM in RHEL 6."));
		assertFalse(ann, ann.contains("Citrix"));
	}

	@Test
	public void annotationConfDeclaresTypesOverlapAndAttributeValues() {
		String conf = BratStandoff.annotationConf();
		assertTrue(conf, conf.startsWith("[entities]\nVendor\nProduct\nClaim\n"));
		assertTrue(conf, conf.contains("<OVERLAP>\tArg1:<ENTITY>, Arg2:<ENTITY>, <OVL-TYPE>:<ANY>"));
		assertTrue(conf, conf.contains("Status\tArg:Claim, Value:new|accepted|rejected|disputed\n"));
		assertTrue(conf, conf.contains("Polarity\tArg:Claim, Value:affirmed|negated\n"));
	}
}
