package io.claimtagger.core.contradiction;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

import io.claimtagger.core.claim.Claim;
import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.pipeline.TaggingPipeline;
import io.claimtagger.core.store.ClaimRecord;

public class ContradictionFinderTest {

	private static final TaggingPipeline PIPELINE = new TaggingPipeline(NlpModels.bundled());

	/** The claims of one article of the given date. */
	static List<DatedClaim> article(String name, String date, String text) {
		List<DatedClaim> out = new ArrayList<>();
		int salt = 0;
		for (Claim c : PIPELINE.tag(text).claims()) {
			ClaimRecord r = ClaimRecord.found(name, c, text, Instant.parse("2026-12-03T00:00:00Z"), salt++);
			out.add(DatedClaim.of(name, date == null ? null : LocalDate.parse(date), r));
		}
		return out;
	}

	private static List<String> find(List<DatedClaim> claims) {
		return describe(ContradictionFinder.find(claims));
	}

	private static List<String> describe(List<Finding> findings) {
		return findings.stream()
				.map(f -> f.type().id() + ": " + f.first().claim().sentence() + " | " + f.second().claim().sentence() + " (" + f.reason() + ")")
				.toList();
	}

	@Test
	public void differentReleaseMonthsContradictAndALaterPriceSupersedes() {
		List<DatedClaim> claims = new ArrayList<>();
		claims.addAll(article("a.txt", "2010-07-20", "VMware shipped vSphere 4.1 in July 2010. VMware vSphere costs $995 per month."));
		claims.addAll(article("b.txt", "2012-03-01", "VMware shipped vSphere 4.1 in August 2010. VMware vSphere now costs $1,200 per month."));
		List<String> found = find(claims);
		assertEquals(found.toString(), 2, found.size());
		assertTrue(found.toString(), found.stream().anyMatch(f -> f.startsWith("contradiction: VMware shipped vSphere 4.1 in July 2010.")
				&& f.contains("July 2010 vs August 2010")));
		assertTrue(found.toString(), found.stream().anyMatch(f -> f.startsWith("supersedes: VMware vSphere costs $995 per month.")));
	}

	@Test
	public void opposedPolarityAnOnlyStatementAndAnAcquisitionAreFound() {
		List<DatedClaim> claims = new ArrayList<>();
		claims.addAll(article("old.txt", "2010-04-21", "Red Hat Enterprise Linux 6 ships only KVM. Eucalyptus is an independent company."));
		claims.addAll(article("new.txt", "2014-09-12", "Red Hat Enterprise Linux 6 still includes Xen. HP acquired Eucalyptus."));
		List<String> found = find(claims);
		assertTrue(found.toString(), found.stream().anyMatch(f -> f.startsWith("contradiction: Red Hat Enterprise Linux 6 ships only KVM.")));
		assertTrue(found.toString(), found.stream().anyMatch(f -> f.startsWith("supersedes: Eucalyptus is an independent company.")));
	}

	@Test
	public void compatibleClaimsAboutOneSubjectAreNotFindings() {
		List<DatedClaim> claims = new ArrayList<>();
		claims.addAll(article("a.txt", "2010-07-20", "VMware shipped vSphere 4.0 in May 2009. Red Hat Enterprise Linux 6 does not include Xen."));
		claims.addAll(article("b.txt", "2010-08-01", "VMware shipped vSphere 4.1 in July 2010. Red Hat Enterprise Linux 6 includes KVM."
				+ " VMware released vSphere 4.1 on July 13, 2010."));
		assertEquals(List.of(), find(claims));
	}

	/**
	 * A deal's price written "is paying $5.5 billion for" (the decimal point once ended the cue), and
	 * an IPO's proceeds, which are funding whatever verb says so.
	 */
	@Test
	public void aPriceWithDecimalsAndTwoIpoFiguresContradict() {
		List<DatedClaim> claims = new ArrayList<>();
		claims.addAll(article("a.txt", "2018-06-04", "Microsoft agreed to acquire GitHub for $7.5 billion in stock."
				+ " Snowflake raised about $3.4 billion in its initial public offering."));
		claims.addAll(article("b.txt", "2018-06-05", "Microsoft is paying $5.5 billion in stock for GitHub."
				+ " Snowflake's IPO brought in roughly $2.1 billion."));
		List<String> found = find(claims);
		assertTrue(found.toString(), found.stream().anyMatch(f -> f.contains("$7.5 billion vs $5.5 billion")));
		assertTrue(found.toString(), found.stream().anyMatch(f -> f.contains("$3.4 billion vs $2.1 billion")));
	}

