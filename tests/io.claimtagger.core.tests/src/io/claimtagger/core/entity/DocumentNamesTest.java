package io.claimtagger.core.entity;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.Test;

import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.text.TextSpan;
import io.claimtagger.core.token.ArticleTokenizer;

public class DocumentNamesTest {

	private final ArticleTokenizer tokenizer = new ArticleTokenizer(NlpModels.bundled().tokenizerModel());
	private static final Set<String> COMMON = Set.of("pure", "luck", "tables");

	/** Sentences one per line; {@code [name|type|confidence]} marks what the sentence alone found. */
	private List<TaggedSentence> tagged(StringBuilder text, String... lines) {
		List<TaggedSentence> out = new ArrayList<>();
		for (String line : lines) {
			int start = text.length();
			List<Object[]> marks = new ArrayList<>();
			StringBuilder plain = new StringBuilder();
			for (int i = 0; i < line.length(); i++) {
				if (line.charAt(i) == '[') {
					int end = line.indexOf(']', i);
					String[] m = line.substring(i + 1, end).split("\\|");
					marks.add(new Object[] { start + plain.length(), m[0], m[1], Double.parseDouble(m[2]) });
					plain.append(m[0]);
					i = end;
				} else {
					plain.append(line.charAt(i));
				}
			}
			text.append(plain).append('\n');
			TextSpan span = new TextSpan(start, start + plain.length());
			List<Entity> entities = new ArrayList<>();
			for (Object[] m : marks) {
				int s = (Integer) m[0];
				String name = (String) m[1];
				entities.add(new Entity(new TextSpan(s, s + name.length()), name, EntityType.fromId((String) m[2]), name,
						(Double) m[3], EntitySource.MODEL));
			}
			out.add(new TaggedSentence(span, tokenizer.tokenize(text, span), entities));
		}
		return out;
	}

	private static List<String> names(TaggedSentence s) {
		return s.entities().stream().map(e -> e.text() + "/" + e.type().id() + "/" + e.confidence()).toList();
	}

	@Test
	public void aNameFoundOnceIsANameWhereverTheArticleWritesIt() {
		StringBuilder text = new StringBuilder();
		List<TaggedSentence> found = tagged(text, "We moved the lake to [Apache Iceberg|product|0.8] last year.",
				"Since then Iceberg 1.5 tables answer in seconds.", "Querying Apache Iceberg is easy.");
		DocumentNames names = DocumentNames.of(text, found, COMMON, MentionTyper.NONE);
		List<TaggedSentence> taught = names.apply(text, found);
		assertEquals(List.of("Iceberg 1.5/product/0.72"), names(taught.get(1)));
		assertEquals(List.of("Apache Iceberg/product/0.72"), names(taught.get(2)));
		assertTrue("a sentence that found its name keeps it as found", taught.get(0) == found.get(0));
	}

	/** A taught name is not written into a license ("Apache 2.0", "the Apache License"). */
	@Test
	public void aTaughtNameIsNeverALicense() {
		StringBuilder text = new StringBuilder();
		List<TaggedSentence> found = tagged(text, "Citrix hands the code to [Apache|product|0.9] this week.",
				"It is licensed under Apache 2.0 from now on.", "The Apache License lets vendors fork it.",
				"Apache will host it.");
		List<TaggedSentence> taught = DocumentNames.of(text, found, COMMON, MentionTyper.NONE).apply(text, found);
		assertEquals(List.of(), names(taught.get(1)));
		assertEquals(List.of(), names(taught.get(2)));
		assertEquals(List.of("Apache/product/0.81"), names(taught.get(3)));
	}

	@Test
	public void weakGuessesTeachNothing() {
		StringBuilder text = new StringBuilder();
		List<TaggedSentence> found = tagged(text, "We tried [Quorvex|product|0.4] once.", "Quorvex crashed.");
		assertTrue(DocumentNames.of(text, found, COMMON, MentionTyper.NONE).isEmpty());
	}

	@Test
	public void anOrdinaryWordOpeningASentenceIsNotTheName() {
		StringBuilder text = new StringBuilder();
		List<TaggedSentence> found = tagged(text, "Arrays from [Pure|vendor|0.9] ship today.", "Pure luck helped.",
				"Customers of Pure agree.");
		List<TaggedSentence> taught = DocumentNames.of(text, found, COMMON, MentionTyper.NONE).apply(text, found);
		assertEquals(List.of(), names(taught.get(1)));
		assertEquals(List.of("Pure/vendor/0.81"), names(taught.get(2)));
	}

