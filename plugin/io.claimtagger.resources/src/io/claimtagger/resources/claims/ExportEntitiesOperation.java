package io.claimtagger.resources.claims;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.ISchedulingRule;
import org.eclipse.osgi.util.NLS;

import io.claimtagger.core.export.BratStandoff;
import io.claimtagger.core.export.UimaCasJson;
import io.claimtagger.core.pipeline.TaggedDocument;
import io.claimtagger.core.pipeline.TaggingPipeline;
import io.claimtagger.core.store.ClaimPlace;
import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.resources.ClaimTaggerResources;
import io.claimtagger.resources.Messages;
import io.claimtagger.resources.TaggingEngine;
import io.claimtagger.resources.corrections.UserCorrectionsStore;

/**
 * Writes every article of the selection with its vendors, products and stored claims into a
 * folder, for annotation tools: brat standoff ({@code NAME.txt} + {@code NAME.ann} and the
 * collection's {@code annotation.conf}) or UIMA JSON CAS ({@code NAME.json}). The folder mirrors
 * {@code project/path}. Articles are tagged afresh, so the entities match the text; stored claims
 * are included where their sentence is still at its stored place.
 */
public final class ExportEntitiesOperation implements ClaimsOperation {

	public enum Format {
		BRAT, UIMA_JSON
	}

	private final List<IResource> scope;
	private final Path folder;
	private final Format format;

	public ExportEntitiesOperation(Collection<? extends IResource> scope, Path folder, Format format) {
		this.scope = List.copyOf(scope);
		this.folder = folder;
		this.format = format;
	}

	/** None: it only reads articles and claims. */
	@Override
	public ISchedulingRule getSchedulingRule() {
		return null;
	}

	@Override
	public IStatus execute(IProgressMonitor monitor) throws InterruptedException {
		SubMonitor progress = SubMonitor.convert(monitor, 100);
		MultiStatus problems = new MultiStatus(ClaimTaggerResources.ID, 0, Messages.ExportEntitiesJob_problems, null);
		try {
			List<IFile> articles = ArticleFiles.collect(scope);
			progress.worked(2);
			TaggingPipeline pipeline = TaggingEngine.get().newPipeline(progress.split(3));
			SubMonitor each = progress.split(93).setWorkRemaining(articles.size());
			for (IFile article : articles) {
				SubMonitor one = each.split(1);
				one.setTaskName(article.getFullPath().toString());
				try {
					export(article, pipeline);
				} catch (CoreException | IOException e) {
					problems.add(new Status(IStatus.ERROR, ClaimTaggerResources.ID,
							NLS.bind(Messages.ExportEntitiesJob_failed, article.getFullPath(), e.getMessage()), e));
				}
			}
			if (format == Format.BRAT) {
				ExportFiles.write(folder.resolve("annotation.conf"), BratStandoff.annotationConf());
			}
			ExportFiles.refresh(folder.resolve("annotation.conf"), progress.split(2));
		} catch (CoreException e) {
			return e.getStatus();
		} catch (IOException e) {
			problems.add(new Status(IStatus.ERROR, ClaimTaggerResources.ID, e.getMessage(), e));
		}
		return problems.isOK() ? Status.OK_STATUS : problems;
	}

	private void export(IFile article, TaggingPipeline pipeline) throws CoreException, IOException {
		String text = ArticleFiles.read(article);
		pipeline.setCorrections(UserCorrectionsStore.get().forArticle(article.getFullPath().toString()));
		TaggedDocument tagged = pipeline.tag(text);
		List<ClaimRecord> claims = ClaimsWorkspace.get().load(article).claims().stream()
				.filter(c -> ClaimPlace.standsIn(c, text))
				.toList();
		IPath relative = article.getFullPath().makeRelative();
		Path base = folder.resolve(relative.removeLastSegments(1).toString());
		String name = baseName(article);
		if (format == Format.BRAT) {
			BratStandoff.Document doc = BratStandoff.write(text, tagged.entities(), claims);
			ExportFiles.write(base.resolve(name + ".txt"), doc.text());
			ExportFiles.write(base.resolve(name + ".ann"), doc.annotations());
		} else {
			ExportFiles.write(base.resolve(name + ".json"),
					UimaCasJson.write(text, tagged.entities(), claims));
		}
	}

	/**
	 * {@code kvm.txt} stays {@code kvm} (giving {@code kvm.txt} and {@code kvm.ann}); other
	 * articles keep their extension ({@code kvm.md.txt}), so {@code kvm.txt} and {@code kvm.md}
	 * in one folder never collide.
	 */
	static String baseName(IFile article) {
		return "txt".equals(article.getFileExtension()) ? article.getFullPath().removeFileExtension().lastSegment()
				: article.getName();
	}
}
