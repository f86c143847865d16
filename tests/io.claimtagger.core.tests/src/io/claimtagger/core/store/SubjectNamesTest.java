package io.claimtagger.core.store;

import static io.claimtagger.core.store.ReviewedClaims.about;
import static io.claimtagger.core.store.ReviewedClaims.mention;
import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.List;

import org.junit.Test;

import io.claimtagger.core.entity.EntityType;

public class SubjectNamesTest {

	private final ClaimRecord claim = about(mention("Red Hat", EntityType.VENDOR, "Red Hat"),
			mention("RHEL 6", EntityType.PRODUCT, "Red Hat Enterprise Linux"),
			mention("KVM", EntityType.PRODUCT, "KVM"),
			mention("Red Hat Enterprise Linux", EntityType.PRODUCT, "Red Hat Enterprise Linux"));

	@Test
	public void twoMentionsOfOneProductAreOneSubjectInTheClaimsOrder() {
		assertEquals(List.of("Red Hat", "Red Hat Enterprise Linux", "KVM"), SubjectNames.of(claim));
	}

	@Test
	public void theViewListsThemWithCommasAndTheCsvWithSemicolons() {
		assertEquals("Red Hat, Red Hat Enterprise Linux, KVM", SubjectNames.format(claim));
		assertEquals("Red Hat; Red Hat Enterprise Linux; KVM", SubjectNames.format(claim, "; "));
	}

	@Test
	public void aClaimAboutNoOneHasAnEmptyList() {
		assertEquals(List.of(), SubjectNames.of(about()));
		assertEquals("", SubjectNames.format(about()));
	}

	@Test
	public void isAboutMatchesTheCanonicalNameNotTheWording() {
		assertTrue(SubjectNames.isAbout(claim, "Red Hat Enterprise Linux"));
		assertFalse(SubjectNames.isAbout(claim, "RHEL 6"));
		assertFalse(SubjectNames.isAbout(claim, "red hat"));
	}
}
