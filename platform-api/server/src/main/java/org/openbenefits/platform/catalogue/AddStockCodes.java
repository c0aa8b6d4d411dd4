package org.openbenefits.platform.catalogue;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.catalogue.CatalogueRefusal;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.domain.refusal.Refused;
import org.openbenefits.platform.audit.Audit;
import org.openbenefits.platform.audit.AuditAction;

/**
 * A platform admin uploads e-ticket codes for an offer: a UTF-8 text file, one code per line (blank lines skipped).
 * All or none: a code twice in the file, or already stored for the offer, refuses the whole file, each named by its
 * line number and never by its value (codes are bearer secrets: no refusal, log line or audit entry holds one). The
 * offer's stock becomes its codes not yet issued.
 */
@Singleton
public class AddStockCodes {

    static final int MAX_CODE_LENGTH = 200;
    static final int MAX_CODES = 100_000;
    /** The refusals listed at most; a file with more faults names the first ones. */
    static final int MAX_LISTED = 1_000;
    static final String FIELD = "file";

    /** How an upload ended. */
    public sealed interface Outcome {
    }

    /** The codes are stored: {@code added} now, {@code available} not yet issued in all. */
    public record Added(long offerId, long added, long available) implements Outcome {
    }

    /** No such offer: {@code resource.not-found}. */
    public record NotFound() implements Outcome {

        public Refusal refusal() {
            return Refusal.of(GeneralRefusal.NOT_FOUND);
        }
    }

    private record Line(int number, String code) {
    }

    private final Offers offers;
    private final Audit audit;
    private final Clock clock;

    AddStockCodes(Offers offers, Audit audit, Clock clock) {
        this.offers = offers;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws Refused {@code request.invalid}, each line at fault on the field {@code file} */
    @Transactional
    public Outcome add(long adminId, long offerId, byte[] file) {
        if (offers.lock(offerId).isEmpty()) {
            return new NotFound();
        }
        List<Line> lines = read(file);
        List<FieldRefusal> errors = new ArrayList<>();
        Map<String, Integer> firstLines = new HashMap<>();
        for (Line line : lines) {
            Integer first = firstLines.putIfAbsent(line.code(), line.number());
            if (first != null) {
                errors.add(FieldRefusal.of(FIELD, CatalogueRefusal.CODE_DUPLICATE_IN_FILE,
                        "line", (long) line.number(), "firstLine", (long) first));
            }
        }
        Set<String> stored = offers.storedAmong(offerId, List.copyOf(firstLines.keySet()));
        for (Line line : lines) {
            if (stored.contains(line.code()) && firstLines.get(line.code()) == line.number()) {
                errors.add(FieldRefusal.of(FIELD, CatalogueRefusal.CODE_ALREADY_STORED, "line", (long) line.number()));
            }
        }
        refuseIfAny(errors);
        Instant now = clock.instant();
        offers.useCodes(offerId, now);
        offers.addCodes(offerId, lines.stream().map(Line::code).toList(), now);
        long available = offers.availableCodes(offerId);
        audit.record(adminId, null, AuditAction.OFFER_CODES_ADDED, "offer:" + offerId, lines.size() + " codes");
        return new Added(offerId, lines.size(), available);
    }

    private static List<Line> read(byte[] file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw Refusal.invalid(List.of(FieldRefusal.of(FIELD, CatalogueRefusal.CODES_NOT_UTF8))).toException();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Line> lines = new ArrayList<>();
        List<FieldRefusal> errors = new ArrayList<>();
        String[] rows = text.split("\r\n|\n|\r", -1);
        for (int i = 0; i < rows.length; i++) {
            String code = rows[i].strip();
            int number = i + 1;
            if (code.isEmpty()) {
                continue;
            }
            if (code.codePointCount(0, code.length()) > MAX_CODE_LENGTH) {
                errors.add(FieldRefusal.of(FIELD, CatalogueRefusal.CODE_TOO_LONG, "line", (long) number,
                        "max", (long) MAX_CODE_LENGTH));
            } else if (!code.codePoints().allMatch(AddStockCodes::allowed)) {
                errors.add(FieldRefusal.of(FIELD, CatalogueRefusal.CODE_INVALID, "line", (long) number));
            } else {
                lines.add(new Line(number, code));
            }
        }
        refuseIfAny(errors);
        if (lines.isEmpty()) {
            throw Refusal.invalid(List.of(FieldRefusal.of(FIELD, CatalogueRefusal.CODES_EMPTY))).toException();
        }
        if (lines.size() > MAX_CODES) {
            throw Refusal.invalid(List.of(FieldRefusal.of(FIELD, CatalogueRefusal.CODES_TOO_MANY,
                    "max", (long) MAX_CODES))).toException();
        }
        return lines;
    }

    /** Printable, no white space: what a ticketing partner's code is made of. */
    private static boolean allowed(int codePoint) {
        return !Character.isWhitespace(codePoint) && !Character.isSpaceChar(codePoint)
                && !Character.isISOControl(codePoint) && Character.isDefined(codePoint)
                && Character.getType(codePoint) != Character.FORMAT && Character.getType(codePoint) != Character.SURROGATE;
    }

    private static void refuseIfAny(List<FieldRefusal> errors) {
        if (!errors.isEmpty()) {
            throw Refusal.invalid(errors.subList(0, Math.min(errors.size(), MAX_LISTED))).toException();
        }
    }
}
