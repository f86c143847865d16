package io.claimtagger.ui.claims;

import static io.claimtagger.ui.claims.ClaimsWorkbench.storeFile;
import static io.claimtagger.ui.claims.ClaimsWorkbench.stored;
import static io.claimtagger.ui.claims.ClaimsWorkbench.waitUntil;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;

import io.claimtagger.core.store.ClaimStore;
import io.claimtagger.core.store.ClaimStoreFormat;
import io.claimtagger.resources.claims.ArticleFiles;
import io.claimtagger.resources.claims.ClaimsListener;
import io.claimtagger.resources.claims.ClaimsWorkspace;
import io.claimtagger.resources.claims.TagClaimsJob;
import io.claimtagger.resources.claims.TagClaimsOperation;

/**
 * Batch tagging of a project of real articles (the evaluation set): every article gets a claims
 * file, and a cancelled run leaves only whole, valid files behind, which a second run completes
 * without touching. Both tests cancel at a known point, so each has exactly one right outcome.
 */
public class TagClaimsJobTest {

	private IProject project;
	private List<IFile> articles;

	@Before
	public void articles() throws Exception {
		project = ClaimsWorkbench.project("claims-batch-test");
		articles = new ArrayList<>();
		Path eval = Path.of(System.getProperty("claimtagger.repo", ".")).resolve("corpus/eval");
		try (Stream<Path> files = Files.list(eval)) {
			for (Path ann : files.filter(p -> p.toString().endsWith(".ann")).sorted().toList()) {
				// The annotated article as plain text: no line labels, no entity markup.
				String text = Files.readString(ann, StandardCharsets.UTF_8).replaceAll("(?m)^[^\\t\\n]*\\t", "")
						.replaceAll("</?[vp]>", "");
				String name = ann.getFileName().toString().replace(".ann", ".txt");
				articles.add(ClaimsWorkbench.file(project, "eval/" + name, text));
			}
		}
		assertTrue(articles.size() >= 10);
	}

	@After
	public void cleanUp() throws Exception {
		ClaimsWorkbench.delete(project);
	}

	@Test
	public void cancellingBetweenArticlesLeavesOnlyWholeFilesAndASecondRunCompletesThem() throws Exception {
		TagClaimsOperation operation = new TagClaimsOperation(articles, false);
		// Cancel as soon as three articles are saved: deterministic, unlike racing a job.
		AtomicReference<Object> outcome = new AtomicReference<>();
		Job run = Job.create("batch", monitor -> {
			try {
				outcome.set(operation.execute(new NullProgressMonitor() {
					@Override
					public boolean isCanceled() {
						return storedCount() >= 3;
					}
				}));
			} catch (OperationCanceledException e) {
				outcome.set(e);
			} catch (InterruptedException e) {
				outcome.set(e);
			}
		});
		run.schedule();
		waitUntil("the cancelled batch", () -> outcome.get() != null);
		assertTrue(String.valueOf(outcome.get()), outcome.get() instanceof OperationCanceledException);
		assertEquals(3, storedCount());
		assertEquals(3, operation.tagged());
		Map<IFile, byte[]> before = assertConsistentStore();

		TagClaimsJob job = new TagClaimsJob(List.of(project));
		job.schedule();
		waitUntil("the full batch", () -> job.getResult() != null);
		assertTrue(job.getResult().toString(), job.getResult().isOK());
		assertEquals(articles.size(), storedCount());
		Map<IFile, byte[]> after = assertConsistentStore();
		// What the first run saved, the second leaves byte for byte as it was.
		before.forEach((article, bytes) -> assertTrue(article.toString(),
				java.util.Arrays.equals(bytes, after.get(article))));
	}

	@Test
	public void cancellingTheJobAfterTheFirstSaveKeepsExactlyThatArticle() throws Exception {
		TagClaimsJob job = new TagClaimsJob(List.of(project));
		// The store tells its listeners on the saving thread, right after the file is written: cancel
		// there, so the job is cancelled after exactly one article, whatever the machine's speed.
		ClaimsListener cancelAfterFirstSave = changed -> {
			if (changed.stream().anyMatch(articles::contains)) {
				job.cancel();
			}
		};
		ClaimsWorkspace.get().addListener(cancelAfterFirstSave);
		try {
			job.schedule();
			waitUntil("the job to end", () -> job.getResult() != null);
		} finally {
			ClaimsWorkspace.get().removeListener(cancelAfterFirstSave);
		}
		assertEquals(job.getResult().toString(), IStatus.CANCEL, job.getResult().getSeverity());
		// The job tags in path order; the first article has claims, so it is the one saved.
		IFile first = ArticleFiles.collect(List.of(project)).get(0);
		assertEquals(Set.of(first), assertConsistentStore().keySet());
		assertFalse(stored(first).isEmpty());
	}

	private int storedCount() {
		int n = 0;
		for (IFile a : articles) {
			if (Files.exists(storeFile(a))) {
				n++;
			}
		}
		return n;
	}

	/** Every claims file reads, is exactly what the format writes for it, and no temp file is left. */
	private Map<IFile, byte[]> assertConsistentStore() throws IOException {
		ClaimStore store = new ClaimStore(project.getLocation().toPath());
		Map<IFile, byte[]> files = new HashMap<>();
		for (IFile a : articles) {
			Path file = storeFile(a);
			if (Files.exists(file)) {
				byte[] bytes = Files.readAllBytes(file);
				assertEquals(ClaimStoreFormat.write(store.load(a.getProjectRelativePath().toString())),
						new String(bytes, StandardCharsets.UTF_8));
				files.put(a, bytes);
			}
		}
		try (Stream<Path> all = Files.walk(project.getLocation().toPath().resolve(ClaimStore.FOLDER))) {
			assertFalse(all.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")));
		}
		return files;
	}
}