	@Test
	public void equalWhenTheyTeachTheSameNamesWhateverTheConfidence() {
		StringBuilder a = new StringBuilder();
		StringBuilder b = new StringBuilder();
		StringBuilder c = new StringBuilder();
		assertEquals(DocumentNames.of(a, tagged(a, "We use [Quorvex|product|0.9]."), COMMON, MentionTyper.NONE),
				DocumentNames.of(b, tagged(b, "Today [Quorvex|product|0.7] runs."), COMMON, MentionTyper.NONE));
		assertNotEquals(DocumentNames.of(a, tagged(a, "We use [Quorvex|product|0.9]."), COMMON, MentionTyper.NONE),
				DocumentNames.of(c, tagged(c, "We use [Quorvex|vendor|0.9]."), COMMON, MentionTyper.NONE));
	}

	@Test
	public void aPersonIntroducedByTitleIsNeverAVendorLater() {
		StringBuilder text = new StringBuilder();
		List<TaggedSentence> found = tagged(text, "[Pennant|vendor|0.9] hired chief executive Lena Ortiz in May.",
				"[Ortiz|vendor|0.8] said sales doubled.", "Analysts asked Ortiz and Pennant about it.");
		List<TaggedSentence> taught = DocumentNames.of(text, found, COMMON, MentionTyper.NONE).apply(text, found);
		assertEquals(List.of(), names(taught.get(1)));
		assertEquals(List.of("Pennant/vendor/0.81"), names(taught.get(2)));
	}

	/** A title after the name ("Lena Ortiz, Pennant's chief executive") and an author's bio make a person too. */
	@Test
	public void aPersonIsKnownByATitleAfterTheNameOrARoleInABio() {
		StringBuilder text = new StringBuilder();
		List<TaggedSentence> found = tagged(text, "[Lena Ortiz|product|0.6], Pennant's chief executive, spoke first.",
				"Perhaps [Pennant|vendor|0.9] simply wanted [Ortiz|vendor|0.4].",
				"[Raj Patel|product|0.7] is a contributing analyst based in Pune.",
				"[Raj Patel|product|0.7] said [Pennant Cloud|product|0.9] grew.");
		List<TaggedSentence> taught = DocumentNames.of(text, found, COMMON, MentionTyper.NONE).apply(text, found);
		assertEquals(List.of("Pennant/vendor/0.81"), names(taught.get(0)));
		assertEquals(List.of("Pennant/vendor/0.9"), names(taught.get(1)));
		assertEquals(List.of(), names(taught.get(2)));
		assertEquals(List.of("Pennant Cloud/product/0.9"), names(taught.get(3)));
		// A company with a chief executive is no person, nor is a product "is a" something else.
		StringBuilder other = new StringBuilder();
		List<TaggedSentence> companies = tagged(other, "[Pennant|vendor|0.9], whose chief executive spoke first, grew.",
				"[Quorra Cloud|product|0.7] is a managed service for analysts.");
		List<TaggedSentence> kept = DocumentNames.of(other, companies, COMMON, MentionTyper.NONE).apply(other, companies);
		assertEquals(List.of("Pennant/vendor/0.9"), names(kept.get(0)));
		assertEquals(List.of("Quorra Cloud/product/0.7"), names(kept.get(1)));
	}

	@Test
	public void aCompanyIsKnownByItsFirstWordAfterItsFullName() {
		StringBuilder text = new StringBuilder();
		List<TaggedSentence> found = tagged(text, "Arrays from [Quillon Storage|vendor|0.85] ship today.",
				"Customers of Quillon say the arrays are fast.");
		List<TaggedSentence> taught = DocumentNames.of(text, found, COMMON, MentionTyper.NONE).apply(text, found);
		assertEquals(List.of("Quillon/vendor/0.765"), names(taught.get(1)));
		assertEquals("Quillon Storage", taught.get(1).entities().get(0).canonical());
	}

	/** One sentence's contribution: only what its contexts say of {@code name}, a vendor probability each. */
	private static List<DocumentNames.Contribution> votes(String name, double... vendor) {
		List<DocumentNames.TypeVote> votes = new ArrayList<>();
		for (double v : vendor) {
			votes.add(new DocumentNames.TypeVote(name, v));
		}
		return List.of(new DocumentNames.Contribution(List.of(), List.of(), votes));
	}

