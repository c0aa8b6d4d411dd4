package org.openbenefits.platform.employee;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openbenefits.domain.employee.EmployeeRefusal;
import org.openbenefits.platform.employee.EmployeeCsv.Column;
import org.openbenefits.platform.employee.EmployeeCsv.Line;

/** Reading the employee CSV file, without a server. */
class EmployeeCsvTest {

    private static EmployeeCsv.Scan scan(String text) {
        return EmployeeCsv.scan(text.getBytes(StandardCharsets.UTF_8));
    }

    /** Every data line, read in steps of two to cross step boundaries. */
    private static List<Line> lines(String text) {
        EmployeeCsv.Rows rows = EmployeeCsv.rows(text.getBytes(StandardCharsets.UTF_8));
        List<Line> lines = new ArrayList<>();
        for (List<Line> step = rows.next(2); !step.isEmpty(); step = rows.next(2)) {
            lines.addAll(step);
        }
        return lines;
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

        assertThat(EmployeeCsv.scan(latin1)).isEqualTo(EmployeeCsv.NOT_UTF_8);
        assertThat(scan("prenom;nom\nAna;Roy\n")).isInstanceOfSatisfying(EmployeeCsv.Unreadable.class, unreadable -> {
            assertThat(unreadable.reason().field()).isEqualTo("file");
            assertThat(unreadable.reason().code()).isEqualTo(EmployeeRefusal.CSV_COLUMNS_MISSING);
            assertThat(unreadable.reason().parameters()).containsEntry("missing", "email, matricule")
                    .containsEntry("columns", "prenom;nom;email;matricule;service;site");
        });
        assertThat(scan("")).isInstanceOfSatisfying(EmployeeCsv.Unreadable.class, unreadable ->
                assertThat(unreadable.reason().code()).isEqualTo(EmployeeRefusal.CSV_EMPTY));
        assertThat(scan("\n\nprenom;nom;email;matricule\n")).as("a blank first line names no column")
                .isInstanceOf(EmployeeCsv.Unreadable.class);
    }

    @Test
    void bytes_that_are_not_utf_8_far_down_the_file_make_it_unreadable_when_scanned() {
        StringBuilder csv = new StringBuilder("prenom;nom;email;matricule\n");
        for (int i = 0; i < 5_000; i++) {
            csv.append("Ana;Roy;a").append(i).append("@x.fr;").append(i).append('\n');
        }
        byte[] good = csv.toString().getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 12];
        System.arraycopy(good, 0, bad, 0, good.length);
        System.arraycopy("H\u00e9l\u00e8ne;R;h@x.fr;9\n".getBytes(StandardCharsets.ISO_8859_1), 0, bad, good.length, 12);

        assertThat(EmployeeCsv.scan(good)).isEqualTo(new EmployeeCsv.Counted(5_000));
        assertThat(EmployeeCsv.scan(bad)).isEqualTo(EmployeeCsv.NOT_UTF_8);
    }

    @Test
    void the_scan_counts_exactly_the_lines_that_reading_gives() {
        String csv = "prenom;nom;email;matricule\r\n\r\n"
                + "Ana;Roy;a@x.fr;1\r\n"
                + " ; ; ; \r\n"
                + "\"Zo\u00e9\nB\";Roy;z@x.fr;2\r\n"
                + ";;;;;;;;;;seule valeur, hors des colonnes\r\n"
                + "L\u00e9o;Roy;l@x.fr;3";

        assertThat(scan(csv)).isEqualTo(new EmployeeCsv.Counted(4));
        assertThat(lines(csv)).extracting(Line::number).containsExactly(3, 5, 7, 8);
        assertThat(lines(csv).get(2).values()).as("a line with a value beyond the columns is a line, to report")
                .allSatisfy((column, value) -> assertThat(value).isEmpty());
    }

    @Test
    void a_line_of_a_million_separators_keeps_only_the_named_columns() {
        String csv = "prenom;nom;email;matricule\nAna;Roy;a@x.fr;1" + ";".repeat(1_000_000) + "fin\nL\u00e9o;Roy;l@x.fr;2\n";

        List<Line> lines = lines(csv);

        assertThat(lines).hasSize(2);
        assertThat(lines.getFirst().values()).containsOnlyKeys(Column.PRENOM, Column.NOM, Column.EMAIL,
                Column.MATRICULE);
        assertThat(lines.getFirst().value(Column.MATRICULE)).isEqualTo("1");
        assertThat(lines.get(1).value(Column.PRENOM)).isEqualTo("Léo");
    }
}
