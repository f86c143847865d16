package io.claimtagger.resources.claims;

import java.util.LinkedHashSet;
import java.util.Set;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;

import io.claimtagger.core.store.ClaimStore;
import io.claimtagger.resources.ClaimTaggerResources;
import io.claimtagger.resources.Messages;

/**
 * Tells the workspace about the claims files the core store wrote with plain file I/O, so they
 * show up in Project Explorer and team providers and are never "out of sync". Batched: a tagging
 * of a hundred articles causes a few refreshes, not a hundred. Runs without holding any rule of
 * its own, as a refresh takes the resource rules it needs.
 */
final class ClaimsFolderRefreshJob extends Job {

	private static final long DELAY_MS = 300;

	private final Set<IProject> pending = new LinkedHashSet<>();

	ClaimsFolderRefreshJob() {
		super(Messages.ClaimsFolderRefreshJob_name);
		setSystem(true);
	}

	void refresh(IProject project) {
		synchronized (pending) {
			pending.add(project);
		}
		schedule(DELAY_MS);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		Set<IProject> projects;
		synchronized (pending) {
			projects = new LinkedHashSet<>(pending);
			pending.clear();
		}
		SubMonitor progress = SubMonitor.convert(monitor, projects.size());
		for (IProject project : projects) {
			IFolder folder = project.getFolder(ClaimStore.FOLDER);
			try {
				if (project.isAccessible()) {
					folder.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
				}
			} catch (CoreException e) {
				ClaimTaggerResources.log("Cannot refresh " + folder.getFullPath(), e);
			}
		}
		return Status.OK_STATUS;
	}

	@Override
	public boolean belongsTo(Object family) {
		return family == ClaimsWorkspace.FAMILY;
	}
}
