package org.openbenefits.platform.employee;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits CSV text into records one at a time, as RFC 4180 says: a quoted field may hold separators, line breaks and
 * doubled quotes. Streaming, so that a file is never held as a list of all its records; and a record keeps at most
 * the number of fields its caller asks for, so that a line of a million separators costs nothing to hold.
 */
final class CsvRecords {

    /**
     * One record: the file line it starts on (the first line is 1), its first fields, and whether all its fields,
     * kept or dropped, are blank.
     */
    record Record(int line, List<String> fields, boolean blank) {
    }

    private static final int END = -1;

    private final Reader in;
    private final char separator;
    private final char[] buffer = new char[8192];
    private int position;
    private int limit;
    private int line = 1;

    CsvRecords(Reader in, char separator) {
        this.in = in;
        this.separator = separator;
    }

    /**
     * The next record with at most {@code keep} fields (the others are read and dropped), or null at the end.
     *
     * @throws IOException when the text cannot be read, e.g. bytes that are not UTF-8
     */
    Record next(int keep) throws IOException {
        int c = read();
        if (c == END) {
            return null;
        }
        int recordLine = line;
        List<String> fields = new ArrayList<>(Math.min(keep, 16));
        StringBuilder field = new StringBuilder();
        // the field's length as read, kept or not: a quote opens a quoted section only at a field's start
        int fieldLength = 0;
        boolean quoted = false;
        boolean blank = true;
        while (c != END) {
            boolean keeping = fields.size() < keep;
            if (quoted) {
                if (c == '"') {
                    if (peek() == '"') {
                        read();
                        fieldLength++;
                        blank = false;
                        append(field, keeping, '"');
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    fieldLength++;
                    blank &= Character.isWhitespace(c);
                    append(field, keeping, (char) c);
                }
            } else if (c == '"' && fieldLength == 0) {
                quoted = true;
            } else if (c == separator) {
                add(fields, field, keep);
                fieldLength = 0;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && peek() == '\n') {
                    read();
                }
                line++;
                add(fields, field, keep);
                return new Record(recordLine, List.copyOf(fields), blank);
            } else {
                fieldLength++;
                blank &= Character.isWhitespace(c);
                append(field, keeping, (char) c);
            }
            c = read();
        }
        add(fields, field, keep);
        return new Record(recordLine, List.copyOf(fields), blank);
    }

    private static void append(StringBuilder field, boolean keeping, char c) {
        if (keeping) {
            field.append(c);
        }
    }

    private static void add(List<String> fields, StringBuilder field, int keep) {
        if (fields.size() < keep) {
            fields.add(field.toString());
        }
        field.setLength(0);
    }

    private int read() throws IOException {
        if (position == limit && !fill()) {
            return END;
        }
        return buffer[position++];
    }

    private int peek() throws IOException {
        if (position == limit && !fill()) {
            return END;
        }
        return buffer[position];
    }

    private boolean fill() throws IOException {
        int read;
        do {
            read = in.read(buffer, 0, buffer.length);
        } while (read == 0);
        if (read < 0) {
            return false;
        }
        position = 0;
        limit = read;
        return true;
    }
}
