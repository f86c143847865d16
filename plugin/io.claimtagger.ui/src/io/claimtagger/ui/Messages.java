package io.claimtagger.ui;

import org.eclipse.osgi.util.NLS;

/** UI strings; the texts are in messages.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "io.claimtagger.ui.messages";

	public static String LearningReport_loading;
	public static String LearningReport_shipped;
	public static String LearningReport_retrained;
	public static String LearningReport_none;
	public static String LearningReport_noChart;
	public static String LearningReport_legendShipped;
	public static String LearningReport_legendRetrained;
	public static String LearningReport_vendors;
	public static String LearningReport_products;
	public static String LearningReport_claims;
	public static String LearningReport_noClaims;
	public static String LearningReport_nothing;
	public static String PreferencePage_retrainAfter;
	public static String CorrectionEvidence_job;
	public static String CorrectionEvidence_failed;
	public static String Retrain_revertFailed;
	public static String Retrain_reverted;
	public static String RetagJob_name;
	public static String Hover_vendor;
	public static String Hover_product;
	public static String Hover_canonical;
	public static String Hover_confidence;
	public static String Hover_source;
	public static String Hover_source_model;
	public static String Hover_source_catalog;
	public static String Hover_source_both;
	public static String Hover_claim;
	public static String Hover_claimKindPolarity;
	public static String Hover_about;
	public static String Hover_status;
	public static String Hover_status_new;
	public static String QuickFix_vendor;
	public static String QuickFix_product;
	public static String QuickFix_notHere;
	public static String QuickFix_alwaysIgnore;
	public static String QuickFix_changeType;
	public static String QuickFix_tagAs;
	public static String QuickFix_forget;
	public static String Dictionary_description;
	public static String Dictionary_scope;
	public static String Dictionary_allArticles;
	public static String Dictionary_notHere;
	public static String Dictionary_name;
	public static String Dictionary_type;
	public static String Dictionary_canonical;
	public static String Dictionary_ignored;
	public static String Dictionary_add;
	public static String Dictionary_edit;
	public static String Dictionary_remove;
	public static String Dictionary_import;
	public static String Dictionary_export;
	public static String Dictionary_entryTitle;
	public static String Dictionary_entryFormat;
	public static String PreferencePage_description;
	public static String PreferencePage_enabled;
	public static String PreferencePage_delay;
	public static String PreferencePage_minConfidence;
	public static String PreferencePage_showVendors;
	public static String PreferencePage_showProducts;
	public static String PreferencePage_showClaims;
	public static String Hover_status_accepted;
	public static String Hover_status_rejected;
	public static String Hover_status_disputed;
	public static String Hover_note;
	public static String ExportClaimsHandler_title;
	public static String ExportClaimsHandler_csv;
	public static String ExportClaimsHandler_json;
	public static String ExportEntitiesHandler_title;
	public static String ExportEntitiesHandler_message;
	public static String ImportClaimsHandler_title;
	public static String LoadClaimsJob_name;
	public static String LoadEntitiesJob_name;
	public static String ClaimsView_name;
	public static String ClaimsView_nameCount;
	public static String ClaimsView_loading;
	public static String ClaimsView_counts;
	public static String ClaimsView_countsChanged;
	public static String ClaimsView_countsShown;
	public static String ClaimsView_scope_workspace;
	public static String ClaimsView_scope_resources;
	public static String ClaimsView_column_status;
	public static String ClaimsView_column_claim;
	public static String ClaimsView_column_about;
	public static String ClaimsView_column_kind;
	public static String ClaimsView_column_polarity;
	public static String ClaimsView_column_article;
	public static String ClaimsView_column_line;
	public static String ClaimsView_status_new;
	public static String ClaimsView_status_accepted;
	public static String ClaimsView_status_rejected;
	public static String ClaimsView_status_disputed;
	public static String ClaimsView_anchor_changed;
	public static String ClaimsView_anchor_removed;
	public static String ClaimsView_statusAnchor;
	public static String ClaimsView_filter_allStatuses;
	public static String ClaimsView_filter_allKinds;
	public static String ClaimsView_filter_allSubjects;
	public static String ClaimsView_filter_text;
	public static String ClaimsView_tooltip_previous;
	public static String ClaimsView_tooltip_note;
	public static String ClaimsView_link;
	public static String ClaimsView_showWorkspace;
	public static String ClaimsView_note_title;
	public static String ClaimsView_note_message;
	public static String VendorsProductsView_filter;
	public static String VendorsProductsView_loading;
	public static String VendorsProductsView_counts;
	public static String VendorsProductsView_countsOne;
	public static String NewArticleWizard_title;
	public static String NewArticleWizard_pageTitle;
	public static String NewArticleWizard_pageDescription;
	public static String NewArticleWizard_defaultName;
	public static String VendorsProductsView_column_name;
	public static String VendorsProductsView_column_type;
	public static String VendorsProductsView_column_mentions;
	public static String VendorsProductsView_column_article;
	public static String VendorsProductsView_column_line;
	public static String VendorsProductsView_articles;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
