package io.claimtagger.core.entity;

import static org.junit.Assert.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.text.TextSpan;
import io.claimtagger.core.token.ArticleTokenizer;

/** The merge rules, with a scripted name finder so that only the rules are under test. */
public class EntityRecognizerTest {

	private static final String TSV = String.join("\n",
			"vendor\tRed Hat\tRed Hat\t",
			"vendor\tOracle\tOracle\t",
			"vendor\tVMware\tVMware|VMWare\t",
			"vendor\tDMTF\tDMTF\t",
			"vendor\tLinux Foundation\tLinux Foundation|The Linux Foundation\t",
			"vendor\tApache Software Foundation\tApache\t",
			"product\tOracle VM\tOracle VM\t",
			"product\tKVM\tKVM\tcase",
			"product\tXen\tXen\t",
			"product\tVMware vSphere\tvSphere\t",
			"product\tSUSE Linux Enterprise Server\tSLES|SUSE Linux Enterprise Server\t",
			"product\tAmazon EC2\tEC2\tcase",
			"vendor\tAmazon\tAmazon\t",
			"product\tChef\tChef\tcontext",
			"product\tZintra\tZintra|Zintra Project\t",
			"vendor\tDocker, Inc.\tDocker\t",
			"product\tDocker\tDocker\t",
			"vendor\tDatabricks\tDatabricks\t",
			"product\tDatabricks\tDatabricks|Databricks Lakehouse Platform\t", "");

	private final ArticleTokenizer tokenizer = new ArticleTokenizer(NlpModels.bundled().tokenizerModel());

	/** Predicts the given word runs with the given types, as a trained model might. */
	private static NameFinder scripted(String... runsAndTypes) {
		return scriptedAt(0.9, runsAndTypes);
	}

	/** As {@link #scripted}, each name with the given probability. */
	private static NameFinder scriptedAt(double probability, String... runsAndTypes) {
		return tokens -> {
			List<NameFinder.Prediction> out = new ArrayList<>();
			for (int r = 0; r < runsAndTypes.length; r += 2) {
				String[] words = runsAndTypes[r].split(" ");
				for (int i = 0; i + words.length <= tokens.length; i++) {
					boolean match = true;
					for (int k = 0; k < words.length && match; k++) {
						match = tokens[i + k].equals(words[k]);
					}
					if (match) {
						out.add(new NameFinder.Prediction(i, i + words.length, EntityType.fromId(runsAndTypes[r + 1]), probability));
					}
				}
			}
			return out;
		};
	}

	private List<String> recognize(NameFinder finder, String text) throws IOException {
		return recognize(finder, text, NotNames.NONE);
	}

	private List<String> recognize(NameFinder finder, String text, NotNames notNames) throws IOException {
		return recognize(finder, text, notNames, java.util.Set.of("open", "source", "instead"));
	}

	private List<String> recognize(NameFinder finder, String text, NotNames notNames, java.util.Set<String> commonWords)
			throws IOException {
		EntityRecognizer r = new EntityRecognizer(finder, new CatalogMatcher(CatalogMatcherTest.catalog(TSV)),
				commonWords, notNames);
		List<TextSpan> tokens = tokenizer.tokenize(text, new TextSpan(0, text.length()));
		return r.recognize(text, tokens).stream().map(e -> e.text() + "/" + e.type().id() + "/" + e.source().id()).toList();
	}

	/** Proposes {@code run} wherever it occurs, as a product, with probability {@code p}. */
	private static NameFinder sure(String run, double p) {
		NameFinder scripted = scripted(run, "product");
		return tokens -> scripted.find(tokens).stream()
				.map(pr -> new NameFinder.Prediction(pr.startToken(), pr.endToken(), pr.type(), p)).toList();
	}

	/** Ordinary words name things ("Pure", "Helm"): a sure model wins over the common words mid-sentence only. */
	@Test
	public void aSureModelKeepsANameMadeOfCommonWordsMidSentence() throws IOException {
		assertEquals(List.of("Open Source/product/model"),
				recognize(sure("Open Source", 0.9), "The team moved its queue to Open Source last year."));
		// Unsure, at the start of a sentence, or in a headline, every word may be capitalised.
		assertEquals(List.of(), recognize(sure("Open Source", 0.6), "The team moved its queue to Open Source last year."));
		assertEquals(List.of(), recognize(sure("Open Source", 0.99), "Open Source is how the team works."));
		assertEquals(List.of(), recognize(sure("Open Source", 0.99), "Why Teams Move To Open Source In The End"));
	}

	/** An ordinary word the catalog knows: inside a longer capitalised name it is not one; a company verb makes it one. */
	/** A model number written with a hyphen is one name; a word after a hyphen is not part of the name. */
	@Test
	public void aHyphenatedModelNumberIsOneName() throws IOException {
		// the model stops at the hyphen, or just before it
		assertEquals(List.of("Quenmore AX-700/product/model"),
				recognize(scripted("Quenmore AX -", "product"), "The Quenmore AX-700 scales to 2 PB per rack."));
		assertEquals(List.of("Quenmore AX-700/product/model"),
				recognize(scripted("Quenmore AX", "product"), "The Quenmore AX-700 scales to 2 PB per rack."));
		assertEquals(List.of("Hyper-V/product/model"), recognize(scripted("Hyper -", "product"), "Hosts run Hyper-V today."));
		// a short code in capitals goes on over a capitalised part
		assertEquals(List.of("Quenmore QX-Enterprise/product/model"),
				recognize(scripted("Quenmore QX", "product"), "Quenmore QX-Enterprise supports CSI."));
		// a lower-case word after the hyphen describes the name: "Quorvex-based"
		assertEquals(List.of("Quorvex/product/model"), recognize(scripted("Quorvex -", "product"), "They sell Quorvex-based appliances."));
		assertEquals(List.of("Quorvex/product/model"), recognize(scripted("Quorvex", "product"), "They sell Quorvex-based appliances."));
		// a product line after a double slash
		assertEquals(List.of("Quenmore FlashGrid//XL/product/model"),
				recognize(scripted("Quenmore FlashGrid", "product"), "The Quenmore FlashGrid//XL ships in May."));
	}

