package io.claimtagger.resources.learning;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFolder;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IProgressMonitor;

import io.claimtagger.core.evidence.EvidenceEntry;
import io.claimtagger.core.evidence.EvidenceStore;
import io.claimtagger.core.store.ClaimStore;
import io.claimtagger.core.text.FormatException;
import io.claimtagger.resources.ClaimTaggerResources;

/**
 * What the tool has learned from the user, to list and to forget: every corrected sentence kept as
 * evidence in the open projects. Reads files: call it off the UI thread.
 */
public final class LearnedSentences {

	/** One corrected sentence of one article. */
	public record Learned(IProject project, String article, EvidenceEntry entry) {
	}

	private LearnedSentences() {
	}

	public static List<Learned> all() {
		List<Learned> out = new ArrayList<>();
		for (IProject project : ResourcesPlugin.getWorkspace().getRoot().getProjects()) {
			if (!project.isOpen() || project.getLocation() == null) {
				continue;
			}
			EvidenceStore store = new EvidenceStore(project.getLocation().toFile().toPath());
			try {
				for (String article : store.articles()) {
					try {
						store.load(article).forEach(e -> out.add(new Learned(project, article, e)));
					} catch (FormatException | IllegalArgumentException e) {
						ClaimTaggerResources.log("Skipped the evidence of " + article + " in " + project.getName(), e);
					}
				}
			} catch (IOException e) {
				ClaimTaggerResources.log("Cannot list the evidence of " + project.getName(), e);
			}
		}
		return out;
	}

	/** Forgets these sentences (the next retraining no longer learns from them). */
	public static void forget(List<Learned> sentences, IProgressMonitor monitor) throws IOException {
		for (Learned l : sentences) {
			new EvidenceStore(l.project().getLocation().toFile().toPath()).remove(l.article(), l.entry().sentence());
			IFolder folder = l.project().getFolder(ClaimStore.FOLDER);
			try {
				folder.refreshLocal(IResource.DEPTH_INFINITE, monitor);
			} catch (CoreException e) {
				ClaimTaggerResources.log("Cannot refresh " + folder.getFullPath(), e);
			}
		}
	}
}
