package io.claimtagger.ui.wizards;

import static io.claimtagger.ui.claims.ClaimsWorkbench.page;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IFileEditorInput;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.After;
import org.junit.Test;

import io.claimtagger.ui.claims.ClaimsWorkbench;
import io.claimtagger.ui.editor.ArticleEditor;

/** File > New > Article, and the short lists of Window > Show View and File > New. */
public class NewArticleWizardTest {

	private IProject project;

	@After
	public void cleanUp() throws Exception {
		page().closeAllEditors(false);
		if (project != null) {
			ClaimsWorkbench.delete(project);
		}
	}

	@Test
	public void theViewsAndTheWizardAreInThePerspectivesShortLists() {
		assertTrue(Arrays.toString(page().getShowViewShortcuts()),
				Arrays.asList(page().getShowViewShortcuts()).containsAll(
						java.util.List.of("io.claimtagger.ui.views.claims", "io.claimtagger.ui.views.vendorsProducts")));
		assertTrue(Arrays.toString(page().getNewWizardShortcuts()),
				Arrays.asList(page().getNewWizardShortcuts()).contains(NewArticleWizard.ID));
	}

	@Test
	public void createsAnArticleInTheSelectedProjectAndOpensIt() throws Exception {
		project = ClaimsWorkbench.project("new-article-test");
		IWizardDescriptor descriptor = PlatformUI.getWorkbench().getNewWizardRegistry().findWizard(NewArticleWizard.ID);
		assertNotNull("File > New > Article registered", descriptor);
		INewWizard wizard = (INewWizard) descriptor.createWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(project));
		WizardDialog dialog = new WizardDialog(page().getWorkbenchWindow().getShell(), wizard);
		dialog.create();
		try {
			WizardNewFileCreationPage first = (WizardNewFileCreationPage) wizard.getPages()[0];
			assertEquals("new-article-test", first.getContainerFullPath().toString().replace("/", ""));
			first.setFileName("first-draft");
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		IFile created = project.getFile("first-draft.article");
		assertTrue(created.exists());
		IEditorPart editor = page().getActiveEditor();
		assertTrue(String.valueOf(editor), editor instanceof ArticleEditor);
		assertEquals(created, ((IFileEditorInput) editor.getEditorInput()).getFile());
	}
}
