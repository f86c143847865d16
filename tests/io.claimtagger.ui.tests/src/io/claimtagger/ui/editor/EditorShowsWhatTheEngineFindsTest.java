package io.claimtagger.ui.editor;

import static org.junit.Assert.assertEquals;

import java.util.List;

import org.eclipse.ui.texteditor.ITextEditor;
import org.junit.After;
import org.junit.Test;

import io.claimtagger.core.pipeline.NlpModels;
import io.claimtagger.core.pipeline.TaggedDocument;
import io.claimtagger.core.pipeline.TaggingPipeline;

/**
 * By default the editor highlights every name and claim the engine reports, the same set Tag
 * Claims stores and the evaluation scores: a name the model is less sure of (a new product in its
 * second and third mention, say) is highlighted too, and the hover gives its confidence.
 */
public class EditorShowsWhatTheEngineFindsTest {

	static final String TEXT = String.join("\n", "Quillfeather moves its queue to Redpanda", "",
			"Quillfeather, a payroll startup, replaced Apache Kafka with Redpanda in March. The team says Redpanda cut its "
					+ "p99 latency by half compared with Kafka. Microsoft Azure hosts the cluster, and Quillfeather plans "
					+ "to open-source its lag-probe tool.",
			"");

	@After
	public void close() {
		Workbench.page().closeAllEditors(false);
	}

	@Test
	public void everyEntityAndClaimOfTheEngineIsHighlightedByDefault() throws Exception {
		TaggedDocument engine = new TaggingPipeline(NlpModels.bundled()).tag(TEXT);
		List<String> expected = new java.util.ArrayList<>();
		engine.entities().forEach(e -> expected.add("io.claimtagger.ui." + e.type().id() + ":" + e.text() + "@" + e.start()));
		engine.claims().forEach(c -> expected.add(ClaimAnnotation.TYPE + ":@" + c.span().start()));
		expected.sort(null);
		// The text has names below 50% confidence: the old default hid them.
		assertEquals(true, engine.entities().stream().anyMatch(e -> e.confidence() < 0.5));

		ITextEditor editor = Workbench.open(Workbench.file("engine.article", TEXT), ArticleEditor.ID);
		Workbench.waitUntil("the editor showing the engine's " + expected.size() + " highlights",
				() -> Workbench.tagged(editor).equals(expected));
		assertEquals(expected, Workbench.tagged(editor));
	}
}
