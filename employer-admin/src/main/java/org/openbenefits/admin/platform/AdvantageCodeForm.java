package org.openbenefits.admin.platform;

import static org.openbenefits.admin.web.FormFields.text;
import static org.openbenefits.admin.web.FormFields.texts;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.micronaut.core.annotation.Nullable;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.catalogue.AdvantageCodeRequest;
import org.openbenefits.portalcommon.format.Euros;
import org.openbenefits.portalcommon.forms.Form;

/**
 * The "Nouveau code avantage" form: what the admin typed (kept when it comes back), the checks the portal makes
 * before asking platform-api (numbers, amounts in euros, dates) and the {@link AdvantageCodeRequest} it becomes.
 * Fields carry the request's names, except the amounts (typed in euros: {@code amount}, {@code minimum}), so that
 * platform-api's field errors land beside them ({@link #FIELDS}).
 */
final class AdvantageCodeForm {

    static final List<String> BENEFITS = List.of("PERCENT_OFF", "AMOUNT_OFF", "FREE_SHIPPING");
    /** platform-api's field names that the form names otherwise. */
    static final Map<String, String> FIELDS = Map.of("amountCents", "amount", "minimumCents", "minimum");

    private static final List<String> TEXT_FIELDS = List.of("code", "benefit", "percent", "amount", "minimum",
            "validFrom", "expires", "totalLimit", "perEmployeeLimit", "employerId");

    private final Form form;
    private final Set<String> categories;

    private AdvantageCodeForm(Form form, Set<String> categories) {
        this.form = form;
        this.categories = categories;
    }

    static AdvantageCodeForm blank() {
        return new AdvantageCodeForm(Form.empty().with("benefit", "PERCENT_OFF"), new LinkedHashSet<>());
    }

    static AdvantageCodeForm posted(Map<String, Object> body) {
        Form form = Form.empty();
        for (String field : TEXT_FIELDS) {
            form.with(field, text(body, field));
        }
        return new AdvantageCodeForm(form, new LinkedHashSet<>(texts(body, "categories")));
    }

    /** The request to send, or empty when something the portal can check is wrong (errors beside their fields). */
    Optional<AdvantageCodeRequest> request(Function<String, String> message) {
        String benefit = form.value("benefit");
        Integer percent = "PERCENT_OFF".equals(benefit) ? whole("percent", message) : null;
        Long amount = "AMOUNT_OFF".equals(benefit) ? euros("amount", message) : null;
        Long minimum = euros("minimum", message);
        LocalDate validFrom = date("validFrom", message);
        LocalDate expires = date("expires", message);
        Integer totalLimit = whole("totalLimit", message);
        Integer perEmployeeLimit = whole("perEmployeeLimit", message);
        Long employerId = null;
        if (!form.value("employerId").isEmpty()) {
            try {
                employerId = Long.parseLong(form.value("employerId"));
            } catch (NumberFormatException e) {
                form.reject("employerId", message.apply("codes.error.number"));
            }
        }
        if (form.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new AdvantageCodeRequest(form.value("code"), benefit.isEmpty() ? null : benefit, percent,
                amount, List.copyOf(categories), minimum, validFrom, expires, totalLimit, perEmployeeLimit,
                employerId));
    }

    @Nullable
    private Integer whole(String field, Function<String, String> message) {
        if (form.value(field).isEmpty()) {
            return null;
        }
        try {
            return Integer.parseInt(form.value(field).replace("%", "").replaceAll("[\\s\\u00a0\\u202f]", ""));
        } catch (NumberFormatException e) {
            form.reject(field, message.apply("codes.error.number"));
            return null;
        }
    }

    @Nullable
    private Long euros(String field, Function<String, String> message) {
        if (form.value(field).isEmpty()) {
            return null;
        }
        Optional<Long> cents = Euros.parseCents(form.value(field));
        if (cents.isEmpty()) {
            form.reject(field, message.apply("codes.error.amount"));
            return null;
        }
        return cents.get();
    }

    @Nullable
    private LocalDate date(String field, Function<String, String> message) {
        if (form.value(field).isEmpty()) {
            return null;
        }
        try {
            return LocalDate.parse(form.value(field));
        } catch (DateTimeParseException e) {
            form.reject(field, message.apply("codes.error.date"));
            return null;
        }
    }

    void reject(ProblemDetail problem) {
        form.reject(problem, FIELDS);
    }

    void fail(String message) {
        form.fail(message);
    }

    Form form() {
        return form;
    }

    Set<String> categories() {
        return Set.copyOf(categories);
    }
}
