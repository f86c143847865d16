package io.claimtagger.core.export;

import static org.junit.Assert.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.Test;

import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.entity.EntitySource;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.store.ClaimRecord;
import io.claimtagger.core.store.TrickyClaims;
import io.claimtagger.core.text.StrictJson;
import io.claimtagger.core.text.TextSpan;
import io.claimtagger.core.text.WrittenBeforeGson;

public class UimaCasJsonTest {

	@Test
	public void writesTheBytesTheWriterBeforeGsonWrote() throws Exception {
		String tricky = WrittenBeforeGson.TRICKY;
		String text = ExportSamples.TEXT + tricky + "\n" + "x".repeat(200) + "\n";
		int at = ExportSamples.TEXT.length();
		List<Entity> entities = new ArrayList<>(ExportSamples.entities());
		entities.add(new Entity(new TextSpan(at, at + tricky.length()), tricky, EntityType.PRODUCT, tricky, 1.0,
				EntitySource.MODEL));
		entities.add(new Entity(new TextSpan(at, at + 5), tricky.substring(0, 5), EntityType.VENDOR, "Q", 0.1 + 0.2,
				EntitySource.CATALOG));
		List<ClaimRecord> claims = new ArrayList<>(ExportSamples.claims().claims());
		claims.addAll(TrickyClaims.claims().claims());
		WrittenBeforeGson.assertSameBytes("uima-cas.json", UimaCasJson.write(text, entities, claims));
		WrittenBeforeGson.assertSameBytes("uima-cas-empty.json", UimaCasJson.write("", List.of(), List.of()));
	}

	@SuppressWarnings("unchecked")
	@Test
	public void sofaAnnotationsTypesAndViewMembers() {
		List<ClaimRecord> claims = ExportSamples.claims().claims();
		Map<String, Object> cas = (Map<String, Object>) StrictJson.parse(
				UimaCasJson.write(ExportSamples.TEXT, ExportSamples.entities(), claims));
		assertEquals(List.of("%TYPES", "%FEATURE_STRUCTURES", "%VIEWS"), List.copyOf(cas.keySet()));

		Map<String, Object> types = (Map<String, Object>) cas.get("%TYPES");
		Map<String, Object> vendor = (Map<String, Object>) types.get(UimaCasJson.VENDOR);
		assertEquals("uima.tcas.Annotation", vendor.get("%SUPER_TYPE"));
		assertEquals(Map.of("%NAME", "canonical", "%RANGE", "uima.cas.String"), vendor.get("canonical"));

		List<Map<String, Object>> fs = (List<Map<String, Object>>) cas.get("%FEATURE_STRUCTURES");
		assertEquals(1 + 3 + 2, fs.size());
		assertEquals("uima.cas.Sofa", fs.get(0).get("%TYPE"));
		assertEquals(ExportSamples.TEXT, fs.get(0).get("sofaString"));
		Map<String, Object> rhel = fs.get(2);
		assertEquals(UimaCasJson.PRODUCT, rhel.get("%TYPE"));
		assertEquals(1L, rhel.get("@sofa"));
		assertEquals("RHEL 6", ExportSamples.TEXT.substring(((Long) rhel.get("begin")).intValue(),
				((Long) rhel.get("end")).intValue()));
		assertEquals("Red Hat Enterprise Linux", rhel.get("canonical"));
		Map<String, Object> claim = fs.get(4);
		assertEquals(UimaCasJson.CLAIM, claim.get("%TYPE"));
		assertEquals("accepted", claim.get("status"));
		assertEquals(claims.get(0).id(), claim.get("claimId"));
		assertEquals("Red Hat; Red Hat Enterprise Linux", claim.get("about"));

		Map<String, Object> view = (Map<String, Object>) ((Map<String, Object>) cas.get("%VIEWS")).get("_InitialView");
		assertEquals(1L, view.get("%SOFA"));
		assertEquals(List.of(2L, 3L, 4L, 5L, 6L), view.get("%MEMBERS"));
	}
}