	/** A model reading that runs from a known name over a person's title and name keeps the known name only. */
	@Test
	public void aPersonsTitleAndNameNeverJoinAKnownName() throws IOException {
		assertEquals(List.of("Oracle/vendor/both"),
				recognize(scripted("Oracle CEO Safra Catz", "vendor"), "Oracle CEO Safra Catz said the cloud grew."));
		assertEquals(List.of("Red Hat/vendor/both"),
				recognize(scripted("Red Hat CTO Chris Wright", "product"), "According to Red Hat CTO Chris Wright, it ships."));
	}

	/** An event is no name (the guide), nor is the company's name that opens it. */
	@Test
	public void anEventsNameIsNoName() throws IOException {
		assertEquals(List.of(), recognize(scripted("Quorvex Summit", "product"), "Quorvex Summit drew 5,000 people."));
		assertEquals(List.of("Oracle/vendor/catalog"), recognize(scripted(), "Oracle showed it at Oracle Live in May."));
		assertEquals(List.of(), recognize(scripted(), "Oracle Live 2024: What Shipped"));
		assertEquals(List.of("Red Hat/vendor/catalog"),
				recognize(scripted(), "Red Hat said at this year's Red Hat Summit that it would."));
		// an ordinary word after a name is an event's only after "at": "Oracle Live" the product stays
		assertEquals(List.of("Oracle Live/product/both"), recognize(scripted("Oracle Live", "product"), "Teams use Oracle Live daily."));
	}

	/** A coinage with a number glued to it is written as a name; a dictionary word with one is jargon. */
	@Test
	public void aCoinageWithANumberIsAName() throws IOException {
		assertEquals(List.of("Quorv0/product/context"), recognize(scripted(), "Teams log in through Quorv0 every day."));
		assertEquals(List.of("Oracle/vendor/catalog", "Quorv0/vendor/context"),
				recognize(scripted(), "Oracle acquired Quorv0 for $6.5 billion."));
		assertEquals(List.of(), recognize(scripted(), "Most Tier1 banks moved to Web3 ledgers."));
	}

	/** Where to reach a company is no name: e-mail and web addresses, whoever proposes them. */
	@Test
	public void anAddressIsNoName() throws IOException {
		assertEquals(List.of(), recognize(scripted("press@quorvex.com", "product"), "Media contact: press@quorvex.com"));
		assertEquals(List.of(), recognize(scripted("www.quorvex.com", "product"), "For more, visit www.quorvex.com today."));
		// a ticker as news agencies write it
		assertEquals(List.of("Oracle/vendor/catalog"), recognize(scripted("ORCL.N", "product"), "Oracle (ORCL.N) shares rose 4 percent."));
		// a job title, or its start
		assertEquals(List.of("Oracle/vendor/catalog"), recognize(scripted("Senior Vice", "product"),
				"\"We agree,\" said Jane Smith, Senior Vice President of engineering at Oracle."));
		// an author box's layout glues a name to the next line's title
		assertEquals(List.of(), recognize(scripted("NormanDr", "product"), "Mike NormanDr Mike Norman is the analyst."));
		// a domain that names the product stays ("pushed to quill.dev")
		assertEquals(List.of("quill.dev/product/model"), recognize(scripted("quill.dev", "product"), "Images are pushed to quill.dev nightly."));
	}

	/** What "the company behind" or "the maker of" names is a product, whatever the model's type. */
	@Test
	public void whatACompanyIsBehindIsAProduct() throws IOException {
		assertEquals(List.of("Quorvex/product/model"),
				recognize(scriptedAt(0.6, "Quorvex", "vendor"), "The company behind Quorvex raised $60 million."));
		assertEquals(List.of("Quorvex/product/model"),
				recognize(scriptedAt(0.6, "Quorvex", "vendor"), "Investors backed the maker of Quorvex again."));
	}

	/** A question's capitalised verb opens no name; a city before a state is a place. */
	@Test
	public void questionsAndCitiesAreNotPartOfNames() throws IOException {
		assertEquals(List.of("Quorvex/product/model"), recognize(scripted("Does Quorvex", "product"), "Q: Does Quorvex support live migration?"));
		assertEquals(List.of("Oracle VM/product/both"), recognize(scripted("Does Oracle VM", "product"), "Does Oracle VM support live migration?"));
		assertEquals(List.of("Quorvex/vendor/model"),
				recognize(scripted("Quorvex", "vendor", "Waltham", "vendor"), "Quorvex, a Waltham, Mass.-based startup, raised money."));
	}

	/** Companies' names in a row with no comma (a share bar) are not glued into one product. */
	@Test
	public void companiesInARowAreNotOneProduct() throws IOException {
		assertEquals(List.of("Oracle/vendor/both", "DMTF Quorvex/product/both"),
				recognize(scripted("Oracle", "vendor", "DMTF Quorvex", "product"), "Share this: Oracle DMTF Quorvex"));
		assertEquals(List.of("DMTF/vendor/both"), recognize(scripted("Quorvex DMTF", "product"), "Share this: Quorvex DMTF"));
		// a company's name before its product is still one product
		assertEquals(List.of("Oracle Quorvex/product/both"), recognize(scripted("Oracle Quorvex", "product"), "We run Oracle Quorvex daily."));
	}

	/** A headline's verb after a name makes it the acting company only when the name is the subject. */
	@Test
	public void aHeadlinesObjectIsNoActingCompany() throws IOException {
		assertEquals(List.of("Quorvex/vendor/model"), recognize(scripted("Quorvex", "product"), "Quorvex Teams Up For Storage"));
		assertEquals(List.of("Quorvex/product/model"), recognize(scripted("Quorvex", "product"), "Sharing GPUs Across Quorvex Teams"));
	}

