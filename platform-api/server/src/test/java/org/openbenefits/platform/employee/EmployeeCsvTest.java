package org.openbenefits.platform.employee;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbenefits.platform.employee.EmployeeCsv.Column;
import org.openbenefits.platform.employee.EmployeeCsv.Line;

/** Reading the employee CSV file, without a server. */
class EmployeeCsvTest {

    private static EmployeeCsv.Read read(String text) {
        return EmployeeCsv.read(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<Line> lines(String text) {
        return ((EmployeeCsv.Lines) read(text)).lines();
    }

    @Test
    void the_separator_is_the_one_the_header_row_uses_most() {
        List<Line> semicolons = lines("prenom;nom;email;matricule\nAna;Roy, Jr;a@x.fr;1\n");
        List<Line> commas = lines("prenom,nom,email,matricule\nAna,\"Roy; Jr\",a@x.fr,1\n");

        assertThat(semicolons.getFirst().value(Column.NOM)).isEqualTo("Roy, Jr");
        assertThat(commas.getFirst().value(Column.NOM)).isEqualTo("Roy; Jr");
    }

    @Test
    void line_numbers_count_the_header_and_the_breaks_inside_quoted_fields_and_skip_blank_lines() {
        List<Line> lines = lines("prenom;nom;email;matricule;site\r\n"
                + "Ana;Roy;a@x.fr;1;\"Bâtiment A\nétage 2\"\r\n"
                + "\r\n"
                + "Léo;\"Dit \"\"Le Grand\"\"\";l@x.fr;2;\r\n");

        assertThat(lines).extracting(Line::number).containsExactly(2, 5);
        assertThat(lines.getFirst().value(Column.SITE)).isEqualTo("Bâtiment A\nétage 2");
        assertThat(lines.get(1).value(Column.NOM)).isEqualTo("Dit \"Le Grand\"");
        assertThat(lines.get(1).value(Column.SERVICE)).as("absent column").isEmpty();
    }

    @Test
    void header_names_ignore_case_accents_spaces_and_a_byte_order_mark() {
        List<Line> lines = lines("\uFEFF Prénom ; NOM ; E-mail ; Matricule ; Service \nÉlise;Roy;e@x.fr;7;Paie\n");

        assertThat(lines.getFirst().value(Column.PRENOM)).isEqualTo("Élise");
        assertThat(lines.getFirst().value(Column.SERVICE)).isEqualTo("Paie");
    }

    @Test
    void a_file_that_is_not_utf_8_or_lacks_required_columns_is_unreadable() {
        byte[] latin1 = "prenom;nom;email;matricule\nHélène;Roy;h@x.fr;1\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThat(EmployeeCsv.read(latin1)).isInstanceOf(EmployeeCsv.Unreadable.class);
        assertThat(read("prenom;nom\nAna;Roy\n")).isInstanceOfSatisfying(EmployeeCsv.Unreadable.class,
                unreadable -> assertThat(unreadable.reason()).contains("email", "matricule"));
        assertThat(read("")).isInstanceOf(EmployeeCsv.Unreadable.class);
    }
}
