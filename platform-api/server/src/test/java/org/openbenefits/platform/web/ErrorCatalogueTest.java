package org.openbenefits.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.openbenefits.domain.refusal.RefusalCatalogue;
import org.openbenefits.domain.refusal.RefusalCode;
import org.openbenefits.domain.refusal.RefusalKind;

/**
 * Every refusal code of the catalogue is worded in French and in English in platform-api's bundles, each sentence
 * using exactly the code's parameters; and docs/api/errors.md is the catalogue as it is (regenerate it with
 * {@code -Derrors.catalogue.write=true} after adding a code).
 */
class ErrorCatalogueTest {

    private static final Path DOCUMENT = Path.of(System.getProperty("user.dir")).resolve("../../docs/api/errors.md")
            .normalize();

    @Test
    void every_code_has_a_french_and_an_english_sentence_using_exactly_its_parameters() throws IOException {
        for (String bundle : List.of("i18n/problems.properties", "i18n/problems_en.properties")) {
            Properties words = read(bundle);
            List<String> faults = new ArrayList<>();
            for (RefusalCode code : RefusalCatalogue.all()) {
                String sentence = words.getProperty(code.code());
                if (sentence == null || sentence.isBlank()) {
                    faults.add(code.code() + ": no sentence");
                } else if (!ProblemWording.placeholders(sentence).equals(Set.copyOf(code.parameters()))) {
                    faults.add(code.code() + ": uses " + ProblemWording.placeholders(sentence) + ", the code has "
                            + code.parameters());
                }
            }
            for (RefusalKind kind : RefusalKind.values()) {
                if (words.getProperty("title." + kind.name(), "").isBlank()) {
                    faults.add("title." + kind.name() + ": no title");
                }
            }
            Set<String> unknown = new TreeSet<>(words.stringPropertyNames());
            RefusalCatalogue.all().forEach(code -> unknown.remove(code.code()));
            unknown.removeIf(key -> key.startsWith("title."));
            unknown.forEach(key -> faults.add(key + ": not a code of the catalogue"));
            assertThat(faults).as(bundle).isEmpty();
        }
    }

    @Test
    void the_published_catalogue_is_the_catalogue_of_the_code() throws IOException {
        String generated = ErrorCatalogueDocument.markdown(read("i18n/problems.properties"),
                read("i18n/problems_en.properties"));
        if (Boolean.getBoolean("errors.catalogue.write")) {
            Files.writeString(DOCUMENT, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.exists(DOCUMENT)).as("%s exists (run with -Derrors.catalogue.write=true)", DOCUMENT).isTrue();
        assertThat(Files.readString(DOCUMENT, StandardCharsets.UTF_8))
                .as("docs/api/errors.md is out of date: run this test with -Derrors.catalogue.write=true")
                .isEqualTo(generated);
    }

    static Properties read(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ErrorCatalogueTest.class.getClassLoader().getResourceAsStream(resource);
             Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