	/** What a company has, by its possessive, is its product, down a list too. */
	@Test
	public void aCompanysPossessiveMakesItsProduct() throws IOException {
		assertEquals(List.of("Oracle/vendor/catalog", "Quorvex/product/model", "Brisket/product/model"),
				recognize(scriptedAt(0.5, "Quorvex", "vendor", "Brisket", "vendor"), "We tried Oracle's Quorvex and Brisket last year."));
	}

	/** An abbreviation in brackets after a name has the name's type. */
	@Test
	public void anAbbreviationInBracketsHasItsNamesType() throws IOException {
		assertEquals(List.of("Quorvex Systems/vendor/model", "QVX/vendor/model"),
				recognize(scripted("Quorvex Systems", "vendor", "QVX", "product"), "Quorvex Systems (QVX) said revenue grew."));
	}

	/** A version standing alone is no name, whoever proposes it (the guide). */
	@Test
	public void aVersionAloneIsNoName() throws IOException {
		assertEquals(List.of(), recognize(scripted("v1.30", "product"), "The project cut v1.30 on Tuesday."));
		assertEquals(List.of("Quorvex 1.30/product/model"),
				recognize(scripted("Quorvex", "product"), "The team cut Quorvex 1.30 on Tuesday."));
	}

	@Test
	public void anOrdinaryCatalogWordNeedsItsContext() throws IOException {
		assertEquals(List.of("Red Hat/vendor/catalog", "Chef/product/catalog"),
				recognize(scripted(), "Red Hat said Chef runs on RHEL."));
		assertEquals(List.of("Red Hat/vendor/catalog"), recognize(scripted(), "Red Hat sponsors the Iron Chef show."));
		// Announcing, it acts: the guide makes the organisation acting a vendor, whatever the catalog types it.
		assertEquals(List.of("Chef/vendor/catalog"), recognize(scripted(), "Chef announced a new release."));
		assertEquals(List.of(), recognize(scripted(), "Chef is the one who cooks."));
	}

	/**
	 * A name the catalog knows, followed by more capitalised name words mid-sentence, is a longer
	 * product the catalog does not hold: "Oracle VM Fleet Manager", "Amazon Security Lake".
	 */
	@Test
	public void aKnownNameRunsOnIntoALongerProductName() throws IOException {
		assertEquals(List.of("Oracle VM Fleet Manager/product/catalog"),
				recognize(scripted(), "Customers manage hosts with Oracle VM Fleet Manager today."));
		assertEquals(List.of("Amazon Security Lake/product/both"),
				recognize(scripted("Amazon", "vendor"), "Logs go to Amazon Security Lake in each account."));
		assertEquals(List.of("Red Hat Single Sign-On/product/catalog"),
				recognize(scripted(), "Teams replaced Red Hat Single Sign-On last year."));
		// Over a model's number, and over a known name that needs context: the longer name is that context.
		assertEquals(List.of("Oracle VM QX72/product/catalog"), recognize(scripted(), "It ships Oracle VM QX72 appliances."));
		assertEquals(List.of("Quorvex Chef/product/model"),
				recognize(scripted("Quorvex", "product"), "Customers run Quorvex Chef on every node."));
		// Not over a title, a known name, an API kind, or anything in a headline.
		assertEquals(List.of("Oracle/vendor/catalog"), recognize(scripted(), "The plan came from Oracle CEO Jane Roe."));
		assertEquals(List.of("Oracle/vendor/catalog", "VMware/vendor/catalog"),
				recognize(scripted(), "It compares Oracle VMware bundles."));
		assertEquals(List.of("Docker/product/catalog"), recognize(scripted(), "Tidewater reads Docker Compose and Stack objects now."));
		assertEquals(List.of("Oracle/vendor/catalog"), recognize(scripted(), "Oracle Ships Fleet Manager For Every Cloud"));
	}

	/** A model name that stops before a capitalised word takes it ("Northgrid Data" + "Centers"), not a title or a known name. */
	@Test
	public void aModelNameRunsOnOverTheCapitalisedWordsAfterIt() throws IOException {
		assertEquals(List.of("Northgrid Data Centers/vendor/model"),
				recognize(scripted("Northgrid Data", "vendor"), "The hosts are leased from Northgrid Data Centers in Oslo."));
		assertEquals(List.of("Northgrid/vendor/model"),
				recognize(scripted("Northgrid", "vendor"), "The deal was signed by Northgrid CEO Jane Roe in May."));
		assertEquals(List.of("Northgrid/vendor/model", "Red Hat/vendor/catalog"),
				recognize(scripted("Northgrid", "vendor"), "The hosts run Northgrid Red Hat builds."));
		// In a headline every word is capitalised: no telling where a name ends.
		assertEquals(List.of("Northgrid/vendor/model"),
				recognize(scripted("Northgrid", "vendor"), "Northgrid Data Wins Big Contract With City"));		// A plural acronym is a kind of thing, a capitalised verb starts a title: neither is more name.
		assertEquals(List.of("Kestrel H9/product/model"),
				recognize(scripted("Kestrel H9", "product"), "The cluster has 64 Kestrel H9 GPUs in each rack."));
		assertEquals(List.of("Kestrel/product/model"),
				recognize(scripted("Kestrel", "product"), "The guide is called Kestrel Do It Yourself."));
	}

	/** A sure model's lower-case name written as one hyphenated word stands, whole, even of common words. */
	@Test
	public void aSureModelKeepsAHyphenatedToolNameWhole() throws IOException {
		java.util.Set<String> common = java.util.Set.of("kube", "router", "state", "metrics", "open", "source");
		assertEquals(List.of("kube-router/product/model"),
				recognize(sure("kube - router", 0.95), "We replaced kube-router last year.", NotNames.NONE, common));
		assertEquals(List.of("kube-state-metrics/product/model"),
				recognize(sure("kube - state", 0.95), "We scrape kube-state-metrics every minute.", NotNames.NONE, common));
		assertEquals(List.of("tide-tf-runner/product/model"),
				recognize(sure("tf - runner", 0.95), "Modules run through the new tide-tf-runner image.", NotNames.NONE, common));
		// Words apart are description, and so is a name the model is unsure of.
		assertEquals(List.of(), recognize(sure("open source", 0.95), "We like open source a lot.", NotNames.NONE, common));
		assertEquals(List.of(), recognize(sure("kube - router", 0.6), "We replaced kube-router last year.", NotNames.NONE, common));
	}

