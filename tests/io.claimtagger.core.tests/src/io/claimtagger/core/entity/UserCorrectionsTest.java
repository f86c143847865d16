package io.claimtagger.core.entity;

import static org.junit.Assert.assertEquals;

import java.util.List;
import java.util.Set;

import org.junit.Test;

import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.pipeline.TaggingPipeline;

public class UserCorrectionsTest {

	private final TaggingPipeline pipeline = new TaggingPipeline(NlpModels.bundled());

	private List<String> tag(String text) {
		return pipeline.tag(text).entities().stream().map(e -> e.text() + "/" + e.type().id() + "/" + e.canonical()).toList();
	}

	@Test
	public void ignoredAndSuppressedNamesAreDroppedAndUserEntriesTagged() {
		String text = "Acme Stratus runs on KVM and Xen, says Red Hat.";
		pipeline.setCorrections(new UserCorrections(
				List.of(new UserCorrections.Entry("Acme Stratus", EntityType.PRODUCT, "Acme Stratus Cloud"),
						new UserCorrections.Entry("Red Hat", EntityType.PRODUCT, "Red Hat (the distribution)")),
				Set.of("xen"), Set.of("KVM")));
		assertEquals(List.of("Acme Stratus/product/Acme Stratus Cloud", "Red Hat/product/Red Hat (the distribution)"), tag(text));
		pipeline.setCorrections(UserCorrections.NONE);
		assertEquals(List.of("KVM/product/KVM", "Xen/product/Xen", "Red Hat/vendor/Red Hat"),
				tag(text).subList(tag(text).size() - 3, tag(text).size()));
	}
}
