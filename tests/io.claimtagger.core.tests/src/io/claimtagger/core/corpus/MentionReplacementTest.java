package io.claimtagger.core.corpus;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotEquals;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.Test;

import io.claimtagger.core.entity.EntityType;

public class MentionReplacementTest {

	private static AnnotatedSentence sentence(String text, String... names) {
		List<Mention> mentions = new java.util.ArrayList<>();
		for (int i = 0; i < names.length; i += 2) {
			int start = text.indexOf(names[i], mentions.isEmpty() ? 0 : mentions.get(mentions.size() - 1).end());
			mentions.add(new Mention(start, start + names[i].length(), EntityType.fromId(names[i + 1]), names[i]));
		}
		return new AnnotatedSentence(text, mentions, false, null, null, List.of(), false, 1);
	}

	private static final AnnotatedDocument DOCUMENT = new AnnotatedDocument("d", List.of(List.of(
			sentence("Red Hat ships KVM in RHEL 6, and Red Hat's rivals ship Xen.", "Red Hat", "vendor", "KVM", "product",
					"RHEL 6", "product", "Red Hat", "vendor", "Xen", "product"),
			sentence("Nothing to swap here."),
			sentence("KVM is faster than Xen, Red Hat says.", "KVM", "product", "Xen", "product", "Red Hat", "vendor"))));

	@Test
	public void mentionsStayOnTheirNewNamesWithTheirTypes() {
		for (long seed = 0; seed < 200; seed++) {
			List<AnnotatedSentence> copy = new MentionReplacement(seed).copyOf(DOCUMENT);
			assertEquals("sentences without a name are not copied", 2, copy.size());
			for (int s = 0; s < copy.size(); s++) {
				AnnotatedSentence c = copy.get(s);
				List<Mention> original = DOCUMENT.sentences().get(s == 0 ? 0 : 2).mentions();
				assertEquals(original.size(), c.mentions().size());
				for (int m = 0; m < original.size(); m++) {
					Mention n = c.mentions().get(m);
					assertEquals(n.text(), c.text().substring(n.start(), n.end()));
					assertEquals(original.get(m).type(), n.type());
				}
			}
		}
	}

	@Test
	public void aNameIsSwappedForTheSameNameThroughoutTheDocument() {
		for (long seed = 0; seed < 50; seed++) {
			List<AnnotatedSentence> copy = new MentionReplacement(seed).copyOf(DOCUMENT);
			String redHat = copy.get(0).mentions().get(0).text();
			assertEquals(redHat, copy.get(0).mentions().get(3).text());
			assertEquals(redHat, copy.get(1).mentions().get(2).text());
			assertEquals(copy.get(0).mentions().get(1).text(), copy.get(1).mentions().get(0).text());
		}
	}

	@Test
	public void sameSeedSameCopiesSoTrainingIsReproducible() {
		assertEquals(new MentionReplacement(7).copyOf(DOCUMENT), new MentionReplacement(7).copyOf(DOCUMENT));
		assertNotEquals(new MentionReplacement(7).copyOf(DOCUMENT), new MentionReplacement(8).copyOf(DOCUMENT));
	}

	@Test
	public void inventedNamesComeInEveryShapeArticlesUse() {
		NovelNames names = new NovelNames(new Random(1));
		Set<String> shapes = new HashSet<>();
		for (int i = 0; i < 2000; i++) {
			String p = names.next(EntityType.PRODUCT);
			String v = names.next(EntityType.VENDOR);
			assertTrue(v, Character.isUpperCase(v.charAt(0)));
			if (p.matches("[a-z][a-z0-9]*(-[a-z0-9]+)+")) {
				shapes.add("hyphenated tool");
			} else if (p.matches("[a-z]+")) {
				shapes.add("lower-case");
			} else if (p.matches("[A-Z][a-z]+[A-Z][a-z]+")) {
				shapes.add("CamelCase");
			} else if (p.matches("[a-z]\\d[a-z]*\\.\\w+")) {
				shapes.add("instance type");
			} else if (p.matches("[A-Z]{1,2}\\d+[A-Za-z]?")) {
				shapes.add("letter-digit");
			} else if (p.matches("\\S+ \\d+(\\.\\d)?")) {
				shapes.add("versioned");
			} else if (p.contains("//")) {
				shapes.add("product line");
			} else if (p.matches("[a-z]+\\.[a-z]+")) {
				shapes.add("domain");
			}
		}
		assertEquals(Set.of("hyphenated tool", "lower-case", "CamelCase", "instance type", "letter-digit", "versioned",
				"product line", "domain"), shapes);
	}
}