	/** The guide: a company's name in front of a product's is one product span; "... Capital" is a firm. */
	@Test
	public void aLongerNameTheModelFoundIsTypedByItsBuild() throws IOException {
		assertEquals(List.of("Oracle Quillstream/product/both"),
				recognize(scripted("Oracle Quillstream", "vendor"), "Our logs now go to Oracle Quillstream."));
		assertEquals(List.of("Oracle Capital/vendor/both"),
				recognize(scripted("Oracle Capital", "product"), "The round was led by Oracle Capital."));
		// A product in front keeps the model's type: VMware vSphere Foundation is a product.
		assertEquals(List.of("vSphere Foundation/product/both"),
				recognize(scripted("vSphere Foundation", "product"), "We license vSphere Foundation per core."));
	}

	/** A longer name keeps the catalog's canonical name only where the rest is a company or a version. */
	@Test
	public void aLongerNameIsNotTheCatalogsProductUnlessOnlyAVersionFollows() throws IOException {
		assertEquals(List.of("VMware vSphere/VMware vSphere", "Xen Orbit/Xen Orbit", "vSphere 8/VMware vSphere"),
				canonicals(scripted("VMware vSphere", "product", "Xen Orbit", "product", "vSphere 8", "product"),
						"We run VMware vSphere with Xen Orbit and vSphere 8 now."));
	}

	private List<String> canonicals(NameFinder finder, String text) throws IOException {
		EntityRecognizer r = new EntityRecognizer(finder, new CatalogMatcher(CatalogMatcherTest.catalog(TSV)),
				java.util.Set.of(), NotNames.NONE);
		return r.recognize(text, tokenizer.tokenize(text, new TextSpan(0, text.length()))).stream()
				.map(e -> e.text() + "/" + e.canonical()).toList();
	}

	/** A company-or-product name where only software goes is the product, whatever the model said. */
	@Test
	public void aCompanyOrProductNameWhereDataIsSentIsTheProduct() throws IOException {
		assertEquals(List.of("Databricks/product/both"),
				recognize(scripted("Databricks", "vendor"), "For years we sent everything to Databricks at night."));
		assertEquals(List.of("Databricks/product/both"),
				recognize(scripted("Databricks", "vendor"), "The team deployed Databricks on every site."));
		assertEquals(List.of("Databricks/vendor/both"),
				recognize(scripted("Databricks", "vendor"), "The founders sold the company to Databricks in May."));
	}

	/** Capitalised words before "Alliance", "Foundation", "University"...: an organisation nobody had to know. */
	@Test
	public void anOrganisationIsKnownByItsHeadNoun() throws IOException {
		assertEquals(List.of("Quellwater Alliance/vendor/context"),
				recognize(scripted(), "It was a founding member of the Quellwater Alliance, which maintains the runtime."));
		assertEquals(List.of("LF AI & Data Foundation/vendor/context"),
				recognize(scripted(), "The project moved to the LF AI & Data Foundation last year."));
		assertEquals(List.of("New Quay University/vendor/context"),
				recognize(scripted(), "The format began at New Quay University in 2017."));
		// A lower-case head, a headline, a lone head noun: nothing.
		assertEquals(List.of(), recognize(scripted(), "It began at a university in Quay."));
		assertEquals(List.of(), recognize(scripted(), "Why The Quellwater Alliance Matters To Everyone"));
		assertEquals(List.of(), recognize(scripted(), "The Foundation said nothing."));
	}

	/** "Apache" and a capitalised word is one of the foundation's projects, not the foundation. */
	@Test
	public void apacheAndAWordIsAProject() throws IOException {
		assertEquals(List.of("Apache Quarrel/product/catalog"), recognize(scripted(), "The tables are Apache Quarrel files."));
		assertEquals(List.of("Apache/vendor/catalog"), recognize(scripted(), "The code went to Apache in May."));
	}

	/** "The Apache License" names a license; "a VMware license" is a license of a product. */
	@Test
	public void aLicenseNamedAfterItsMakerIsNoName() throws IOException {
		assertEquals(List.of(), recognize(scripted(), "The code is under the Apache License, version 2."));
		assertEquals(List.of("VMware/vendor/catalog"), recognize(scripted(), "Each host needs a VMware license."));
	}

	/** After a company's possessive, a given name and an unknown surname are a person. */
	@Test
	public void aPersonAfterACompanysPossessiveIsNoName() throws IOException {
		assertEquals(List.of("Oracle/vendor/catalog"),
				recognize(scripted("Shawn Rosemarin", "product"), "Oracle's Shawn Rosemarin went further this year."));
		// A product after the possessive stays: its second word is no surname.
		assertEquals(List.of("Oracle/vendor/catalog", "Quorra Cloud/product/model"),
				recognize(scripted("Quorra Cloud", "product"), "Oracle's Quorra Cloud went further this year."));
	}

	/** The author a byline names is no vendor, even where the model proposes only the given name. */
	@Test
	public void aBylinesAuthorIsNoName() throws IOException {
		assertEquals(List.of(), recognize(scripted("Alan", "vendor"), "Posted September 5, 2008 by Alan Whitcombe"));
		assertEquals(List.of(), recognize(scripted("Priya Raman", "vendor"), "By Priya Raman | February 26, 2009"));
		// Not a byline: a company that did something.
		assertEquals(List.of("Quorvex/vendor/model"), recognize(scripted("Quorvex", "vendor"), "It was bought by Quorvex in May."));
	}

