package io.claimtagger.resources.claims;

import org.eclipse.core.resources.IFile;

/** A stored claim by identity: its article and its id, which never changes. */
public record ClaimRef(IFile article, String id) {
}
