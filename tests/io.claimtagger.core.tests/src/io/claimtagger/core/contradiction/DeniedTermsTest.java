package io.claimtagger.core.contradiction;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Set;

import org.junit.Test;

public class DeniedTermsTest {

	@Test
	public void aDenialReachesToTheEndOfItsClause() {
		String sentence = "Duneflow Functions supports Python and Go, but not Java, according to its documentation.";
		DeniedTerms t = DeniedTerms.of(sentence);
		assertEquals(Set.of("java"), t.denied());
		assertTrue(t.affirmed().toString(), t.affirmed().containsAll(Set.of("python", "go", "documentation")));
		assertTrue(t.deniesAt(sentence.indexOf("Java")));
		assertFalse(t.deniesAt(sentence.indexOf("Python")));
		assertFalse(t.deniesAt(sentence.indexOf("documentation")));
	}

	@Test
	public void whatOneDeniesAndTheOtherAffirmsCrosses() {
		DeniedTerms no = DeniedTerms.of("Duneflow Functions does not support Java.");
		DeniedTerms yes = DeniedTerms.of("Duneflow Functions runs Java 17 functions natively.");
		DeniedTerms other = DeniedTerms.of("Duneflow Functions does not support Windows containers.");
		assertEquals("yes", DeniedTerms.crossing(no, yes, "duneflow functions"));
		assertEquals("no", DeniedTerms.crossing(other, yes, "duneflow functions"));
		assertEquals("", DeniedTerms.crossing(yes, yes, "duneflow functions"));
	}

	@Test
	public void aValueBesideADenialIsNotDenied() {
		String sentence = "The memory ceiling is 3,008 MB, and the company has no plans to raise it.";
		DeniedTerms t = DeniedTerms.of(sentence);
		assertFalse(t.deniesAt(sentence.indexOf("3,008")));
		assertTrue(t.deniesAt(sentence.indexOf("raise")));
	}

	@Test
	public void aPriceOfNothingAndALaunchOutOfBetaDenyNothing() {
		assertEquals(0, DeniedTerms.of("Students can use Copilot at no charge.").scopes().length);
		assertEquals(0, DeniedTerms.of("Amazon dropped the beta label from EC2 in October 2008.").scopes().length);
		assertEquals(2, DeniedTerms.of("Amazon dropped support for Windows 2003.").scopes().length);
	}
}
