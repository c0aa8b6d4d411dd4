package org.openbenefits.admin.campaigns;

import static org.openbenefits.admin.web.FormFields.text;
import static org.openbenefits.admin.web.FormFields.texts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import io.micronaut.core.annotation.Nullable;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.allowance.CampaignRequest;
import org.openbenefits.contract.api.allowance.CategoryView;
import org.openbenefits.portalcommon.format.Euros;
import org.openbenefits.portalcommon.forms.Form;

/**
 * The "Nouvelle campagne" form: what HR typed (kept when it comes back), the checks the portal makes before asking
 * platform-api, and the {@link CampaignRequest} it becomes. Fields carry {@link CampaignRequest}'s names, except the
 * amount (typed in euros: {@code amount}) and the chosen employees (one employee number or e-mail per line:
 * {@code employees}), so that platform-api's field errors land beside them ({@link #FIELDS}).
 */
final class CampaignForm {

    static final String SUBSIDY = "SUBSIDY";
    static final String CULTURE_CHEQUE = "CULTURE_CHEQUE";
    static final String GIFT_CHEQUE = "GIFT_CHEQUE";
    static final List<String> KINDS = List.of(SUBSIDY, CULTURE_CHEQUE, GIFT_CHEQUE);
    static final List<String> TARGETS = List.of("ALL", "DEPARTMENT", "SITE", "LIST");
    /** The targets narrowed by a department's or site's name ({@code targetValue}). */
    private static final Set<String> DEPARTMENT_OR_SITE = Set.of("DEPARTMENT", "SITE");
    static final List<String> EVENTS = List.of("NOEL_SALARIE", "NOEL_ENFANT", "RENTREE_SCOLAIRE",
            "NAISSANCE_ADOPTION", "MARIAGE_PACS", "RETRAITE", "FETE_DES_MERES", "FETE_DES_PERES", "SAINTE_CATHERINE",
            "SAINT_NICOLAS");
    /** The URSSAF events whose amount may be given per child. */
    static final Set<String> CHILDREN_EVENTS = Set.of("NOEL_ENFANT", "RENTREE_SCOLAIRE");
    /** A gift cheque's "Toutes catégories". */
    static final String ANY_CATEGORY = "*";
    /** platform-api's field names that the form names otherwise. */
    static final Map<String, String> FIELDS = Map.of("amountCents", "amount", "employeeIds", "employees");
    /** The most employees a list may name. */
    static final int MAX_LISTED = 500;

    private static final List<String> TEXT_FIELDS = List.of("kind", "name", "amount", "validFrom", "validTo",
            "maxSharePercent", "urssafEvent", "target", "targetValue", "employees", "previewed");

    private final Form form;
    private final Set<String> categories;

    private CampaignForm(Form form, Set<String> categories) {
        this.form = form;
        this.categories = categories;
    }

    /** A blank form: everyone targeted, valid from today. */
    static CampaignForm blank(LocalDate today) {
        return new CampaignForm(Form.empty().with("target", "ALL").with("validFrom", today), new LinkedHashSet<>());
    }

    /** What HR posted, as typed. */
    static CampaignForm posted(Map<String, Object> body) {
        Form form = Form.empty();
        for (String field : TEXT_FIELDS) {
            form.with(field, text(body, field));
        }
        if (!text(body, "perChild").isEmpty()) {
            form.with("perChild", "true");
        }
        return new CampaignForm(form, new LinkedHashSet<>(texts(body, "categories")));
    }

