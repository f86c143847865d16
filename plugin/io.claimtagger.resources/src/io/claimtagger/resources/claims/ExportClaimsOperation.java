package io.claimtagger.resources.claims;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.osgi.util.NLS;

import io.claimtagger.core.export.ClaimsCsv;
import io.claimtagger.core.export.ClaimsJson;
import io.claimtagger.core.export.ProjectArticleClaims;
import io.claimtagger.resources.ClaimTaggerResources;
import io.claimtagger.resources.Messages;

/**
 * Writes the stored claims of the selection to a CSV or JSON file ({@link ClaimsCsv},
 * {@link ClaimsJson}); the format follows the file's extension. The file is replaced in one step
 * ({@link ExportFiles}).
 */
public final class ExportClaimsOperation implements ClaimsOperation {

	public enum Format {
		CSV, JSON;

		/** JSON for a {@code .json} file, CSV otherwise. */
		public static Format of(Path file) {
			return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : CSV;
		}
	}

	private final List<IResource> scope;
	private final Path target;
	private final Format format;

	public ExportClaimsOperation(Collection<? extends IResource> scope, Path target) {
		this.scope = List.copyOf(scope);
		this.target = target;
		this.format = Format.of(target);
	}

	/** None: it only reads claims, each article's as one consistent file. */
	@Override
	public ISchedulingRule getSchedulingRule() {
		return null;
	}

	@Override
	public IStatus execute(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, 10);
		try {
			ClaimsWorkspace claims = ClaimsWorkspace.get();
			List<ProjectArticleClaims> articles = new ArrayList<>();
			for (ClaimsQuery.ArticleClaimsOf a : ClaimsQuery.articles(scope, progress.split(8))) {
				if (!a.claims().isEmpty()) {
					articles.add(new ProjectArticleClaims(a.article().getProject().getName(), a.claims(),
							format == Format.CSV ? claims.lines(a.article()) : null));
				}
			}
			String content = format == Format.CSV ? ClaimsCsv.write(articles)
					: ClaimsJson.write(articles, claims.clock().instant());
			progress.split(1);
			ExportFiles.write(target, content);
			ExportFiles.refresh(target, progress.split(1));
			return Status.OK_STATUS;
		} catch (IOException e) {
			return new Status(IStatus.ERROR, ClaimTaggerResources.ID,
					NLS.bind(Messages.ExportClaimsJob_failed, target, e.getMessage()), e);
		}
	}
}
