package org.openbenefits.platform.allowance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.ProblemDetail.FieldError;
import org.openbenefits.contract.api.allowance.CampaignRequest;
import org.openbenefits.contract.api.ProblemCodes;
import org.openbenefits.domain.allocation.AllowanceKind;
import org.openbenefits.domain.allowance.ValidityHorizon;
import org.openbenefits.domain.catalogue.Category;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.urssaf.UrssafEvent;
import org.openbenefits.platform.web.ProblemException;

/**
 * Checks a campaign request as {@link CampaignRequest} describes, naming every field at fault at once, in French,
 * before anything is computed or written.
 */
@Singleton
public class CampaignChecks {

    static final int NAME_LENGTH = 200;
    static final int TARGET_VALUE_LENGTH = 100;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.FRANCE);
    /** The largest amount per employee, or per child: 10,000 EUR. */
    static final long MAX_AMOUNT_CENTS = 1_000_000;

    private final Recipients recipients;

    CampaignChecks(Recipients recipients) {
        this.recipients = recipients;
    }

    /**
     * @param today the business day (Paris): a validity that ended before it is refused, and the day the campaign is
     *              given (its URSSAF year)
     * @throws ProblemException 400 VALIDATION_FAILED naming each field at fault
     */
    public CampaignSpec check(long employerId, CampaignRequest request, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        AllowanceKind kind = parse(AllowanceKind.class, request.kind());
        if (kind == null) {
            errors.add(new FieldError("kind",
                    "Choisissez le type de dotation : subvention, chèque culture ou chèque cadeau."));
        }
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty()) {
            errors.add(new FieldError("name", "Donnez un nom à la campagne."));
        } else if (name.length() > NAME_LENGTH) {
            errors.add(new FieldError("name", "Le nom compte au plus 200 caractères."));
        }
        if (request.amountCents() <= 0) {
            errors.add(new FieldError("amountCents", "Indiquez un montant supérieur à zéro."));
        } else if (request.amountCents() > MAX_AMOUNT_CENTS) {
            errors.add(new FieldError("amountCents", "Le montant est limité à "
                    + Money.ofCents(MAX_AMOUNT_CENTS).format() + " par salarié (ou par enfant) : indiquez un montant "
                    + "plus petit."));
        }
        checkDates(request, today, errors);
        List<String> categories = checkCategories(kind, request.categories(), errors);
        checkShare(kind, request.maxSharePercent(), errors);
        Optional<UrssafEvent> event = checkEvent(kind, request, errors);
        CampaignTarget target = parse(CampaignTarget.class, request.target());
        String targetValue = request.targetValue() == null || request.targetValue().isBlank() ? null
                : request.targetValue().strip();
        Set<Long> employeeIds = new LinkedHashSet<>(request.employeeIds());
        checkTarget(employerId, target, targetValue, employeeIds, errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return new CampaignSpec(kind, name, Money.ofCents(request.amountCents()), request.perChild(),
                request.validFrom(), request.validTo(), categories,
                kind == AllowanceKind.SUBSIDY ? request.maxSharePercent() : null, event, target,
                target == CampaignTarget.DEPARTMENT || target == CampaignTarget.SITE ? targetValue : null,
                target == CampaignTarget.LIST ? employeeIds : Set.of(), today);
    }

    private static void checkDates(CampaignRequest request, LocalDate today, List<FieldError> errors) {
        if (request.validFrom() == null) {
            errors.add(new FieldError("validFrom", "Indiquez le premier jour de validité."));
        }
        if (request.validTo() == null) {
            errors.add(new FieldError("validTo", "Indiquez le dernier jour de validité."));
        } else if (request.validFrom() != null && request.validTo().isBefore(request.validFrom())) {
            errors.add(new FieldError("validTo",
                    "Le dernier jour de validité précède le premier : corrigez les dates."));
        } else if (request.validTo().isBefore(today)) {
            errors.add(new FieldError("validTo",
                    "Le dernier jour de validité est déjà passé : choisissez une date à venir."));
        } else if (!ValidityHorizon.allows(request.validTo(), today)) {
            errors.add(new FieldError("validTo", "Une dotation est valable au plus " + ValidityHorizon.YEARS_AHEAD
                    + " ans : choisissez un dernier jour au plus tard le "
                    + ValidityHorizon.lastAllowedDay(today).format(DAY) + ".", ProblemCodes.VALIDITY_TOO_FAR));
        }
    }

    private static List<String> checkCategories(@Nullable AllowanceKind kind, List<String> requested,
                                                List<FieldError> errors) {
        Set<String> codes = new LinkedHashSet<>();
        requested.stream().filter(code -> code != null && !code.isBlank())
                .forEach(code -> codes.add(code.strip().toUpperCase(Locale.ROOT)));
        if (codes.isEmpty()) {
            errors.add(new FieldError("categories", "Choisissez au moins une catégorie."));
            return List.of();
        }
        if (codes.contains(CampaignSpec.ANY_CATEGORY)) {
            if (kind != null && kind != AllowanceKind.GIFT_CHEQUE) {
                errors.add(new FieldError("categories", "« Toutes catégories » n'est possible que pour un chèque "
                        + "cadeau : choisissez les catégories que la dotation peut payer."));
            }
            return List.of(CampaignSpec.ANY_CATEGORY);
        }
        List<String> unknown = codes.stream().filter(code -> Category.fromCode(code).isEmpty()).toList();
        if (!unknown.isEmpty()) {
            errors.add(new FieldError("categories", "Catégorie inconnue : " + String.join(", ", unknown)
                    + ". Choisissez parmi les catégories proposées."));
        } else if (kind == AllowanceKind.CULTURE_CHEQUE) {
            List<String> notCultural = codes.stream()
                    .filter(code -> !Category.fromCode(code).orElseThrow().cultural()).toList();
            if (!notCultural.isEmpty()) {
                errors.add(new FieldError("categories", "Un chèque culture ne paie que des catégories culturelles : "
                        + "retirez " + String.join(", ", notCultural) + "."));
            }
        }
        return List.copyOf(codes);
    }

    private static void checkShare(@Nullable AllowanceKind kind, @Nullable Integer percent, List<FieldError> errors) {
        if (percent == null) {
            return;
        }
        if (kind != null && kind != AllowanceKind.SUBSIDY) {
            errors.add(new FieldError("maxSharePercent",
                    "Le plafond par ligne ne s'applique qu'aux subventions : retirez-le."));
        } else if (percent < 1 || percent > 100) {
            errors.add(new FieldError("maxSharePercent",
                    "Le plafond par ligne est un pourcentage entre 1 et 100."));
        }
    }

    private static Optional<UrssafEvent> checkEvent(@Nullable AllowanceKind kind, CampaignRequest request,
                                                    List<FieldError> errors) {
        UrssafEvent event = null;
        if (request.urssafEvent() != null && !request.urssafEvent().isBlank()) {
            if (kind != null && kind != AllowanceKind.GIFT_CHEQUE) {
                errors.add(new FieldError("urssafEvent",
                        "Un événement URSSAF ne concerne que les chèques cadeaux : retirez-le."));
            } else {
                event = parse(UrssafEvent.class, request.urssafEvent());
                if (event == null) {
                    errors.add(new FieldError("urssafEvent", "Événement URSSAF inconnu : choisissez-le dans la liste."));
                }
            }
        }
        if (request.perChild() && (event == null || !event.perBeneficiary())) {
            errors.add(new FieldError("perChild", "Un montant par enfant n'est possible qu'avec un événement pour "
                    + "enfants (Noël des enfants, rentrée scolaire) : choisissez-en un, ou un montant par salarié."));
        } else if (!request.perChild() && event != null && event.perBeneficiary()
                && (kind == null || kind == AllowanceKind.GIFT_CHEQUE)) {
            errors.add(new FieldError("perChild", "Pour Noël des enfants et la rentrée scolaire, le montant est versé "
                    + "par enfant : cochez « Montant par enfant »."));
        }
        return kind == AllowanceKind.GIFT_CHEQUE ? Optional.ofNullable(event) : Optional.empty();
    }

    private void checkTarget(long employerId, @Nullable CampaignTarget target, @Nullable String targetValue,
                             Set<Long> employeeIds, List<FieldError> errors) {
        if (target == null) {
            errors.add(new FieldError("target",
                    "Choisissez à qui s'adresse la campagne : tous les salariés, un service, un site ou une liste."));
            return;
        }
        switch (target) {
            case DEPARTMENT, SITE -> {
                String what = target == CampaignTarget.DEPARTMENT ? "le service" : "le site";
                if (targetValue == null) {
                    errors.add(new FieldError("targetValue", "Indiquez " + what + " visé par la campagne."));
                } else if (targetValue.length() > TARGET_VALUE_LENGTH) {
                    errors.add(new FieldError("targetValue", "Le nom compte au plus 100 caractères."));
                }
            }
            case LIST -> {
                employeeIds.remove(null);
                if (employeeIds.isEmpty()) {
                    errors.add(new FieldError("employeeIds", "Choisissez au moins un salarié."));
                } else {
                    Recipients.ListCheck check = recipients.checkList(employerId, employeeIds);
                    List<String> problems = new ArrayList<>();
                    if (check.unknown() > 0) {
                        problems.add(check.unknown() == 1
                                ? "1 salarié de la liste est inconnu ou ne fait pas partie de votre entreprise : "
                                        + "retirez-le de la liste."
                                : check.unknown() + " salariés de la liste sont inconnus ou ne font pas partie de votre "
                                        + "entreprise : retirez-les de la liste.");
                    }
                    if (check.inactive() > 0) {
                        problems.add(check.inactive() == 1
                                ? "1 salarié de la liste n'est plus actif (compte désactivé ou supprimé) et ne peut "
                                        + "rien recevoir : retirez-le de la liste, ou réactivez son compte d'abord."
                                : check.inactive() + " salariés de la liste ne sont plus actifs (comptes désactivés "
                                        + "ou supprimés) et ne peuvent rien recevoir : retirez-les de la liste, ou "
                                        + "réactivez leur compte d'abord.");
                    }
                    if (!problems.isEmpty()) {
                        errors.add(new FieldError("employeeIds", String.join(" ", problems)));
                    }
                }
            }
            case ALL -> {
            }
        }
    }

    private static <E extends Enum<E>> @Nullable E parse(Class<E> type, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }
}
