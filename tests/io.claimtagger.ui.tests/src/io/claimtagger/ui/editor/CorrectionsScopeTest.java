package io.claimtagger.ui.editor;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import io.claimtagger.core.entity.UserCorrections;
import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.resources.claims.TagClaimsJob;
import io.claimtagger.resources.corrections.UserCorrectionsStore;
import io.claimtagger.resources.jobs.JobFamilies;
import io.claimtagger.ui.claims.ClaimsWorkbench;
import io.claimtagger.ui.preferences.UserDictionaryPreferencePage;

/**
 * "Not a vendor here" is a correction of one article: its label says so, it follows the article
 * when it is renamed, Tag Claims applies it as the editor does, and the User Dictionary page lists
 * it, where it can be removed. "Change type" says it applies to all articles and can be forgotten.
 */
public class CorrectionsScopeTest {

	private static final String TEXT = "Citrix bought XenSource in 2007. XenSource makes Xen.\n";

	private List<UserCorrections.Entry> entriesBefore;
	private Set<String> ignoredBefore;
	private Map<String, Set<String>> suppressedBefore;

	@Before
	public void keep() {
		UserCorrectionsStore store = UserCorrectionsStore.get();
		entriesBefore = store.entries();
		ignoredBefore = store.ignored();
		suppressedBefore = store.suppressed();
	}

	@After
	public void restore() throws Exception {
		Workbench.page().closeAllEditors(false);
		ClaimsWorkbench.waitForClaimJobs();
		UserCorrectionsStore.get().replaceAll(entriesBefore, ignoredBefore, suppressedBefore);
		for (String name : new String[] { "scope-draft.article", "scope-final.article" }) {
			IFile f = Workbench.file(name, "x");
			ClaimsWorkbench.storeFile(f).toFile().delete();
			f.delete(true, null);
		}
	}

	@Test
	public void notANameHereFollowsTheArticleAndTagClaimsAppliesIt() throws Exception {
		IFile draft = Workbench.file("scope-draft.article", TEXT);
		ITextEditor editor = Workbench.open(draft, ArticleEditor.ID);
		String citrix = "io.claimtagger.ui.vendor:Citrix@0";
		Workbench.waitUntil("Citrix tagged", () -> Workbench.tagged(editor).contains(citrix));

		QuickFixTest.proposal(editor, 2, 0, "Not a vendor here (this article only)").apply(Workbench.document(editor));
		Workbench.waitUntil("Citrix no name in this article", () -> !Workbench.tagged(editor).contains(citrix));
		Workbench.page().closeAllEditors(false);

		draft.move(draft.getFullPath().removeLastSegments(1).append("scope-final.article"), true, null);
		IFile renamed = draft.getProject().getFile("scope-final.article");
		String renamedPath = renamed.getFullPath().toString();
		Workbench.waitUntil("the correction moved with the article",
				() -> UserCorrectionsStore.get().suppressed().getOrDefault(renamedPath, Set.of()).contains("citrix"));
		assertFalse(UserCorrectionsStore.get().suppressed().containsKey(draft.getFullPath().toString()));

		ITextEditor reopened = Workbench.open(renamed, ArticleEditor.ID);
		Workbench.waitUntil("XenSource tagged in the renamed article",
				() -> Workbench.tagged(reopened).stream().anyMatch(t -> t.contains(":XenSource@")));
		Workbench.waitUntil("tagging done", () -> Job.getJobManager().find(JobFamilies.TAGGING).length == 0);
		assertFalse(Workbench.tagged(reopened).toString(), Workbench.tagged(reopened).contains(citrix));

		new TagClaimsJob(List.of(renamed)).schedule();
		Workbench.waitUntil("claims stored", () -> ClaimsWorkbench.storedSafely(renamed, c -> !c.claims().isEmpty()));
		ClaimRecord bought = ClaimsWorkbench.stored(renamed).claims().stream()
				.filter(c -> c.sentence().startsWith("Citrix bought")).findFirst().orElseThrow();
		assertTrue(bought.about().toString(), bought.about().stream().noneMatch(s -> s.text().equals("Citrix")));
		assertTrue(bought.about().toString(), bought.about().stream().anyMatch(s -> s.text().equals("XenSource")));

		UserDictionaryPreferencePage page = new UserDictionaryPreferencePage();
		page.init(PlatformUI.getWorkbench());
		assertEquals(Set.of("citrix"), page.suppressed().get(renamedPath));
		page.dispose();
	}

	@Test
	public void changeTypeSaysAllArticlesAndCanBeForgotten() throws Exception {
		IFile draft = Workbench.file("scope-draft.article", TEXT);
		ITextEditor editor = Workbench.open(draft, ArticleEditor.ID);
		Workbench.waitUntil("Citrix tagged", () -> Workbench.tagged(editor).contains("io.claimtagger.ui.vendor:Citrix@0"));

		QuickFixTest.proposal(editor, 2, 0, "Change type to product (all articles)").apply(Workbench.document(editor));
		Workbench.waitUntil("Citrix a product", () -> Workbench.tagged(editor).contains("io.claimtagger.ui.product:Citrix@0"));

		QuickFixTest.proposal(editor, 2, 0, "Forget my correction of 'Citrix' (all articles)").apply(Workbench.document(editor));
		Workbench.waitUntil("Citrix a vendor again", () -> Workbench.tagged(editor).contains("io.claimtagger.ui.vendor:Citrix@0"));
		assertTrue(UserCorrectionsStore.get().entries().stream().noneMatch(e -> e.text().equalsIgnoreCase("Citrix")));
	}
}
