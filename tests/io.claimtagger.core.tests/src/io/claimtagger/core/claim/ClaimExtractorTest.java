package io.claimtagger.core.claim;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.pipeline.TaggingPipeline;

/** Claim rules and the trained classifiers, on sentences written for this test. */
public class ClaimExtractorTest {

	private final TaggingPipeline pipeline = new TaggingPipeline(NlpModels.bundled());

	private List<Claim> claims(String text) {
		return pipeline.tag(text).claims();
	}

	@Test
	public void supportClaimIsFoundWithItsEntities() {
		List<Claim> claims = claims("As of Service Pack 2, SUSE Linux Enterprise Server 11 supports KVM for Windows guests.");
		assertEquals(1, claims.size());
		Claim c = claims.get(0);
		assertEquals(ClaimKind.SUPPORT, c.kind());
		assertEquals(Polarity.AFFIRMED, c.polarity());
		assertTrue(c.about().stream().map(Entity::text).toList().containsAll(List.of("SUSE Linux Enterprise Server 11", "KVM")));
	}

	/** The guide: instructions are no claims, even when they name a product. */
	@Test
	public void instructionsToTheReaderAreNoClaims() {
		assertEquals(List.of(), claims("To try it, install the VMware vSphere client and run it against ESXi 8."));
		assertEquals(List.of(), claims("Back up your KVM guests first, then upgrade RHEL 9 on each host."));
		assertEquals(List.of(), claims("To install Karpenter, run helm install karpenter in the kube-system namespace."));
		assertEquals(List.of(), claims("Subscribe to our newsletter for more VMware news."));
		// A statement that opens with one of those verbs as a noun is still one.
		assertEquals(1, claims("Use of KVM doubled at Red Hat customers in 2012, the company said.").size());
		assertEquals(1, claims("Email sync in Microsoft Exchange 2010 now covers Gmail accounts as well.").size());
	}

	/** The guide: the author talking about the blog itself is no claim; an "Update:" line may be one. */
	@Test
	public void sentencesAboutTheBlogAreNoClaims() {
		assertEquals(List.of(), claims("In our last post we compared OpenStack and CloudStack for a small hosting team."));
		assertEquals(List.of(), claims("This post was updated on May 2 to reflect the new name of XenServer."));
		assertEquals(1, claims("Update from 2012: the free edition of ESXi 5.1 limits each host to 32 GB of RAM.").size());
	}

	/** An author's bio at the end of an article is about the author, not about the products it names. */
	@Test
	public void anAuthorsBioIsNoClaim() {
		String article = "KVM ships in RHEL 6 as the only hypervisor, Red Hat said.\n\n"
				+ "Rachel Ngata is a cloud economist who ran VMware and Xen clusters for six years.\n";
		List<Claim> claims = claims(article);
		assertEquals(1, claims.size());
		assertTrue(claims.get(0).text().startsWith("KVM ships"));
		// The same sentence opening an article is no bio.
		assertEquals(1, claims("Rachel Ngata is a cloud economist who ran VMware and Xen clusters for six years.\n\n"
				+ "She now advises banks.\n\nThey like it.\n\nThat is all.\n").size());
	}

	@Test
	public void negatedClaim() {
		List<Claim> claims = claims("OpenStack does not support Hyper-V at the moment.");
		assertEquals(1, claims.size());
		assertEquals(Polarity.NEGATED, claims.get(0).polarity());
	}

	@Test
	public void questionsHeadingsAndNamelessSentencesAreNotClaims() {
		assertEquals(List.of(), claims("Does VMware support KVM guests?"));
		assertEquals(List.of(), claims("VMware and the road to KVM\n\nWe looked at the numbers again this week."));
	}

	@Test
	public void hedgedMainClauseIsNotAClaimButAHedgedAsideIs() {
		assertEquals(List.of(), claims("Perhaps Oracle wants its own hypervisor after all."));
		assertEquals(List.of(), claims("Later this year Novell may sell its SUSE business to a private equity firm."));
		assertEquals(1, claims("Novell is bound to support Windows guests on SLES, and it may be a while before KVM catches up.").size());
	}

	@Test
	public void comparativeWithThanIsAComparisonButMoreThanANumberIsNot() {
		List<Claim> claims = claims("Our tests show KVM guests boot faster than Xen guests on the same host.");
		assertEquals(1, claims.size());
		assertEquals(ClaimKind.COMPARISON, claims.get(0).kind());
		// Still a claim (how widely XenServer is used), but "more than 400" compares nothing.
		List<Claim> count = claims("Citrix says more than 400 customers run XenServer in production.");
		assertEquals(1, count.size());
		assertEquals(ClaimKind.OTHER, count.get(0).kind());
		assertEquals(Polarity.AFFIRMED, count.get(0).polarity());
		assertEquals(List.of("Citrix", "XenServer"), count.get(0).about().stream().map(Entity::text).toList());
	}

	@Test
	public void acquisitionIsRecognised() {
		List<Claim> claims = claims("Citrix acquired XenSource for $500 million in 2007.");
		assertEquals(1, claims.size());
		assertEquals(ClaimKind.ACQUISITION, claims.get(0).kind());
	}

	/** The guide puts pricing with licensing: a price that changed is a licensing claim. */
	@Test
	public void aPriceChangeIsALicensingClaim() {
		List<Claim> claims = claims("Microsoft cut Azure Blob Storage prices by 25 percent in March.");
		assertEquals(1, claims.size());
		assertEquals(ClaimKind.LICENSING, claims.get(0).kind());
	}

	@Test
	public void pronounClaimIsAboutTheEntityNamedBefore() {
		List<Claim> claims = claims("Red Hat shipped RHEL 6 in November. It supports KVM guests with up to 64 virtual CPUs.");
		Claim second = claims.stream().filter(c -> c.text().startsWith("It ")).findFirst().orElseThrow();
		assertTrue(second.about().toString(), second.about().stream().anyMatch(e -> e.text().equals("RHEL 6")));
	}
}
