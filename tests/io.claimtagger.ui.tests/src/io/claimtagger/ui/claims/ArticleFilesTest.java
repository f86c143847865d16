package io.claimtagger.ui.claims;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.junit.After;
import org.junit.Test;

import io.claimtagger.resources.claims.ArticleFiles;

/** Which files are articles: the tools' hidden folders never are, whatever their files are called. */
public class ArticleFilesTest {

	private IProject project;

	@After
	public void tearDown() throws Exception {
		if (project != null) {
			project.delete(true, true, null);
		}
	}

	@Test
	public void filesInHiddenFoldersAreNoArticles() throws Exception {
		project = ClaimsWorkbench.project("article-files-test");
		IFile article = ClaimsWorkbench.file(project, "kvm.article", ClaimsWorkbench.KVM);
		IFile nested = ClaimsWorkbench.file(project, "notes/cloud.md", ClaimsWorkbench.CLOUD);
		// A retrained model's word list (the project's models), a git file, a hidden folder's note.
		IFile words = ClaimsWorkbench.file(project, ".claimtagger/models/common-words.txt", "hypervisor\ncloud\n");
		IFile git = ClaimsWorkbench.file(project, ".git/description.txt", "Unnamed repository");
		IFile hiddenNote = ClaimsWorkbench.file(project, "notes/.drafts/old.txt", ClaimsWorkbench.KVM);

		assertEquals(List.of(article, nested), ArticleFiles.collect(List.of(project)));
		assertTrue(ArticleFiles.isArticle(article));
		assertTrue(ArticleFiles.isArticle(nested));
		assertFalse(ArticleFiles.isArticle(words));
		assertFalse(ArticleFiles.isArticle(git));
		assertFalse(ArticleFiles.isArticle(hiddenNote));
		// Named directly (a selection), a hidden file is still no article.
		assertEquals(List.of(), ArticleFiles.collect(List.of(words, project.getFolder(".claimtagger"))));
	}
}
