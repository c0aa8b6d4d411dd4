package org.openbenefits.platform.employee;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

/** Splitting CSV text into records, one at a time, keeping only the fields asked for. */
class CsvRecordsTest {

    @Test
    void a_record_keeps_the_fields_asked_for_and_drops_the_others_however_many() throws IOException {
        CsvRecords records = new CsvRecords(new StringReader("a;b;c" + ";x".repeat(1_000_000) + "\nd;e\n"), ';');

        CsvRecords.Record first = records.next(2);
        CsvRecords.Record second = records.next(2);

        assertThat(first.fields()).containsExactly("a", "b");
        assertThat(first.blank()).isFalse();
        assertThat(second.fields()).containsExactly("d", "e");
        assertThat(second.line()).isEqualTo(2);
        assertThat(records.next(2)).isNull();
    }

    @Test
    void a_record_is_blank_only_if_every_field_is_even_those_dropped() throws IOException {
        CsvRecords records = new CsvRecords(new StringReader(" ; ;\"\"\n;;;;x\n"), ';');

        assertThat(records.next(2).blank()).isTrue();
        assertThat(records.next(2).blank()).as("a value beyond the fields kept").isFalse();
    }

    @Test
    void quotes_hold_separators_breaks_and_doubled_quotes_and_a_quote_inside_a_field_is_a_character()
            throws IOException {
        CsvRecords records = new CsvRecords(new StringReader("\"a;b\",\"c\r\nd\",\"e\"\"f\",g\"h\r\nlast"), ',');

        CsvRecords.Record first = records.next(10);
        CsvRecords.Record last = records.next(10);

        assertThat(first.fields()).containsExactly("a;b", "c\r\nd", "e\"f", "g\"h");
        assertThat(last.line()).as("the quoted break counts").isEqualTo(3);
        assertThat(last.fields()).containsExactly("last");
    }
}
