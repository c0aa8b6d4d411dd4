package org.openbenefits.admin.platform;

import static org.openbenefits.admin.web.FormFields.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.micronaut.core.annotation.Nullable;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.catalogue.OfferAdminView;
import org.openbenefits.contract.api.catalogue.OfferRequest;
import org.openbenefits.portalcommon.format.Euros;
import org.openbenefits.portalcommon.forms.Form;

/**
 * An offer's form, to create one or edit one: what the admin typed (kept when it comes back), the checks the portal
 * makes before asking platform-api, and the {@link OfferRequest} it becomes. Fields carry {@link OfferRequest}'s
 * names, except the prices (typed in euros: {@code publicPrice}, {@code employeePrice}) and the restriction (employer
 * numbers separated by commas or spaces: {@code employers}), so that platform-api's field errors land beside them
 * ({@link #FIELDS}).
 */
final class OfferForm {

    static final List<String> CATEGORIES = List.of("CINEMA", "SHOWS", "MUSEUMS", "BOOKS", "MUSIC", "PARKS", "SPORTS",
            "GIFTCARDS");
    static final List<String> DELIVERIES = List.of("E_TICKET", "E_GIFT_CARD", "POSTAL");
    /** platform-api's field names that the form names otherwise. */
    static final Map<String, String> FIELDS = Map.of("publicPriceCents", "publicPrice",
            "employeePriceCents", "employeePrice", "employerIds", "employers");
    /** What an order may hold when the admin says nothing, as platform-api takes it. */
    static final int DEFAULT_PER_ORDER = 10;

    private static final List<String> TEXT_FIELDS = List.of("title", "description", "category", "delivery",
            "publicPrice", "employeePrice", "conditions", "validity", "maxPerOrder", "employers");

    private final Form form;

    private OfferForm(Form form) {
        this.form = form;
    }

    /** A blank form: ten units per order, not published. */
    static OfferForm blank() {
        return new OfferForm(Form.empty().with("maxPerOrder", DEFAULT_PER_ORDER));
    }

    /** The offer's fields as stored, to edit them. */
    static OfferForm of(OfferAdminView offer) {
        Form form = Form.empty().with("title", offer.title()).with("description", offer.description())
                .with("category", offer.category()).with("delivery", offer.delivery())
                .with("publicPrice", Euros.forField(offer.publicPriceCents()))
                .with("employeePrice", Euros.forField(offer.employeePriceCents()))
                .with("conditions", offer.conditions()).with("validity", offer.validity())
                .with("maxPerOrder", offer.maxPerOrder())
                .with("employers", offer.employerIds().stream().map(String::valueOf).collect(Collectors.joining(", ")));
        if (offer.published()) {
            form.with("published", "true");
        }
        return new OfferForm(form);
    }

    /** What the admin posted, as typed. */
    static OfferForm posted(Map<String, Object> body) {
        Form form = Form.empty();
        for (String field : TEXT_FIELDS) {
            form.with(field, text(body, field));
        }
        if (!text(body, "published").isEmpty()) {
            form.with("published", "true");
        }
        return new OfferForm(form);
    }

    /**
     * The request to send, or empty when something the portal can check is wrong (the errors are then beside their
     * fields): the prices, the per-order maximum and the employer numbers. The rest is platform-api's to check.
     *
     * @param message the text of an error key in the page's language
     */
    Optional<OfferRequest> request(Function<String, String> message) {
        Long publicPrice = price("publicPrice", message);
        Long employeePrice = price("employeePrice", message);
        Integer maxPerOrder = null;
        if (!form.value("maxPerOrder").isEmpty()) {
            try {
                maxPerOrder = Integer.parseInt(form.value("maxPerOrder"));
            } catch (NumberFormatException e) {
                form.reject("maxPerOrder", message.apply("offers.error.maxPerOrder"));
            }
        }
        List<Long> employerIds = new ArrayList<>();
        for (String number : form.value("employers").split("[\\s,;]+")) {
            if (number.isEmpty()) {
                continue;
            }
            try {
                employerIds.add(Long.parseLong(number));
            } catch (NumberFormatException e) {
                form.reject("employers", message.apply("offers.error.employers"));
            }
        }
        if (form.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new OfferRequest(form.value("title"), form.value("description"),
                blankAsNull(form.value("category")), blankAsNull(form.value("delivery")), publicPrice, employeePrice,
                form.value("conditions"), form.value("validity"), maxPerOrder, employerIds));
    }

    @Nullable
    private Long price(String field, Function<String, String> message) {
        if (form.value(field).isEmpty()) {
            form.reject(field, message.apply("offers.error.priceMissing"));
            return null;
        }
        Optional<Long> cents = Euros.parseCents(form.value(field));
        if (cents.isEmpty()) {
            form.reject(field, message.apply("offers.error.priceInvalid"));
            return null;
        }
        return cents.get();
    }

    @Nullable
    private static String blankAsNull(String value) {
        return value.isEmpty() ? null : value;
    }

    /** Shows platform-api's refusal: each field at fault beside its field, anything else above the form. */
    void reject(ProblemDetail problem) {
        form.reject(problem, FIELDS);
    }

    void fail(String message) {
        form.fail(message);
    }

    boolean isPublished() {
        return "true".equals(form.value("published"));
    }

    Form form() {
        return form;
    }
}
