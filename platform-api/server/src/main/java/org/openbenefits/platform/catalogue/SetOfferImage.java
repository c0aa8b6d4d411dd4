package org.openbenefits.platform.catalogue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.List;

import javax.imageio.ImageIO;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.domain.catalogue.CatalogueRefusal;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.Refusal;
import org.openbenefits.domain.refusal.Refused;
import org.openbenefits.platform.audit.Audit;
import org.openbenefits.platform.audit.AuditAction;
import org.openbenefits.platform.infrastructure.Jdbc;

/**
 * A platform admin gives an offer its picture: a PNG or JPEG file, read, shrunk to fit 800 x 800 pixels (never
 * enlarged) and stored as JPEG, replacing the previous one.
 */
@Singleton
public class SetOfferImage {

    static final int MAX_SIDE = 800;
    /** The largest file taken: 5 MB. */
    static final long MAX_BYTES = 5L * 1024 * 1024;
    /** The largest picture decoded, in pixels per side, so that a small file cannot ask for gigabytes of memory. */
    static final int MAX_DECODED_SIDE = 8_000;

    /** How setting a picture ended. */
    public sealed interface Outcome {
    }

    public record Stored(long offerId, int width, int height) implements Outcome {
    }

    /** No such offer: {@code resource.not-found}. */
    public record NotFound() implements Outcome {

        public Refusal refusal() {
            return Refusal.of(GeneralRefusal.NOT_FOUND);
        }
    }

    private final Offers offers;
    private final Jdbc jdbc;
    private final Audit audit;
    private final Clock clock;

    SetOfferImage(Offers offers, Jdbc jdbc, Audit audit, Clock clock) {
        this.offers = offers;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** @throws Refused {@code request.invalid} on the field {@code image}: too large, or not a PNG or JPEG picture */
    @Transactional
    public Outcome set(long adminId, long offerId, byte[] file) {
        if (offers.lock(offerId).isEmpty()) {
            return new NotFound();
        }
        if (file.length > MAX_BYTES) {
            throw Refusal.invalid(List.of(FieldRefusal.of("image", FieldCode.TOO_LARGE, "max", MAX_BYTES)))
                    .toException();
        }
        BufferedImage resized = resized(read(file));
        byte[] jpeg = jpeg(resized);
        jdbc.update("""
                INSERT INTO offer_image (offer_id, content_type, bytes, width, height, updated_at)
                VALUES (?, 'image/jpeg', ?, ?, ?, ?)
                ON DUPLICATE KEY UPDATE content_type = VALUES(content_type), bytes = VALUES(bytes),
                                        width = VALUES(width), height = VALUES(height), updated_at = VALUES(updated_at)""",
                offerId, jpeg, resized.getWidth(), resized.getHeight(), clock.instant());
        audit.record(adminId, null, AuditAction.OFFER_IMAGE_SET, "offer:" + offerId,
                resized.getWidth() + "x" + resized.getHeight());
        return new Stored(offerId, resized.getWidth(), resized.getHeight());
    }

    private static BufferedImage read(byte[] file) {
        try (var input = ImageIO.createImageInputStream(new ByteArrayInputStream(file))) {
            var readers = input == null ? null : ImageIO.getImageReaders(input);
            if (readers == null || !readers.hasNext()) {
                throw unreadable();
            }
            var reader = readers.next();
            try {
                reader.setInput(input, true, true);
                if (!List.of("png", "jpeg").contains(reader.getFormatName().toLowerCase(java.util.Locale.ROOT))
                        || reader.getWidth(0) > MAX_DECODED_SIDE || reader.getHeight(0) > MAX_DECODED_SIDE) {
                    throw unreadable();
                }
                return reader.read(0);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException broken) {
            if (broken instanceof Refused refused) {
                throw refused;
            }
            throw unreadable();
        }
    }

    private static Refused unreadable() {
        return Refusal.invalid(List.of(FieldRefusal.of("image", CatalogueRefusal.IMAGE_UNREADABLE,
                "max", (long) MAX_DECODED_SIDE))).toException();
    }

    /** Fits the picture in 800 x 800, keeping its proportions, on white (JPEG has no transparency). */
    private static BufferedImage resized(BufferedImage source) {
        double scale = Math.min(1.0, Math.min((double) MAX_SIDE / source.getWidth(),
                (double) MAX_SIDE / source.getHeight()));
        int width = Math.max(1, (int) Math.round(source.getWidth() * scale));
        int height = Math.max(1, (int) Math.round(source.getHeight() * scale));
        BufferedImage target = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = target.createGraphics();
        try {
            graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            graphics.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            graphics.setColor(java.awt.Color.WHITE);
            graphics.fillRect(0, 0, width, height);
            graphics.drawImage(source, 0, 0, width, height, null);
        } finally {
            graphics.dispose();
        }
        return target;
    }

    private static byte[] jpeg(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "jpeg", out)) {
                throw new IllegalStateException("No JPEG writer in this JDK");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
