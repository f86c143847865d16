package io.claimtagger.core.corpus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.claim.Polarity;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.text.FormatException;

/** Reads the project's annotated corpus format ({@code corpus/FORMAT.md}). */
public final class AnnotatedCorpusReader {

	private AnnotatedCorpusReader() {
	}

	public static List<AnnotatedDocument> read(Path file) throws IOException {
		return parse(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
	}

	public static List<AnnotatedDocument> parse(String source, String content) {
		List<AnnotatedDocument> documents = new ArrayList<>();
		String id = null;
		List<List<AnnotatedSentence>> paragraphs = new ArrayList<>();
		List<AnnotatedSentence> paragraph = new ArrayList<>();
		String[] lines = content.split("\r?\n", -1);
		for (int i = 0; i < lines.length; i++) {
			String line = lines[i];
			int lineNo = i + 1;
			if (line.startsWith("===")) {
				closeParagraph(paragraphs, paragraph);
				if (!paragraphs.isEmpty()) {
					documents.add(new AnnotatedDocument(id, List.copyOf(paragraphs)));
				}
				paragraphs.clear();
				id = line.substring(3).strip();
			} else if (line.isBlank()) {
				closeParagraph(paragraphs, paragraph);
			} else if (!line.startsWith("#")) {
				AnnotatedSentence sentence = parseLine(source, lineNo, line);
				if (sentence.heading()) {
					closeParagraph(paragraphs, paragraph);
					paragraphs.add(List.of(sentence));
				} else {
					paragraph.add(sentence);
				}
			}
		}
		closeParagraph(paragraphs, paragraph);
		if (!paragraphs.isEmpty()) {
			documents.add(new AnnotatedDocument(id == null ? source : id, List.copyOf(paragraphs)));
		}
		return documents;
	}

	private static void closeParagraph(List<List<AnnotatedSentence>> paragraphs, List<AnnotatedSentence> paragraph) {
		if (!paragraph.isEmpty()) {
			paragraphs.add(List.copyOf(paragraph));
			paragraph.clear();
		}
	}

	public static AnnotatedSentence parseLine(String source, int lineNo, String line) {
		int tab = line.indexOf('\t');
		if (tab < 0 || line.indexOf('\t', tab + 1) >= 0) {
			throw new FormatException(source, lineNo, "expected LABEL<TAB>TEXT with exactly one tab");
		}
		String label = line.substring(0, tab).strip();
		String markup = line.substring(tab + 1).strip();
		List<String> references = List.of();
		int refs = label.indexOf('>');
		if (refs >= 0) {
			references = Arrays.stream(label.substring(refs + 1).split(";")).map(String::strip)
					.filter(s -> !s.isEmpty()).toList();
			label = label.substring(0, refs).strip();
		}
		boolean heading = false;
		boolean namesOnly = false;
		ClaimKind kind = null;
		Polarity polarity = null;
		if (label.equals("h")) {
			heading = true;
		} else if (label.equals("?")) {
			namesOnly = true;
		} else if (!label.equals("-")) {
			char sign = label.isEmpty() ? ' ' : label.charAt(label.length() - 1);
			if (sign != '+' && sign != '-') {
				throw new FormatException(source, lineNo, "label '" + label + "' must be -, h, ?, or KIND+ / KIND-");
			}
			try {
				kind = ClaimKind.fromId(label.substring(0, label.length() - 1));
			} catch (IllegalArgumentException e) {
				throw new FormatException(source, lineNo, e.getMessage());
			}
			polarity = sign == '+' ? Polarity.AFFIRMED : Polarity.NEGATED;
		}
		if (kind == null && !references.isEmpty()) {
			throw new FormatException(source, lineNo, "references (>) are only allowed on claims");
		}
		StringBuilder text = new StringBuilder(markup.length());
		List<Mention> mentions = new ArrayList<>();
		int i = 0;
		while (i < markup.length()) {
			char c = markup.charAt(i);
			if (c == '<' && (markup.startsWith("<v>", i) || markup.startsWith("<p>", i))) {
				EntityType type = markup.charAt(i + 1) == 'v' ? EntityType.VENDOR : EntityType.PRODUCT;
				String close = "</" + markup.charAt(i + 1) + ">";
				int end = markup.indexOf(close, i + 3);
				if (end < 0) {
					throw new FormatException(source, lineNo, "unclosed tag at column " + (tab + 2 + i));
				}
				String name = markup.substring(i + 3, end);
				if (name.contains("<") || name.isBlank() || !name.equals(name.strip())) {
					throw new FormatException(source, lineNo, "bad mention '" + name + "'");
				}
				mentions.add(new Mention(text.length(), text.length() + name.length(), type, name));
				text.append(name);
				i = end + close.length();
			} else if (c == '<' && (markup.startsWith("</v>", i) || markup.startsWith("</p>", i))) {
				throw new FormatException(source, lineNo, "closing tag without opening tag");
			} else {
				text.append(c);
				i++;
			}
		}
		return new AnnotatedSentence(text.toString(), List.copyOf(mentions), heading, kind, polarity, references, namesOnly, lineNo);
	}
}
