/**
 * The vendors and products of many articles at once, for an overview such as the Vendors &amp;
 * Products view: each mention with its article and line ({@link io.claimtagger.core.mentions.EntityMention}),
 * grouped by canonical name ({@link io.claimtagger.core.mentions.EntityGroup},
 * {@link io.claimtagger.core.mentions.EntityGroups}). Above {@code entity} and {@code text} only;
 * generic in how an article is named, so the UI keeps its workspace files and the core stays plain Java.
 */
package io.claimtagger.core.mentions;