	private static MentionTyper shippedTyper() {
		NlpModels models = NlpModels.bundled();
		return new MentionTyper(models.mentionTypeModel().orElseThrow(), models.catalog());
	}

	@Test
	public void aNameTheModelMistypedTakesTheTypeItsContextsAgreeOn() {
		StringBuilder text = new StringBuilder();
		List<TaggedSentence> found = tagged(text, "Last spring we moved every cluster to [Quendrix|vendor|0.6].",
				"We installed [Quendrix|vendor|0.4] on every node.",
				"We run [Quendrix|vendor|0.6] on three clusters and upgrade it every month.");
		List<TaggedSentence> taught = DocumentNames.of(text, found, COMMON, shippedTyper()).apply(text, found);
		for (TaggedSentence s : taught) {
			assertEquals(List.of("Quendrix/product/" + s.entities().get(0).confidence()), names(s));
		}
	}

	@Test
	public void aCompanyActingIsAVendorWhateverTheModelSaid() {
		StringBuilder text = new StringBuilder();
		List<TaggedSentence> found = tagged(text, "[Marlowe Labs|product|0.6] raised $40 million in a Series B round.",
				"[Marlowe Labs|product|0.5] was founded in 2019 and employs 80 people.");
		List<TaggedSentence> taught = DocumentNames.of(text, found, COMMON, shippedTyper()).apply(text, found);
		assertEquals(List.of("Marlowe Labs/vendor/0.6"), names(taught.get(0)));
		assertEquals(List.of("Marlowe Labs/vendor/0.5"), names(taught.get(1)));
	}

	@Test
	public void theCatalogsTypesAndVersionedReleasesAreNeverRetyped() {
		StringBuilder text = new StringBuilder();
		List<TaggedSentence> found = tagged(text, "[Marlowe Labs|product|0.6] raised $40 million in a Series B round.",
				"[Marlowe Labs|product|0.5] was founded in 2019 and employs 80 people.",
				"[Marlowe Labs|product|0.5] hired a new chief financial officer in March.",
				"[Marlowe Labs|product|0.5] acquired a small startup in Oslo.",
				"[Marlowe Labs|product|0.5] said revenue doubled last year.",
				"[Marlowe Labs|product|0.5] is headquartered in Denver.",
				// Its release's context votes product; the five above outweigh it.
				"The company said [Marlowe Labs 2.1|product|0.9] shipped in May.");
		List<Entity> fromCatalog = new ArrayList<>();
		for (Entity e : found.get(0).entities()) {
			fromCatalog.add(new Entity(new TextSpan(e.start(), e.end()), e.text(), e.type(), e.canonical(), e.confidence(),
					EntitySource.CATALOG));
		}
		found.set(0, new TaggedSentence(found.get(0).span(), found.get(0).tokens(), fromCatalog));
		List<TaggedSentence> taught = DocumentNames.of(text, found, COMMON, shippedTyper()).apply(text, found);
		assertEquals(List.of("Marlowe Labs/product/0.6"), names(taught.get(0)));
		assertEquals(List.of("Marlowe Labs/vendor/0.5"), names(taught.get(1)));
		assertEquals(List.of("Marlowe Labs 2.1/product/0.9"), names(taught.get(6)));
	}

	/** Contexts that only make a type likely retype an unsure name, not one the name finder was sure of. */
	@Test
	public void likelyContextsRetypeOnlyWhatTheNameFinderWasUnsureOf() {
		StringBuilder text = new StringBuilder();
		List<TaggedSentence> found = tagged(text, "We write notes in [Inkwell|product|0.9] every day.",
				"Later [Inkwell|product|0.6] hired ten people.");
		List<DocumentNames.Contribution> likely = votes("Inkwell", 0.7, 0.8);
		List<TaggedSentence> taught = DocumentNames.of(likely, COMMON).apply(text, found);
		assertEquals(List.of("Inkwell/product/0.9"), names(taught.get(0)));
		assertEquals(List.of("Inkwell/vendor/0.6"), names(taught.get(1)));
		List<DocumentNames.Contribution> sure = votes("Inkwell", 0.8, 0.9);
		assertEquals(List.of("Inkwell/vendor/0.9"), names(DocumentNames.of(sure, COMMON).apply(text, found).get(0)));
		List<DocumentNames.Contribution> unsure = votes("Inkwell", 0.6);
		assertEquals(List.of("Inkwell/product/0.6"), names(DocumentNames.of(unsure, COMMON).apply(text, found).get(1)));
	}

