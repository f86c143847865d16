package io.claimtagger.core.statement;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

import io.claimtagger.core.text.TextSpan;

public class ValueFinderTest {

	private static List<StatedValue> find(String s, String... names) {
		List<TextSpan> spans = new java.util.ArrayList<>();
		for (String n : names) {
			int at = s.indexOf(n);
			spans.add(new TextSpan(at, at + n.length()));
		}
		return ValueFinder.find(s, spans);
	}

	private static String describe(List<StatedValue> values) {
		return values.stream().map(v -> v.type().id() + ":" + v.unit() + ":" + v.text()).toList().toString();
	}

	@Test
	public void datesMoneyPercentagesVersionsAndQuantities() {
		List<StatedValue> v = find("VMware shipped vSphere 4.1 on July 13, 2010 at $3,495 per host, 40% more than in 2009, to 190,000 customers.",
				"vSphere 4.1");
		assertEquals(describe(v), "[date:day:July 13, 2010, money:usd/host:$3,495 per host, percent::40%, date:year:2009, quantity:customer:190,000 customers]",
				describe(v));
		assertEquals(3495, v.get(1).amount(), 0);
		assertEquals(190_000, v.get(4).amount(), 0);
	}

	/** Written in words, as digits of the same length: each value's place in the sentence stays. */
	@Test
	public void numbersWrittenInWordsAreValuesAtTheirPlace() {
		String sentence = "Each seat costs nine dollars a month across two dozen regions, after a forty-two-billion-dollar deal.";
		List<StatedValue> v = find(sentence);
		assertEquals(describe(v), "[money:usd/month:9 dollars a month, quantity:region:24 regions, money:usd:42 billion dollar]", describe(v));
		assertEquals("nine dollars a month", sentence.substring(v.get(0).span().start(), v.get(0).span().end()));
		assertEquals("two dozen regions", sentence.substring(v.get(1).span().start(), v.get(1).span().end()));
		assertTrue(v.get(0).agrees(find("It costs $9 per month.").get(0)));
		assertTrue(v.get(2).agrees(find("It paid $42 billion.").get(0)));
		// a number word that counts nothing is no value
		assertEquals(List.of(), find("It was one of the first clouds to offer ten of them."));
	}

	@Test
	public void numbersInsideANameAreNotValues() {
		assertTrue(describe(find("Windows Server 2008 R2 runs on Hyper-V.", "Windows Server 2008 R2")),
				find("Windows Server 2008 R2 runs on Hyper-V.", "Windows Server 2008 R2").isEmpty());
	}

	@Test
	public void theSameValueWrittenTwoWaysAgreesAndAnotherDoesNot() {
		StatedValue billion = find("Acme paid $1.2 billion.").get(0);
		StatedValue words = find("Acme paid 1.2 billion dollars.").get(0);
		assertTrue(billion.comparable(words) && billion.agrees(words));
		StatedValue july = find("It shipped in July 2010.").get(0);
		StatedValue july13 = find("It shipped on 13 July 2010.").get(0);
		StatedValue august = find("It shipped in August 2010.").get(0);
		StatedValue q3 = find("It shipped in Q3 2010.").get(0);
		assertTrue(july.agrees(july13));
		assertTrue(july.agrees(q3));
		assertFalse(july.agrees(august));
		assertFalse(july13.agrees(find("It shipped on July 14, 2010.").get(0)));
		StatedValue regions = find("Acme runs 12 regions.").get(0);
		StatedValue zones = find("Acme runs 12 availability zones.").get(0);
		assertFalse("regions and zones are not the same count", regions.comparable(zones));
		assertFalse(find("The price is $10 per month.").get(0).comparable(find("Acme raised $10 million.").get(0)));
		// one unit per quantity: per year as per month, per terabyte as per gigabyte
		StatedValue perTb = find("Storage costs $6 per terabyte per month.").get(0);
		StatedValue perGb = find("Storage costs $0.006 per GB per month.").get(0);
		assertTrue(perTb + " / " + perGb, perTb.comparable(perGb) && perTb.agrees(perGb));
		StatedValue monthly = find("The plan costs €20 per site per month.").get(0);
		StatedValue yearly = find("The plan is billed at €240 per site per year.").get(0);
		assertTrue(monthly.comparable(yearly) && monthly.agrees(yearly));
		assertEquals("quantity:vcpu:64 virtual CPUs", describe(find("It supports up to 64 virtual CPUs per guest.")).replaceAll("[\\[\\]]", ""));
	}

