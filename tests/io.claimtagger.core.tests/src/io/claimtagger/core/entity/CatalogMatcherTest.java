package io.claimtagger.core.entity;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.Test;

import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.text.FormatException;
import io.claimtagger.core.text.TextSpan;
import io.claimtagger.core.token.ArticleTokenizer;

public class CatalogMatcherTest {

	static Catalog catalog(String tsv) throws IOException {
		return Catalog.read("test.tsv", new ByteArrayInputStream(tsv.getBytes(StandardCharsets.UTF_8)));
	}

	private static final String TSV = String.join("\n",
			"# test catalog",
			"vendor\tRed Hat\tRed Hat|RedHat\t",
			"product\tRed Hat Enterprise Linux\tRHEL|Red Hat Enterprise Linux\t",
			"product\tMicrosoft Hyper-V\tHyper-V|Microsoft Hyper-V\t",
			"product\tKVM\tKVM\tcase",
			"product\tXen\tXen\t",
			"product\tOpenStack Swift\tSwift\tcontext",
			"vendor\tCloud.com\tCloud.com\t",
			"product\tbhyve\tbhyve\t",
			"vendor\tEucalyptus Systems\tEucalyptus\t",
			"product\tEucalyptus\tEucalyptus\t", "");

	private final ArticleTokenizer tokenizer = new ArticleTokenizer(NlpModels.bundled().tokenizerModel());

	private List<String> matches(CatalogMatcher matcher, String text) {
		List<TextSpan> tokens = tokenizer.tokenize(text, new TextSpan(0, text.length()));
		return matcher.match(text, tokens).stream().map(m -> m.span().in(text).toString()).toList();
	}

	@Test
	public void longestAliasWinsAndWhitespaceIsCollapsed() throws IOException {
		CatalogMatcher m = new CatalogMatcher(catalog(TSV));
		assertEquals(List.of("Red Hat  Enterprise\nLinux", "Red Hat"),
				matches(m, "Red Hat  Enterprise\nLinux comes from Red Hat."));
	}

	@Test
	public void caseRules() throws IOException {
		CatalogMatcher m = new CatalogMatcher(catalog(TSV));
		assertEquals(List.of("Hyper-v", "HYPER-V"), matches(m, "Windows on Hyper-v and HYPER-V"));
		assertEquals(List.of(), matches(m, "kvm is lower case here"));
		assertEquals(List.of("KVM"), matches(m, "but KVM is not"));
		assertEquals(List.of("bhyve"), matches(m, "FreeBSD ships bhyve"));
		assertEquals(List.of(), matches(m, "the BHYVE name"));
	}

	@Test
	public void matchesOnlyOnTokenBoundaries() throws IOException {
		CatalogMatcher m = new CatalogMatcher(catalog(TSV));
		assertEquals(List.of("Xen"), matches(m, "Xenon lamps are not Xen."));
		assertEquals(List.of("Xen"), matches(m, "a Xen-based host"));
		assertEquals(List.of("Cloud.com"), matches(m, "Cloud.com lined up."));
	}

	@Test
	public void dualNamesCarryBothEntries() throws IOException {
		CatalogMatcher m = new CatalogMatcher(catalog(TSV));
		String text = "Eucalyptus runs on KVM.";
		CatalogMatch match = m.match(text, tokenizer.tokenize(text, new TextSpan(0, text.length()))).get(0);
		assertEquals(2, match.entries().size());
		assertEquals("Eucalyptus Systems", match.entryOf(EntityType.VENDOR).canonical());
	}

	@Test(expected = FormatException.class)
	public void badTypeIsReportedWithItsLine() throws IOException {
		catalog("vendor\tA\tA\t\nmaker\tB\tB\t\n");
	}

	@Test
	public void bundledCatalogIsLargeAndConsistent() {
		Catalog bundled = Catalog.bundled();
		assertTrue("catalog has " + bundled.entries().size() + " entries", bundled.entries().size() >= 300);
		java.util.Map<String, CatalogEntry> owner = new java.util.HashMap<>();
		for (CatalogEntry e : bundled.entries()) {
			for (String alias : e.aliases()) {
				CatalogEntry previous = owner.putIfAbsent(e.type().id() + ":" + CatalogMatcher.normalize(alias), e);
				assertTrue("alias '" + alias + "' names two " + e.type().id() + "s: " + e.canonical() + ", "
						+ (previous == null ? "" : previous.canonical()), previous == null || previous == e);
			}
		}
	}
}
