package org.openbenefits.domain.identity;

/** One rule a new password must meet, with the French sentence the portals show beside the password field. */
public enum PasswordRule {
    AT_LEAST_12_CHARACTERS("Au moins 12 caractères."),
    AT_MOST_128_CHARACTERS("Au plus 128 caractères."),
    A_LOWERCASE_LETTER("Au moins une lettre minuscule."),
    AN_UPPERCASE_LETTER("Au moins une lettre majuscule."),
    A_DIGIT("Au moins un chiffre."),
    NOT_THE_EMAIL_ADDRESS("Ne contient pas votre adresse e-mail ni le nom qui la compose."),
    NOT_A_COMMON_PASSWORD("N'est pas un mot de passe courant, facile à deviner.");

    private final String message;

    PasswordRule(String message) {
        this.message = message;
    }

    /** The rule as a French sentence, e.g. "Au moins 12 caractères.". */
    public String message() {
        return message;
    }
}
