package io.claimtagger.ui.editor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
import org.eclipse.swt.custom.StyleRange;
import org.eclipse.swt.custom.StyledText;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.After;
import org.junit.Test;

import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.core.store.ReviewStatus;
import io.claimtagger.resources.claims.ClaimRef;
import io.claimtagger.resources.claims.ReviewClaimsJob;
import io.claimtagger.resources.claims.TagClaimsJob;
import io.claimtagger.ui.claims.ClaimsWorkbench;

/** Reviewed claims look different in the editor, and the hover tells their status and note. */
public class ReviewStatusInEditorTest {

	@After
	public void cleanUp() throws Exception {
		Workbench.page().closeAllEditors(false);
		ClaimsWorkbench.waitForClaimJobs();
		ClaimsWorkbench.storeFile(Workbench.file("reviewed.article", "x")).toFile().delete();
	}

	private static final int CITRIX = ArticleEditorTest.ARTICLE.indexOf("Citrix bought");

	/** The article tagged by Tag Claims, open in the article editor with its claims drawn. */
	private record Tagged(IFile file, ITextEditor editor, ClaimRecord citrixClaim) {
	}

	private static Tagged taggedAndOpen() throws Exception {
		IFile file = Workbench.file("reviewed.article", ArticleEditorTest.ARTICLE);
		new TagClaimsJob(List.of(file)).schedule();
		Workbench.waitUntil("claims stored", () -> ClaimsWorkbench.storedSafely(file, c -> c.claims().size() == 3));
		ITextEditor editor = Workbench.open(file, ArticleEditor.ID);
		Workbench.waitUntil("a new claim", () -> Workbench.annotationAt(editor, ClaimAnnotation.TYPE, CITRIX) != null);
		ClaimRecord record = ClaimsWorkbench.stored(file).claims().stream()
				.filter(c -> c.span().start() == CITRIX).findFirst().orElseThrow();
		return new Tagged(file, editor, record);
	}

	@Test
	public void acceptedAndDisputedClaimsGetTheirOwnAnnotationTypeAndHover() throws Exception {
		Tagged t = taggedAndOpen();
		IFile file = t.file();
		ITextEditor editor = t.editor();
		int citrix = CITRIX;
		ClaimRecord record = t.citrixClaim();
		ClaimRef ref = new ClaimRef(file, record.id());
		ReviewClaimsJob.status(List.of(ref), ReviewStatus.ACCEPTED).schedule();
		ReviewClaimsJob.note(List.of(ref), "Confirmed by Citrix's press release.").schedule();
		Workbench.waitUntil("the claim painted as accepted",
				() -> Workbench.annotationAt(editor, ClaimAnnotation.ACCEPTED, citrix) != null);
		Annotation accepted = Workbench.annotationAt(editor, ClaimAnnotation.ACCEPTED, citrix);
		Workbench.waitUntil("the note in the hover", () -> {
			Annotation a = Workbench.annotationAt(editor, ClaimAnnotation.ACCEPTED, citrix);
			return a != null && a.getText().contains("Note: Confirmed by Citrix's press release.");
		});
		String hover = new TaggingTextHover().getHoverInfo(Workbench.viewer(editor), new Region(citrix + 2, 0));
		assertTrue(hover, hover.contains("Review status: accepted"));
		assertTrue(hover, hover.contains("Note: Confirmed by Citrix's press release."));
		assertTrue(accepted.getText(), accepted.getText().contains("Claim (acquisition, affirmed)"));

		ReviewClaimsJob.status(List.of(ref), ReviewStatus.DISPUTED).schedule();
		Workbench.waitUntil("the claim painted as disputed",
				() -> Workbench.annotationAt(editor, ClaimAnnotation.DISPUTED, citrix) != null);
		// Unreviewed claims keep the plain claim type.
		int redHat = ArticleEditorTest.ARTICLE.indexOf("Red Hat ships");
		assertEquals(ClaimAnnotation.TYPE, Workbench.annotationAt(editor, ClaimAnnotation.TYPE, redHat).getType());
	}

