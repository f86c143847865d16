package io.claimtagger.resources.jobs;

/**
 * The families of Claim Tagger's jobs, in one place, so tests and shutdown can wait for or cancel
 * them ({@code Job.getJobManager().join(JobFamilies.CLAIMS, monitor)}).
 */
public final class JobFamilies {

	/** Everything that reads or writes the claims store: tagging, review, following, import, export. */
	public static final Object CLAIMS = new Object();

	/** Loading the models and tagging for display: re-tagging open editors, the Vendors & Products view. */
	public static final Object TAGGING = new Object();

	private JobFamilies() {
	}
}
