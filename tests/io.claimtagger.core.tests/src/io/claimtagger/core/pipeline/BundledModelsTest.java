package io.claimtagger.core.pipeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;

import java.util.List;

import org.junit.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.claimtagger.core.sentence.ArticleSentenceSplitter;
import io.claimtagger.core.text.TextSpan;

/** Runs inside OSGi (Tycho surefire): proves the embedded OpenNLP and models load through the bundle. */
public class BundledModelsTest {

	@Test
	public void officialModelsLoadFromTheBundleClassPath() {
		Bundle bundle = FrameworkUtil.getBundle(NlpModels.class);
		assertNotNull("core classes must be loaded by the OSGi bundle", bundle);
		assertEquals("io.claimtagger.core", bundle.getSymbolicName());
		List<TextSpan> sentences = new ArticleSentenceSplitter(NlpModels.bundled().sentenceModel())
				.split("Xen is old. KVM is in the kernel.");
		assertEquals(List.of(new TextSpan(0, 11), new TextSpan(12, 33)), sentences);
	}
}