	@Test
	public void rejectedClaimsAreStruckThroughInTheirColor() throws Exception {
		Tagged t = taggedAndOpen();
		IFile file = t.file();
		ITextEditor editor = t.editor();
		int citrix = CITRIX;
		ClaimRecord record = t.citrixClaim();
		ReviewClaimsJob.status(List.of(new ClaimRef(file, record.id())), ReviewStatus.REJECTED).schedule();
		Workbench.waitUntil("the claim annotated as rejected",
				() -> Workbench.annotationAt(editor, ClaimAnnotation.REJECTED, citrix) != null);

		StyledText widget = Workbench.viewer(editor).getTextWidget();
		RGB rejected = WorkbenchScreenshotTest.annotationColor(ClaimAnnotation.REJECTED);
		int length = record.span().end() - record.span().start();
		try {
			Workbench.waitUntil("the rejected claim struck through in " + rejected,
					() -> struckThrough(widget, citrix, length, rejected) == length);
		} catch (AssertionError e) {
			StringBuilder styles = new StringBuilder();
			for (StyleRange r : widget.getStyleRanges(citrix, length)) {
				styles.append("\n  ").append(r);
			}
			int redHat = ArticleEditorTest.ARTICLE.indexOf("Red Hat ships");
			for (StyleRange r : widget.getStyleRanges(redHat, 20)) {
				styles.append("\n  new claim: ").append(r);
			}
			org.eclipse.jface.preference.IPreferenceStore store = org.eclipse.ui.editors.text.EditorsUI.getPreferenceStore();
			styles.append("\n prefs: text=").append(store.getString("io.claimtagger.claim.rejected.text"))
					.append(" style=").append(store.getString("io.claimtagger.claim.rejected.textStyle"))
					.append(" highlight=").append(store.getString("io.claimtagger.claim.rejected.highlight"))
					.append(" annotation=").append(Workbench.annotationAt(editor, ClaimAnnotation.REJECTED, citrix));
			throw new AssertionError(e.getMessage() + "; styles over the claim:" + styles, e);
		}
		// Accepted or new claims elsewhere are not struck through.
		int redHat = ArticleEditorTest.ARTICLE.indexOf("Red Hat ships");
		for (StyleRange r : widget.getStyleRanges(redHat, "Red Hat ships".length())) {
			assertFalse(r.strikeout);
		}
		Path out = Path.of(System.getProperty("claimtagger.repo", "."))
				.resolve("tests/io.claimtagger.ui.tests/target/screenshots/rejected-claim.png");
		Files.createDirectories(out.getParent());
		Shell shell = widget.getShell();
		// On screen: a line in the rejected color through the first words of the claim.
		Rectangle words = widget.getTextBounds(citrix, citrix + "Citrix bought".length() - 1);
		org.eclipse.swt.graphics.Point onDisplay = widget.toDisplay(words.x, words.y);
		Rectangle onShell = new Rectangle(onDisplay.x - shell.getBounds().x, onDisplay.y - shell.getBounds().y,
				words.width, words.height);
		try {
			Workbench.waitUntil("the strike on screen", () -> WorkbenchScreenshotTest.pixelsNear(
					WorkbenchScreenshotTest.capture(shell, onShell), new Rectangle(0, 0, onShell.width, onShell.height),
					rejected) >= onShell.width / 4);
		} catch (AssertionError e) {
			WorkbenchScreenshotTest.save(WorkbenchScreenshotTest.capture(shell,
					new Rectangle(0, 0, shell.getBounds().width, shell.getBounds().height)), out.resolveSibling("rejected-failed.png"));
			throw new AssertionError(e.getMessage() + " at " + onShell + "; see rejected-failed.png", e);
		}
		WorkbenchScreenshotTest.save(WorkbenchScreenshotTest.capture(shell,
				new Rectangle(0, 0, shell.getBounds().width, shell.getBounds().height)), out);
	}

	/** How many characters of the range are struck through in {@code color}. */
	private static int struckThrough(StyledText widget, int start, int length, RGB color) {
		int struck = 0;
		for (StyleRange r : widget.getStyleRanges(start, length)) {
			if (r.strikeout && r.strikeoutColor != null && r.strikeoutColor.getRGB().equals(color)) {
				struck += r.length;
			}
		}
		return struck;
	}
}
