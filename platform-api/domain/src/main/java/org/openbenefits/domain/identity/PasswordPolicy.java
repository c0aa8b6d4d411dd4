package org.openbenefits.domain.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a password may be chosen. It answers with every rule the password does not meet yet (empty when
 * it is acceptable), so that a form can show them all while the person types.
 */
public final class PasswordPolicy {

    public static final int MINIMUM_LENGTH = 12;
    public static final int MAXIMUM_LENGTH = 128;

    /** Below this length a part of the e-mail address is too short to be told apart from ordinary text. */
    private static final int SHORTEST_PERSONAL_PART = 4;

    /**
     * The 20 most common passwords of the public breach lists (NordPass and NCSC top lists, with the French keyboard's
     * {@code azerty} variants), compared without case. A password made of one of them plus digits or symbols counts
     * as the same password: {@code Password2026!} is as guessable as {@code password}.
     */
    private static final Set<String> COMMON = Set.of(
            "123456", "123456789", "12345678", "1234567890", "password", "qwerty", "azerty", "azertyuiop",
            "111111", "123123", "abc123", "000000", "iloveyou", "motdepasse", "soleil", "doudou", "qwertyuiop",
            "admin", "bonjour", "loulou");

    private PasswordPolicy() {
    }

    /**
     * The rules {@code password} does not meet, in the order a form lists them; empty when it may be chosen.
     *
     * @param password the candidate password, never stored nor logged
     * @param email    the account's e-mail address, whose local part the password must not contain; may be null
     */
    public static List<PasswordRule> unmetRules(String password, String email) {
        String candidate = password == null ? "" : password;
        List<PasswordRule> unmet = new ArrayList<>();
        int length = candidate.codePointCount(0, candidate.length());
        if (length < MINIMUM_LENGTH) {
            unmet.add(PasswordRule.AT_LEAST_12_CHARACTERS);
        }
        if (length > MAXIMUM_LENGTH) {
            unmet.add(PasswordRule.AT_MOST_128_CHARACTERS);
        }
        if (candidate.codePoints().noneMatch(Character::isLowerCase)) {
            unmet.add(PasswordRule.A_LOWERCASE_LETTER);
        }
        if (candidate.codePoints().noneMatch(Character::isUpperCase)) {
            unmet.add(PasswordRule.AN_UPPERCASE_LETTER);
        }
        if (candidate.codePoints().noneMatch(Character::isDigit)) {
            unmet.add(PasswordRule.A_DIGIT);
        }
        if (containsPersonalPart(candidate, email)) {
            unmet.add(PasswordRule.NOT_THE_EMAIL_ADDRESS);
        }
        if (isCommon(candidate)) {
            unmet.add(PasswordRule.NOT_A_COMMON_PASSWORD);
        }
        return List.copyOf(unmet);
    }

    /** Whether the password meets every rule. */
    public static boolean accepts(String password, String email) {
        return unmetRules(password, email).isEmpty();
    }

    private static boolean containsPersonalPart(String password, String email) {
        if (email == null || email.isBlank()) {
            return false;
        }
        String lowerPassword = password.toLowerCase(Locale.ROOT);
        int at = email.indexOf('@');
        String local = (at < 0 ? email : email.substring(0, at)).trim().toLowerCase(Locale.ROOT);
        if (local.length() >= 3 && lowerPassword.contains(local)) {
            return true;
        }
        // camille.martin@... : neither "camille" nor "martin" may appear on its own either.
        for (String part : local.split("[._+\\-]")) {
            if (part.length() >= SHORTEST_PERSONAL_PART && lowerPassword.contains(part)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCommon(String password) {
        String lower = password.toLowerCase(Locale.ROOT);
        if (COMMON.contains(lower)) {
            return true;
        }
        String base = lower.replaceAll("[^\\p{L}]+$", "").replaceAll("^[^\\p{L}]+", "");
        return !base.isEmpty() && COMMON.contains(base);
    }
}
