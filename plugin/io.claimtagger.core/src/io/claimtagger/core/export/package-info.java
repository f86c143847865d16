/**
 * Claims and entities in the formats other tools read: CSV and JSON for spreadsheets and scripts
 * ({@link io.claimtagger.core.export.ClaimsCsv}, {@link io.claimtagger.core.export.ClaimsJson},
 * which {@link io.claimtagger.core.export.ImportMerge} reads back into a store), brat standoff
 * ({@link io.claimtagger.core.export.BratStandoff}) and UIMA JSON CAS
 * ({@link io.claimtagger.core.export.UimaCasJson}) for annotation tools such as brat and
 * INCEpTION. Plain Java, strings in and out: the UI picks the files.
 */
package io.claimtagger.core.export;