    /**
     * The request to send, or empty when something the portal can check is wrong (the errors are then beside their
     * fields). The chosen employees are not resolved here: see {@link #listedEmployees()}.
     *
     * @param offered the catalogue's categories
     * @param message the text of an error key in the page's language, {@code {0}} filled with the argument if any
     */
    Optional<CampaignRequest> request(List<CategoryView> offered, List<Long> employeeIds,
                                      Function<String, String> message) {
        String kind = form.value("kind");
        if (!KINDS.contains(kind)) {
            form.reject("kind", message.apply("campaigns.error.kind"));
        }
        Long amount = null;
        if (form.value("amount").isEmpty()) {
            form.reject("amount", message.apply("campaigns.error.amountMissing"));
        } else {
            amount = Euros.parseCents(form.value("amount")).orElse(null);
            if (amount == null) {
                form.reject("amount", message.apply("campaigns.error.amountInvalid"));
            } else if (amount <= 0) {
                form.reject("amount", message.apply("campaigns.error.amountZero"));
            }
        }
        LocalDate from = date("validFrom", message);
        LocalDate to = date("validTo", message);
        if (from != null && to != null && to.isBefore(from)) {
            form.reject("validTo", message.apply("campaigns.error.validToBeforeFrom"));
        }
        checkCategories(kind, offered, message);
        Integer share = null;
        if (SUBSIDY.equals(kind) && !form.value("maxSharePercent").isEmpty()) {
            try {
                share = Integer.parseInt(form.value("maxSharePercent").replace("%", "").strip());
                if (share < 1 || share > 100) {
                    form.reject("maxSharePercent", message.apply("campaigns.error.share"));
                }
            } catch (NumberFormatException e) {
                form.reject("maxSharePercent", message.apply("campaigns.error.share"));
            }
        }
        String event = GIFT_CHEQUE.equals(kind) && EVENTS.contains(form.value("urssafEvent"))
                ? form.value("urssafEvent") : null;
        boolean perChild = isPerChild();
        if (perChild && (event == null || !CHILDREN_EVENTS.contains(event))) {
            form.reject("perChild", message.apply("campaigns.error.perChild"));
        }
        String target = form.value("target");
        if (!TARGETS.contains(target)) {
            form.reject("target", message.apply("campaigns.error.target"));
        } else if (DEPARTMENT_OR_SITE.contains(target) && form.value("targetValue").isEmpty()) {
            form.reject("targetValue", message.apply("campaigns.error.targetValue." + target));
        } else if ("LIST".equals(target) && listedEmployees().isEmpty()) {
            form.reject("employees", message.apply("campaigns.error.employeesMissing"));
        }
        if (form.hasErrors()) {
            return Optional.empty();
        }
        return Optional.of(new CampaignRequest(kind, form.value("name"), amount, perChild, from, to,
                List.copyOf(categories), share, event, target,
                DEPARTMENT_OR_SITE.contains(target) ? form.value("targetValue") : null,
                "LIST".equals(target) ? employeeIds : List.of()));
    }

    private void checkCategories(String kind, List<CategoryView> offered, Function<String, String> message) {
        if (categories.isEmpty()) {
            form.reject("categories", message.apply("campaigns.error.categoriesMissing"));
            return;
        }
        if (categories.contains(ANY_CATEGORY)) {
            if (!GIFT_CHEQUE.equals(kind)) {
                form.reject("categories", message.apply("campaigns.error.anyOnlyForGift"));
            } else {
                categories.retainAll(Set.of(ANY_CATEGORY));
            }
            return;
        }
        if (CULTURE_CHEQUE.equals(kind)) {
            boolean allCultural = categories.stream().allMatch(code -> offered.stream()
                    .anyMatch(category -> category.code().equals(code) && category.cultural()));
            if (!allCultural) {
                form.reject("categories", message.apply("campaigns.error.notCultural"));
            }
        }
    }

    @Nullable
    private LocalDate date(String field, Function<String, String> message) {
        String typed = form.value(field);
        if (typed.isEmpty()) {
            form.reject(field, message.apply("campaigns.error." + field + "Missing"));
            return null;
        }
        try {
            return LocalDate.parse(typed);
        } catch (DateTimeParseException e) {
            form.reject(field, message.apply("campaigns.error.date"));
            return null;
        }
    }

    /** The employee numbers or e-mail addresses of the "liste choisie", one per line (or separated by ; or ,). */
    List<String> listedEmployees() {
        List<String> listed = new ArrayList<>();
        for (String entry : form.value("employees").split("[\\r\\n;,]+")) {
            String clean = entry.strip();
            if (!clean.isEmpty() && !listed.contains(clean)) {
                listed.add(clean);
            }
        }
        return listed;
    }

    boolean targetsAList() {
        return "LIST".equals(form.value("target"));
    }

    /**
     * Shows platform-api's refusal: VALIDATION_FAILED beside each field at fault, INSUFFICIENT_BUDGET, NO_RECIPIENTS
     * and anything else above the form with the API's detail.
     */
    void reject(ProblemDetail problem) {
        form.reject(problem, FIELDS);
    }

    void reject(String field, String message) {
        form.reject(field, message);
    }

    void fail(String message) {
        form.fail(message);
    }

    /** A digest of the campaign as posted, kept in the preview so that "Confirmer" confirms what was previewed. */
    String fingerprint() {
        StringBuilder values = new StringBuilder();
        for (String field : TEXT_FIELDS) {
            if (!"previewed".equals(field)) {
                values.append(field).append('=').append(form.value(field)).append('\n');
            }
        }
        values.append("perChild=").append(isPerChild()).append('\n').append("categories=").append(categories);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(values.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether "Confirmer" was pressed for exactly the campaign the preview showed. */
    boolean matchesItsPreview() {
        return fingerprint().equals(form.value("previewed"));
    }

    Form form() {
        return form;
    }

    Set<String> categories() {
        return Set.copyOf(categories);
    }

    boolean isPerChild() {
        return "true".equals(form.value("perChild"));
    }
}