	@Test
	public void sizesInBinaryUnitsAgreeWithTheirDecimalWriting() {
		StatedValue gb = find("Each volume holds 8 GB.").get(0);
		StatedValue mb = find("Each volume holds 8,192 MB.").get(0);
		assertTrue(gb + " / " + mb, gb.comparable(mb) && gb.agrees(mb));
		StatedValue tb = find("The array holds 2 TB per shelf.").get(0);
		StatedValue gib = find("The array holds 2,048 GB per shelf.").get(0);
		assertTrue(tb.agrees(gib));
		assertFalse("a tenth more is another size", gb.agrees(find("Each volume holds 9 GB.").get(0)));
	}

	@Test
	public void hundredScalesANumber() {
		StatedValue words = find("The cluster runs seven hundred nodes.").get(0);
		StatedValue digits = find("The cluster runs 700 nodes.").get(0);
		assertEquals(700, words.amount(), 0);
		assertTrue(words.agrees(digits));
	}

	/** A yearly price is a monthly price twelve times over; a per-share price is per share; "MPL 2.0" is a license, not a release. */
	@Test
	public void yearlyAndPerSharePricesAndVersionedLicenses() {
		StatedValue yearly = find("The Core plan is billed at $72 per employee annually.").get(0);
		StatedValue monthly = find("The Core plan costs $6 per employee per month.").get(0);
		assertTrue(yearly.comparable(monthly) && yearly.agrees(monthly));
		StatedValue perShare = find("Tolvey will pay $26.79 in cash plus 0.0776 of a Tolvey share for each Brenlow share.").get(0);
		StatedValue total = find("Tolvey agreed to buy Brenlow for $27.7 billion.").get(0);
		assertEquals("usd/share", perShare.unit());
		assertFalse(perShare.comparable(total));
		assertEquals("[license::mpl-2.0]", describe(find("Older releases remain available under the MPL 2.0.")));
		assertEquals("[license::bsl]", describe(find("It moved to the Business Source License 1.1 last year.")));
		StatedValue open = find("gristscan is an open-source scanner.").get(0);
		assertTrue(open.agrees(find("gristscan is licensed under MIT.").get(0)));
		assertFalse(open.agrees(find("gristscan is licensed under the SSPL.").get(0)));
	}

	/** Units written in capitals count what they name ("data" is no unit of "data centers"); a name before a lower-case noun is still passed over. */
	@Test
	public void unitsInCapitals() {
		assertEquals("[quantity:gpu:12,000 GPUs, quantity:center:3 data centers]",
				describe(find("Cindervale operates 12,000 GPUs across three data centers.")));
		assertEquals("[quantity:vcpu:64 vCPUs]", describe(find("Each guest gets up to 64 vCPUs.")));
		assertEquals("[quantity:region:12 AWS regions]", describe(find("It runs in 12 AWS regions.")));
	}

	@Test
	public void sizesBeforeVersionsAPricePerManagedHostAndAPriceApiece() {
		assertEquals("[quantity:gb:2.4 PB]", describe(find("The Pellory K9 holds up to 2.4 PB of raw flash.", "Pellory K9")));
		assertEquals("[version::3.5, quantity:times:2.5 times]", describe(find("Release 3.5 is 2.5 times faster.")));
		List<StatedValue> yearly = find("Pellory charges $900 per managed host per year.");
		assertEquals("[money:usd/month:$900 per managed host per year]", describe(yearly));
		assertEquals(75, yearly.get(0).amount(), 0.001);
		assertEquals("[money:usd/share:$31]", describe(find("Tarrowby sold shares in its offering at $31 apiece.")));
		assertEquals("[money:usd:$31]", describe(find("Tarrowby bought 40 servers at $31 apiece.")).replace("quantity:server:40 servers, ", ""));
	}

	@Test
	public void aPricePerAModelsGpuHourForEachTerabyteAndVirtualCpus() {
		assertEquals("[money:usd/hour:$3.10 per A100 GPU-hour]", describe(find("Tolwen rents capacity at $3.10 per A100 GPU-hour.")));
		List<StatedValue> scanned = find("Tolwen bills $6 for each terabyte scanned.");
		assertEquals("[money:usd/terabyte:$6 for each terabyte]", describe(scanned));
		assertTrue(scanned.get(0).agrees(find("Tolwen charges $6 per terabyte.").get(0)));
		assertEquals("[quantity:vcpu:32 virtual CPUs]", describe(find("Each guest gets 32 virtual CPUs.")));
		// "a year ago" is when, not what the price is per
		assertEquals("[money:usd:$5, money:usd/month:$7 a month]", describe(find("It cost $5 a year ago and costs $7 a month now.")));
	}
}