	/** A deal's price in two articles, one naming a product of the bought company in passing. */
	@Test
	public void twoPricesOfOneDealContradict() {
		List<DatedClaim> claims = new ArrayList<>();
		claims.addAll(article("a.txt", "2008-09-05", "Red Hat has agreed to acquire Qumranet, the Israeli start-up behind the"
				+ " Kernel-based Virtual Machine (KVM), for $107 million in cash."));
		claims.addAll(article("b.txt", "2008-09-06", "Red Hat agreed to buy Qumranet for $170 million in cash."));
		List<String> found = find(claims);
		assertEquals(found.toString(), 1, found.size());
		assertTrue(found.toString(), found.get(0).startsWith("contradiction: ") && found.get(0).contains("$107 million vs $170 million"));
	}

	/** Shapes that once raised false alarms on the evaluation articles: an "only" about something else, a part sold. */
	@Test
	public void anOnlyAboutAnotherThingAndTheSaleOfAPartAreNotFindings() {
		List<DatedClaim> claims = new ArrayList<>();
		claims.addAll(article("a.txt", "2010-02-18", "Oracle VM, the company's Xen-based server hypervisor, is the only x86 hypervisor"
				+ " on which Oracle fully supports its own databases. Broadcom closed its $69 billion acquisition of VMware in November 2023."));
		claims.addAll(article("b.txt", "2024-07-02", "SUSE Linux Enterprise Server 11 SP1 will support KVM alongside Xen."
				+ " Broadcom completed the sale of VMware's end-user computing division to KKR for about $4 billion."));
		assertEquals(List.of(), find(claims));
	}

	/**
	 * A name the tagger finds in one claim and not in the other still makes them one subject's:
	 * a vendor written inside its product's name, a plural, a lower-case tool.
	 */
	@Test
	public void aSubjectWrittenButNotTaggedInTheOtherClaimIsShared() {
		List<DatedClaim> claims = new ArrayList<>();
		claims.addAll(article("a.txt", "2021-03-02", "Quillmarsh Archive charges $3 per terabyte per month for cold data."));
		claims.addAll(article("b.txt", "2023-05-09", "Quillmarsh has raised its cold-data price to $4.50 per terabyte per month."));
		List<String> found = find(claims);
		assertTrue(found.toString(), found.stream().anyMatch(f -> f.startsWith("supersedes: Quillmarsh Archive charges $3")));

		DatedClaim one = article("c.txt", "2022-01-10", "Zarnoth DirectVault Modules hold 30 TB each.").get(0);
		DatedClaim other = article("d.txt", "2022-01-11", "Each DirectVault Module from Zarnoth holds 60 TB, the company says.").get(0);
		DatedClaim[] completed = SubjectMentions.complete(one, other);
		assertTrue(completed[0].statement().subjects() + " / " + completed[1].statement().subjects(),
				!PairJudge.sharedSubjects(completed[0], completed[1]).isEmpty());
		assertEquals(0, SubjectMentions.at("tarnlet keeps its state in memory.", "tarnlet"));
		assertEquals(-1, SubjectMentions.at("The tarnlets2 project ships today.", "tarnlet"));
		assertEquals("a name's plural is the name", 4, SubjectMentions.at("New DirectVault Modules ship.", "DirectVault Module"));
	}

