package io.claimtagger.ui.corrections;

import org.eclipse.core.filebuffers.FileBuffers;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
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
		IFile file = fileOf(document);
		return file == null ? null : file.getFullPath().toString();
	}

	/** The workspace file behind {@code document}, or null (unsaved buffer, file outside the workspace). */
	public static IFile fileOf(IDocument document) {
		ITextFileBuffer buffer = document == null ? null : FileBuffers.getTextFileBufferManager().getTextFileBuffer(document);
		IPath location = buffer == null ? null : buffer.getLocation();
		if (location == null || location.segmentCount() < 2) {
			return null;
		}
		IFile file = ResourcesPlugin.getWorkspace().getRoot().getFile(location);
		return file.exists() ? file : null;
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
