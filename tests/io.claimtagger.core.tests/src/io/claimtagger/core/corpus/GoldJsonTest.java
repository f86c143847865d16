package io.claimtagger.core.corpus;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.util.List;

import org.junit.Test;

import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.claim.Polarity;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.text.WrittenBeforeGson;

public class GoldJsonTest {

	static GoldDocument tricky() {
		String tricky = WrittenBeforeGson.TRICKY;
		String text = "Red Hat ships KVM. " + tricky + " is a product.\n";
		int at = text.indexOf(tricky);
		return new GoldDocument("tricky", text,
				List.of(new Mention(0, 7, EntityType.VENDOR, "Red Hat"), new Mention(14, 17, EntityType.PRODUCT, "KVM"),
						new Mention(at, at + tricky.length(), EntityType.PRODUCT, tricky)),
				List.of(new GoldDocument.GoldClaim(0, 18, "Red Hat ships KVM.", List.of("Red Hat", "KVM"),
						ClaimKind.SUPPORT, Polarity.AFFIRMED),
						new GoldDocument.GoldClaim(at, text.length() - 1, text.substring(at, text.length() - 1),
								List.of(tricky), ClaimKind.OTHER, Polarity.NEGATED)));
	}

	@Test
	public void writesTheBytesTheWriterBeforeGsonWrote() throws Exception {
		WrittenBeforeGson.assertSameBytes("gold.json", GoldJson.write(tricky()));
		WrittenBeforeGson.assertSameBytes("gold-empty.json",
				GoldJson.write(new GoldDocument("empty", "", List.of(), List.of())));
	}

	@Test
	public void readsWhatItWritesAndTheCliOutput() throws Exception {
		GoldDocument gold = tricky();
		assertEquals(gold, GoldJson.read("tricky", gold.text(), GoldJson.write(gold)));
		assertEquals(gold, GoldJson.read("tricky", gold.text(), "[" + GoldJson.write(gold) + "]"));
		assertEquals(gold, GoldJson.read("tricky", gold.text(), WrittenBeforeGson.read("gold.json")));
		GoldDocument bare = GoldJson.read("d", "Xen runs.", "{\"claims\": [{\"start\": 0, \"end\": 9}]}");
		assertEquals(List.of(new GoldDocument.GoldClaim(0, 9, "Xen runs.", List.of(), ClaimKind.OTHER, Polarity.AFFIRMED)),
				bare.claims());
	}

	@Test
	public void refusesBadFilesSayingWhatIsWrong() {
		assertRefused("{\"entities\": [\n{\"start\": 01}]}", "not valid JSON", "line 2");
		assertRefused("{\"entities\": [], \"entities\": []}", "duplicate key 'entities'");
		assertRefused("[{}, {}]", "expected a JSON object");
		assertRefused("{\"entities\": {}}", "field 'entities' must be a list");
		assertRefused("{\"entities\": [{\"start\": \"0\", \"end\": 3, \"type\": \"vendor\"}]}", "entity 1: field 'start'");
		assertRefused("{\"entities\": [{\"start\": 0, \"end\": 3}]}", "entity 1: field 'type' must be a string");
		assertRefused("{\"entities\": [{\"start\": 0, \"end\": 3, \"type\": \"company\"}]}", "'company'");
		assertRefused("{\"claims\": [{\"start\": 0, \"end\": 99}]}", "span [0, 99) outside the text");
		assertRefused("{\"claims\": [{\"start\": 0, \"end\": 3, \"about\": [1]}]}", "claim 1: field 'about'");
		assertRefused("[".repeat(3000), "not valid JSON", "Nesting limit");
	}

	private static void assertRefused(String json, String expected, String... more) {
		try {
			GoldJson.read("d", "Xen runs.", json);
			fail("read " + json);
		} catch (IllegalArgumentException e) {
			assertTrue(e.getMessage(), e.getMessage().contains(expected));
			for (String part : more) {
				assertTrue(e.getMessage(), e.getMessage().contains(part));
			}
		}
	}
}