	/** A name stops at a hyphen only where the guide splits it ("OpenStack-based"), not inside a name. */
	@Test
	public void aModelNameGoesOnOverACapitalisedPartAfterAHyphen() throws IOException {
		assertEquals(List.of("Falcon Next-Gen/product/model"),
				recognize(scripted("Falcon Next", "product"), "We tried Falcon Next-Gen last year."));
		assertEquals(List.of("Quorra C-Series/product/model"),
				recognize(scripted("Quorra C", "product"), "The Quorra C-Series arrays ship in May."));
		assertEquals(List.of("Quorra/product/model"),
				recognize(scripted("Quorra", "product"), "It is a Quorra-based appliance."));
	}

	/** A capitalised word nobody proposed, with a dotted version after it, is a product release. */
	@Test
	public void anUnknownWordWithADottedVersionIsAProductRelease() throws IOException {
		assertEquals(List.of("Tessera 2.1/product/context"),
				recognize(scripted(), "The company said that Tessera 2.1, its storage engine, is out."));
		assertEquals(List.of("Linux 2.6.32/product/context"), recognize(scripted(), "It runs on upstream Linux 2.6.32 now."));
		// Words that number things, a license, a sentence start, or a longer name are left alone.
		assertEquals(List.of(), recognize(scripted(), "As shown in Section 3.2 and Table 2.1 of the paper, it works."));
		assertEquals(false, recognize(scripted(), "The code is under Apache 2.0 now.").stream().anyMatch(e -> e.startsWith("Apache 2.0/")));
		assertEquals(List.of(), recognize(scripted(), "Tessera 2.1 is out."));
		assertEquals(List.of(), recognize(scripted(), "We tried Bulwark Keep 3.0 last week."));
	}

	/** A fiscal period the model proposes is a date, whatever its shape; a product numbered like one stays. */
	@Test
	public void quartersAndFiscalYearsAreNotNames() throws IOException {
		NameFinder model = scripted("Q3 2024", "product", "H100", "product", "FY2025", "product", "Q2", "product");
		assertEquals(List.of("H100/product/model", "Q2/product/model"),
				recognize(model, "Acme ships H100 boards in Q3 2024, and the Q2 in FY2025."));
	}

	/** An appositive that says what a name is: "X, a payroll startup" a vendor, "X, its storage engine" a product. */
	@Test
	public void anAppositiveTypesAnUnknownName() throws IOException {
		assertEquals(List.of("Quillfeather/vendor/context"),
				recognize(scripted(), "Last week Quillfeather, a payroll startup, replaced its queue."));
		// The head is the phrase's last noun, past an "and" inside it.
		assertEquals(List.of("Strandby/vendor/context"),
				recognize(scripted(), "Last week Strandby, the Oslo content delivery and edge compute provider, said it had doubled."));
		assertEquals(List.of("Notation/product/context"),
				recognize(scripted(), "Teams sign images with Notation, a signing tool from the project."));
		// What is said of a company or of software right after the comma types it too.
		assertEquals(List.of("Quorvane/vendor/context"),
				recognize(scripted(), "Quorvane, founded by the engineer who wrote the format, raised money."));
		assertEquals(List.of("Stellith/vendor/context"),
				recognize(scripted(), "Stellith, the main commercial backer of the engine, sells support."));
		assertEquals(List.of("Vectrial/product/context"),
				recognize(scripted(), "Vectrial, written in Go and developed in Amsterdam, stores vectors."));
		// It also types a name the model found, unless the noun is an owner's ("the vendor's service").
		assertEquals(List.of("Norbrook IT/vendor/model"), recognize(scriptedAt(0.6, "Norbrook IT", "product"),
				"Norbrook IT, a managed service provider in Ohio, resells the arrays."));
		assertEquals(List.of("Vault9/product/model"), recognize(scriptedAt(0.6, "Vault9", "product"),
				"Vault9, the vendor's cloud management service, tracks usage."));
		// Made by a company, or called a framework: software.
		assertEquals(List.of("Karvex/product/model", "Oracle/vendor/catalog"), recognize(scriptedAt(0.6, "Karvex", "vendor"),
				"Karvex, which Oracle open-sourced in 2021, skips the groups."));
		assertEquals(List.of("Seastrix/product/model"), recognize(scriptedAt(0.6, "Seastrix", "vendor"),
				"It runs on the Seastrix framework with one thread per core."));
		// Acting as a company (alone or with another name), or having creators: a vendor, a product.
		assertEquals(List.of("Vexabe/vendor/model", "Logrift/vendor/model"), recognize(scriptedAt(0.6, "Vexabe", "product", "Logrift", "vendor"),
				"In May, Vexabe and Logrift announced a merger of equals."));
		assertEquals(List.of("Sigrust/product/model"), recognize(scriptedAt(0.95, "Sigrust", "vendor"),
				"A startup founded by several of Sigrust's creators raised money."));
		// A person's title is no participle ("co-founder" is not "co-founded"), a capitalised list no appositive.
		assertEquals(List.of(), recognize(scripted(), "The index costs little, said Joost Verhalt, co-founder of the startup."));
		assertEquals(List.of(), recognize(scripted(), "Filed under Tanvix, Open Source."));
		// Not about the name: an adverb opening the sentence, a place before the subject's appositive.
		assertEquals(List.of(), recognize(scripted(), "Instead, the company sells services."));
		assertEquals(List.of(), recognize(scripted(), "Founded in 2022 and based in Seattle, the company raised money."));
	}