	/** A listed company later taken private, a privately held one later listed. */
	@Test
	public void aLaterListingOrTakePrivateSupersedes() {
		List<DatedClaim> claims = new ArrayList<>();
		claims.addAll(article("a.txt", "2019-04-01", "Tarnwell Software is a publicly traded company whose shares are listed on the Nasdaq."));
		claims.addAll(article("b.txt", "2022-11-15", "Brevard Capital has completed its take-private acquisition of Tarnwell Software."));
		claims.addAll(article("c.txt", "2020-02-03", "Ombrisk Data is a privately held company backed by two venture firms."));
		claims.addAll(article("d.txt", "2024-06-20", "Shares of Ombrisk Data began trading on the New York Stock Exchange after its IPO."));
		List<String> found = find(claims);
		assertTrue(found.toString(), found.stream().anyMatch(f -> f.startsWith("supersedes: Tarnwell Software is a publicly traded") && f.contains("taken private")));
		assertTrue(found.toString(), found.stream().anyMatch(f -> f.startsWith("supersedes: Ombrisk Data is a privately held") && f.contains("listed")));
	}

	/** "X is Acme's service" is outdated by a later "renamed X"; a claim about X that names nothing is not. */
	@Test
	public void aLaterRenameSupersedesAClaimThatNamesTheProduct() {
		List<DatedClaim> claims = new ArrayList<>();
		claims.addAll(article("a.txt", "2020-05-04", "Vellacore Identity is Harnfield's directory service for large companies."));
		claims.addAll(article("b.txt", "2023-08-21", "Harnfield has renamed Vellacore Identity to Harnfield ID."));
		// as shipped: the rules alone block claims by relation, and the earlier claim names none
		List<String> found = describe(ContradictionFinder.find(claims, PairClassifier.bundled(), () -> false));
		assertTrue(found.toString(), found.stream().anyMatch(f -> f.startsWith("supersedes: Vellacore Identity is Harnfield's") && f.contains("renamed later")));
	}

	/** Values of two named plans or tiers, and an IPO's range against its price, are not one value. */
	@Test
	public void twoPlansAndARangeAgainstTheFinalPriceAreNotFindings() {
		List<DatedClaim> claims = new ArrayList<>();
		claims.addAll(article("a.txt", "2024-02-01", "The Growth plan of Pennick CRM costs $12 per user per month."));
		claims.addAll(article("b.txt", "2024-02-02", "Pennick CRM charges $29 per user per month on its Scale plan."));
		claims.addAll(article("c.txt", "2021-09-14", "Dorrance Cloud set a price range of $24 to $26 a share for its IPO."));
		claims.addAll(article("d.txt", "2021-09-22", "Dorrance Cloud priced its IPO at $28 a share."));
		assertEquals(List.of(), find(claims));
	}

	/**
	 * A negated claim still states the values beside its denial ("no plans to raise it"); a date
	 * written as "unveiled" is the announcement's; the release each claim is about first carries
	 * its value, whatever else it names.
	 */
	@Test
	public void valuesBesideADenialAnAnnouncementAndALeadProductCompare() {
		List<DatedClaim> claims = new ArrayList<>();
		claims.addAll(article("a.txt", "2022-03-01", "The memory ceiling for Quorvane Functions is 3,008 MB, and Quorvane has no plans to raise it."));
		claims.addAll(article("b.txt", "2022-03-02", "Quorvane Functions gives each function 10,240 MB of memory, Quorvane said."));
		claims.addAll(article("c.txt", "2019-11-20", "Tessmer unveiled Tessmer Queue at its developer conference in November 2019."));
		claims.addAll(article("d.txt", "2019-12-05", "Tessmer first announced Tessmer Queue in May 2020 as a managed message broker."));
		List<String> found = find(claims);
		assertTrue(found.toString(), found.stream().anyMatch(f -> f.contains("3,008 MB") && f.contains("10,240 MB")));
		assertTrue(found.toString(), found.stream().anyMatch(f -> f.contains("November 2019 vs May 2020")));
	}

	/** A company's independence ends with its purchase, written as a vendor in one claim and as a product in the other. */
	@Test
	public void aVendorMeetsItsNameAsAProduct() {
		List<DatedClaim> claims = new ArrayList<>();
		claims.addAll(article("a.txt", "2012-05-01", "Kestrun Systems remains an independent, venture-backed company selling backup software."));
		claims.addAll(article("b.txt", "2014-09-12", "Dell has acquired Kestrun and put its chief executive in charge of the storage unit."));
		List<String> found = find(claims);
		assertTrue(found.toString(), found.stream().anyMatch(f -> f.startsWith("supersedes: Kestrun Systems remains an independent")));
	}

