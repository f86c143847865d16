package io.claimtagger.ui.views;

import static io.claimtagger.ui.claims.ClaimsWorkbench.page;
import static io.claimtagger.ui.claims.ClaimsWorkbench.storedSafely;
import static io.claimtagger.ui.claims.ClaimsWorkbench.waitUntil;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
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
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
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
		waitUntil("the decisions and the note in the view", () -> view.rows().stream()
				.filter(r -> r.record().status() != ReviewStatus.NEW).count() == 4
				&& !rowOf(view, rows.get(4)).record().note().isEmpty());

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
		MUIElement stack = giveTheViewHalfTheHeight(view);
		view.viewer().setSelection(new StructuredSelection(shown), true);
		ClaimsWorkbench.waitForClaimJobs();
		waitUntil("the view laid out at half the height", () -> sharesTheHeightEvenly(stack));

		// What the reader of the docs must see: the decisions in the status column, the counts
		// above the table, the selected claim with its note.
		int total = view.rows().size();
		Table table = view.viewer().getTable();
		assertEquals(total, table.getItemCount());
		assertEquals(List.of("accepted", "accepted", "rejected", "new", "disputed"), statuses(table, rows.subList(0, 5)));
		assertEquals(Collections.frequency(statuses(table, view.rows()), "new"), total - 4);
		assertEquals(view.getContentDescription(), total + " claims in review: " + (total - 4)
				+ " new, 2 accepted, 1 rejected, 1 disputed", view.getContentDescription());
		assertEquals("Claims (" + (total - 4) + " to review)", view.getPartName());
		assertEquals(List.of(shown.ref()), view.selectedRows().stream().map(ClaimRow::ref).toList());
		assertEquals("Check the 2010 licence terms.", rowOf(view, rows.get(4)).record().note());

		// Paint everything that is pending before copying the screen.
		while (shell.getDisplay().readAndDispatch()) {
			// drain the event queue
		}
		shell.update();
		Path out = repo.resolve("tests/io.claimtagger.ui.tests/target/screenshots/claims-view.png");
		Files.createDirectories(out.getParent());
		save(shell, out);
		assertTrue(Files.isRegularFile(out));
	}

	/** The status column's text of each row, in the given order. */
	private static List<String> statuses(Table table, List<ClaimRow> rows) {
		List<String> texts = new ArrayList<>();
		for (ClaimRow row : rows) {
			for (TableItem item : table.getItems()) {
				if (((ClaimRow) item.getData()).ref().equals(row.ref())) {
					texts.add(item.getText(0));
				}
			}
		}
		return texts;
	}

	private static ClaimRow rowOf(ClaimsView view, ClaimRow row) {
		return view.rows().stream().filter(r -> r.ref().equals(row.ref())).findFirst().orElseThrow();
	}

	/**
	 * The view's stack gets as much room as the editor area (the default gives it a third).
	 *
	 * @return the stack
	 */
	private static MUIElement giveTheViewHalfTheHeight(ClaimsView view) {
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
		return stack;
	}

	/** Whether the stack and its rendered siblings have about the same height on the screen. */
	private static boolean sharesTheHeightEvenly(MUIElement stack) {
		int own = heightOf(stack);
		int others = 0;
		for (MUIElement sibling : stack.getParent().getChildren()) {
			if (sibling != stack && sibling.isToBeRendered()) {
				others += heightOf(sibling);
			}
		}
		return own > 0 && others > 0 && Math.abs(own - others) <= (own + others) / 10;
	}

	private static int heightOf(MUIElement element) {
		return element.getWidget() instanceof Control c && !c.isDisposed() && c.isVisible() ? c.getSize().y : 0;
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
