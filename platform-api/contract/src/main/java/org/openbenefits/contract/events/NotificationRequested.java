package org.openbenefits.contract.events;

import java.util.Map;
import java.util.UUID;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Asks ticket-delivery to e-mail one person. The e-mail is rendered by ticket-delivery from the named template,
 * in the recipient's language, with the given parameters.
 *
 * @param notificationId unique per e-mail; ticket-delivery sends each id at most once
 * @param recipient      the e-mail address
 * @param locale         a language tag, {@code fr} or {@code en}
 * @param template       the template name, e.g. {@code invitation}
 * @param parameters     the values the template shows
 */
@Serdeable
public record NotificationRequested(UUID notificationId, String recipient, String locale, String template,
                                    Map<String, String> parameters) implements PlatformEvent {

    public static final int VERSION = 1;

    public NotificationRequested {
        parameters = Map.copyOf(parameters);
    }

    @Override
    public String topic() {
        return Topics.NOTIFICATIONS;
    }

    @Override
    public String key() {
        return recipient;
    }

    @Override
    public int version() {
        return VERSION;
    }
}
