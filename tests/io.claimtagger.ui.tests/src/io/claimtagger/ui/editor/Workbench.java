package io.claimtagger.ui.editor;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.text.IDocument;
import org.eclipse.jface.text.ITextOperationTarget;
import org.eclipse.jface.text.Position;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.text.source.IAnnotationModel;
import org.eclipse.jface.text.source.ISourceViewer;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;

/** What the UI tests do with a real workbench: files, editors, waiting by polling. */
public final class Workbench {

	static final long TIMEOUT_MS = 60_000;

	private Workbench() {
	}

	static IFile file(String name, String content) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("articles");
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		IFile file = project.getFile(name);
		ByteArrayInputStream in = new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(in, true, false, null);
		} else {
			file.create(in, true, null);
		}
		file.setCharset("UTF-8", null);
		return file;
	}

	static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	static ITextEditor open(IFile file, String editorId) throws CoreException {
		return (ITextEditor) IDE.openEditor(page(), file, editorId, true);
	}

	static IDocument document(ITextEditor editor) {
		return editor.getDocumentProvider().getDocument(editor.getEditorInput());
	}

	static IAnnotationModel annotations(ITextEditor editor) {
		return editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput());
	}

	static ISourceViewer viewer(ITextEditor editor) {
		return (ISourceViewer) editor.getAdapter(ITextOperationTarget.class);
	}

	static TaggingSession session(ITextEditor editor) {
		return TaggingSessions.of(document(editor));
	}

	/** Runs the event loop until {@code thread} has ended (a background caller the test started). */
	static void join(String what, Thread thread) {
		waitUntil(what, () -> !thread.isAlive());
	}

	/** Our annotations with their current text, e.g. "io.claimtagger.ui.vendor:Red Hat@12". */
	static List<String> tagged(ITextEditor editor) {
		IAnnotationModel model = annotations(editor);
		IDocument doc = document(editor);
		List<String> out = new ArrayList<>();
		Iterator<Annotation> it = model.getAnnotationIterator();
		while (it.hasNext()) {
			Annotation a = it.next();
			if (a instanceof EntityAnnotation || a instanceof ClaimAnnotation) {
				Position p = model.getPosition(a);
				if (p == null) {
					continue; // removed by the reconciler while we iterate: the next poll sees the new set
				}
				String text = doc.get().substring(p.getOffset(), p.getOffset() + p.getLength());
				out.add(a.getType() + ":" + (a instanceof ClaimAnnotation ? "" : text) + "@" + p.getOffset());
			}
		}
		out.sort(null);
		return out;
	}

	static Annotation annotationAt(ITextEditor editor, String type, int offset) {
		IAnnotationModel model = annotations(editor);
		Iterator<Annotation> it = model.getAnnotationIterator();
		while (it.hasNext()) {
			Annotation a = it.next();
			Position p = model.getPosition(a);
			if (a.getType().equals(type) && p != null && p.getOffset() == offset) {
				return a;
			}
		}
		return null;
	}

	/** Runs the event loop until the condition holds; fails after the timeout. */
	static void waitUntil(String what, BooleanSupplier condition) {
		waitUntil(what, TIMEOUT_MS, condition);
	}

	/** Runs the event loop until the condition holds; fails after {@code timeoutMs}. */
	public static void waitUntil(String what, long timeoutMs, BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + timeoutMs;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				throw new AssertionError("Timed out waiting for " + what);
			}
			if (!display.readAndDispatch()) {
				display.timerExec(20, () -> { });
				display.sleep();
			}
		}
	}
}
