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
		DocumentNames names = DocumentNames.of(text, found, COMMON);
		List<TaggedSentence> taught = names.apply(text, found);
		assertEquals(List.of("Iceberg 1.5/product/0.72"), names(taught.get(1)));
		assertEquals(List.of("Apache Iceberg/product/0.72"), names(taught.get(2)));
		assertTrue("a sentence that found its name keeps it as found", taught.get(0) == found.get(0));
	}

	@Test
	public void weakGuessesTeachNothing() {
		StringBuilder text = new StringBuilder();
		List<TaggedSentence> found = tagged(text, "We tried [Quorvex|product|0.4] once.", "Quorvex crashed.");
		assertTrue(DocumentNames.of(text, found, COMMON).isEmpty());
	}

	@Test
	public void anOrdinaryWordOpeningASentenceIsNotTheName() {
		StringBuilder text = new StringBuilder();
		List<TaggedSentence> found = tagged(text, "Arrays from [Pure|vendor|0.9] ship today.", "Pure luck helped.",
				"Customers of Pure agree.");
		List<TaggedSentence> taught = DocumentNames.of(text, found, COMMON).apply(text, found);
		assertEquals(List.of(), names(taught.get(1)));
		assertEquals(List.of("Pure/vendor/0.81"), names(taught.get(2)));
	}

	@Test
	public void equalWhenTheyTeachTheSameNamesWhateverTheConfidence() {
		StringBuilder a = new StringBuilder();
		StringBuilder b = new StringBuilder();
		StringBuilder c = new StringBuilder();
		assertEquals(DocumentNames.of(a, tagged(a, "We use [Quorvex|product|0.9]."), COMMON),
				DocumentNames.of(b, tagged(b, "Today [Quorvex|product|0.7] runs."), COMMON));
		assertNotEquals(DocumentNames.of(a, tagged(a, "We use [Quorvex|product|0.9]."), COMMON),
				DocumentNames.of(c, tagged(c, "We use [Quorvex|vendor|0.9]."), COMMON));
	}

	@Test
	public void aPersonIntroducedByTitleIsNeverAVendorLater() {
		StringBuilder text = new StringBuilder();
		List<TaggedSentence> found = tagged(text, "[Pennant|vendor|0.9] hired chief executive Lena Ortiz in May.",
				"[Ortiz|vendor|0.8] said sales doubled.", "Analysts asked Ortiz and Pennant about it.");
		List<TaggedSentence> taught = DocumentNames.of(text, found, COMMON).apply(text, found);
		assertEquals(List.of(), names(taught.get(1)));
		assertEquals(List.of("Pennant/vendor/0.81"), names(taught.get(2)));
	}

	@Test
	public void aCompanyIsKnownByItsFirstWordAfterItsFullName() {
		StringBuilder text = new StringBuilder();
		List<TaggedSentence> found = tagged(text, "Arrays from [Quillon Storage|vendor|0.85] ship today.",
				"Customers of Quillon say the arrays are fast.");
		List<TaggedSentence> taught = DocumentNames.of(text, found, COMMON).apply(text, found);
		assertEquals(List.of("Quillon/vendor/0.765"), names(taught.get(1)));
		assertEquals("Quillon Storage", taught.get(1).entities().get(0).canonical());
	}
}
