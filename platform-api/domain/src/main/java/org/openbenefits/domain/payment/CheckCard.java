package org.openbenefits.domain.payment;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.openbenefits.domain.refusal.Refusal;

/**
 * Checks the card fields typed at checkout before anything reaches the gateway (docs/domain-rules.md, "Payment"):
 * the number (digits, spaces allowed between them; a brand the platform takes; its length for that brand; its Luhn
 * check digit), the brand the holder chose if any (CB on any Visa or Mastercard number, otherwise the number's own),
 * the expiry (MM/YY, its month not over on the given day) and the security code (three digits). Every field at fault
 * is named at once. No refusal ever quotes what was typed.
 */
public final class CheckCard {

    static final String NUMBER = "cardNumber";
    static final String EXPIRY = "expiry";
    static final String SECURITY_CODE = "securityCode";
    static final String BRAND = "brand";

    private CheckCard() {
    }

    /**
     * @param number       the card number as typed, spaces allowed
     * @param expiry       the expiry as typed, {@code MM/YY}
     * @param securityCode the three digits on the back
     * @param chosen       the brand the holder chose, if the page offered a choice
     * @param today        the Paris day of the checkout
     */
    public static CardCheck check(String number, String expiry, String securityCode, Optional<CardBrand> chosen,
                                  LocalDate today) {
        Objects.requireNonNull(chosen, "chosen");
        Objects.requireNonNull(today, "today");
        List<FieldRefusal> faults = new ArrayList<>();
        Optional<CardNumber> checkedNumber = number(number, chosen, faults);
        Optional<CardExpiry> checkedExpiry = expiry(expiry, today, faults);
        Optional<SecurityCode> checkedCode = securityCode(securityCode, faults);
        if (!faults.isEmpty()) {
            return new CardCheck.Rejected(Refusal.invalid(faults));
        }
        return new CardCheck.Accepted(new TypedCard(checkedNumber.orElseThrow(), checkedExpiry.orElseThrow(),
                checkedCode.orElseThrow()));
    }

    private static Optional<CardNumber> number(String typed, Optional<CardBrand> chosen, List<FieldRefusal> faults) {
        String digits = typed == null ? "" : typed.strip().replace(" ", "");
        if (digits.isEmpty()) {
            faults.add(FieldRefusal.of(NUMBER, FieldCode.REQUIRED));
            return Optional.empty();
        }
        if (!digits.chars().allMatch(c -> c >= '0' && c <= '9')) {
            faults.add(FieldRefusal.of(NUMBER, PaymentRefusal.CARD_NUMBER_MALFORMED));
            return Optional.empty();
        }
        Optional<CardBrand> detected = CardBrand.detect(digits);
        if (detected.isEmpty()) {
            faults.add(FieldRefusal.of(NUMBER, PaymentRefusal.CARD_BRAND_UNSUPPORTED));
            return Optional.empty();
        }
        CardBrand brand = detected.get();
        if (!brand.lengths().contains(digits.length())) {
            faults.add(FieldRefusal.of(NUMBER, PaymentRefusal.CARD_NUMBER_LENGTH, "brand", brand.name(),
                    "length", digits.length(), "allowed",
                    brand.lengths().stream().map(String::valueOf).collect(Collectors.joining(", "))));
            return Optional.empty();
        }
        if (!CardNumber.passesLuhn(digits)) {
            faults.add(FieldRefusal.of(NUMBER, PaymentRefusal.CARD_NUMBER_CHECK_DIGIT));
            return Optional.empty();
        }
        if (chosen.isPresent() && chosen.get() != CardBrand.CB && chosen.get() != brand) {
            faults.add(FieldRefusal.of(BRAND, PaymentRefusal.CARD_BRAND_MISMATCH, "chosen", chosen.get().name(),
                    "brand", brand.name()));
            return Optional.empty();
        }
        return Optional.of(CardNumber.checked(digits, chosen.orElse(brand)));
    }

    private static Optional<CardExpiry> expiry(String typed, LocalDate today, List<FieldRefusal> faults) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            faults.add(FieldRefusal.of(EXPIRY, FieldCode.REQUIRED));
            return Optional.empty();
        }
        if (!text.matches("(0[1-9]|1[0-2])/[0-9]{2}")) {
            faults.add(FieldRefusal.of(EXPIRY, PaymentRefusal.CARD_EXPIRY_MALFORMED));
            return Optional.empty();
        }
        int month = Integer.parseInt(text.substring(0, 2));
        // Cards are printed with two-digit years of this century.
        int year = 2000 + Integer.parseInt(text.substring(3, 5));
        CardExpiry expiry = new CardExpiry(YearMonth.of(year, month));
        if (expiry.isPastOn(today)) {
            faults.add(FieldRefusal.of(EXPIRY, PaymentRefusal.CARD_EXPIRED, "expiry", expiry.toString()));
            return Optional.empty();
        }
        return Optional.of(expiry);
    }

    private static Optional<SecurityCode> securityCode(String typed, List<FieldRefusal> faults) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            faults.add(FieldRefusal.of(SECURITY_CODE, FieldCode.REQUIRED));
            return Optional.empty();
        }
        if (!text.matches("[0-9]{3}")) {
            faults.add(FieldRefusal.of(SECURITY_CODE, PaymentRefusal.CARD_SECURITY_CODE_MALFORMED));
            return Optional.empty();
        }
        return Optional.of(SecurityCode.checked(text));
    }
}
