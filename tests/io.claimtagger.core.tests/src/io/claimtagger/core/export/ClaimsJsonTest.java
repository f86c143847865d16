package io.claimtagger.core.export;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import io.claimtagger.core.store.ArticleClaims;
import io.claimtagger.core.store.ClaimStoreFormat;
import io.claimtagger.core.store.ClaimStoreFormatException;
import io.claimtagger.core.store.TrickyClaims;
import io.claimtagger.core.text.StrictJson;
import io.claimtagger.core.text.WrittenBeforeGson;

public class ClaimsJsonTest {

	private static final Instant EXPORTED = Instant.parse("2024-05-03T08:00:00Z");

	@Test
	public void roundTripsTheClaimsOfSeveralProjects() throws Exception {
		ArticleClaims kvm = ExportSamples.claims();
		ArticleClaims other = ExportSamples.claims().movedTo("notes/other.md");
		List<ProjectArticleClaims> exported = List.of(new ProjectArticleClaims("reviews", kvm),
				new ProjectArticleClaims("archive", other));
		String json = ClaimsJson.write(exported, EXPORTED);
		List<ProjectArticleClaims> read = ClaimsJson.read(json, "export.json");
		assertEquals(exported, read);
		// Same claims, same bytes: exports diff well too.
		assertEquals(json, ClaimsJson.write(read, EXPORTED));
	}

	@Test
	public void writesTheBytesTheWriterBeforeGsonWrote() throws Exception {
		WrittenBeforeGson.assertSameBytes("claims-export.json",
				ClaimsJson.write(List.of(new ProjectArticleClaims(WrittenBeforeGson.TRICKY, TrickyClaims.claims()),
						new ProjectArticleClaims("reviews", ExportSamples.claims())), EXPORTED));
		WrittenBeforeGson.assertSameBytes("claims-export-empty.json", ClaimsJson.write(List.of(), EXPORTED));
	}

	@SuppressWarnings("unchecked")
	@Test
	public void eachEntryIsTheStoreFilePlusItsProject() {
		String json = ClaimsJson.write(List.of(new ProjectArticleClaims("reviews", ExportSamples.claims())), EXPORTED);
		Map<String, Object> root = (Map<String, Object>) StrictJson.parse(json);
		assertEquals("claimtagger-claims", root.get("format"));
		assertEquals(1L, root.get("version"));
		assertEquals("2024-05-03T08:00:00Z", root.get("exported"));
		Map<String, Object> entry = (Map<String, Object>) ((List<Object>) root.get("articles")).get(0);
		assertEquals("reviews", entry.remove("project"));
		assertEquals(StrictJson.parse(ClaimStoreFormat.write(ExportSamples.claims())), entry);
	}

	@Test
	public void refusesWhatIsNotAnExportNamingTheProblem() {
		assertRefused("[]", "not a Claim Tagger claims export");
		assertRefused("{\"version\": 1, \"article\": \"a.txt\", \"claims\": []}", "not a Claim Tagger claims export");
		assertRefused("{\"format\": \"claimtagger-claims\", \"version\": 2, \"articles\": []}",
				"unsupported export version 2");
		assertRefused("{\"format\": \"claimtagger-claims\", \"version\": 1, \"articles\": [{\"version\": 1, "
				+ "\"article\": \"a.txt\", \"claims\": []}]}", "article entry 1: field 'project'");
		assertRefused("{\"format\": \"claimtagger-claims\", \"version\": 1, \"articles\": [{\"project\": \"p\", "
				+ "\"version\": 1, \"article\": \"a.txt\", \"claims\": [{\"id\": \"x\"}]}]}", "article entry 1");
		assertRefused("{not json", "not valid JSON");
	}

	@Test
	public void toleratesAByteOrderMark() throws Exception {
		String json = ClaimsJson.write(List.of(new ProjectArticleClaims("p", ExportSamples.claims())), EXPORTED);
		assertEquals(1, ClaimsJson.read("\uFEFF" + json, "bom.json").size());
	}

	private static void assertRefused(String json, String expected) {
		try {
			ClaimsJson.read(json, "in.json");
			fail("read " + json);
		} catch (ClaimStoreFormatException e) {
			assertTrue(e.getMessage(), e.getMessage().contains(expected));
			assertTrue(e.getMessage(), e.getMessage().startsWith("in.json"));
		}
	}
}
