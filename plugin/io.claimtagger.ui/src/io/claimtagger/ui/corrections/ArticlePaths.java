package io.claimtagger.ui.corrections;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.filebuffers.ITextFileBuffer;
import org.eclipse.jface.text.BadLocationException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.IRegion;

/** Which article a document is, and the line around an offset (for the corrections log). */
public final class ArticlePaths {

	private ArticlePaths() {
	}

	/** The workspace path of the file behind {@code document}, or null for an unsaved buffer. */
	public static String of(IDocument document) {
		ITextFileBuffer buffer = FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		return buffer == null || buffer.getLocation() == null ? null : buffer.getLocation().toString();
	}

	static String lineAt(IDocument document, int offset) {
		try {
			IRegion line = document.getLineInformationOfOffset(offset);
			return document.get(line.getOffset(), line.getLength());
		} catch (BadLocationException e) {
			return null;
		}
	}
}
