package org.openbenefits.platform.catalogue;

import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.platform.infrastructure.Jdbc;

/** An offer's stored picture, for the employees who may see the offer and for platform admins. */
@Singleton
public class OfferImageReader {

    /** The picture's bytes and media type. */
    public record Image(String contentType, byte[] bytes) {
    }

    private final Jdbc jdbc;

    OfferImageReader(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /** The picture of an offer the employer's employees see (published, open to them); empty otherwise or without one. */
    @Transactional(readOnly = true)
    public Optional<Image> forEmployer(long employerId, long offerId) {
        return jdbc.one("""
                SELECT i.content_type, i.bytes FROM offer_image i JOIN offer o ON o.id = i.offer_id
                WHERE i.offer_id = ? AND o.published AND (NOT o.restricted OR EXISTS (
                    SELECT 1 FROM offer_employer oe WHERE oe.offer_id = o.id AND oe.employer_id = ?))""",
                row -> new Image(row.getString("content_type"), row.getBytes("bytes")), offerId, employerId);
    }

    /** The picture of any offer, published or not, as platform admins see it; empty without one. */
    @Transactional(readOnly = true)
    public Optional<Image> forPlatform(long offerId) {
        return jdbc.one("SELECT content_type, bytes FROM offer_image WHERE offer_id = ?",
                row -> new Image(row.getString("content_type"), row.getBytes("bytes")), offerId);
    }
}
