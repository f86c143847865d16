package io.claimtagger.core.mentions;

import io.claimtagger.core.entity.Entity;

/**
 * One mention of a vendor or product: in which article, as what it was written, on which line.
 *
 * @param <A>  how the caller names an article (a workspace file, a path)
 * @param line 1-based line of the mention's first character
 */
public record EntityMention<A>(A article, Entity entity, int line) {
}
