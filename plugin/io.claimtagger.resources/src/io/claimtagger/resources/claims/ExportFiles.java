package io.claimtagger.resources.claims;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.SubMonitor;

import io.claimtagger.core.files.AtomicFile;
import io.claimtagger.resources.ClaimTaggerResources;

/**
 * How exports write their files: whole or not at all (a temporary file renamed over the target,
 * so a failed or cancelled export never leaves half a file), and visible at once when they land
 * inside a workspace project.
 */
final class ExportFiles {

	private ExportFiles() {
	}

	static void write(Path target, String content) throws IOException {
		AtomicFile.write(target, content);
	}

	/** Refreshes the workspace folders that hold {@code file}, if any do. */
	static void refresh(Path file, IProgressMonitor monitor) {
		Path parent = file.toAbsolutePath().getParent();
		IContainer[] containers = parent == null ? new IContainer[0]
				: ResourcesPlugin.getWorkspace().getRoot().findContainersForLocationURI(parent.toUri());
		SubMonitor progress = SubMonitor.convert(monitor, containers.length);
		for (IContainer c : containers) {
			try {
				c.refreshLocal(IResource.DEPTH_INFINITE, progress.split(1));
			} catch (CoreException e) {
				ClaimTaggerResources.log("Cannot refresh " + c.getFullPath(), e);
			}
		}
	}
}
