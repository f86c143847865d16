package io.claimtagger.ui.editor;

import org.eclipse.jface.text.source.Annotation;
import org.eclipse.osgi.util.NLS;

import io.claimtagger.core.entity.Entity;
import io.claimtagger.core.entity.EntityType;
import io.claimtagger.ui.Messages;

/** A vendor or product highlight; its text is the hover. Types are declared in plugin.xml. */
public final class EntityAnnotation extends Annotation {

	public static final String VENDOR = "io.claimtagger.ui.vendor";
	public static final String PRODUCT = "io.claimtagger.ui.product";

	private final Entity entity;

	public EntityAnnotation(Entity entity) {
		super(entity.type() == EntityType.VENDOR ? VENDOR : PRODUCT, false, hoverText(entity));
		this.entity = entity;
	}

	public Entity entity() {
		return entity;
	}

	static String hoverText(Entity e) {
		String title = NLS.bind(e.type() == EntityType.VENDOR ? Messages.Hover_vendor : Messages.Hover_product, e.text());
		String source = switch (e.source()) {
		case MODEL -> Messages.Hover_source_model;
		case CATALOG -> Messages.Hover_source_catalog;
		case BOTH -> Messages.Hover_source_both;
		case CONTEXT -> Messages.Hover_source_context;
		};
		return title + '\n' + NLS.bind(Messages.Hover_canonical, e.canonical()) + '\n'
				+ NLS.bind(Messages.Hover_confidence, String.format("%.0f%%", e.confidence() * 100)) + '\n'
				+ NLS.bind(Messages.Hover_source, source);
	}
}