	/**
	 * Values that disagree because they measure different things: another cloud's regions, another
	 * round, a quarter against the year, another edition named inside the product's name, a
	 * release and its founding, two named releases, the first release against a later version,
	 * and an independent unit of the buyer. The same price per year and per month agrees.
	 */
	@Test
	public void valuesOfDifferentThingsAreNotFindings() {
		List<DatedClaim> claims = new ArrayList<>();
		claims.addAll(article("a.txt", "2023-01-10", "Brenlow DB Cloud is available in 12 AWS regions, the company said."
				+ " Brenlow raised $40 million in a Series A round."
				+ " Brenlow reported revenue of $30 million for its fiscal fourth quarter."
				+ " Brenlow Studio Standard costs $10 per user per month."
				+ " Brenlow shipped the Aster release of Brenlow Studio in March 2021."
				+ " Brenlow first released Brenlow Sync in 2019."
				+ " The Core plan of Brenlow HR costs $6 per employee per month."
				+ " Tolvey agreed to acquire Brenlow for $900 million."));
		claims.addAll(article("b.txt", "2023-01-11", "Brenlow DB Cloud also runs in 6 Google Cloud regions."
				+ " Brenlow's Series B brought in $95 million."
				+ " For the full fiscal year, Brenlow's revenue reached $110 million."
				+ " Brenlow Studio Enterprise costs $45 per user per month."
				+ " Brenlow's Birch release of Brenlow Studio shipped in October 2021."
				+ " Brenlow shipped version 2.0 of Brenlow Sync in 2022."
				+ " Brenlow HR's Core plan is billed at $72 per employee annually."
				+ " Brenlow will keep operating as an independent business unit within Tolvey after the deal closes."));
		assertEquals(List.of(), find(claims));
	}

	/** A deal later called off, a name later changed, an independence ended by a purchase, all superseded. */
	@Test
	public void aDealCalledOffARenameAndAnEndedIndependenceSupersede() {
		List<DatedClaim> claims = new ArrayList<>();
		claims.addAll(article("a.txt", "2022-09-15", "Harlow will acquire Pennick for about $2 billion."));
		claims.addAll(article("b.txt", "2023-12-18", "Harlow and Pennick have terminated their merger agreement, citing regulators."));
		claims.addAll(article("c.txt", "2021-05-03", "The community fork of Torvane is called OpenVane."));
		claims.addAll(article("d.txt", "2022-02-10", "OpenVane renamed itself Vanestack after joining the Linux Foundation."));
		claims.addAll(article("e.txt", "2020-01-07", "Quillby is one of the largest independent cloud hosting providers in Europe."));
		claims.addAll(article("f.txt", "2023-03-21", "Ardent has completed its $900 million acquisition of Quillby."));
		List<String> found = find(claims);
		assertTrue(found.toString(), found.stream().anyMatch(f -> f.startsWith("supersedes: Harlow will acquire Pennick") && f.contains("called off")));
		assertTrue(found.toString(), found.stream().anyMatch(f -> f.startsWith("supersedes: The community fork of Torvane is called OpenVane")));
		assertTrue(found.toString(), found.stream().anyMatch(f -> f.startsWith("supersedes: Quillby is one of the largest independent")));
	}

	/** What the pair model must not report: two releases, a claim scoped to the launch, an "only" beside a denial of something else. */
	@Test
	public void claimsApartAreNotReadAsConflicts() {
		DatedClaim launch = article("a.txt", "2022-11-30", "At launch, Quorvane SnapStore works only with functions written for Java 11.").get(0);
		DatedClaim extended = article("b.txt", "2024-06-01", "Quorvane extended Quorvane SnapStore to functions written in Python.").get(0);
		assertTrue(PairJudge.apart(launch, extended));
		DatedClaim only = article("c.txt", "2023-01-10", "Redfern HCI nodes accept only NVMe drives in their front bays.").get(0);
		DatedClaim denial = article("d.txt", "2023-02-10", "Redfern HCI does not support spinning hard disks.").get(0);
		assertTrue(PairJudge.apart(only, denial));
		DatedClaim clash = article("e.txt", "2023-02-11", "Redfern HCI does not accept NVMe drives.").get(0);
		assertFalse(PairJudge.apart(only, clash));
		DatedClaim first = article("f.txt", "2009-01-10", "Hyper-V in Windows Server 2008 lacks live migration.").get(0);
		DatedClaim second = article("g.txt", "2009-10-22", "Hyper-V in Windows Server 2008 R2 adds live migration.").get(0);
		assertTrue(PairJudge.apart(first, second));
	}

