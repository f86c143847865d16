package io.claimtagger.ui.claims;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.ISetSelectionTarget;

import io.claimtagger.core.store.ArticleClaims;
import io.claimtagger.core.store.ClaimStore;
import io.claimtagger.resources.jobs.JobFamilies;
import io.claimtagger.ui.editor.Workbench;

/** What the claims tests do with a real workbench: projects of articles, waiting, the stores on disk. */
public final class ClaimsWorkbench {

	public static final long TIMEOUT_MS = 120_000;

	/** Short articles with claims the trained models find (the editor tests' article and kin). */
	public static final String KVM = String.join("\n", "Hypervisors in the enterprise", "",
			"Red Hat ships KVM in RHEL 6, and there is no Xen host support in it.", "",
			"Citrix bought XenSource in 2007. The company later renamed the product XenServer.", "");
	public static final String CLOUD = String.join("\n", "Clouds and licences", "",
			"Microsoft released Hyper-V Server 2008 as a free download.", "",
			"VMware supports Windows Server 2008 guests on ESX 3.5.", "");

	private ClaimsWorkbench() {
	}

	public static IProject project(String name) throws CoreException {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject(name);
		if (!project.exists()) {
			project.create(null);
		}
		project.open(null);
		return project;
	}

	public static IFile file(IProject project, String path, String content) throws CoreException {
		IFile file = project.getFile(path);
		if (file.getParent() instanceof IFolder folder) {
			create(folder);
		}
		ByteArrayInputStream in = new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
		if (file.exists()) {
			file.setContents(in, true, false, null);
		} else {
			file.create(in, true, null);
		}
		file.setCharset("UTF-8", null);
		return file;
	}

	private static void create(IFolder folder) throws CoreException {
		if (!folder.exists()) {
			if (folder.getParent() instanceof IFolder parent) {
				create(parent);
			}
			folder.create(true, true, null);
		}
	}

	public static void delete(IProject project) throws CoreException {
		waitForClaimJobs();
		if (project.exists()) {
			project.delete(true, true, null);
		}
	}

	public static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	/** Selects the resources in Project Explorer, as a user does before running a command. */
	public static IViewPart selectInProjectExplorer(IResource... resources) throws PartInitException {
		IViewPart explorer = page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		((ISetSelectionTarget) explorer).selectReveal(new StructuredSelection(List.of(resources)));
		page().activate(explorer);
		return explorer;
	}

	public static Path storeFile(IFile article) {
		return article.getProject().getLocation().toPath().resolve(ClaimStore.FOLDER)
				.resolve(article.getProjectRelativePath().toString() + ClaimStore.SUFFIX);
	}

	/** The article's claims as on disk, read by the core store itself. */
	public static ArticleClaims stored(IFile article) throws IOException {
		return new ClaimStore(article.getProject().getLocation().toPath())
				.load(article.getProjectRelativePath().toString());
	}

	public static boolean storedSafely(IFile article, java.util.function.Predicate<ArticleClaims> test) {
		try {
			return Files.exists(storeFile(article)) && test.test(stored(article));
		} catch (IOException e) {
			return false;
		}
	}

	/** Waits until no claims or tagging job is queued or running, dispatching UI events meanwhile. */
	public static void waitForClaimJobs() {
		waitUntil("claims jobs", () -> Job.getJobManager().find(JobFamilies.CLAIMS).length == 0
				&& Job.getJobManager().find(JobFamilies.TAGGING).length == 0);
	}

	/** Runs the event loop until the condition holds; fails after the timeout. */
	public static void waitUntil(String what, BooleanSupplier condition) {
		Workbench.waitUntil(what, TIMEOUT_MS, condition);
	}
}