	/** A name ending in "Alliance" or "University" stays an organisation whatever its contexts suggest. */
	@Test
	public void anOrganisationsNameIsNeverRetypedAProduct() {
		StringBuilder text = new StringBuilder();
		List<TaggedSentence> found = tagged(text, "Passkeys are backed by the [Quellwater Alliance|vendor|0.5] today.");
		List<DocumentNames.Contribution> productContexts = votes("Quellwater Alliance", 0.05);
		assertEquals(List.of("Quellwater Alliance/vendor/0.5"),
				names(DocumentNames.of(productContexts, COMMON).apply(text, found).get(0)));
	}

	@Test
	public void withoutATypeModelTheModelsTypesStand() {
		StringBuilder text = new StringBuilder();
		List<TaggedSentence> found = tagged(text, "[Marlowe Labs|product|0.6] raised $40 million in a Series B round.");
		List<TaggedSentence> taught = DocumentNames.of(text, found, COMMON, MentionTyper.NONE).apply(text, found);
		assertEquals(List.of("Marlowe Labs/product/0.6"), names(taught.get(0)));
	}

	@Test
	public void anArticleWhoseContextsRetypeANameTeachesSomethingElse() {
		StringBuilder a = new StringBuilder();
		StringBuilder b = new StringBuilder();
		List<TaggedSentence> vendorContext = tagged(a, "[Marlowe Labs|product|0.6] raised $40 million in a Series B round.");
		List<TaggedSentence> productContext = tagged(b, "We moved every cluster to [Marlowe Labs|product|0.6] last spring.");
		// The incremental tagger re-tags elsewhere only when what the article teaches changes.
		assertNotEquals(DocumentNames.of(a, vendorContext, COMMON, shippedTyper()),
				DocumentNames.of(b, productContext, COMMON, shippedTyper()));
	}

	@Test
	public void theAuthorABylineNamesIsAPersonThroughoutTheArticle() {
		StringBuilder text = new StringBuilder();
		List<TaggedSentence> found = tagged(text, "Posted 2 April 2014 by [Rachel Ng|product|0.6]",
				"[Quorvex|product|0.9] cut its prices again.",
				"[Rachel Ng|product|0.7] is a cloud economist who writes about pricing.");
		List<TaggedSentence> taught = DocumentNames.of(text, found, COMMON, MentionTyper.NONE).apply(text, found);
		assertEquals(List.of(), names(taught.get(0)));
		assertEquals(List.of("Quorvex/product/0.9"), names(taught.get(1)));
		assertEquals(List.of(), names(taught.get(2)));
	}

	/** A byline after a dash, a plural title before a list of names, a contact line: people, whoever proposed the full name. */
	@Test
	public void peopleAfterADashedBylineAPluralTitleOrAContactLine() {
		StringBuilder text = new StringBuilder();
		List<TaggedSentence> found = new ArrayList<>(tagged(text, "August 2023 \u2013 by [Oskar|vendor|0.6] Lindqvist",
				"[Veeam|vendor|0.9] co-founders [Ratmir Timashev|product|0.7] and [Andrei Baronov|product|0.7] started it.",
				"Media contact: [Jordan Pike|product|0.9], corporate communications"));
		// The catalog knows "Pike" (a release of OpenStack) and agreed with the model.
		TaggedSentence contact = found.get(2);
		Entity pike = contact.entities().get(0);
		found.set(2, new TaggedSentence(contact.span(), contact.tokens(), List.of(new Entity(new TextSpan(pike.start(), pike.end()),
				pike.text(), EntityType.PRODUCT, "OpenStack Pike", 0.9, EntitySource.BOTH))));
		List<TaggedSentence> taught = DocumentNames.of(text, found, COMMON, MentionTyper.NONE).apply(text, found);
		assertEquals(List.of(), names(taught.get(0)));
		assertEquals(List.of("Veeam/vendor/0.9"), names(taught.get(1)));
		assertEquals(List.of(), names(taught.get(2)));
	}

