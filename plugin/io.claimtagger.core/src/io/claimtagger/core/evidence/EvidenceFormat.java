package io.claimtagger.core.evidence;

import java.util.ArrayList;
import java.util.List;

import io.claimtagger.core.corpus.AnnotatedCorpusReader;
import io.claimtagger.core.corpus.AnnotatedSentence;
import io.claimtagger.core.corpus.Mention;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.text.FormatException;

/**
 * An article's evidence file: the annotated corpus format ({@code corpus/FORMAT.md}) with the label
 * {@code ?} (names checked, claim not), each sentence after its history as comment lines and a blank
 * line, sentences sorted, so the file reads like the corpus, diffs by sentence and two people's
 * corrections of different sentences merge as lines.
 */
public final class EvidenceFormat {

	private static final String HEADER = "# Claim Tagger evidence (docs/learning.md): sentences of this article as the user corrected them.";

	private EvidenceFormat() {
	}

	/** A sentence can be written on one line of the format: no markup of its own. */
	public static boolean writable(String sentence) {
		return !sentence.isBlank() && !sentence.contains("<v>") && !sentence.contains("<p>") && !sentence.contains("</v>")
				&& !sentence.contains("</p>");
	}

	/** Tabs and line breaks become spaces (one for one, so offsets hold). */
	public static String oneLine(String sentence) {
		return sentence.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
	}

	public static String write(String article, List<EvidenceEntry> entries) {
		List<EvidenceEntry> sorted = new ArrayList<>(entries);
		sorted.sort((a, b) -> a.sentence().compareTo(b.sentence()));
		StringBuilder out = new StringBuilder();
		out.append(HEADER).append('\n');
		out.append("=== ").append(article).append('\n');
		for (EvidenceEntry e : sorted) {
			out.append('\n');
			for (String h : e.history()) {
				out.append("# ").append(h).append('\n');
			}
			out.append("?\t").append(markup(e)).append('\n');
		}
		return out.toString();
	}

	/** The sentence with its names in the corpus markup ({@code <p>tessctl</p>}). */
	public static String markup(EvidenceEntry e) {
		StringBuilder b = new StringBuilder();
		int done = 0;
		for (Mention m : e.mentions()) {
			String tag = m.type() == EntityType.VENDOR ? "v" : "p";
			b.append(e.sentence(), done, m.start()).append('<').append(tag).append('>')
					.append(e.sentence(), m.start(), m.end()).append("</").append(tag).append('>');
			done = m.end();
		}
		return b.append(e.sentence(), done, e.sentence().length()).toString().strip();
	}

	/**
	 * @throws FormatException with the line when the file is not an evidence file
	 */
	public static List<EvidenceEntry> read(String source, String text) {
		List<EvidenceEntry> entries = new ArrayList<>();
		List<String> history = new ArrayList<>();
		int lineNo = 0;
		boolean header = false;
		for (String line : text.split("\n", -1)) {
			lineNo++;
			line = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
			if (line.isBlank()) {
				history.clear();
			} else if (line.startsWith("# ")) {
				history.add(line.substring(2));
			} else if (line.startsWith("#")) {
				history.add(line.substring(1).strip());
			} else if (line.startsWith("=== ")) {
				if (header) {
					throw new FormatException(source, lineNo, "an evidence file holds one article");
				}
				header = true;
				history.clear();
			} else {
				AnnotatedSentence s = AnnotatedCorpusReader.parseLine(source, lineNo, line);
				if (!s.namesOnly()) {
					throw new FormatException(source, lineNo, "evidence sentences are labelled ?");
				}
				for (int i = 1; i < s.mentions().size(); i++) {
					if (s.mentions().get(i).start() < s.mentions().get(i - 1).end()) {
						throw new FormatException(source, lineNo, "overlapping names");
					}
				}
				entries.add(new EvidenceEntry(s.text(), s.mentions(), history));
				history.clear();
			}
		}
		return entries;
	}
}
