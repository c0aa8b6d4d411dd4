package org.openbenefits.platform.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.micronaut.http.HttpStatus;
import org.openbenefits.contract.api.ProblemCodes;
import org.openbenefits.contract.api.ProblemDetail.FieldError;
import org.openbenefits.domain.identity.PasswordRule;
import org.openbenefits.platform.notification.ParisFormats;
import org.openbenefits.platform.web.ProblemException;

/** The API answers to identity refusals: status, stable code and French message, in one place. */
public final class IdentityProblems {

    private IdentityProblems() {
    }

    /**
     * Same words for an unknown address, a wrong password and an account not activated yet, so that the answer
     * reveals no account; the last sentence helps whoever has not activated theirs.
     */
    public static ProblemException invalidCredentials(int failuresBeforeLock, Duration firstLock) {
        return new ProblemException(HttpStatus.UNAUTHORIZED, ProblemCodes.INVALID_CREDENTIALS,
                "Adresse e-mail ou mot de passe incorrect. Après " + failuresBeforeLock
                        + " essais infructueux, la connexion est bloquée " + firstLock.toMinutes() + " minutes ; "
                        + "« Mot de passe oublié » la débloque aussitôt. "
                        + "Première connexion ? Activez d’abord votre compte avec le lien de l’e-mail d’invitation.")
                .titled("Connexion refusée");
    }

    /** Wrong current password on an authenticated route (e-mail change). */
    public static ProblemException wrongCurrentPassword() {
        return ProblemException.onField(HttpStatus.UNAUTHORIZED, ProblemCodes.INVALID_CREDENTIALS, "currentPassword",
                "Mot de passe actuel incorrect.").titled("Mot de passe incorrect");
    }

    /**
     * Wrong password given to confirm an irreversible action (account deletion). 403 rather than 401: the person is
     * signed in, and a portal must not take the answer for an expired session.
     */
    public static ProblemException wrongConfirmationPassword() {
        return ProblemException.onField(HttpStatus.FORBIDDEN, ProblemCodes.INVALID_CREDENTIALS, "currentPassword",
                "Mot de passe incorrect : votre compte n'a pas été supprimé.").titled("Mot de passe incorrect");
    }

    /**
     * Sign-in refused after too many wrong passwords: the same words whether or not an account has the address, so
     * that a lock reveals no account either.
     */
    public static ProblemException signInLocked(Instant until, Instant now) {
        return new ProblemException(HttpStatus.LOCKED, ProblemCodes.ACCOUNT_LOCKED,
                "Trop d'essais infructueux : par sécurité, la connexion avec cette adresse e-mail est bloquée "
                        + until(until, now) + ". Réessayez ensuite, ou choisissez un nouveau mot de passe avec "
                        + "« Mot de passe oublié » : le lien reçu par e-mail lève aussitôt le blocage.",
                List.of(), Duration.between(now, until)).titled("Connexion bloquée");
    }

    /** A signed-in person confirming an action with their password got it wrong too often. */
    public static ProblemException locked(Instant until, Instant now) {
        return new ProblemException(HttpStatus.LOCKED, ProblemCodes.ACCOUNT_LOCKED,
                "Trop d'essais infructueux : par sécurité, ce compte est bloqué " + until(until, now) + ". "
                        + "Réessayez ensuite, ou choisissez un nouveau mot de passe avec « Mot de passe oublié ».",
                List.of(), Duration.between(now, until));
    }

    private static String until(Instant until, Instant now) {
        return (ParisFormats.sameDay(now, until) ? "jusqu'à " + ParisFormats.time(until)
                : "jusqu'au " + ParisFormats.date(until) + " à " + ParisFormats.time(until)) + " (heure de Paris)";
    }

    public static ProblemException deactivated() {
        return new ProblemException(HttpStatus.FORBIDDEN, ProblemCodes.ACCOUNT_DEACTIVATED,
                "Ce compte est désactivé. Pour le réactiver, adressez-vous à votre service RH.")
                .titled("Compte désactivé");
    }

    public static ProblemException refreshTokenInvalid() {
        return new ProblemException(HttpStatus.UNAUTHORIZED, ProblemCodes.REFRESH_TOKEN_INVALID,
                "Votre session a expiré ou a été fermée : reconnectez-vous.").titled("Session expirée");
    }

    public static ProblemException resetTokenInvalid() {
        return ProblemException.onField(HttpStatus.BAD_REQUEST, ProblemCodes.TOKEN_INVALID_OR_EXPIRED, "token",
                "Ce lien de réinitialisation n'est plus valable (déjà utilisé ou expiré) : "
                        + "demandez un nouveau lien depuis « Mot de passe oublié ».").titled("Lien expiré");
    }

    /** Each unmet rule becomes an error on {@code field}, the request's password field. */
    public static ProblemException weakPassword(String field, List<PasswordRule> unmet) {
        List<FieldError> errors = unmet.stream().map(rule -> new FieldError(field, rule.message())).toList();
        return new ProblemException(HttpStatus.BAD_REQUEST, ProblemCodes.PASSWORD_TOO_WEAK,
                "Ce mot de passe ne respecte pas toutes les règles : voyez celles qui manquent.", errors, null)
                .titled("Mot de passe trop faible");
    }
}
