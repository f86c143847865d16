/**
 * The claims workspace model: the review record of every claim of an article
 * ({@link io.claimtagger.core.store.ClaimRecord}), its diff-friendly JSON file
 * ({@link io.claimtagger.core.store.ClaimStoreFormat}), the {@code .claims/} folder of a project
 * ({@link io.claimtagger.core.store.ClaimStore}) and the re-anchoring of stored claims to a freshly
 * tagged text ({@link io.claimtagger.core.store.ClaimReconciler}). Plain Java, no Eclipse types:
 * the UI adapts it to resources, jobs and scheduling rules. The file format is described in
 * {@code docs/claims-store.md}.
 */
package io.claimtagger.core.store;
