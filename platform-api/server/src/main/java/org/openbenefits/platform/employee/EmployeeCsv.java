package org.openbenefits.platform.employee;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openbenefits.domain.employee.EmployeeRefusal;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.text.UserText;

/**
 * Reads the employee CSV file: UTF-8 (with or without BOM), ';' or ',' separated (whichever the header row uses
 * more), quoted fields as in RFC 4180, a header row naming the columns in French. Column names ignore case, accents
 * and spaces ("Prénom", "PRENOM", "e-mail"...). The file is read as a stream of lines, a step at a time, so that
 * reading it costs the same memory whatever its length (ADR 0006, "Revised").
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

    /** What a first look at a whole file found, before any work: its data lines, or why it cannot be read. */
    sealed interface Scan {
    }

    /** The file can be read; it has {@code lines} data lines (blank lines and the header excluded). */
    record Counted(int lines) implements Scan {
    }

    /** What opening a file found: its data lines to read, or why it cannot be read. */
    sealed interface Opened {
    }

    /** The file cannot be read at all; {@code reason} is why, a refusal of the {@code file} field. */
    record Unreadable(FieldRefusal reason) implements Scan, Opened {
    }

    /** The request's field that holds the file, which refusals of the whole file name. */
    static final String FILE = "file";
    static final Unreadable NOT_UTF_8 = new Unreadable(FieldRefusal.of(FILE, EmployeeRefusal.CSV_NOT_UTF8));

    /** Header fields looked at for column names: more than any HR export has, few enough to hold. */
    private static final int MAX_HEADER_FIELDS = 1000;

    private EmployeeCsv() {
    }

    /**
     * Reads the whole file once without keeping it: is it UTF-8, does its header name the required columns, and how
     * many data lines has it. Memory stays flat whatever the file: one record at a time.
     */
    static Scan scan(byte[] bytes) {
        return switch (open(bytes)) {
            case Unreadable unreadable -> unreadable;
            case Rows rows -> {
                try {
                    yield new Counted(rows.count());
                } catch (NotUtf8 e) {
                    yield NOT_UTF_8;
                }
            }
        };
    }

    /** Reads the header; the data lines are then read a step at a time with {@link Rows#next(int)}. */
    static Opened open(byte[] bytes) {
        int start = hasByteOrderMark(bytes) ? 3 : 0;
        char separator = separator(bytes, start);
        Rows rows = new Rows(new CsvRecords(new InputStreamReader(new ByteArrayInputStream(bytes, start,
                bytes.length - start), StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)), separator));
        CsvRecords.Record header;
        try {
            header = rows.record(MAX_HEADER_FIELDS);
        } catch (NotUtf8 e) {
            return NOT_UTF_8;
        }
        String columns = String.join(String.valueOf(separator), headers());
        if (header == null || header.blank()) {
            return new Unreadable(FieldRefusal.of(FILE, EmployeeRefusal.CSV_EMPTY, "columns", columns));
        }
        for (int i = 0; i < header.fields().size(); i++) {
            String name = simplify(header.fields().get(i));
            for (Column column : Column.values()) {
                if (column.header.equals(name)) {
                    rows.columnsByIndex.put(i, column);
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (Column column : Column.values()) {
            if (column.required && !rows.columnsByIndex.containsValue(column)) {
                missing.add(column.header);
            }
        }
        if (!missing.isEmpty()) {
            return new Unreadable(FieldRefusal.of(FILE, EmployeeRefusal.CSV_COLUMNS_MISSING,
                    "missing", String.join(", ", missing), "columns", columns));
        }
        rows.keep = 1 + rows.columnsByIndex.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        return rows;
    }

    /** The data lines of a file {@link #scan} found readable; a bug otherwise. */
    static Rows rows(byte[] readable) {
        return switch (open(readable)) {
            case Rows rows -> rows;
            case Unreadable unreadable -> throw new IllegalArgumentException("An unreadable file: " + unreadable);
        };
    }

    /** The data lines of an opened file, read a step at a time: never all of them at once. */
    static final class Rows implements Opened {

        private final CsvRecords records;
        private final Map<Integer, Column> columnsByIndex = new HashMap<>();
        /** Fields kept of each record: up to the last column read. */
        private int keep;

        private Rows(CsvRecords records) {
            this.records = records;
        }

        /**
         * The next {@code max} data lines at most, blank ones skipped; an empty list at the end of the file.
         *
         * @throws NotUtf8 when the bytes are not UTF-8 ({@link #scan} tells it beforehand)
         */
        List<Line> next(int max) {
            List<Line> lines = new ArrayList<>(Math.min(max, 1000));
            while (lines.size() < max) {
                CsvRecords.Record record = record();
                if (record == null) {
                    break;
                }
                if (record.blank()) {
                    continue;
                }
                Map<Column, String> values = new EnumMap<>(Column.class);
                columnsByIndex.forEach((index, column) -> {
                    if (index < record.fields().size()) {
                        values.put(column, record.fields().get(index).strip());
                    }
                });
                lines.add(new Line(record.line(), values));
            }
            return lines;
        }

        /** Counts the remaining data lines, keeping none. */
        private int count() {
            int count = 0;
            for (CsvRecords.Record record = record(); record != null; record = record()) {
                if (!record.blank()) {
                    count++;
                }
            }
            return count;
        }

        /** The next record, with the fields up to the last column read; null at the end. */
        private CsvRecords.Record record() {
            return record(keep);
        }

        private CsvRecords.Record record(int keep) {
            try {
                return records.next(keep);
            } catch (CharacterCodingException e) {
                throw new NotUtf8(e);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read a CSV file held in memory", e);
            }
        }
    }

    /** The file's bytes are not UTF-8 where they were just read. */
    static final class NotUtf8 extends RuntimeException {
        NotUtf8(CharacterCodingException cause) {
            super("The CSV file is not UTF-8", cause, false, false);
        }
    }

    private static boolean hasByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }

    /**
     * The separator the header line uses more: ';' or ','. Counted on the bytes, which is exact since both are ASCII
     * and UTF-8 never uses ASCII bytes inside a multi-byte character.
     */
    private static char separator(byte[] bytes, int start) {
        int semicolons = 0;
        int commas = 0;
        for (int i = start; i < bytes.length && bytes[i] != '\n'; i++) {
            if (bytes[i] == ';') {
                semicolons++;
            } else if (bytes[i] == ',') {
                commas++;
            }
        }
        return semicolons >= commas ? ';' : ',';
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
}
