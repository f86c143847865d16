package io.claimtagger.ui;

import org.eclipse.osgi.util.NLS;

/** UI strings; the texts are in messages.properties. */
public final class Messages extends NLS {

	private static final String BUNDLE_NAME = "io.claimtagger.ui.messages";

	public static String TaggingEngine_loadingModels;
	public static String TaggingEngine_loadFailed;
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
	public static String Dictionary_description;
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

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
