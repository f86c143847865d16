package io.claimtagger.core.compare;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.pipeline.TaggingPipeline;

public class ClaimDiffTest {

	private static final TaggingPipeline PIPELINE = new TaggingPipeline(NlpModels.bundled());

	private static List<String> diff(String before, String after) {
		return ClaimDiff.between(PIPELINE.tag(before).claims(), PIPELINE.tag(after).claims()).stream()
				.map(d -> d.changes().stream().map(Change::id).sorted().toList() + " "
						+ (d.before() != null ? d.before().text() : "") + " => " + (d.after() != null ? d.after().text() : ""))
				.toList();
	}

	@Test
	public void movedParagraphsAndTypoFixesAreNoDifference() {
		String a = "VMware shipped vSphere 4.1 in July 2010.";
		String b = "Red Hat Enterprise Linux 6 includes KVM as its only hypervisor.";
		assertEquals(List.of(), diff(a + "\n\n" + b + "\n", b + "\n\n" + a.replace("shipped", "shiped") + "\n"));
	}

	@Test
	public void aChangedDateANegationAndANewClaimAreEachReported() {
		String before = "VMware shipped vSphere 4.1 in July 2010.\n\nCitrix XenServer supports Windows Server 2008 guests.\n";
		String after = "VMware shipped vSphere 4.1 in August 2010.\n\nCitrix XenServer does not support Windows Server 2008 guests.\n\n"
				+ "Microsoft acquired Quillfeather for $40 million in 2012.\n";
		List<String> d = diff(before, after);
		assertEquals(d.toString(), 3, d.size());
		assertTrue(d.toString(), d.get(0).startsWith("[value] VMware shipped vSphere 4.1 in July 2010."));
		assertTrue(d.toString(), d.get(1).startsWith("[polarity] Citrix XenServer supports"));
		assertTrue(d.toString(), d.get(2).startsWith("[added]  => Microsoft acquired Quillfeather"));
	}

	@Test
	public void otherWordsForTheSameClaimAreAReword() {
		List<String> d = diff("Oracle released Oracle VM 2.2 in 2009 with support for Xen 3.4.\n",
				"In 2009 Oracle released Oracle VM 2.2, which supports Xen 3.4.\n");
		assertEquals(d.toString(), 1, d.size());
		assertTrue(d.toString(), d.get(0).startsWith("[reworded]"));
	}
}
