package io.claimtagger.core.mentions;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.Test;

import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.entity.EntitySource;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.core.text.LineIndex;
import io.claimtagger.core.text.TextSpan;

/** Two articles' entities, made by hand, grouped as the Vendors &amp; Products view shows them. */
public class EntityGroupsTest {

	private static final String KVM = "Hypervisors\n\nRed Hat ships KVM in RHEL 6.\nRed Hat Enterprise Linux 5 had Xen.\n";
	private static final String MORE = "Red Hat Enterprise Linux 6 drops Xen.\n\nRHEL 5 kept it, says Red Hat.\n";

	private final List<EntityGroup<String>> groups = EntityGroups.of(all());

	private static List<EntityMention<String>> all() {
		List<EntityMention<String>> mentions = new ArrayList<>();
		mentions.addAll(EntityGroups.mentionsIn("kvm.article", List.of(
				entity(KVM, "Red Hat", EntityType.VENDOR, "Red Hat"),
				entity(KVM, "KVM", EntityType.PRODUCT, "KVM"),
				entity(KVM, "RHEL 6", EntityType.PRODUCT, "Red Hat Enterprise Linux"),
				entity(KVM, "Red Hat Enterprise Linux 5", EntityType.PRODUCT, "Red Hat Enterprise Linux"),
				entity(KVM, "Xen", EntityType.PRODUCT, "Xen")), LineIndex.of(KVM)));
		mentions.addAll(EntityGroups.mentionsIn("more.article", List.of(
				entity(MORE, "Red Hat Enterprise Linux 6", EntityType.PRODUCT, "Red Hat Enterprise Linux"),
				entity(MORE, "Xen", EntityType.PRODUCT, "Xen"),
				entity(MORE, "RHEL 5", EntityType.PRODUCT, "Red Hat Enterprise Linux"),
				lastEntity(MORE, "Red Hat", EntityType.VENDOR, "Red Hat")), LineIndex.of(MORE)));
		return mentions;
	}

	/** The first occurrence of {@code text} in the article as an entity. */
	private static Entity entity(String article, String text, EntityType type, String canonical) {
		return entityAt(article.indexOf(text), text, type, canonical);
	}

	private static Entity lastEntity(String article, String text, EntityType type, String canonical) {
		return entityAt(article.lastIndexOf(text), text, type, canonical);
	}

	private static Entity entityAt(int at, String text, EntityType type, String canonical) {
		return new Entity(new TextSpan(at, at + text.length()), text, type, canonical, 0.9, EntitySource.BOTH);
	}

	@Test
	public void mentionsOfOneCanonicalNameAreOneGroupWithItsCounts() {
		EntityGroup<String> rhel = group("Red Hat Enterprise Linux");
		assertEquals(EntityType.PRODUCT, rhel.type());
		assertEquals(4, rhel.mentions().size());
		assertEquals(2, rhel.articleCount());
		assertEquals(List.of("RHEL 6", "Red Hat Enterprise Linux 5", "Red Hat Enterprise Linux 6", "RHEL 5"),
				rhel.mentions().stream().map(m -> m.entity().text()).toList());
		assertEquals(1, group("KVM").articleCount());
		assertEquals(9, EntityGroups.mentionCount(groups));
	}

	@Test
	public void mostMentionedFirstThenAlphabetically() {
		assertEquals(List.of("Red Hat Enterprise Linux", "Red Hat", "Xen", "KVM"),
				groups.stream().map(EntityGroup::canonical).toList());
	}

	@Test
	public void eachMentionKnowsItsArticleAndLine() {
		EntityMention<String> rhel5 = group("Red Hat Enterprise Linux").mentions().get(3);
		assertEquals("more.article", rhel5.article());
		assertEquals(3, rhel5.line());
		assertEquals(3, group("Red Hat").mentions().get(0).line());
		assertEquals(3, group("Red Hat").mentions().get(1).line());
	}

	@Test
	public void aVendorAndAProductOfTheSameNameAreTwoGroups() {
		String text = "Citrix ships Citrix.";
		List<EntityGroup<String>> both = EntityGroups.of(EntityGroups.mentionsIn("a.txt",
				List.of(new Entity(new TextSpan(0, 6), "Citrix", EntityType.VENDOR, "Citrix", 0.9, EntitySource.MODEL),
						new Entity(new TextSpan(13, 19), "Citrix", EntityType.PRODUCT, "Citrix", 0.9, EntitySource.MODEL)),
				LineIndex.of(text)));
		assertEquals(2, both.size());
		assertFalse(both.get(0).isSameEntity(both.get(1)));
	}

	@Test
	public void aGroupFoundAgainIsTheSameEntityAndTheSearchLooksAtMentionsToo() {
		EntityGroup<String> rhel = group("Red Hat Enterprise Linux");
		EntityGroup<String> again = new EntityGroup<>("Red Hat Enterprise Linux", EntityType.PRODUCT,
				rhel.mentions().subList(0, 1));
		assertTrue(again.isSameEntity(rhel));
		assertTrue(rhel.matches("rhel"));
		assertTrue(rhel.matches("  ENTERPRISE "));
		assertTrue(rhel.matches(""));
		assertFalse(rhel.matches("xen"));
	}

	private EntityGroup<String> group(String canonical) {
		return groups.stream().filter(g -> g.canonical().equals(canonical)).findFirst()
				.orElseThrow(() -> new AssertionError(canonical + " not in " + groups));
	}
}
