package org.openbenefits.admin.employees;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The uploaded CSV file on its way from the preview to the import, with no database: the preview page carries it in
 * a hidden form field, gzipped and Base64url-encoded, and "Importer" posts it back.
 *
 * <p>Why this way: it works whichever portal instance receives the second request (no server-side state to lose or
 * expire, no re-upload), and platform-api imports exactly the bytes it previewed (encoding, separators, BOM). Gzip
 * keeps a 10,000-line file (about 1 MB) to a few hundred kilobytes of field. The person could alter the field, but
 * gains nothing: they may import any file, and platform-api checks every line again within their employer. Reading
 * stops at {@code maxBytes}, so a crafted field cannot inflate into more than an upload could be.
 */
final class CarriedCsv {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private CarriedCsv() {
    }

    /** The file as the hidden field holds it. */
    static String pack(byte[] csv) {
        ByteArrayOutputStream packed = new ByteArrayOutputStream(Math.max(64, csv.length / 4));
        try (GZIPOutputStream gzip = new GZIPOutputStream(packed)) {
            gzip.write(csv);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot gzip in memory", e);
        }
        return ENCODER.encodeToString(packed.toByteArray());
    }

    /** The file back from the hidden field; empty if the field is not one {@link #pack} made or exceeds maxBytes. */
    static Optional<byte[]> unpack(String field, long maxBytes) {
        try (InputStream gzip = new GZIPInputStream(new ByteArrayInputStream(DECODER.decode(field)))) {
            byte[] csv = gzip.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            return csv.length == 0 || csv.length > maxBytes ? Optional.empty() : Optional.of(csv);
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
