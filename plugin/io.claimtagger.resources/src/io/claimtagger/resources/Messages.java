package io.claimtagger.resources;

import org.eclipse.osgi.util.NLS;

/** Strings of the headless layer that reach the user (job names, markers, statuses); texts in messages.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "io.claimtagger.resources.messages";

	public static String ArticleFiles_tooLarge;
	public static String WorkspaceModels_unusable;
	public static String FindContradictionsJob_name;
	public static String FindContradictionsJob_comparing;
	public static String FindContradictionsJob_decisionsUnreadable;
	public static String DecideFindingsJob_name;
	public static String CompareClaims_job;
	public static String CompareClaims_localHistory;
	public static String CompareClaims_previousRevision;
	public static String CompareClaims_noHistory;
	public static String DecideFindingsJob_failed;
	public static String WorkspaceModels_sharedUnusable;
	public static String RetrainJob_name;
	public static String RetrainJob_collecting;
	public static String RetrainJob_training;
	public static String RetrainJob_nothing;
	public static String RetrainJob_failed;
	public static String RetrainJob_done;
	public static String RevertModels_failed;
	public static String LearningReportJob_name;
	public static String LearningReportJob_task;
	public static String LearningReportJob_tooFew;
	public static String LearningReportJob_failed;
	public static String ClaimsFolderRefreshJob_name;
	public static String Claims_notMoved;
	public static String Claims_quarantined;
	public static String Claims_unreadable;
	public static String Claims_outsideProject;
	public static String Claims_conflictRecovered;
	public static String Claims_mergeDriver;
	public static String ExportClaimsJob_failed;
	public static String ExportClaimsJob_name;
	public static String ExportEntitiesJob_failed;
	public static String ExportEntitiesJob_name;
	public static String ExportEntitiesJob_problems;
	public static String FollowArticlesJob_name;
	public static String ImportClaimsJob_failed;
	public static String ImportClaimsJob_name;
	public static String ImportClaimsJob_noArticle;
	public static String ImportClaimsJob_skipped;
	public static String RetagChangedArticlesJob_name;
	public static String ReviewClaimsJob_acknowledge;
	public static String ReviewClaimsJob_failed;
	public static String ReviewClaimsJob_note;
	public static String ReviewClaimsJob_reading;
	public static String ReviewClaimsJob_status;
	public static String TagClaimsJob_name;
	public static String TagClaimsOperation_article;
	public static String TagClaimsOperation_failed;
	public static String TagClaimsOperation_problems;
	public static String TaggingEngine_loadFailed;
	public static String TaggingEngine_loadingModels;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
