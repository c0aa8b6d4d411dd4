package org.openbenefits.testkit.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Empty directories under {@code target/testkit-tests}, one per test, recreated at each run. */
final class TestDirectories {

    private TestDirectories() {
    }

    static Path fresh(String name) {
        Path directory = Path.of("target", "testkit-tests", name).toAbsolutePath();
        if (Files.exists(directory)) {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return directory;
    }
}
