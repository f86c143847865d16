package io.claimtagger.core.pipeline;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;


/** A trained model folder is loaded only when every file is the one the training wrote. */
public class ModelDirectoryTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private static final List<String> FILES = List.of(NlpModels.NAME_MODEL, NlpModels.CLAIM_MODEL, NlpModels.KIND_MODEL,
			NlpModels.TYPE_MODEL, NlpModels.COMMON_WORDS);

	/** The shipped models copied to a folder with the properties a training writes. */
	private Path modelSet() throws IOException {
		return modelSet(FILES);
	}

	private Path modelSet(List<String> files) throws IOException {
		Path dir = tmp.newFolder().toPath();
		StringBuilder properties = new StringBuilder("corpus.sha256" + "=test\n");
		for (String name : files) {
			try (InputStream in = NlpModels.class.getResourceAsStream(NlpModels.TRAINED_DIR + name)) {
				Files.copy(in, dir.resolve(name));
			}
			properties.append(ModelManifest.FILE_HASH_PREFIX).append(name).append('=').append(ModelManifest.sha256(dir.resolve(name)))
					.append('\n');
		}
		Files.writeString(dir.resolve(ModelManifest.PROPERTIES), properties, StandardCharsets.UTF_8);
		return dir;
	}

	@Test
	public void aCompleteSetLoadsAndTags() throws Exception {
		Path dir = modelSet();
		NlpModels models = NlpModels.fromDirectory(dir);
		assertEquals(dir, models.trainedDir());
		assertTrue(new TaggingPipeline(models, false).tag("Red Hat ships KVM in RHEL 6.").entities().size() >= 2);
	}

	@Test
	public void aSetTrainedBeforeTheTypeClassifierExistedStillLoads() throws Exception {
		Path dir = modelSet(List.of(NlpModels.NAME_MODEL, NlpModels.CLAIM_MODEL, NlpModels.KIND_MODEL, NlpModels.COMMON_WORDS));
		NlpModels models = NlpModels.fromDirectory(dir);
		assertTrue(models.mentionTypeModel().isEmpty());
		assertTrue(new TaggingPipeline(models, false).tag("Red Hat ships KVM in RHEL 6.").entities().size() >= 2);
		assertTrue(NlpModels.fromDirectory(modelSet()).mentionTypeModel().isPresent());
	}

	@Test
	public void aHalfWrittenMissingOrForeignSetIsRefusedWithTheReason() throws Exception {
		Path half = modelSet();
		byte[] bytes = Files.readAllBytes(half.resolve(NlpModels.NAME_MODEL));
		Files.write(half.resolve(NlpModels.NAME_MODEL), java.util.Arrays.copyOf(bytes, bytes.length / 2));
		refused(half, "half-written or altered");

		Path missing = modelSet();
		Files.delete(missing.resolve(NlpModels.KIND_MODEL));
		refused(missing, "is missing");

		Path missingTypes = modelSet();
		Files.delete(missingTypes.resolve(NlpModels.TYPE_MODEL));
		refused(missingTypes, "is missing");

		Path noProperties = modelSet();
		Files.delete(noProperties.resolve(ModelManifest.PROPERTIES));
		refused(noProperties, "not a trained model set");

		Path unhashed = modelSet();
		Files.writeString(unhashed.resolve(ModelManifest.PROPERTIES), "corpus.sha256" + "=x\n");
		refused(unhashed, "no hash");
	}

	private static void refused(Path dir, String reason) {
		try {
			NlpModels.fromDirectory(dir);
			fail("loaded " + dir);
		} catch (IOException e) {
			assertTrue(e.getMessage(), e.getMessage().contains(reason));
		}
	}
}