	/**
	 * "From" names a former value only before a "to": "runs its network from 120 cities" states
	 * 120. The date a product is retired on is stated, not denied.
	 */
	@Test
	public void aCountAfterFromAndARetirementDateAreStated() {
		List<DatedClaim> claims = new ArrayList<>();
		claims.addAll(article("a.txt", "2023-04-02", "Fernhop Edge runs its content delivery network from 120 cities across six continents."));
		claims.addAll(article("b.txt", "2023-04-03", "The points of presence of Fernhop Edge are located in 85 cities, the company states."));
		claims.addAll(article("c.txt", "2018-10-01", "Heronsgate will retire Wickline Classic on June 30, 2019."));
		claims.addAll(article("d.txt", "2018-10-02", "Wickline Classic reaches end of life on December 31, 2019, Heronsgate said."));
		claims.addAll(article("e.txt", "2020-01-05", "Grenby raised the price of Grenby Vault from $5 to $6 per terabyte per month."));
		claims.addAll(article("f.txt", "2020-01-06", "Grenby Vault costs $6 per terabyte per month."));
		List<String> found = find(claims);
		assertTrue(found.toString(), found.stream().anyMatch(f -> f.contains("120 cities vs 85 cities")));
		assertTrue(found.toString(), found.stream().anyMatch(f -> f.contains("June 30, 2019 vs December 31, 2019")));
		assertTrue(found.toString(), found.stream().noneMatch(f -> f.contains("$5")));
	}

	/**
	 * One company bought by two buyers contradicts; a buyer of another company named beside it
	 * did not buy it. A later claim that adds to an "only" supersedes it, even when it leads with
	 * the vendor.
	 */
	@Test
	public void twoBuyersOfOneCompanyAndALaterAdditionToAnOnly() {
		List<DatedClaim> claims = new ArrayList<>();
		claims.addAll(article("a.txt", "2017-01-17", "Harlow Systems agreed to acquire Skiffyard, the registry startup, for $650 million in cash."));
		claims.addAll(article("b.txt", "2017-03-01", "Skiffyard, the registry startup based in Leeds, was bought by Tolvey early in 2017."));
		claims.addAll(article("c.txt", "2024-09-05", "Ardent bought Quillby in 2003, and Brenvale spent the next eight years as an Ardent project."));
		claims.addAll(article("d.txt", "2024-09-06", "After Kestrun acquired Ardent in 2011, the Brenvale team was laid off."));
		claims.addAll(article("e.txt", "2021-02-01", "Zarnoth Cache supports only the Redis and Memcached engines."));
		claims.addAll(article("f.txt", "2024-10-08", "Zarnoth has added Valkey as a third engine option for Zarnoth Cache."));
		// as shipped: the rules alone block claims by relation, and the later claim names none of the earlier's
		List<String> found = describe(ContradictionFinder.find(claims, PairClassifier.bundled(), () -> false));
		assertTrue(found.toString(), found.stream().anyMatch(f -> f.startsWith("contradiction: Harlow Systems agreed to acquire Skiffyard") && f.contains("bought by")));
		assertTrue(found.toString(), found.stream().noneMatch(f -> f.contains("Ardent bought Quillby")));
		assertTrue(found.toString(), found.stream().anyMatch(f -> f.startsWith("supersedes: Zarnoth Cache supports only")));
	}

