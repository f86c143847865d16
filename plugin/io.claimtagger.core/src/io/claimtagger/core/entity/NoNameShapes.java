package io.claimtagger.core.entity;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Shapes of text that are never a vendor or product, whoever proposes them (the model, the
 * catalog, a rule): where to reach a company (addresses), a stock's ticker, a version standing
 * alone, a job title, a name a page's layout glued to a title. Published pages have them around
 * the article (press-release boilerplate, author boxes, datelines); the annotation guide counts
 * none of them.
 */
final class NoNameShapes {

	/** An e-mail address or a web address to visit is where to reach a company, not a name: "press@acme.com", "www.acme.com". */
	private static final Pattern ADDRESS = Pattern.compile("(?i)[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+|(?:https?://|www\\.)\\S+");

	/** A page's layout gluing a person's name to the title of the next line: "Mike NormanDr Mike Norman is ...". */
	private static final Pattern NAME_GLUED_TO_TITLE = Pattern.compile("[A-Z][a-z]+(?:Dr|Mr|Mrs|Ms|Prof)");

	/** A stock's ticker as news agencies write it, exchange after the dot: "AMZN.O", "MSFT.O", "SAP.DE" (the guide: no tickers). */
	private static final Pattern TICKER = Pattern.compile("[A-Z]{1,5}\\.(?:O|N|OQ|DE|L|PA|T|HK|TO|AS|SW)");

	/** A version standing alone is no name (the guide): "cut v1.30", "(SP1)". */
	private static final Pattern VERSION_ALONE = Pattern.compile("(?i)v?\\d{1,4}(?:\\.\\d{1,4}){1,3}|sp\\d{1,2}");

	/** Words of a person's job title: "Senior Vice President and General Manager". */
	private static final Set<String> TITLE_WORDS = Set.of("senior", "vice", "executive", "general", "chief", "principal",
			"lead", "global", "regional", "deputy", "associate", "assistant", "managing", "president", "director", "manager",
			"officer", "head", "fellow", "distinguished", "corporate", "group");

	private NoNameShapes() {
	}

	/** Whether {@code surface}, tokens {@code first..last} of {@code words}, has one of these shapes. */
	static boolean matches(CharSequence surface, String[] words, int first, int last) {
		return ADDRESS.matcher(surface).matches() || TICKER.matcher(surface).matches()
				|| VERSION_ALONE.matcher(surface).matches() || NAME_GLUED_TO_TITLE.matcher(surface).matches()
				|| isJobTitle(words, first, last);
	}

	/** A span made only of a job title's words, or of the words before one ("Senior Vice" of "Senior Vice President"). */
	private static boolean isJobTitle(String[] words, int first, int last) {
		for (int i = first; i <= last; i++) {
			if (!TITLE_WORDS.contains(words[i].toLowerCase(Locale.ROOT))) {
				return false;
			}
		}
		return true;
	}
}