	/** A lower-case word no dictionary holds, described as a tool, is a product; a described English word is not. */
	@Test
	public void aLowerCaseToolIsKnownByItsDescription() throws IOException {
		assertEquals(List.of("pgvectorscale/product/context"),
				recognize(scripted(), "The team went further with pgvectorscale, an extension that adds a disk index."));
		assertEquals(List.of("eks-node-viewer/product/context"),
				recognize(scripted(), "eks-node-viewer, a small terminal tool, shows what each node costs."));
		assertEquals(List.of("skyrun/product/context"),
				recognize(scripted(), "The skyrun command-line tool deploys and scales an endpoint."));
		assertEquals(List.of("vexctl/product/context"),
				recognize(scripted(), "Operators install the vexctl open-source utility first."));
		// The noun before it, set off by commas, describes it too; so does a build like code.
		assertEquals(List.of("harnockd/product/context"),
				recognize(scripted(), "Each host runs a small agent, harnockd, that reports to the scheduler."));
		assertEquals(List.of("zorb-cache-relay/product/context"),
				recognize(scripted(), "The team moved alerts to zorb-cache-relay last year."));
		assertEquals(List.of("vexo_exporter/product/context"), recognize(scripted(), "It scrapes vexo_exporter on each node."));
		assertEquals(List.of(), recognize(scripted(), "The end-to-end test builds for x86_64 in real time."));
		// Opening a sentence in lower case, it needs no description.
		assertEquals(List.of("pgvexor/product/context"), recognize(scripted(), "pgvexor turns the database into a vector store."));
		assertEquals(List.of("tide-syncr/product/context"), recognize(scripted(), "tide-syncr logs in JSON by default."));
		assertEquals(List.of(), recognize(scripted(), "it only runs the Linux guests."));
		// Undescribed, an English word, a hyphenated English compound or a prefix: no name.
		assertEquals(List.of(), recognize(scripted(), "Then run skyrun deploy with the model's name."));
		assertEquals(List.of(), recognize(scripted(), "The sidecar, a small proxy, rewrites requests."));
		assertEquals(List.of(), recognize(scripted(), "The command-line tool and the co-located agent share a socket."));
	}

	/** Capitals inside a word ("IOpipe", "vSphere") or with digits ("L40S") write it as a name; not a generic coinage, a conference, an API kind or code. */
	@Test
	public void aWordWithCapitalsInsideIsAName() throws IOException {
		assertEquals(List.of("QIOpipe/product/context"), recognize(scripted(), "Traces go to QIOpipe, which bills by the event."));
		assertEquals(List.of("qSphere/product/context"), recognize(scripted(), "The hosts now run qSphere everywhere."));
		assertEquals(List.of("vetchOS/product/context"), recognize(scripted(), "The watches run vetchOS only."));
		assertEquals(List.of(), recognize(scripted(), "Our DevOps team met at QuorvCon to discuss NodePool resources.",
				new NotNames(java.util.Set.of("DevOps"))));
		assertEquals(List.of(), recognize(scripted(), "Set maxReplicas to three and read the GPUs list."));
		// So do capitals and digits: a model's number, not a percentile or an algorithm.
		assertEquals(List.of("QX40S/product/context"), recognize(scripted(), "Each node carries eight QX40S cards."));
		assertEquals(List.of(), recognize(scripted(), "Latency at P99 fell once hashes used SHA256 instead."));
		// A word of a longer name is the model's call; a headline capitalises everything.
		assertEquals(List.of(), recognize(scripted(), "Meta trains on its Quorv Research SuperCluster today."));
		assertEquals(List.of(), recognize(scripted(), "Teams Move Traces To QIOpipe"));
	}

	/** Capitalised words and a company's last word, acting as a company, are a vendor; without the verb, a phrase. */
	@Test
	public void aCompanyNameIsKnownByItsLastWordAndItsVerb() throws IOException {
		assertEquals(List.of("Together AI/vendor/context"), recognize(scripted(), "Together AI said this week that prices fell."));
		assertEquals(List.of("Fireworks AI/vendor/context"), recognize(scripted(), "Fireworks AI and Quorvex sell similar endpoints."));
		assertEquals(List.of(), recognize(scripted(), "Generative AI reshapes how teams write code."));
		assertEquals(List.of(), recognize(scripted(), "The talk on Generative AI said little."));
	}

	/** After "based in", "headquartered in", "a location in": a place, even one no dictionary knows, and the one after its comma. */
	@Test
	public void aPlaceAfterItsCueIsNoName() throws IOException {
		assertEquals(List.of("Quorvex/vendor/model"),
				recognize(scripted("Quorvex", "vendor", "Tromsø", "product"), "Quorvex is based in Tromsø and sells storage."));
		assertEquals(List.of("Quorvex/vendor/model"), recognize(scripted("Quorvex", "vendor", "Carolina", "vendor"),
				"Quorvex is headquartered in Charlotte, North Carolina, today."));
		// Without the cue the model's name stands.
		assertEquals(List.of("Quorvex/vendor/model", "Tromsø/product/model"),
				recognize(scripted("Quorvex", "vendor", "Tromsø", "product"), "Quorvex moved its data to Tromsø last year."));
	}

	/** A plain company name used for its software ("an Oracle user", "sent to Red Hat") is a product; its owner's possessive stays a vendor. */
	@Test
	public void aCompanyNameUsedForItsSoftwareIsAProduct() throws IOException {
		assertEquals(List.of("Oracle/product/catalog"), recognize(scripted(), "The script suspends an Oracle user at once."));
		assertEquals(List.of("Red Hat/product/catalog"), recognize(scripted(), "Alerts are sent to Red Hat every hour."));
		assertEquals(List.of("Red Hat/product/catalog"), recognize(scripted(), "The agent ships logs to disk and alerts to Red Hat."));
		assertEquals(List.of("Oracle/vendor/catalog"), recognize(scripted(), "Inside Oracle's lab the hosts are quiet."));
		assertEquals(List.of("Oracle/vendor/catalog"), recognize(scripted(), "Every Oracle customer got a letter."));
	}

	/** After "runs on", "built on", "known as": a capitalised word no dictionary knows is software; so is one written like it. */
	@Test
	public void aNameAfterASoftwareCueOrWrittenAsSoftwareIsAProduct() throws IOException {
		assertEquals(List.of("Quorvtime/product/context"),
				recognize(scripted(), "Each service compiles to bytecode and runs it on Quorvtime."));
		assertEquals(List.of("Quorv@Edge/product/context", "Quorvjs.js/product/context"),
				recognize(scripted(), "The old Quorv@Edge code now renders pages in Quorvjs.js instead."));
		// Not a word the dictionary knows, nor one after any other word.
		assertEquals(List.of(), recognize(scripted(), "The team moved to Boston and met Quorvtime later."));
	}

