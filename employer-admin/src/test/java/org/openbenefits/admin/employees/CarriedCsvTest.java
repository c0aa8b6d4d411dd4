package org.openbenefits.admin.employees;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** The CSV file carried by the preview page back to the import. */
class CarriedCsvTest {

    private static final long LIMIT = 1024 * 1024;

    @Test
    void the_file_comes_back_byte_for_byte_bom_accents_and_line_ends_included() {
        byte[] csv = "\uFEFFprenom;nom\r\nÉlodie;Lefèvre\r\nFrançois;Nguyễn\n".getBytes(StandardCharsets.UTF_8);

        assertThat(CarriedCsv.unpack(CarriedCsv.pack(csv), LIMIT)).hasValue(csv);
    }

    @Test
    void the_field_is_safe_in_a_form_and_much_smaller_than_a_repetitive_file() {
        byte[] csv = "Prénom;Nom;prenom.nom@entreprise.example;M0001;Comptabilité;Lyon\r\n".repeat(10_000)
                .getBytes(StandardCharsets.UTF_8);

        String field = CarriedCsv.pack(csv);

        assertThat(field).matches("[A-Za-z0-9_-]+");
        assertThat(field.length()).isLessThan(csv.length / 10);
    }

    @Test
    void a_field_that_is_not_a_packed_file_gives_nothing() {
        assertThat(CarriedCsv.unpack("not-a-file", LIMIT)).isEmpty();
        assertThat(CarriedCsv.unpack("", LIMIT)).isEmpty();
        assertThat(CarriedCsv.unpack("%%%", LIMIT)).isEmpty();
    }

    @Test
    void a_field_that_inflates_beyond_the_upload_limit_gives_nothing() {
        String bomb = CarriedCsv.pack(new byte[(int) LIMIT + 1]);

        assertThat(CarriedCsv.unpack(bomb, LIMIT)).isEmpty();
    }
}
