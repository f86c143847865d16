package io.claimtagger.core.corpus;

import java.util.List;

import org.junit.Test;

import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.claim.Polarity;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.json.Json;
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
		WrittenBeforeGson.assertSameBytes("gold.json", Json.writePretty(tricky().toJson()));
		WrittenBeforeGson.assertSameBytes("gold-empty.json",
				Json.writePretty(new GoldDocument("empty", "", List.of(), List.of()).toJson()));
	}
}
