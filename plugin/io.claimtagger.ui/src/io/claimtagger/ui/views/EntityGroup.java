package io.claimtagger.ui.views;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;

import io.claimtagger.core.entity.EntityType;

/**
 * A vendor or product across the articles: its canonical name and type, and every mention of it
 * ("RHEL 6", "Red Hat Enterprise Linux" are both mentions of Red Hat Enterprise Linux).
 */
public record EntityGroup(String canonical, EntityType type, List<EntityMention> mentions) {

	public EntityGroup {
		mentions = List.copyOf(mentions);
	}

	public int articleCount() {
		Set<IFile> articles = new HashSet<>();
		mentions.forEach(m -> articles.add(m.article()));
		return articles.size();
	}
}
