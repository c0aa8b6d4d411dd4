package org.openbenefits.contract.api.allowance;

import java.time.LocalDate;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.media.Schema;
import org.openbenefits.contract.api.Amounts;

/**
 * An allowance campaign as HR describes it, to preview or to confirm. The API checks everything and answers 400
 * request.invalid naming each field at fault with the code of its rule (docs/api/errors.md): a zero or negative
 * amount, a validity that ends before it starts, has already ended or runs more than five years, no category, a non-cultural category on a culture cheque, a share cap on anything but a subsidy,
 * an URSSAF event on anything but a gift cheque, a per-child amount without a children's event, a children's event
 * (NOEL_ENFANT, RENTREE_SCOLAIRE) without a per-child amount, an amount over 1,000,000 cents (10,000 EUR) per employee
 * or per child, a target without its value, unknown employees, and in a LIST employees who are no longer active
 * (deactivated or deleted).
 *
 * @param kind             SUBSIDY, CULTURE_CHEQUE or GIFT_CHEQUE
 * @param amountCents      per employee, or per child when {@code perChild}; positive, at most 1,000,000 (10,000 EUR)
 * @param perChild         the amount is per child: required for the children's URSSAF events (NOEL_ENFANT,
 *                         RENTREE_SCOLAIRE) and only for them. The children counted are those of the calendar year
 *                         the campaign is given in (Paris): for children's Christmas, children aged 16 or less during
 *                         that year (born in or after year - 16); for back to school, children under 26 on 31
 *                         December of that year. Employees without an eligible child get nothing
 * @param validFrom        first valid day, inclusive
 * @param validTo          last valid day, inclusive
 * @param categories       the category codes it may pay; for a gift cheque, {@code ["*"]} means any category
 * @param maxSharePercent  subsidies only: the largest share of each line's price it may pay, 1 to 100; null for none
 * @param urssafEvent      gift cheques only: the URSSAF event it is tied to, null for none
 * @param target           ALL (every active employee), DEPARTMENT, SITE or LIST
 * @param targetValue      the department or site name for DEPARTMENT and SITE
 * @param employeeIds      the chosen employees for LIST, all active (or invited) employees of the employer
 */
@Serdeable
public record CampaignRequest(
        @Schema(allowableValues = {"SUBSIDY", "CULTURE_CHEQUE", "GIFT_CHEQUE"}) @Nullable String kind,
        @Nullable String name,
        @Schema(description = Amounts.CENTS) long amountCents,
        @Schema(requiredMode = Schema.RequiredMode.NOT_REQUIRED, defaultValue = "false") boolean perChild,
        @Nullable LocalDate validFrom,
        @Nullable LocalDate validTo,
        @Nullable List<String> categories,
        @Nullable Integer maxSharePercent,
        @Schema(allowableValues = {"NOEL_SALARIE", "NOEL_ENFANT", "RENTREE_SCOLAIRE", "NAISSANCE_ADOPTION",
                "MARIAGE_PACS", "RETRAITE", "FETE_DES_MERES", "FETE_DES_PERES", "SAINTE_CATHERINE",
                "SAINT_NICOLAS"}) @Nullable String urssafEvent,
        @Schema(allowableValues = {"ALL", "DEPARTMENT", "SITE", "LIST"}) @Nullable String target,
        @Nullable String targetValue,
        @Nullable List<Long> employeeIds) {

    public CampaignRequest {
        categories = categories == null ? List.of() : List.copyOf(categories);
        employeeIds = employeeIds == null ? List.of() : List.copyOf(employeeIds);
    }
}
