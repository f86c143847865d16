package io.claimtagger.ui.claims;

import static io.claimtagger.ui.claims.ClaimsWorkbench.stored;
import static io.claimtagger.ui.claims.ClaimsWorkbench.storedSafely;
import static io.claimtagger.ui.claims.ClaimsWorkbench.waitForClaimJobs;
import static io.claimtagger.ui.claims.ClaimsWorkbench.waitUntil;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.runtime.jobs.Job;
import org.junit.After;
import org.junit.Before;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

import io.claimtagger.core.export.ClaimsJson;
import io.claimtagger.core.export.ProjectArticleClaims;
import io.claimtagger.core.text.StrictJson;
import io.claimtagger.core.store.ArticleClaims;
import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.core.store.ReviewStatus;
import io.claimtagger.resources.claims.ClaimRef;
import io.claimtagger.resources.claims.ExportClaimsJob;
import io.claimtagger.resources.claims.ExportEntitiesJob;
import io.claimtagger.resources.claims.ExportEntitiesOperation;
import io.claimtagger.resources.claims.ImportClaimsJob;
import io.claimtagger.resources.claims.ReviewClaimsJob;
import io.claimtagger.resources.claims.TagClaimsJob;

/** Export of a project's claims to CSV and JSON, import of JSON, entities for brat and UIMA tools. */
public class ExportImportTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private IProject project;
	private IFile kvm;
	private IFile cloud;

	@Before
	public void tagAndReview() throws Exception {
		project = ClaimsWorkbench.project("claims-export-test");
		kvm = ClaimsWorkbench.file(project, "kvm.article", ClaimsWorkbench.KVM);
		cloud = ClaimsWorkbench.file(project, "cloud.md", ClaimsWorkbench.CLOUD);
		new TagClaimsJob(List.of(project)).schedule();
		waitUntil("claims", () -> storedSafely(kvm, c -> c.claims().size() == 3)
				&& storedSafely(cloud, c -> c.claims().size() == 2));
		String id = stored(kvm).claims().get(0).id();
		ReviewClaimsJob.status(List.of(new ClaimRef(kvm, id)), ReviewStatus.ACCEPTED).schedule();
		waitUntil("accepted", () -> storedSafely(kvm, c -> c.claims().get(0).status() == ReviewStatus.ACCEPTED));
		waitForClaimJobs();
	}

	@After
	public void cleanUp() throws Exception {
		ClaimsWorkbench.delete(project);
	}

	private static void run(Job job) {
		job.schedule();
		waitUntil(job.getName(), () -> job.getResult() != null);
		assertTrue(job.getResult().toString(), job.getResult().isOK());
	}

	@Test
	public void csvHasAHeaderAndOneRowPerClaimWithItsLine() throws Exception {
		Path csv = tmp.getRoot().toPath().resolve("claims.csv");
		run(new ExportClaimsJob(List.of(project), csv));
		String[] rows = Files.readString(csv, StandardCharsets.UTF_8).split("\r\n");
		assertEquals(6, rows.length);
		assertTrue(rows[0], rows[0].startsWith("project,article,line,start,end,id,status"));
		assertTrue(rows[1], rows[1].startsWith("claims-export-test,cloud.md,3,"));
		assertTrue(rows[3], rows[3].startsWith("claims-export-test,kvm.article,3,"));
		assertTrue(rows[3], rows[3].contains(",accepted,anchored,"));
	}

	@Test
	public void jsonRoundTripsAndANewerDecisionImportsBack() throws Exception {
		Path json = tmp.getRoot().toPath().resolve("claims.json");
		run(new ExportClaimsJob(List.of(kvm), json));
		List<ProjectArticleClaims> exported = ClaimsJson.read(Files.readString(json), json.toString());
		assertEquals(1, exported.size());
		assertEquals("claims-export-test", exported.get(0).project());
		assertEquals(stored(kvm), exported.get(0).claims());

		// A colleague disputes the second claim later (not in the future: such a date is never
		// believed over a local decision) and sends the file back.
		ArticleClaims theirs = exported.get(0).claims();
		Instant later = Instant.now().plusSeconds(1);
		ClaimRecord disputed = theirs.claims().get(1).withStatus(ReviewStatus.DISPUTED, later).withNote("Was it 2007?",
				later);
		Path back = tmp.getRoot().toPath().resolve("reviewed.json");
		Files.writeString(back, ClaimsJson.write(List.of(new ProjectArticleClaims("claims-export-test",
				theirs.with(disputed))), Instant.now()));
		run(new ImportClaimsJob(back, null));
		waitUntil("the import applied", () -> storedSafely(kvm,
				c -> c.find(disputed.id()).map(r -> r.status() == ReviewStatus.DISPUTED).orElse(false)));
		ArticleClaims now = stored(kvm);
		assertEquals("Was it 2007?", now.find(disputed.id()).orElseThrow().note());
		assertEquals(ReviewStatus.ACCEPTED, now.claims().get(0).status());
		assertEquals(3, now.claims().size());
	}

	@Test
	public void entitiesForBratAndUima() throws Exception {
		Path brat = tmp.getRoot().toPath().resolve("brat");
		run(new ExportEntitiesJob(List.of(project), brat, ExportEntitiesOperation.Format.BRAT));
		assertTrue(Files.exists(brat.resolve("annotation.conf")));
		Path dir = brat.resolve("claims-export-test");
		assertEquals(ClaimsWorkbench.KVM, Files.readString(dir.resolve("kvm.article.txt")));
		String ann = Files.readString(dir.resolve("kvm.article.ann"));
		int redHat = ClaimsWorkbench.KVM.indexOf("Red Hat");
		assertTrue(ann, ann.contains("\tVendor " + redHat + " " + (redHat + 7) + "\tRed Hat\n"));
		assertTrue(ann, ann.contains("\tClaim "));
		assertTrue(ann, ann.contains(" accepted\n"));
		assertTrue(Files.exists(dir.resolve("cloud.md.ann")));

		Path uima = tmp.getRoot().toPath().resolve("uima");
		run(new ExportEntitiesJob(List.of(kvm), uima, ExportEntitiesOperation.Format.UIMA_JSON));
		@SuppressWarnings("unchecked")
		Map<String, Object> cas = (Map<String, Object>) StrictJson
				.parse(Files.readString(uima.resolve("claims-export-test/kvm.article.json")));
		List<Object> structures = new ArrayList<>((List<?>) cas.get("%FEATURE_STRUCTURES"));
		assertEquals(1 + 7 + 3, structures.size());
	}
}
