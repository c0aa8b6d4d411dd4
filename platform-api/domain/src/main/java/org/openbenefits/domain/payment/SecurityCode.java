package org.openbenefits.domain.payment;

/**
 * The three digits on the back of a card, on their way to the gateway with the number: never kept, never shown
 * ({@link #toString()} is {@code "***"}). Not a record, so that nothing prints it.
 */
public final class SecurityCode {

    private final String digits;

    private SecurityCode(String digits) {
        this.digits = digits;
    }

    static SecurityCode checked(String digits) {
        if (!digits.matches("[0-9]{3}")) {
            throw new IllegalArgumentException("A security code is three digits");
        }
        return new SecurityCode(digits);
    }

    @Override
    public String toString() {
        return "***";
    }
}
