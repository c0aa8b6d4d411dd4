package org.openbenefits.domain.identity;

import org.openbenefits.domain.refusal.FieldRefusal;

/**
 * One rule a new password must meet, with the field code of its refusal ({@link IdentityRefusal}) and the French
 * sentence the password-check route still lists beside each rule.
 */
public enum PasswordRule {
    AT_LEAST_12_CHARACTERS("Au moins 12 caractères.", IdentityRefusal.PASSWORD_TOO_SHORT,
            "min", PasswordPolicy.MINIMUM_LENGTH),
    AT_MOST_128_CHARACTERS("Au plus 128 caractères.", IdentityRefusal.PASSWORD_TOO_LONG,
            "max", PasswordPolicy.MAXIMUM_LENGTH),
    A_LOWERCASE_LETTER("Au moins une lettre minuscule.", IdentityRefusal.PASSWORD_LOWERCASE_MISSING),
    AN_UPPERCASE_LETTER("Au moins une lettre majuscule.", IdentityRefusal.PASSWORD_UPPERCASE_MISSING),
    A_DIGIT("Au moins un chiffre.", IdentityRefusal.PASSWORD_DIGIT_MISSING),
    NOT_THE_EMAIL_ADDRESS("Ne contient pas votre adresse e-mail ni le nom qui la compose.",
            IdentityRefusal.PASSWORD_CONTAINS_EMAIL),
    NOT_A_COMMON_PASSWORD("N'est pas un mot de passe courant, facile à deviner.", IdentityRefusal.PASSWORD_COMMON);

    private final String message;
    private final IdentityRefusal code;
    private final Object[] parameters;

    PasswordRule(String message, IdentityRefusal code, Object... parameters) {
        this.message = message;
        this.code = code;
        this.parameters = parameters;
    }

    /** The rule unmet, as a refusal of the password field named {@code field}. */
    public FieldRefusal on(String field) {
        return FieldRefusal.of(field, code, parameters);
    }

    /** The rule as a French sentence, e.g. "Au moins 12 caractères.". */
    public String message() {
        return message;
    }
}