	/** A headline's name runs on into its capitalised words; the body says where it ends, and a version stays. */
	@Test
	public void theBodySaysWhereAHeadlinesNameEnds() {
		StringBuilder text = new StringBuilder();
		List<TaggedSentence> found = tagged(text, "[Quorvex Camps Regroup|product|0.8] As Rivals Merge",
				"[Purlin 4.2|product|0.8] Adds Drift Alerts For Every Stack",
				"[Quorvex|product|0.9] still schedules most of the clusters.",
				"[Purlin|product|0.9] reads the plans first.");
		List<TaggedSentence> taught = DocumentNames.of(text, found, COMMON, MentionTyper.NONE).apply(text, found);
		assertEquals(List.of("Quorvex/product/0.8"), names(taught.get(0)));
		assertEquals(List.of("Purlin 4.2/product/0.8"), names(taught.get(1)));
		// Where the body never writes the start alone, the headline's name stands.
		StringBuilder other = new StringBuilder();
		List<TaggedSentence> alone = tagged(other, "[Quorvex Camps|product|0.8] Regroup As Rivals Merge",
				"[Kestrel|product|0.9] still schedules most of the clusters.");
		assertEquals(List.of("Quorvex Camps/product/0.8"),
				names(DocumentNames.of(other, alone, COMMON, MentionTyper.NONE).apply(other, alone).get(0)));
	}

	/** A heading's name that begins a name the body writes is not cut ("About Quorvex Labs" before "Quorvex Labs, Inc."). */
	@Test
	public void aHeadingsNameThatBeginsABodyNameStands() {
		StringBuilder text = new StringBuilder();
		List<TaggedSentence> found = tagged(text, "About [Quorvex Labs|vendor|0.9]",
				"[Quorvex Labs, Inc.|vendor|0.7] builds schedulers.", "[Quorvex|vendor|0.8] said so.");
		List<TaggedSentence> taught = DocumentNames.of(text, found, COMMON, MentionTyper.NONE).apply(text, found);
		assertEquals(List.of("Quorvex Labs/vendor/0.9"), names(taught.get(0)));
	}

	/** A taught name is not added where it opens an event's name ("at Quorvex Summit"). */
	@Test
	public void aTaughtNameIsNotAddedInsideAnEventsName() {
		StringBuilder text = new StringBuilder();
		List<TaggedSentence> found = tagged(text, "[Quorvex|vendor|0.9] said customers doubled.",
				"The team spoke at Quorvex Summit in May.", "Most of them run Quorvex already.");
		List<TaggedSentence> taught = DocumentNames.of(text, found, COMMON, MentionTyper.NONE).apply(text, found);
		assertEquals(List.of(), names(taught.get(1)));
		assertEquals(1, names(taught.get(2)).size());
	}

	/** A headline's name that starts with ordinary title-case words ends with the body's name. */
	@Test
	public void aHeadlinesNameStartingWithOrdinaryWordsIsCutToTheBodysName() {
		StringBuilder text = new StringBuilder();
		List<TaggedSentence> found = tagged(text, "[Running Quorvex|product|0.8] Without An Operating System",
				"We put a [Quorvex|product|0.9] application straight on the host.");
		List<TaggedSentence> taught = DocumentNames.of(text, found, COMMON, MentionTyper.NONE).apply(text, found);
		assertEquals(List.of("Quorvex/product/0.8"), names(taught.get(0)));
		// A word of no dictionary in front may be the name's own ("Zentrix Quorvex"): the name stands.
		StringBuilder other = new StringBuilder();
		List<TaggedSentence> coined = tagged(other, "[Zentrix Quorvex|product|0.8] Without An Operating System",
				"We put a [Quorvex|product|0.9] application straight on the host.");
		assertEquals(List.of("Zentrix Quorvex/product/0.8"),
				names(DocumentNames.of(other, coined, COMMON, MentionTyper.NONE).apply(other, coined).get(0)));
	}

	/** A versioned kernel is a product; the name it teaches alone is generic and not taught ("the largest Linux vendor"). */
	@Test
	public void aNotNameIsNotTaughtByItsVersionedForm() {
		StringBuilder text = new StringBuilder();
		List<TaggedSentence> found = tagged(text, "[Linux 2.6.20|product|0.9] shipped in February 2007.",
				"The largest Linux vendor walked away from it.");
		List<TaggedSentence> taught = DocumentNames.of(text, found, COMMON, MentionTyper.NONE).apply(text, found);
		assertEquals(List.of("Linux 2.6.20/product/0.9"), names(taught.get(0)));
		assertEquals(List.of(), names(taught.get(1)));
	}
}
