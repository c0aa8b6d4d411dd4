package org.openbenefits.domain.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;

/**
 * Finds the vectors of a conformance suite (docs/domain-rules.md, "Where the rules are checked"): the folder named by a
 * system property when set, otherwise the copy under {@code src/test/resources/conformance/}.
 */
public final class ConformanceFolder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ConformanceFolder() {
    }

    /** The folder to read, e.g. {@code of("conformance.allocation.dir", "conformance/allocation")}. */
    public static Path of(String systemProperty, String classpathFolder) {
        String override = System.getProperty(systemProperty);
        if (override != null && !override.isBlank()) {
            Path folder = Path.of(override);
            if (!Files.isDirectory(folder)) {
                throw new IllegalStateException(systemProperty + " names no folder: " + folder.toAbsolutePath());
            }
            return folder;
        }
        URL url = ConformanceFolder.class.getClassLoader().getResource(classpathFolder);
        if (url == null) {
            throw new IllegalStateException("No conformance vectors on the test classpath under " + classpathFolder);
        }
        try {
            return Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every {@code .json} file of the folder, sorted by name. */
    public static List<Path> jsonFiles(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> found = files.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
            if (found.isEmpty()) {
                throw new IllegalStateException("No .json vectors in " + folder.toAbsolutePath());
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks one vector of a file; {@code name} is "file / vector" for messages. */
    @FunctionalInterface
    public interface VectorCheck {
        void check(String name, JsonNode vector) throws Throwable;
    }

    /**
     * A file holding an array of vectors, each with a {@code name}: one container named after the file, one test per
     * vector named after it.
     */
    public static DynamicNode arrayOfVectors(Path file, VectorCheck check) {
        JsonNode vectors;
        try {
            vectors = JSON.readTree(file.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable vector file " + file, e);
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode vector : vectors) {
            String name = file.getFileName() + " / " + vector.get("name").asText();
            tests.add(DynamicTest.dynamicTest(vector.get("name").asText(), file.toUri(),
                    () -> check.check(name, vector)));
        }
        return DynamicContainer.dynamicContainer(file.getFileName().toString(), file.toUri(), tests.stream());
    }
}
