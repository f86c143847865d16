package io.claimtagger.core.export;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

import io.claimtagger.core.store.ArticleClaims;
import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.core.text.LineIndex;

public class ClaimsCsvTest {

	@Test
	public void oneHeaderAndOneRowPerClaimWithCrlfAndQuoting() {
		ArticleClaims claims = ExportSamples.claims();
		String csv = ClaimsCsv.write(List.of(new ProjectArticleClaims("reviews", claims,
				LineIndex.of(ExportSamples.TEXT))));
		String[] rows = csv.split("\r\n", -1);
		assertEquals(4, rows.length); // header, two claims, the empty rest after the last CRLF
		assertEquals("", rows[3]);
		assertEquals(String.join(",", ClaimsCsv.HEADER), rows[0]);
		ClaimRecord first = claims.claims().get(0);
		assertEquals("reviews,articles/kvm.txt,3," + first.span().start() + "," + first.span().end() + ","
				+ first.id() + ",accepted,anchored,support,affirmed,0.875,Red Hat; Red Hat Enterprise Linux,"
				+ "Red Hat ships KVM in RHEL 6.,,\"Checked, \"\"RHEL 6\"\" release notes\","
				+ "2024-05-01T09:30:00Z,2024-05-02T10:00:00Z", rows[1]);
		assertTrue(rows[2], rows[2].contains(",new,anchored,acquisition,affirmed,"));
		assertTrue(rows[2], rows[2].contains(",\"Citrix bought XenSource in 2007, for $500 million.\","));
	}

	@Test
	public void lineIsEmptyWhenTheTextWasNotRead() {
		String csv = ClaimsCsv.write(List.of(new ProjectArticleClaims("p", ExportSamples.claims())));
		assertTrue(csv, csv.split("\r\n")[1].startsWith("p,articles/kvm.txt,,"));
	}

	@Test
	public void textThatASpreadsheetWouldRunAsAFormulaIsWrittenAsText() {
		String text = "=HYPERLINK(\"http://evil\") says KVM works.\n+1 for Xen, says Citrix.";
		ClaimRecord formula = ClaimRecord.found("a.txt", ExportSamples.claim(text,
				"=HYPERLINK(\"http://evil\") says KVM works.", io.claimtagger.core.claim.ClaimKind.OTHER),
				text, ExportSamples.FOUND, 0).withNote("@SUM(A1)", ExportSamples.REVIEWED);
		ClaimRecord plus = ClaimRecord.found("a.txt", ExportSamples.claim(text, "+1 for Xen, says Citrix.",
				io.claimtagger.core.claim.ClaimKind.OTHER), text, ExportSamples.FOUND, 0);
		String csv = ClaimsCsv.write(List.of(new ProjectArticleClaims("p",
				new ArticleClaims("a.txt", List.of(formula, plus)))));
		assertTrue(csv, csv.contains(",\"'=HYPERLINK(\"\"http://evil\"\") says KVM works.\","));
		assertTrue(csv, csv.contains(",'@SUM(A1),"));
		assertTrue(csv, csv.contains(",\"'+1 for Xen, says Citrix.\","));
		// Numbers stay numbers.
		assertTrue(csv, csv.contains(",0.875,"));
	}
}
