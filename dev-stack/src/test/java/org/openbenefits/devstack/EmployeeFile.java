package org.openbenefits.devstack;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;

/**
 * Builds the employee CSV files of the acceptance tests as HR's spreadsheet saves them ("CSV UTF-8": a byte-order
 * mark, ';' between fields, CRLF line ends), with French names, accents included.
 */
final class EmployeeFile {

    private static final List<String> FIRST_NAMES = List.of("Élodie", "François", "Anaïs", "Jérôme", "Zoé", "Loïc",
            "Hélène", "Gaëlle", "Cédric", "Maëlys", "Noël", "Bérénice", "Théo", "Inès", "Raphaël", "Agnès", "Léon");
    private static final List<String> LAST_NAMES = List.of("Lefèvre", "Nguyễn", "Dupré", "Bénard", "Garçon",
            "Rivière", "Lemaître", "Château", "Béringer", "Côté", "Pérez", "Müller", "Lagrange");
    private static final List<String> DEPARTMENTS = List.of("Comptabilité", "Ressources humaines", "Logistique",
            "Recherche; développement", "Ventes");
    private static final List<String> SITES = List.of("Lyon", "Saint-Étienne", "Paris", "Besançon", "");

    private EmployeeFile() {
    }

    /** One line of the file, in the template's column order. */
    record Row(String firstName, String lastName, String email, String employeeNumber, String department,
               String site) {

        Row withFirstName(String value) {
            return new Row(value, lastName, email, employeeNumber, department, site);
        }

        Row withEmail(String value) {
            return new Row(firstName, lastName, value, employeeNumber, department, site);
        }

        Row withEmployeeNumber(String value) {
            return new Row(firstName, lastName, email, value, department, site);
        }

        private String csv() {
            return String.join(";", List.of(firstName, lastName, email, employeeNumber, department, site).stream()
                    .map(EmployeeFile::field).toList());
        }
    }

    /**
     * The {@code n}th person of a made-up staff: accented names, an ASCII work e-mail unique to {@code n} at
     * {@code domain}, employee number {@code prefix} and {@code n} on five digits.
     */
    static Row person(int n, String domain, String prefix) {
        String first = FIRST_NAMES.get((n - 1) % FIRST_NAMES.size());
        String last = LAST_NAMES.get((n - 1) % LAST_NAMES.size());
        String email = ascii(first) + "." + ascii(last) + "." + n + "@" + domain;
        return new Row(first, last, email, String.format(Locale.ROOT, "%s%05d", prefix, n),
                DEPARTMENTS.get((n + 2) % DEPARTMENTS.size()), SITES.get(n % SITES.size()));
    }

    /** The whole file: byte-order mark, {@code header}, then one line per row. */
    static byte[] csv(String header, List<Row> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(rows.size() * 100);
        out.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        out.writeBytes((header + "\r\n").getBytes(StandardCharsets.UTF_8));
        for (Row row : rows) {
            out.writeBytes((row.csv() + "\r\n").getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }

    /** "Nguyễn" -> "nguyen", as a mail administrator would spell the address. */
    private static String ascii(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    private static String field(String value) {
        return value.contains(";") || value.contains("\"") ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
    }
}