	/** An alias matched regardless of case that ends in words the text writes as a description stops before them. */
	@Test
	public void anAliasEndingInADescriptionIsTheNameBeforeIt() throws IOException {
		assertEquals(List.of("Zintra/product/catalog"), recognize(scripted(), "Microsoft handed the Zintra project to its users."));
		assertEquals(List.of("Zintra Project/product/catalog"), recognize(scripted(), "Microsoft handed the Zintra Project to its users."));
		assertEquals(List.of("Red Hat/vendor/catalog"), recognize(scripted(), "The largest Red Hat partners met."));
	}

	/** A name acting as a company (said, told, bought, raised money), past a relative clause, is a vendor; a release is not. */
	@Test
	public void aNameActingAsACompanyIsAVendor() throws IOException {
		assertEquals(List.of("Docker/vendor/catalog"),
				recognize(scripted(), "Docker, which has run the registry since 2014, said it would add quotas."));
		assertEquals(List.of("Docker/vendor/catalog"), recognize(scripted(), "Docker raised $40 million in May."));
		assertEquals(List.of("Docker 1.12/product/catalog"), recognize(scripted(), "Docker 1.12 raised the limit to 64 nodes."));
		assertEquals(List.of("Oracle VM/product/catalog", "Oracle/vendor/catalog"),
				recognize(scripted(), "The features are folded into Oracle VM, Oracle says."));
	}

	/** Examples take the type of the noun they are examples of ("frameworks such as", "investors including"). */
	@Test
	public void examplesTakeTheirNounsType() throws IOException {
		assertEquals(List.of("Quorvex/product/model", "Brindle/product/model"),
				recognize(scripted("Quorvex", "vendor", "Brindle", "vendor"), "Frameworks such as Quorvex and Brindle hide it."));
		assertEquals(List.of("Quorvex/vendor/model"),
				recognize(scripted("Quorvex", "product"), "The round drew investors including Quorvex last year."));
		// A noun of neither kind says nothing.
		assertEquals(List.of("Quorvex/vendor/model"), recognize(scripted("Quorvex", "vendor"), "Cities such as Quorvex grew."));
	}

	/** In a headline, a one-word name before a company's verb is the company; a versioned release is not. */
	@Test
	public void aHeadlinesNameBeforeACompanysVerbIsAVendor() throws IOException {
		assertEquals(List.of("Quorvex/vendor/model"), recognize(scripted("Quorvex", "product"), "Quorvex Raises $40M To Build Edge Agents"));
		assertEquals(List.of("Docker/vendor/catalog"), recognize(scripted(), "Docker Puts A Scheduler In Every Engine"));
		assertEquals(List.of("Quorvex 5/product/model"), recognize(scripted("Quorvex 5", "product"), "Quorvex 5 Launches With Edge Agents"));
		assertEquals(List.of("Quorvex/product/model"), recognize(scripted("Quorvex", "product"), "Quorvex Adds Edge Agents"));
	}

	/** An item of a list that holds a name, written as a name and in no dictionary, takes that name's type. */
	@Test
	public void aListWithANameNamesItsOtherItems() throws IOException {
		assertEquals(List.of("Xen/product/catalog", "Qembrix/product/context", "KVM/product/catalog"),
				recognize(scripted(), "The tool manages Xen, Qembrix and KVM hosts."));
		assertEquals(List.of("Oracle/vendor/catalog", "Zentrova/vendor/context"),
				recognize(scripted(), "Customers compared Oracle and Zentrova before they bought."));
		// A company before its product's name is no item of its own ("Oracle's Qembrix" is the item).
		assertEquals(List.of("KVM/product/catalog", "Qembrix/product/context", "Oracle/vendor/catalog"),
				recognize(scripted(), "Images include KVM, Qembrix and Oracle's tools."));
		// Commas alone make no list; a dictionary's word, place or person is no new name.
		assertEquals(List.of("Xen/product/catalog"), recognize(scripted(), "According to Quixelia, Xen grew."));
		assertEquals(List.of("Xen/product/catalog"), recognize(scripted(), "It runs Xen in Oslo and Seattle."));
		assertEquals(List.of("Xen/product/catalog"), recognize(scripted(), "It runs Xen, storage and networking."));
		// Beside a product, an ordinary word written capitalised mid-sentence is a name; beside a company, or a place, not.
		assertEquals(List.of("Xen/product/catalog", "Honeycomb/product/context"),
				recognize(scripted(), "Traces go to Xen, Honeycomb or any other backend."));
		assertEquals(List.of("Oracle/vendor/catalog"), recognize(scripted(), "Staff from Oracle and Honeycomb met."));
		assertEquals(List.of("Xen/product/catalog"), recognize(scripted(), "It runs Xen in Seattle and Boston."));
	}

	/** What the sentence says a proposed name is: an API kind, a ticker, a place, a capitalised word. */
	@Test
	public void theSentenceCanSayAProposedNameIsNone() throws IOException {
		assertEquals(List.of(), recognize(scripted("NodePool", "product", "EC2NodeClass", "product"),
				"The release replaced them with NodePool and EC2NodeClass resources."));
		assertEquals(List.of("Quandrix/vendor/model"), recognize(scripted("Quandrix", "vendor", "QDX", "vendor"),
				"Quandrix (Nasdaq: QDX) closed the deal."));
		assertEquals(List.of(), recognize(scriptedAt(0.5, "Estonia", "vendor"), "They bought a startup from Estonia."));
		// Further down a list of places, too.
		assertEquals(List.of(), recognize(scriptedAt(0.5, "Virginia", "product"), "It leased GPUs in Oregon, Ohio and Virginia."));
		assertEquals(List.of(), recognize(scriptedAt(0.5, "Boston", "vendor"), "It is a bridge between Denver and Boston."));
		assertEquals(List.of("Quandrix/product/model"),
				recognize(scriptedAt(0.5, "Quandrix", "product"), "It leased GPUs in Oregon and Quandrix too."));
		assertEquals(List.of(), recognize(scriptedAt(0.4, "Shared", "product"), "Shared storage moves old segments away."));
		// Sure of them, the model keeps them; a CamelCase product is no API kind without "resources".
		assertEquals(List.of("Estonia/vendor/model"), recognize(scriptedAt(0.9, "Estonia", "vendor"), "They bought a startup from Estonia."));
		assertEquals(List.of("DeltaStream/product/model"), recognize(scripted("DeltaStream", "product"), "We moved our jobs to DeltaStream last year."));
	}

