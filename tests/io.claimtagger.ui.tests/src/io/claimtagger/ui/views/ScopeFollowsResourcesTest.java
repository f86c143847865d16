package io.claimtagger.ui.views;

import static io.claimtagger.ui.claims.ClaimsWorkbench.page;
import static io.claimtagger.ui.claims.ClaimsWorkbench.waitUntil;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.ui.IViewPart;
import org.junit.After;
import org.junit.Rule;
import org.junit.Test;

import io.claimtagger.ui.claims.ClaimsWorkbench;
import io.claimtagger.ui.editor.LoggedErrors;

/**
 * The Claims and Vendors &amp; Products views follow what they show: a renamed article is shown under
 * its new path at once, a deleted one leaves the scope for its project, and neither logs an error.
 */
public class ScopeFollowsResourcesTest {

	private IProject project;
	private IViewPart view;
	@Rule
	public final LoggedErrors errors = new LoggedErrors();

	@After
	public void cleanUp() throws Exception {
		page().closeAllEditors(false);
		if (view != null) {
			page().hideView(view);
		}
		ClaimsWorkbench.waitForClaimJobs();
		ClaimsWorkbench.delete(project);
	}

	@Test
	public void theClaimsViewFollowsARename() throws Exception {
		project = ClaimsWorkbench.project("scope-rename-test");
		IFile draft = ClaimsWorkbench.file(project, "draft.article", ClaimsWorkbench.KVM);
		ClaimsView claims = (ClaimsView) page().showView(ClaimsView.ID);
		view = claims;
		ClaimsWorkbench.selectInProjectExplorer(draft);
		waitUntil("the draft shown", () -> claims.isLoaded() && claims.scope().equals(List.of(draft)));
		assertTrue(claims.getContentDescription(), claims.getContentDescription().contains("scope-rename-test/draft.article"));

		draft.move(draft.getFullPath().removeLastSegments(1).append("final.article"), true, null);
		IFile renamed = project.getFile("final.article");
		waitUntil("the renamed article shown", () -> claims.isLoaded() && claims.scope().equals(List.of(renamed)));
		assertTrue(claims.getContentDescription(), claims.getContentDescription().contains("scope-rename-test/final.article"));
		assertFalse(claims.getContentDescription(), claims.getContentDescription().contains("draft.article"));
		assertEquals(List.of(), errors.list());
	}

	@Test
	public void deletingTheShownArticleLogsNoError() throws Exception {
		project = ClaimsWorkbench.project("scope-delete-test");
		IFile gone = ClaimsWorkbench.file(project, "gone.article", ClaimsWorkbench.KVM);
		ClaimsWorkbench.file(project, "stays.article", ClaimsWorkbench.CLOUD);
		VendorsProductsView entities = (VendorsProductsView) page().showView(VendorsProductsView.ID);
		view = entities;
		ClaimsWorkbench.selectInProjectExplorer(gone);
		waitUntil("the article's names", () -> entities.isLoaded() && entities.scope().equals(List.of(gone))
				&& !entities.groups().isEmpty());

		gone.delete(true, null);
		waitUntil("the project shown instead", () -> entities.isLoaded()
				&& entities.scope().equals(List.<IResource>of(project)));
		ClaimsWorkbench.waitForClaimJobs();
		assertTrue(entities.getContentDescription(), entities.getContentDescription().contains("in 1 article of scope-delete-test"));
		assertEquals(List.of(), errors.list());
	}
}
