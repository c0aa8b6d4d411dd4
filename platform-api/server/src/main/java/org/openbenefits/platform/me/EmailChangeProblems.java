package org.openbenefits.platform.me;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import io.micronaut.http.HttpStatus;
import org.openbenefits.contract.api.ProblemCodes;
import org.openbenefits.platform.notification.ParisFormats;
import org.openbenefits.platform.web.ProblemException;

/** The API answers to refusals of a sign-in address change: status, stable code and French message, in one place. */
final class EmailChangeProblems {

    private EmailChangeProblems() {
    }

    static ProblemException taken() {
        return ProblemException.onField(HttpStatus.CONFLICT, ProblemCodes.EMAIL_TAKEN, "newEmail",
                "Cette adresse e-mail est déjà utilisée par un autre compte : choisissez-en une autre.")
                .titled("Adresse déjà utilisée");
    }

    static ProblemException unchanged() {
        return ProblemException.onField(HttpStatus.BAD_REQUEST, ProblemCodes.EMAIL_UNCHANGED, "newEmail",
                "C'est déjà votre adresse de connexion : indiquez-en une autre.").titled("Adresse inchangée");
    }

    static ProblemException tooManyMails(Instant from, Instant now) {
        return new ProblemException(HttpStatus.TOO_MANY_REQUESTS, ProblemCodes.EMAIL_CHANGE_LIMIT_REACHED,
                "Trop d'e-mails de confirmation ont été envoyés pour ce compte dans l'heure : vous pourrez en "
                        + "demander un autre " + (ParisFormats.sameDay(now, from) ? "à " + ParisFormats.time(from)
                                : "le " + ParisFormats.date(from) + " à " + ParisFormats.time(from))
                        + " (heure de Paris).",
                List.of(), Duration.between(now, from)).titled("Trop d'e-mails de confirmation");
    }

    static ProblemException nothingPending() {
        return new ProblemException(HttpStatus.NOT_FOUND, ProblemCodes.NO_PENDING_EMAIL_CHANGE,
                "Aucun changement d'adresse de connexion n'attend de confirmation : il a peut-être expiré, été "
                        + "confirmé ou annulé.").titled("Aucun changement en attente");
    }

    static ProblemException linkInvalid() {
        return ProblemException.onField(HttpStatus.BAD_REQUEST, ProblemCodes.TOKEN_INVALID_OR_EXPIRED, "token",
                "Ce lien de confirmation n'est plus valable (déjà utilisé, remplacé par un plus récent, annulé ou "
                        + "expiré) : demandez un nouveau lien depuis « Mon profil ».").titled("Lien expiré");
    }

    static ProblemException takenMeanwhile() {
        return new ProblemException(HttpStatus.CONFLICT, ProblemCodes.EMAIL_TAKEN,
                "Cette adresse e-mail est désormais utilisée par un autre compte : votre adresse de connexion n'a pas "
                        + "changé. Choisissez-en une autre depuis « Mon profil ».").titled("Adresse déjà utilisée");
    }
}