	/** Prices of one product in many articles, each 3 percent above the last (2 percent is a rounding): a block cut into several tasks. */
	private static List<DatedClaim> manyPrices(int n) {
		List<DatedClaim> claims = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			String date = LocalDate.of(2008, 1, 1).plusDays(30L * i).toString();
			claims.addAll(article("price-" + i + ".txt", date, "VMware vSphere costs $" + Math.round(100 * Math.pow(1.03, i)) + " per month."));
		}
		return claims;
	}

	@Test
	public void aBlockCutIntoTasksIsJudgedWholeInOneOrder() {
		List<DatedClaim> claims = manyPrices(3 * 32 + 5);
		int n = claims.size();
		assertEquals(3 * 32 + 5, n);
		List<Finding> found = ContradictionFinder.find(claims);
		// every two prices disagree: each pair once, none lost between tasks
		assertEquals(n * (n - 1) / 2, found.size());
		assertEquals(n * (n - 1) / 2, found.stream().map(f -> f.first().article() + "|" + f.second().article()).distinct().count());
		// the same findings in the same order, whichever thread judged which task
		assertTrue(describe(found).equals(describe(ContradictionFinder.find(claims))));
	}

	@Test
	public void cancellingStopsTheTasksOnEveryThread() {
		List<DatedClaim> claims = manyPrices(80);
		java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
		try {
			ContradictionFinder.find(claims, PairClassifier.bundled(), () -> asked.incrementAndGet() > 2);
			org.junit.Assert.fail("not cancelled");
		} catch (java.util.concurrent.CancellationException expected) {
			assertTrue(asked.get() >= 3);
		}
		try {
			DatedClaim.analyse(claims.stream().map(c -> new DatedClaim.Source(c.article(), c.published(), c.claim())).toList(), () -> true);
			org.junit.Assert.fail("analysis not cancelled");
		} catch (java.util.concurrent.CancellationException expected) {
			// as the finder
		}
	}

	@Test
	public void analysingOnAllCoresKeepsTheClaimsInOrder() {
		List<DatedClaim> claims = manyPrices(40);
		List<DatedClaim> again = DatedClaim.analyse(claims.stream().map(c -> new DatedClaim.Source(c.article(), c.published(), c.claim())).toList(),
				() -> false);
		assertEquals(claims.stream().map(DatedClaim::key).toList(), again.stream().map(DatedClaim::key).toList());
		assertEquals(claims.stream().map(c -> c.statement().values().toString()).toList(), again.stream().map(c -> c.statement().values().toString()).toList());
	}

	@Test
	public void valuesAtOtherTimesOtherCapacitiesAndAProductWrittenWithItsMaker() {
		List<DatedClaim> claims = new ArrayList<>();
		claims.addAll(article("a.txt", "2021-06-01", "Tindra had 40 million monthly users in May 2021. "
				+ "Pellory's K9 array holds up to 2 PB of raw capacity."));
		claims.addAll(article("b.txt", "2021-09-01", "Tindra reached 55 million monthly users in August 2021. "
				+ "The Pellory K9 tops out at 800 TB raw, the data sheet says. The Pellory K9 delivers 6 PB of effective capacity after deduplication."));
		List<String> found = find(claims);
		// a count at two times, and raw against effective capacity, are no conflict; two raw capacities are
		assertEquals(found.toString(), 1, found.size());
		assertTrue(found.toString(), found.get(0).startsWith("contradiction: Pellory's K9 array holds up to 2 PB of raw capacity. | The Pellory K9 tops out at 800 TB raw"));
	}

	@Test
	public void anAdditionToAnOnlyIsReadWhoeverTheLaterClaimLeadsWith() {
		List<DatedClaim> claims = new ArrayList<>();
		claims.addAll(article("a.txt", "2022-03-01", "Brintle Cache supports only the Redis engine."));
		claims.addAll(article("b.txt", "2024-05-01", "Kestwick Cloud has added Valkey to Brintle Cache, its managed key-value service for developers."));
		List<String> found = describe(ContradictionFinder.find(claims, PairClassifier.bundled(), () -> false));
		assertEquals(found.toString(), 1, found.size());
		assertTrue(found.toString(), found.get(0).startsWith("supersedes: Brintle Cache supports only the Redis engine."));
	}
}
