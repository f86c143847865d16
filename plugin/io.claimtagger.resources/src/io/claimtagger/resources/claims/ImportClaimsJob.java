package io.claimtagger.resources.claims;

import java.nio.file.Path;

import org.eclipse.core.resources.IProject;
import org.eclipse.osgi.util.NLS;

import io.claimtagger.resources.Messages;

/** An {@link ImportClaimsOperation} as a user job. */
public final class ImportClaimsJob extends OperationJob {

	/** @param fallback where entries of unknown projects go; null to skip them */
	public ImportClaimsJob(Path source, IProject fallback) {
		super(NLS.bind(Messages.ImportClaimsJob_name, source.getFileName()), new ImportClaimsOperation(source, fallback));
		setUser(true);
	}
}
