package io.claimtagger.resources.claims;

import java.util.List;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;

import io.claimtagger.core.store.ClaimStore;
import io.claimtagger.resources.ClaimTaggerResources;
import io.claimtagger.resources.Messages;
import io.claimtagger.resources.jobs.BatchingJob;
import io.claimtagger.resources.jobs.JobFamilies;

/**
 * Tells the workspace about the claims files the core store wrote with plain file I/O, so they
 * show up in Project Explorer and team providers and are never "out of sync". Batched: a tagging
 * of a hundred articles causes a few refreshes, not a hundred. Runs without holding any rule of
 * its own, as a refresh takes the resource rules it needs.
 */
final class ClaimsFolderRefreshJob extends BatchingJob<IProject> {

	private static final long DELAY_MS = 300;

	ClaimsFolderRefreshJob() {
		super(Messages.ClaimsFolderRefreshJob_name, DELAY_MS, JobFamilies.CLAIMS);
	}

	void refresh(IProject project) {
		add(List.of(project));
	}

	@Override
	protected IStatus run(List<IProject> projects, IProgressMonitor monitor) {
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
}
