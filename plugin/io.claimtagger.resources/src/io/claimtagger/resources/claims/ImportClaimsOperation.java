package io.claimtagger.resources.claims;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.osgi.util.NLS;

import io.claimtagger.core.export.ClaimsJson;
import io.claimtagger.core.export.ImportMerge;
import io.claimtagger.core.export.ProjectArticleClaims;
import io.claimtagger.core.store.ArticleClaims;
import io.claimtagger.core.store.ClaimStoreFormatException;
import io.claimtagger.resources.ClaimTaggerResources;
import io.claimtagger.resources.Messages;

/**
 * Reads a JSON claims export back into the stores ({@link ImportMerge}: newer decisions win, no
 * stored claim is dropped). Each entry goes to the workspace project of its name, or to the
 * fallback project (the selected one) when there is no such project, so a colleague's export of
 * another checkout applies too. The file is validated whole before anything is written; entries
 * whose article does not exist are skipped and reported.
 */
public final class ImportClaimsOperation implements ClaimsOperation {

	private final Path source;
	private final IProject fallback;

	/** @param fallback where entries of unknown projects go; null to skip them */
	public ImportClaimsOperation(Path source, IProject fallback) {
		this.source = source;
		this.fallback = fallback;
	}

	/** None for the whole run: each article's rule is held while its claims are merged. */
	@Override
	public ISchedulingRule getSchedulingRule() {
		return null;
	}

	@Override
	public IStatus execute(IProgressMonitor monitor) {
		List<ProjectArticleClaims> entries;
		try {
			entries = ClaimsJson.read(Files.readString(source, StandardCharsets.UTF_8), source.toString());
		} catch (ClaimStoreFormatException e) {
			return new Status(IStatus.ERROR, ClaimTaggerResources.ID, e.getMessage(), e);
		} catch (IOException e) {
			return new Status(IStatus.ERROR, ClaimTaggerResources.ID,
					NLS.bind(Messages.ImportClaimsJob_failed, source, e.getMessage()), e);
		}
		SubMonitor progress = SubMonitor.convert(monitor, entries.size());
		MultiStatus skipped = new MultiStatus(ClaimTaggerResources.ID, 0,
				NLS.bind(Messages.ImportClaimsJob_skipped, source.getFileName()), null);
		for (ProjectArticleClaims entry : entries) {
			SubMonitor one = progress.split(1);
			ArticleClaims imported = entry.claims();
			Optional<IFile> article = articleOf(entry);
			if (article.isEmpty() || !article.get().exists()) {
				skipped.add(new Status(IStatus.WARNING, ClaimTaggerResources.ID,
						NLS.bind(Messages.ImportClaimsJob_noArticle, entry.project() + "/" + imported.article())));
				continue;
			}
			try {
				ClaimsWorkspace.get().update(article.get(), stored -> ImportMerge.merge(stored, imported), one);
			} catch (IOException | IllegalArgumentException e) {
				// IllegalArgumentException: an article path that leaves its project.
				skipped.add(new Status(IStatus.ERROR, ClaimTaggerResources.ID, NLS.bind(
						Messages.ImportClaimsJob_failed, article.get().getFullPath(), e.getMessage()), e));
			}
		}
		return skipped.isOK() ? Status.OK_STATUS : skipped;
	}

	private Optional<IFile> articleOf(ProjectArticleClaims entry) {
		IProject named = ResourcesPlugin.getWorkspace().getRoot().getProject(entry.project());
		IProject project = named.isAccessible() ? named : fallback;
		return project == null ? Optional.empty() : Optional.of(project.getFile(entry.claims().article()));
	}
}
