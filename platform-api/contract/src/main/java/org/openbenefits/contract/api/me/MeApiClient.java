package org.openbenefits.contract.api.me;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.http.client.annotation.Client;
import org.openbenefits.contract.api.auth.UserSummary;

/**
 * The signed-in person's own account. Every call needs the person's access token: the portals pass it on with a
 * client filter on the service id {@code platform-api}. Errors arrive as {@code HttpClientResponseException} whose
 * body reads as a {@link org.openbenefits.contract.api.ProblemDetail}.
 */
@Client(id = "platform-api", path = "/api/v1/me")
public interface MeApiClient {

    @Get
    UserSummary me();

    /**
     * Asks to change the sign-in address (202): a confirmation link goes to the new address, a notice to the current
     * one, and nothing changes until the link is used. A wrong password is a 401 {@code password.current-incorrect}
     * on {@code currentPassword}; too many confirmation e-mails lately a 429 {@code email.change-limit-reached}.
     */
    @Post("/email")
    PendingEmailChange changeEmail(@Body EmailChangeRequest request);

    /**
     * Sends the pending change's confirmation link again, as a new link (202). Null when no change is pending: the API
     * says 404 {@code email-change.none-pending}, which a declarative client answers with null.
     */
    @Post("/email/pending/resend")
    @Nullable
    PendingEmailChange resendEmailConfirmation();

    /** Forgets the pending change of sign-in address, if any (204): its link stops working. */
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_JSON_PROBLEM})
    @Delete("/email/pending")
    HttpResponse<Void> cancelEmailChange();

    /** "Mon profil". */
    @Get("/profile")
    ProfileView profile();

    /** Saves "Mon profil"; a 400 {@code request.invalid} names each field at fault. */
    @Put("/profile")
    ProfileView updateProfile(@Body ProfileUpdate update);

    /**
     * The personal data export as the JSON file to hand to the person: the body is a {@link PersonalDataExport},
     * the Content-Disposition header names the file ({@code mes-donnees-openbenefits-YYYY-MM-DD.json}).
     */
    @Get("/data-export")
    HttpResponse<byte[]> exportData();

    /** Deletes the account (204); a wrong password is a 403
     * {@code account.deletion-password-incorrect} on {@code currentPassword}. */
    @Consumes({MediaType.APPLICATION_JSON, MediaType.APPLICATION_JSON_PROBLEM})
    @Post("/deletion")
    HttpResponse<Void> deleteAccount(@Body AccountDeletionRequest request);
}
