package io.claimtagger.ui.preferences;

import org.eclipse.jface.preference.BooleanFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.IntegerFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import io.claimtagger.ui.Messages;

/** Window > Preferences > Claim Tagger. */
public final class TaggerPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public TaggerPreferencePage() {
		super(GRID);
		setDescription(Messages.PreferencePage_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		setPreferenceStore(TaggerPreferences.store());
	}

	@Override
	protected void createFieldEditors() {
		addField(new BooleanFieldEditor(TaggerPreferences.ENABLED, Messages.PreferencePage_enabled, getFieldEditorParent()));
		IntegerFieldEditor delay = new IntegerFieldEditor(TaggerPreferences.DELAY_MS, Messages.PreferencePage_delay,
				getFieldEditorParent());
		delay.setValidRange(50, 10_000);
		addField(delay);
		IntegerFieldEditor confidence = new IntegerFieldEditor(TaggerPreferences.MIN_CONFIDENCE_PERCENT,
				Messages.PreferencePage_minConfidence, getFieldEditorParent());
		confidence.setValidRange(0, 100);
		addField(confidence);
		addField(new BooleanFieldEditor(TaggerPreferences.SHOW_VENDORS, Messages.PreferencePage_showVendors, getFieldEditorParent()));
		addField(new BooleanFieldEditor(TaggerPreferences.SHOW_PRODUCTS, Messages.PreferencePage_showProducts, getFieldEditorParent()));
		addField(new BooleanFieldEditor(TaggerPreferences.SHOW_CLAIMS, Messages.PreferencePage_showClaims, getFieldEditorParent()));
		IntegerFieldEditor retrain = new IntegerFieldEditor(TaggerPreferences.RETRAIN_AFTER, Messages.PreferencePage_retrainAfter,
				getFieldEditorParent());
		retrain.setValidRange(0, 10_000);
		addField(retrain);
		addField(new BooleanFieldEditor(TaggerPreferences.REPORT_AFTER_RETRAIN, Messages.PreferencePage_reportAfterRetrain,
				getFieldEditorParent()));
	}
}
