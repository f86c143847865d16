package io.claimtagger.cli;

import static org.junit.Assert.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Test;

import io.claimtagger.core.claim.Claim;
import io.claimtagger.core.claim.ClaimKind;
import io.claimtagger.core.claim.Polarity;
import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.entity.EntitySource;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.entity.TaggedSentence;
import io.claimtagger.core.pipeline.TaggedDocument;
import io.claimtagger.core.text.TextSpan;

public class ResultJsonTest {

	/** Every kind of character whose escaping matters (as in the core tests' WrittenBeforeGson). */
	static final String TRICKY = "q\"uote back\\slash /slash\nnl\rcr\ttab \b\f \u0000\u0001\u001f\u007f"
			+ " \u00e9\u2019 \u2028\u2029 \ud83d\ude00 \u65e5\u672c <&'=> \\u0041";

	static TaggedDocument tricky() {
		String text = "Red Hat ships KVM. " + TRICKY + ".";
		Entity redHat = new Entity(new TextSpan(0, 7), "Red Hat", EntityType.VENDOR, "Red Hat", 1.0, EntitySource.BOTH);
		Entity kvm = new Entity(new TextSpan(14, 17), "KVM", EntityType.PRODUCT, "KVM", 0.1 + 0.2, EntitySource.CATALOG);
		int at = text.indexOf(TRICKY);
		Entity odd = new Entity(new TextSpan(at, at + TRICKY.length()), TRICKY, EntityType.PRODUCT, TRICKY, 1e-7,
				EntitySource.MODEL);
		return new TaggedDocument(
				List.of(new TaggedSentence(new TextSpan(0, 18), List.of(), List.of(redHat, kvm)),
						new TaggedSentence(new TextSpan(at, text.length()), List.of(), List.of(odd))),
				List.of(new Claim(new TextSpan(0, 18), "Red Hat ships KVM.", List.of(redHat, kvm, redHat),
						ClaimKind.SUPPORT, Polarity.AFFIRMED, 0.875),
						new Claim(new TextSpan(at, text.length()), TRICKY + ".", List.of(odd), ClaimKind.OTHER,
								Polarity.NEGATED, 1.0)));
	}

	/** The tag output must keep the bytes the hand-made writer Gson replaced produced (fixtures/pre-gson/). */
	@Test
	public void writesTheBytesTheWriterBeforeGsonWrote() throws Exception {
		String written = ResultJson.write(List.of(ResultJson.of(TRICKY, tricky()),
				ResultJson.of("empty.txt", new TaggedDocument(List.of(), List.of()))));
		Path fixture = Path.of(System.getProperty("claimtagger.repo", "."))
				.resolve("tests/io.claimtagger.cli.tests/fixtures/pre-gson/tag-output.json");
		assertEquals(Files.readString(fixture, StandardCharsets.UTF_8), written);
	}
}
