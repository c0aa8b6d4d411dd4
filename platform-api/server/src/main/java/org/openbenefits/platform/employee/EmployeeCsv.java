package org.openbenefits.platform.employee;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openbenefits.domain.text.UserText;

/**
 * Reads the employee CSV file: UTF-8 (with or without BOM), ';' or ',' separated (whichever the header row uses
 * more), quoted fields as in RFC 4180, a header row naming the columns in French. Column names ignore case, accents
 * and spaces ("Prénom", "PRENOM", "e-mail"...).
 */
final class EmployeeCsv {

    /** The columns, in the template's order. */
    enum Column {
        PRENOM("prenom", true),
        NOM("nom", true),
        EMAIL("email", true),
        MATRICULE("matricule", true),
        SERVICE("service", false),
        SITE("site", false);

        final String header;
        final boolean required;

        Column(String header, boolean required) {
            this.header = header;
            this.required = required;
        }
    }

    static final String TEMPLATE = "prenom;nom;email;matricule;service;site\r\n"
            + "Élodie;Lefèvre;elodie.lefevre@entreprise.fr;M0001;Comptabilité;Lyon\r\n"
            + "François;Nguyễn;francois.nguyen@entreprise.fr;M0002;;Paris\r\n";

    /** One data line: its number in the file (header = 1) and its values by column, blank when absent. */
    record Line(int number, Map<Column, String> values) {

        /** The cell in NFC, as every text the API stores; a cell {@link UserText} refuses stays as it is, to report. */
        String value(Column column) {
            String value = values.getOrDefault(column, "");
            return UserText.check(value, UserText.Lines.ONE) instanceof UserText.Accepted accepted ? accepted.text()
                    : value;
        }
    }

    /** The outcome of reading a file. */
    sealed interface Read {
    }

    record Lines(List<Line> lines) implements Read {
    }

    /** The file cannot be read at all; {@code reason} is a French sentence. */
    record Unreadable(String reason) implements Read {
    }

    private EmployeeCsv() {
    }

    static Read read(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new Unreadable("Le fichier n'est pas encodé en UTF-8 : enregistrez-le au format « CSV UTF-8 ».");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        int endOfHeader = text.indexOf('\n');
        String headerLine = endOfHeader < 0 ? text : text.substring(0, endOfHeader);
        char separator = count(headerLine, ';') >= count(headerLine, ',') ? ';' : ',';
        List<Record> records = records(text, separator);
        if (records.isEmpty() || records.getFirst().fields().stream().allMatch(String::isBlank)) {
            return new Unreadable("Le fichier est vide : la première ligne doit nommer les colonnes ("
                    + String.join(separator + "", headers()) + ").");
        }
        Map<Integer, Column> columnsByIndex = new HashMap<>();
        List<String> header = records.getFirst().fields();
        for (int i = 0; i < header.size(); i++) {
            String name = simplify(header.get(i));
            for (Column column : Column.values()) {
                if (column.header.equals(name)) {
                    columnsByIndex.put(i, column);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            if (column.required && !columnsByIndex.containsValue(column)) {
                missing.add(column.header);
            }
        }
        if (!missing.isEmpty()) {
            return new Unreadable("Colonnes manquantes dans la première ligne : " + String.join(", ", missing)
                    + ". Utilisez le modèle : " + String.join(separator + "", headers()) + ".");
        }
        List<Line> lines = new ArrayList<>(records.size());
        for (Record record : records.subList(1, records.size())) {
            if (record.fields().stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<Column, String> values = new HashMap<>();
            columnsByIndex.forEach((index, column) -> {
                if (index < record.fields().size()) {
                    values.put(column, record.fields().get(index).strip());
                }
            });
            lines.add(new Line(record.line(), values));
        }
        return new Lines(lines);
    }

    private static List<String> headers() {
        List<String> names = new ArrayList<>();
        for (Column column : Column.values()) {
            names.add(column.header);
        }
        return names;
    }

    /** "Prénom " -> "prenom", "E-mail" -> "email". */
    private static String simplify(String name) {
        String bare = Normalizer.normalize(name.strip(), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return bare.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private static int count(String text, char c) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    private record Record(int line, List<String> fields) {
    }

    /** Splits into records, honouring quotes (a quoted field may hold separators, quotes doubled, line breaks). */
    private static List<Record> records(String text, char separator) {
        List<Record> records = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int recordLine = 1;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < length && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append(c);
                }
            } else if (c == '"' && field.isEmpty()) {
                quoted = true;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < length && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                records.add(new Record(recordLine, List.copyOf(fields)));
                fields.clear();
                line++;
                recordLine = line;
            } else {
                field.append(c);
            }
        }
        if (!field.isEmpty() || !fields.isEmpty()) {
            fields.add(field.toString());
            records.add(new Record(recordLine, List.copyOf(fields)));
        }
        return records;
    }
}
