package org.openbenefits.portalcommon.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.RefusalCatalogue;
import org.openbenefits.domain.refusal.RefusalCode;
import org.openbenefits.portalcommon.api.RefusalWording;

/**
 * What every message bundle of the portals promises: French and English complete, and no ASCII apostrophe, which
 * Micronaut's interpolation would swallow (write ’); each refusal it words ({@code problem.<code>}) is a code of the
 * catalogue, worded in both languages with exactly the code's parameters; and the portal's Java names refusal codes
 * only through the catalogue's enums, which the compiler checks, never as text. A portal runs these on its own bundle
 * and on portal-common's {@code i18n/common} by extending this class and naming its bundle.
 */
public abstract class PortalMessagesContract {

    private static final String COMMON = "i18n/common";
    /** A string literal shaped like a refusal code: lower-case words joined by dots, as {@code budget.shortfall}. */
    private static final Pattern CODE_LITERAL = Pattern.compile("\"([a-z][a-z0-9-]*(?:\\.[a-z][a-z0-9-]*)+)\"");
    /** Text compared with a refusal's code through equals (either way round), or a case label shaped like a code. */
    private static final List<Pattern> COMPARED_WITH_A_CODE = List.of(
            Pattern.compile("\"([^\"\\n]+)\"\\s*\\.equals\\(\\s*[\\w.()]*\\bcode\\(\\)\\s*\\)"),
            Pattern.compile("\\bcode\\(\\)\\s*\\.equals\\(\\s*\"([^\"\\n]+)\"\\s*\\)"),
            Pattern.compile("\\bcase\\s+\"([a-z][a-z0-9-]*(?:\\.[a-z][a-z0-9-]*)+)\""));

    /** The portal's bundle as a classpath name without locale suffix, e.g. {@code i18n/employee-portal}. */
    protected abstract String bundle();

    @Test
    void french_and_english_bundles_have_the_same_keys() throws IOException {
        for (String bundle : bundles()) {
            assertThat(load(english(bundle)).stringPropertyNames())
                    .as("keys of %s against %s", english(bundle), french(bundle))
                    .containsExactlyInAnyOrderElementsOf(load(french(bundle)).stringPropertyNames());
        }
    }

    @Test
    void no_text_uses_an_ascii_apostrophe_which_interpolation_would_swallow() throws IOException {
        for (String bundle : bundles()) {
            for (String file : List.of(french(bundle), english(bundle))) {
                Properties texts = load(file);
                assertThat(texts.stringPropertyNames())
                        .as("keys of %s whose text contains ' (write ’)", file)
                        .filteredOn(key -> texts.getProperty(key).contains("'"))
                        .isEmpty();
            }
        }
    }

    @Test
    void each_refusal_worded_is_a_code_of_the_catalogue_in_french_and_english_with_exactly_its_parameters()
            throws IOException {
        List<String> wrong = new ArrayList<>();
        for (String bundle : bundles()) {
            Properties french = load(french(bundle));
            Properties english = load(english(bundle));
            Set<String> keys = new LinkedHashSet<>(french.stringPropertyNames());
            keys.addAll(english.stringPropertyNames());
            for (String key : keys.stream().filter(k -> k.startsWith(RefusalWording.PREFIX)).sorted().toList()) {
                Optional<RefusalCode> code = RefusalCatalogue.find(key.substring(RefusalWording.PREFIX.length()));
                if (code.isEmpty()) {
                    wrong.add(bundle + ": " + key + " words no code of the catalogue");
                    continue;
                }
                Set<String> parameters = Set.copyOf(code.get().parameters());
                for (Properties texts : List.of(french, english)) {
                    String language = texts == french ? "French" : "English";
                    String text = texts.getProperty(key);
                    if (text == null || text.isBlank()) {
                        wrong.add(bundle + ": " + key + " has no " + language + " wording");
                    } else if (!RefusalWording.placeholders(text).equals(parameters)) {
                        wrong.add(bundle + ": " + key + " in " + language + " uses " + RefusalWording.placeholders(text)
                                + ", the code has " + code.get().parameters());
                    }
                }
            }
        }
        assertThat(wrong).as("refusals worded by the bundles").isEmpty();
    }

    @Test
    void the_refusals_a_page_falls_back_on_are_worded() throws IOException {
        // ApiProblems gives these when platform-api's answer is no problem document (a proxy's page, a crash)
        for (RefusalCode fallback : List.of(GeneralRefusal.NOT_FOUND, GeneralRefusal.INTERNAL_ERROR)) {
            assertThat(load(french(COMMON)).getProperty(RefusalWording.PREFIX + fallback.code())).isNotBlank();
            assertThat(load(english(COMMON)).getProperty(RefusalWording.PREFIX + fallback.code())).isNotBlank();
        }
    }

    @Test
    void java_names_refusal_codes_only_through_the_catalogues_enums() throws IOException {
        Set<String> messageKeys = new HashSet<>();
        for (String bundle : bundles()) {
            messageKeys.addAll(load(french(bundle)).stringPropertyNames());
        }
        List<String> written = new ArrayList<>();
        for (Path file : javaSources()) {
            String source = Files.readString(file);
            // a code of the catalogue written as text: the compiler would not see it go stale
            Matcher literal = CODE_LITERAL.matcher(source);
            while (literal.find()) {
                if (RefusalCatalogue.find(literal.group(1)).isPresent() && !messageKeys.contains(literal.group(1))) {
                    written.add(file + ": \"" + literal.group(1) + "\" (name it by its enum constant's code())");
                }
            }
            // any text a code is compared with, or a case label shaped like a code: a code the catalogue may lack
            for (Pattern compared : COMPARED_WITH_A_CODE) {
                Matcher text = compared.matcher(source);
                while (text.find()) {
                    written.add(file + ": \"" + text.group(1) + "\" compared with a refusal's code"
                            + (RefusalCatalogue.find(text.group(1)).isPresent() ? " (name it by its enum constant)"
                            : ", which is no code of the catalogue"));
                }
            }
        }
        assertThat(written).as("refusal codes written as text in the portal's Java").isEmpty();
    }

    /** The Java sources of the module running the test, main and test. */
    private static List<Path> javaSources() {
        List<Path> files = new ArrayList<>();
        for (Path root : List.of(Path.of("src", "main", "java"), Path.of("src", "test", "java"))) {
            if (Files.isDirectory(root)) {
                try (Stream<Path> walk = Files.walk(root)) {
                    walk.filter(path -> path.toString().endsWith(".java")).forEach(files::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        assertThat(files).as("Java sources under src/ of the module").isNotEmpty();
        return files;
    }

    private List<String> bundles() {
        return COMMON.equals(bundle()) ? List.of(COMMON) : List.of(bundle(), COMMON);
    }

    private static String french(String bundle) {
        return bundle + ".properties";
    }

    private static String english(String bundle) {
        return bundle + "_en.properties";
    }

    private Properties load(String resource) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        }
    }
}
