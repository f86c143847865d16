package io.claimtagger.resources.claims;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.eclipse.core.resources.IContainer;
import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceProxy;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IPath;
import org.eclipse.osgi.util.NLS;

import io.claimtagger.core.files.ArticleReader;
import io.claimtagger.core.store.ClaimStore;
import io.claimtagger.core.text.ByteOrderMark;
import io.claimtagger.resources.Messages;

/**
 * Which workspace files are articles, and their text as the editor sees it. Articles are the
 * files the article editor opens ({@code .article}, {@code .txt}, {@code .md}), outside the
 * claims store and other hidden folders, derived (build output) and team-private folders.
 */
public final class ArticleFiles {

	public static final Set<String> EXTENSIONS = ArticleReader.EXTENSIONS;

	private ArticleFiles() {
	}

	public static boolean isArticle(IResource resource) {
		// The store (.claims) is one of the hidden folders.
		return resource instanceof IFile file && hasArticleExtension(file) && !isInHiddenFolder(file)
				&& !file.isDerived(IResource.CHECK_ANCESTORS) && !file.isTeamPrivateMember(IResource.CHECK_ANCESTORS);
	}

	/**
	 * Whether a folder on the way to the file is hidden ({@code .claimtagger/models/common-words.txt},
	 * {@code .git/}, {@code .settings/}): tools keep their files there, as the command line assumes.
	 */
	static boolean isInHiddenFolder(IResource resource) {
		IPath path = resource.getProjectRelativePath();
		for (int i = 0; i < path.segmentCount() - 1; i++) {
			if (path.segment(i).startsWith(".")) {
				return true;
			}
		}
		return false;
	}

	static boolean hasArticleExtension(IFile file) {
		String extension = file.getFileExtension();
		return extension != null && EXTENSIONS.contains(extension.toLowerCase(Locale.ROOT));
	}

	/** Whether the resource lies in a project's {@code .claims} folder. */
	public static boolean isInStore(IResource resource) {
		IPath path = resource.getProjectRelativePath();
		return path.segmentCount() > 0 && path.segment(0).equals(ClaimStore.FOLDER);
	}

	/** The article's path in its project's store: project-relative, {@code /}-separated. */
	public static String storePath(IFile article) {
		return article.getProjectRelativePath().toString();
	}

	/**
	 * Every article in or under the given resources, each once, sorted by path. Closed projects
	 * and hidden folders (the store among them) are skipped.
	 */
	public static List<IFile> collect(Collection<? extends IResource> roots) throws CoreException {
		Set<IFile> found = new LinkedHashSet<>();
		for (IResource root : roots) {
			if (root instanceof IFile file) {
				// A selection or a view's scope may still name a file deleted a moment ago.
				if (isArticle(file) && file.exists()) {
					found.add(file);
				}
			} else if (root instanceof IContainer container && container.isAccessible()) {
				container.accept((IResourceProxy proxy) -> {
					if (proxy.isDerived() || proxy.isTeamPrivateMember()) {
						return false;
					}
					if (proxy.getType() == IResource.FOLDER && proxy.getName().startsWith(".")) {
						return false; // the store, the project's models, .git: see isInHiddenFolder
					}
					if (proxy.getType() == IResource.FILE && isArticle(proxy.requestResource())) {
						found.add((IFile) proxy.requestResource());
					}
					return true;
				}, IResource.NONE);
			}
		}
		List<IFile> sorted = new ArrayList<>(found);
		sorted.sort(Comparator.comparing(f -> f.getFullPath().toString()));
		return sorted;
	}

	/** The projects the resources belong to (the workspace root stands for every open project). */
	public static Set<IProject> projectsOf(Collection<? extends IResource> roots) {
		Set<IProject> projects = new LinkedHashSet<>();
		for (IResource root : roots) {
			if (root.getType() == IResource.ROOT) {
				for (IProject p : root.getWorkspace().getRoot().getProjects()) {
					if (p.isOpen()) {
						projects.add(p);
					}
				}
			} else if (root.getProject() != null && root.getProject().isOpen()) {
				projects.add(root.getProject());
			}
		}
		return projects;
	}

	/**
	 * The article's text decoded as the editor decodes it (the file's charset, a UTF-8 byte order
	 * mark dropped as the editor's document drops it), so offsets in it are document offsets.
	 * Reads the file system even when the workspace has not noticed a change yet.
	 *
	 * @throws IOException when the file is too large or cannot be read
	 */
	public static String read(IFile article) throws CoreException, IOException {
		long size = article.getLocation() == null ? 0 : article.getLocation().toFile().length();
		if (size > ArticleReader.MAX_BYTES) {
			throw new IOException(NLS.bind(Messages.ArticleFiles_tooLarge, article.getFullPath(), size >> 20));
		}
		Charset charset;
		try {
			charset = Charset.forName(article.getCharset());
		} catch (IllegalArgumentException e) {
			charset = StandardCharsets.UTF_8;
		}
		byte[] bytes;
		try (InputStream in = article.getContents(true)) {
			bytes = in.readAllBytes();
		}
		String text = new String(bytes, charset);
		return charset.equals(StandardCharsets.UTF_8) ? ByteOrderMark.strip(text) : text;
	}
}
