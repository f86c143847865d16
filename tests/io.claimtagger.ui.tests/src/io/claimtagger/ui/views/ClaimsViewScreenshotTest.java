package io.claimtagger.ui.views;

import static io.claimtagger.ui.claims.ClaimsWorkbench.page;
import static io.claimtagger.ui.claims.ClaimsWorkbench.storedSafely;
import static io.claimtagger.ui.claims.ClaimsWorkbench.waitUntil;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.e4.ui.model.application.ui.MElementContainer;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IViewReference;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.After;
import org.junit.Test;

import io.claimtagger.core.store.ReviewStatus;
import io.claimtagger.resources.claims.ClaimRef;
import io.claimtagger.resources.claims.ClaimRow;
import io.claimtagger.resources.claims.ReviewClaimsJob;
import io.claimtagger.resources.claims.TagClaimsJob;
import io.claimtagger.ui.claims.ClaimsWorkbench;
import io.claimtagger.ui.editor.ArticleEditor;
import io.claimtagger.ui.editor.ClaimAnnotation;

/**
 * Tags a real article, reviews a few of its claims and saves a picture of the Claims view to
 * target/screenshots/claims-view.png (the README's picture comes from here). Uses the shared
 * sample article when the checkout sits next to it, otherwise one of the evaluation articles;
 * the text is only read, never copied into the repository.
 */
public class ClaimsViewScreenshotTest {

	private IProject project;
	private ClaimsView view;

	@After
	public void cleanUp() throws Exception {
		page().closeAllEditors(false);
		if (view != null) {
			page().hideView(view);
		}
		ClaimsWorkbench.delete(project);
	}

	@Test
	public void claimsViewWithReviewedClaims() throws Exception {
		Path repo = Path.of(System.getProperty("claimtagger.repo", "."));
		Path sample = repo.resolve("../shared/samples/virtualization-practice-archive.txt");
		String text = Files.exists(sample) ? Files.readString(sample, StandardCharsets.UTF_8)
				: Files.readString(repo.resolve("corpus/eval/06-rhel6-beta-kvm-only.ann"), StandardCharsets.UTF_8)
						.replaceAll("(?m)^[^\\t\\n]*\\t", "").replaceAll("</?[vp]>", "");
		project = ClaimsWorkbench.project("review");
		IFile article = ClaimsWorkbench.file(project, "archive/" + (Files.exists(sample)
				? "virtualization-practice-archive.txt" : "rhel6-beta-kvm-only.txt"), text);
		Shell shell = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		shell.setBounds(0, 0, 1280, 960);

		view = (ClaimsView) page().showView(ClaimsView.ID);
		ClaimsWorkbench.selectInProjectExplorer(project);
		new TagClaimsJob(List.of(project)).schedule();
		waitUntil("claims", () -> storedSafely(article, c -> c.claims().size() >= 5));
		ClaimsWorkbench.waitForClaimJobs();
		waitUntil("the view to show them", () -> view.isLoaded() && view.rows().size() >= 5);

		// A review in progress: some decided, one with a note, the rest still new.
		List<ClaimRow> rows = view.shownRows();
		decide(rows.get(0), ReviewStatus.ACCEPTED);
		decide(rows.get(1), ReviewStatus.ACCEPTED);
		decide(rows.get(2), ReviewStatus.REJECTED);
		decide(rows.get(4), ReviewStatus.DISPUTED);
		ReviewClaimsJob.note(List.of(rows.get(4).ref()), "Check the 2010 licence terms.").schedule();
		ClaimsWorkbench.waitForClaimJobs();
		waitUntil("the decisions in the view", () -> view.rows().stream()
				.filter(r -> r.record().status() != ReviewStatus.NEW).count() == 4);

		// The article above, the Claims view below: the claims in the text look as they were decided.
		for (IViewReference other : page().getViewReferences()) {
			if (!other.getId().equals(ClaimsView.ID)) {
				page().hideView(other);
			}
		}
		ClaimRow shown = view.shownRows().get(1);
		ITextEditor editor = (ITextEditor) IDE.openEditor(page(), article, ArticleEditor.ID, true);
		editor.selectAndReveal(shown.record().span().start(), 0);
		waitUntil("accepted claims painted", () -> {
			Iterator<Annotation> it = editor.getDocumentProvider().getAnnotationModel(editor.getEditorInput())
					.getAnnotationIterator();
			while (it.hasNext()) {
				if (ClaimAnnotation.ACCEPTED.equals(it.next().getType())) {
					return true;
				}
			}
			return false;
		});
		page().activate(view);
		giveTheViewHalfTheHeight(view);
		view.viewer().setSelection(new StructuredSelection(shown), true);
		ClaimsWorkbench.settle(1500);
		Path out = repo.resolve("tests/io.claimtagger.ui.tests/target/screenshots/claims-view.png");
		Files.createDirectories(out.getParent());
		save(shell, out);
		assertTrue(Files.size(out) > 10_000);
	}

	/** The view's stack gets as much room as the editor area (the default gives it a third). */
	private static void giveTheViewHalfTheHeight(ClaimsView view) {
		MPart part = view.getSite().getService(MPart.class);
		MUIElement stack = (part.getCurSharedRef() != null ? part.getCurSharedRef() : part).getParent();
		MElementContainer<MUIElement> sash = stack.getParent();
		int others = 0;
		for (MUIElement sibling : sash.getChildren()) {
			if (sibling != stack && sibling.isToBeRendered() && sibling.getContainerData() != null) {
				others += Integer.parseInt(sibling.getContainerData());
			}
		}
		if (others > 0) {
			stack.setContainerData(Integer.toString(others));
		}
	}

	private static void decide(ClaimRow row, ReviewStatus status) {
		ReviewClaimsJob.status(List.of(new ClaimRef(row.article(), row.record().id())), status).schedule();
	}

	static void save(Shell shell, Path out) {
		Rectangle bounds = shell.getBounds();
		Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
		GC gc = new GC(shell.getDisplay());
		gc.copyArea(image, bounds.x, bounds.y);
		gc.dispose();
		ImageLoader loader = new ImageLoader();
		loader.data = new ImageData[] { image.getImageData() };
		loader.save(out.toString(), SWT.IMAGE_PNG);
		image.dispose();
	}
}
