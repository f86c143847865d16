package io.claimtagger.core.corpus;

import java.util.List;

/**
 * An annotated document: its sentences grouped in paragraphs, as written in the corpus file.
 */
public record AnnotatedDocument(String id, List<List<AnnotatedSentence>> paragraphs) {

	public List<AnnotatedSentence> sentences() {
		return paragraphs.stream().flatMap(List::stream).toList();
	}
}
