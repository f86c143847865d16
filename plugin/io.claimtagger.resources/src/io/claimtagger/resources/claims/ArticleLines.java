package io.claimtagger.resources.claims;

import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;

import io.claimtagger.core.text.LineIndex;

/** Where the lines of each article start, for line columns: counted once per version of the file. */
final class ArticleLines {

	private record Stamped(long stamp, LineIndex lines) {
	}

	private final ConcurrentMap<IFile, Stamped> counted = new ConcurrentHashMap<>();

	/** The article's line index; null when it cannot be read. */
	LineIndex of(IFile article) {
		if (!article.exists()) {
			return null;
		}
		long stamp = article.getModificationStamp();
		Stamped cached = counted.get(article);
		if (cached != null && cached.stamp == stamp) {
			return cached.lines;
		}
		try {
			LineIndex index = LineIndex.of(ArticleFiles.read(article));
			counted.put(article, new Stamped(stamp, index));
			return index;
		} catch (CoreException | IOException e) {
			return null;
		}
	}

	void forget(IFile article) {
		counted.remove(article);
	}
}
