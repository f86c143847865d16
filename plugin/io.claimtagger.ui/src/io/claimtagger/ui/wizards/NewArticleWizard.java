package io.claimtagger.ui.wizards;

import org.eclipse.core.resources.IFile;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.dialogs.WizardNewFileCreationPage;
import org.eclipse.ui.ide.IDE;

import io.claimtagger.ui.ClaimTaggerPlugin;
import io.claimtagger.ui.Messages;
import io.claimtagger.ui.editor.ArticleEditor;

/**
 * File &gt; New &gt; Article: an empty {@code .article} file in the selected folder, opened in the
 * article editor, ready to type into.
 */
public final class NewArticleWizard extends Wizard implements INewWizard {

	public static final String ID = "io.claimtagger.ui.wizards.newArticle"; //$NON-NLS-1$

	private IWorkbench workbench;
	private IStructuredSelection selection;
	private WizardNewFileCreationPage page;

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		this.workbench = workbench;
		this.selection = selection;
		setWindowTitle(Messages.NewArticleWizard_title);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new WizardNewFileCreationPage("article", selection); //$NON-NLS-1$
		page.setTitle(Messages.NewArticleWizard_pageTitle);
		page.setDescription(Messages.NewArticleWizard_pageDescription);
		page.setFileExtension("article"); //$NON-NLS-1$
		page.setFileName(Messages.NewArticleWizard_defaultName);
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		IFile file = page.createNewFile();
		if (file == null) {
			return false; // the page showed why
		}
		IWorkbenchPage active = workbench.getActiveWorkbenchWindow() == null ? null
				: workbench.getActiveWorkbenchWindow().getActivePage();
		if (active != null) {
			try {
				IDE.openEditor(active, file, ArticleEditor.ID, true);
			} catch (PartInitException e) {
				ClaimTaggerPlugin.log("Cannot open the new article " + file.getFullPath(), e); //$NON-NLS-1$
			}
		}
		return true;
	}
}
