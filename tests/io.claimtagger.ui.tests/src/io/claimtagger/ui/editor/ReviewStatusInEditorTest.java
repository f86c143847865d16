package io.claimtagger.ui.editor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.text.Region;
import org.eclipse.jface.text.source.Annotation;
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

	@Test
	public void acceptedAndDisputedClaimsGetTheirOwnAnnotationTypeAndHover() throws Exception {
		IFile file = Workbench.file("reviewed.article", ArticleEditorTest.ARTICLE);
		new TagClaimsJob(List.of(file)).schedule();
		Workbench.waitUntil("claims stored", () -> ClaimsWorkbench.storedSafely(file, c -> c.claims().size() == 3));
		ITextEditor editor = Workbench.open(file, ArticleEditor.ID);
		int citrix = ArticleEditorTest.ARTICLE.indexOf("Citrix bought");
		Workbench.waitUntil("a new claim", () -> Workbench.annotationAt(editor, ClaimAnnotation.TYPE, citrix) != null);

		ClaimRecord record = ClaimsWorkbench.stored(file).claims().stream()
				.filter(c -> c.span().start() == citrix).findFirst().orElseThrow();
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
}
