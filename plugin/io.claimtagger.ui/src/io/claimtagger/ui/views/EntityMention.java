package io.claimtagger.ui.views;

import org.eclipse.core.resources.IFile;

import io.claimtagger.core.entity.Entity;

/** One mention of a vendor or product: where it is and as what it was written. */
public record EntityMention(IFile article, Entity entity, int line) {
}