	@Test
	public void versionsAndStagesJoinTheSpan() throws IOException {
		assertEquals(List.of("vSphere 4/product/catalog", "SLES 11 SP1/product/catalog"),
				recognize(scripted(), "Buy vSphere 4 (or 4.1) and get SLES 11 SP1 free."));
	}

	@Test
	public void vendorWithVersionIsAProductRelease() throws IOException {
		assertEquals(List.of("Red Hat 6 Beta/product/catalog", "Xen/product/catalog", "KVM/product/catalog"),
				recognize(scripted(), "The Red Hat 6 Beta is out, with no Xen, only KVM."));
	}

	@Test
	public void vendorBeforeProductIsOneProductButPossessiveSplits() throws IOException {
		assertEquals(List.of("Amazon EC2/product/catalog", "Red Hat/vendor/catalog", "KVM/product/catalog"),
				recognize(scripted(), "Amazon EC2 competes with Red Hat's KVM."));
		assertEquals(List.of("Oracle/vendor/catalog", "DMTF/vendor/catalog"),
				recognize(scripted(), "Oracle and the Oracle DMTF submission.").subList(1, 3));
	}

	@Test
	public void catalogTypeWinsForPlainCompanyNames() throws IOException {
		assertEquals(List.of("Xen/product/catalog", "VMware/vendor/both", "KVM/product/catalog"),
				recognize(scripted("VMware", "product"), "a battle between Xen, VMware and KVM"));
	}

	@Test
	public void modelExtendsCatalogSpanAndFindsUnknownNames() throws IOException {
		assertEquals(List.of("Oracle VM Server/product/both", "Frobnicator/product/model"),
				recognize(scripted("Oracle VM Server", "product", "Frobnicator", "product"),
						"Oracle VM Server now ships with Frobnicator."));
	}

	@Test
	public void modelOnlyNamesOfCommonWordsAreDropped() throws IOException {
		assertEquals(List.of("Frobnicator/product/model"),
				recognize(scripted("Open Source", "product", "Frobnicator", "product"), "Open Source fans like Frobnicator."));
	}

	@Test
	public void leadingArticleIsNotPartOfTheNameAndApacheWithVersionIsALicense() throws IOException {
		assertEquals(List.of("Linux Foundation/vendor/catalog"), recognize(scripted(), "He joined the Linux Foundation."));
		assertEquals(List.of("Apache/vendor/catalog"), recognize(scripted(), "It ships under Apache 2.0 terms."));
	}

	@Test
	public void ordinaryWordsNeedContext() throws IOException {
		assertEquals(List.of(), recognize(scripted(), "Chef salted the soup."));
		assertEquals(List.of("Xen/product/catalog", "Chef/product/catalog"),
				recognize(scripted(), "We provision Xen hosts with Chef recipes."));
	}

	@Test
	public void companyOrProductIsTypedByContext() throws IOException {
		assertEquals(List.of("Docker/vendor/catalog"), recognize(scripted(), "Docker raised $40 million."));
		assertEquals(List.of("Docker/product/catalog"), recognize(scripted(), "We run the app in Docker."));
	}

	@Test
	public void lowerCaseToolNamesFromTheModelCountButDescriptionDoesNot() throws IOException {
		assertEquals(List.of("cert-manager/product/model"),
				recognize(scripted("cert - manager", "product", "open source", "product"),
						"We renew certificates with cert-manager, which is open source."));
	}

	@Test
	public void personTitlesEndANameAndNeverStartOne() throws IOException {
		assertEquals(List.of("Zentrix/vendor/model"),
				recognize(scripted("Zentrix CEO Jane Roe", "product"), "Zentrix CEO Jane Roe said the chips ship in May."));
		assertEquals(List.of(), recognize(scripted("CTO Jane Roe", "vendor"), "CTO Jane Roe disagreed."));
	}

	@Test
	public void headlineVerbsSplitNamesAndLicensesAreNotProducts() throws IOException {
		assertEquals(List.of("Skylark Run/product/model"),
				recognize(scripted("Skylark Run Combines Serverless Functions", "product"),
						"Skylark Run Combines Serverless Functions With Edge Caching"));
		assertEquals(List.of(), recognize(scripted("GPLv2", "product", "BSL 1.1", "product"),
				"It moved from the GPLv2 to the BSL 1.1 this year."));
	}

	@Test
	public void aSentencesFullStopIsNeverPartOfAName() throws IOException {
		assertEquals(List.of("AMD/vendor/model"), recognize(scripted("AMD", "vendor"), "The chips come from AMD."));
	}

	@Test
	public void aPressReleaseDatelineNamesAPlace() throws IOException {
		assertEquals(List.of("Zentrix Labs/vendor/model"),
				recognize(scripted("PORTLAND", "product", "Zentrix Labs", "vendor"),
						"PORTLAND, May 4, 2026 -- Zentrix Labs today announced a GPU cloud."));
	}

	@Test
	public void aPlainCompanyNameWithoutCueStaysAVendor() throws IOException {
		assertEquals(List.of("Databricks/vendor/catalog"), recognize(scripted(), "Few saw Databricks coming."));
		assertEquals(List.of("Databricks/product/catalog"), recognize(scripted(), "The team runs its jobs on Databricks."));
	}

	@Test
	public void standardsAndProtocolsAreNeverNamesWhoeverProposesThem() throws IOException {
		assertEquals(List.of("Zentrix/vendor/model", "KVM/product/catalog"),
				recognize(scripted("NVMe", "product", "Zentrix", "vendor", "SOC 2", "product"),
						"Zentrix arrays speak NVMe over KVM hosts and passed SOC 2 last year.", NotNames.bundled()));
	}
}
