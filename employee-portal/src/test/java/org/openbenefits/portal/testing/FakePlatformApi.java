package org.openbenefits.portal.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micronaut.context.annotation.Requires;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Delete;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Put;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.ProblemDetail.FieldError;
import org.openbenefits.contract.api.allowance.WalletView;
import org.openbenefits.contract.api.auth.UserSummary;
import org.openbenefits.contract.api.me.AccountDeletionRequest;
import org.openbenefits.contract.api.me.EmailChangeConfirmed;
import org.openbenefits.contract.api.me.EmailChangeRequest;
import org.openbenefits.contract.api.me.PendingEmailChange;
import org.openbenefits.contract.api.me.PersonalDataExport;
import org.openbenefits.contract.api.me.ProfileAddress;
import org.openbenefits.contract.api.me.ProfileUpdate;
import org.openbenefits.contract.api.me.ProfileView;
import org.openbenefits.domain.identity.IdentityRefusal;
import org.openbenefits.domain.refusal.FieldCode;
import org.openbenefits.domain.refusal.GeneralRefusal;
import org.openbenefits.domain.refusal.RefusalCode;
import org.openbenefits.portalcommon.session.AccessTokenVerifier;
import org.openbenefits.portalcommon.testing.FakeProblems;
import org.openbenefits.portalcommon.testing.PortalTestWithFakeApi;

/**
 * The platform-api routes of the signed-in person's own account ({@code /api/v1/me}), faked on the portal's own
 * embedded server for the portal's component tests: same paths, same JSON shapes (the contract's records), same
 * problem+json refusals with the codes, parameters, field names and field codes the real controllers use
 * ({@link FakeProblems}). It keeps one employee, Camille
 * Martin (account 42 of employer 7, as {@code TestTokens} signs her in), with her wallet ({@link FakeWallets#camilles()}
 * unless a test gives another), and remembers what the portal sent. A change of sign-in address waits for its link
 * ({@link #latestLink()}), which {@link FakeEmailChangeConfirmation} takes as platform-api's anonymous route does.
 */
@Requires(property = PortalTestWithFakeApi.FAKE_API, value = "true")
@Controller("/api/v1/me")
@ExecuteOn(TaskExecutors.BLOCKING) // as platform-api's controllers, off the event loop that also serves the portal
@Singleton
public class FakePlatformApi {

    public static final String PASSWORD = "Un mot de passe 2026";
    public static final String WORK_EMAIL = "camille.martin@acme.example";
    public static final String EMAIL_OF_ANOTHER_ACCOUNT = "dominique.durand@acme.example";
    public static final String EXPORT_FILE = "mes-donnees-openbenefits-2026-11-22.json";
    /** When every confirmation link the fake sends stops working: 23/11/2026 at 14:05 in Paris. */
    public static final Instant LINK_EXPIRY = Instant.parse("2026-11-23T13:05:00Z");

    private final AccessTokenVerifier tokens;
    private final List<ProfileUpdate> updates = new CopyOnWriteArrayList<>();
    private final List<String> calls = new CopyOnWriteArrayList<>();
    private volatile ProfileView profile;
    private volatile boolean deleted;
    private volatile boolean exportNamesItsFile;
    private volatile boolean refusesTheSession;
    private volatile WalletView wallet;
    private volatile boolean walletFails;
    private volatile PendingEmailChange pendingEmailChange;
    private volatile String latestLink;
    private volatile int links;
    private volatile boolean mailLimitReached;
    private volatile boolean addressTakenMeanwhile;

    FakePlatformApi(AccessTokenVerifier tokens) {
        this.tokens = tokens;
        reset();
    }

    /** Back to Camille's saved profile: an address in Lyon, e-tickets to her work e-mail, French. */
    public void reset() {
        profile = new ProfileView("Camille", "Martin", WORK_EMAIL, WORK_EMAIL, "E-1042", "Comptabilité", "Lyon Part-Dieu",
                "Acme Industries", new ProfileAddress("12 rue des Lilas", null, "69003", "Lyon", "FR"),
                WORK_EMAIL, true, "fr");
        updates.clear();
        calls.clear();
        deleted = false;
        exportNamesItsFile = true;
        refusesTheSession = false;
        wallet = FakeWallets.camilles();
        walletFails = false;
        pendingEmailChange = null;
        latestLink = null;
        links = 0;
        mailLimitReached = false;
        addressTakenMeanwhile = false;
    }

    /** Answers the next wallet reads with this wallet. */
    public void giveWallet(WalletView wallet) {
        this.wallet = wallet;
    }

    /** Answers the next wallet reads 500, as a platform-api with a fault does. */
    public void failTheWallet() {
        walletFails = true;
    }

    /** Camille's profile as platform-api would answer it now, with the change of address waiting, if any. */
    public ProfileView profile() {
        ProfileView p = profile;
        return new ProfileView(p.firstName(), p.lastName(), p.email(), p.workEmail(), p.employeeNumber(),
                p.department(), p.site(), p.employerName(), p.address(), p.deliveryEmail(), p.deliveryEmailIsDefault(),
                p.language(), pendingEmailChange);
    }

    /** The token of the latest confirmation link "e-mailed" to a new sign-in address; null if none was sent. */
    public String latestLink() {
        return latestLink;
    }

    /** Sets up a change of sign-in address waiting for its link, as if Camille had asked for it; returns the link's token. */
    public String pendingChangeTo(String newEmail) {
        sendLink(newEmail);
        return latestLink;
    }

    /** Answers the next requests for a confirmation e-mail 429 email.change-limit-reached, 25 minutes to wait. */
    public void reachTheMailLimit() {
        mailLimitReached = true;
    }

    /** Lets another account take the pending new address before its link is used. */
    public void takeThePendingAddress() {
        addressTakenMeanwhile = true;
    }

    /** platform-api's POST /api/v1/auth/email-change/confirm, for {@link FakeEmailChangeConfirmation}. */
    HttpResponse<?> confirmEmailChange(String token) {
        calls.add("POST /auth/email-change/confirm");
        PendingEmailChange pending = pendingEmailChange;
        if (pending == null || !token.equals(latestLink)) {
            return problem(IdentityRefusal.EMAIL_CHANGE_LINK_INVALID,
                    FakeProblems.field("token", IdentityRefusal.LINK_INVALID_OR_EXPIRED));
        }
        pendingEmailChange = null;
        latestLink = null;
        if (addressTakenMeanwhile) {
            return FakeProblems.respond(IdentityRefusal.EMAIL_TAKEN_MEANWHILE);
        }
        ProfileView p = profile;
        profile = new ProfileView(p.firstName(), p.lastName(), pending.newEmail(), p.workEmail(), p.employeeNumber(),
                p.department(), p.site(), p.employerName(), p.address(), p.deliveryEmail(), p.deliveryEmailIsDefault(),
                p.language());
        return HttpResponse.ok(new EmailChangeConfirmed(pending.newEmail()));
    }

    /** Every profile update the portal sent, accepted or not, oldest first. */
    public List<ProfileUpdate> updates() {
        return List.copyOf(updates);
    }

    /** Every call the portal made ("PUT /profile"...), oldest first. */
    public List<String> calls() {
        return List.copyOf(calls);
    }

    public boolean deleted() {
        return deleted;
    }

    /** Answers the next exports without Content-Disposition, to see the portal name the file itself. */
    public void exportWithoutFileName() {
        exportNamesItsFile = false;
    }

    /** Answers every next call 401, as platform-api does for a session it closed (sign-out elsewhere, deactivation). */
    public void refuseTheSession() {
        refusesTheSession = true;
    }

    @Get
    HttpResponse<?> me(@Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization) {
        calls.add("GET /");
        if (!signedIn(authorization)) {
            return unauthorized();
        }
        return HttpResponse.ok(summary());
    }

    @Post("/email")
    HttpResponse<?> changeEmail(@Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization,
                                @Body EmailChangeRequest request) {
        calls.add("POST /email");
        if (!signedIn(authorization)) {
            return unauthorized();
        }
        if (!PASSWORD.equals(request.currentPassword())) {
            return problem(IdentityRefusal.CURRENT_PASSWORD_INCORRECT,
                    FakeProblems.field("currentPassword", IdentityRefusal.PASSWORD_INCORRECT));
        }
        if (EMAIL_OF_ANOTHER_ACCOUNT.equalsIgnoreCase(request.newEmail())) {
            return problem(IdentityRefusal.EMAIL_TAKEN, FakeProblems.field("newEmail", IdentityRefusal.EMAIL_IN_USE));
        }
        return sendLink(request.newEmail().toLowerCase());
    }

    @Post("/email/pending/resend")
    HttpResponse<?> resendEmailConfirmation(@Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization) {
        calls.add("POST /email/pending/resend");
        if (!signedIn(authorization)) {
            return unauthorized();
        }
        PendingEmailChange pending = pendingEmailChange;
        if (pending == null) {
            return FakeProblems.respond(IdentityRefusal.NO_PENDING_EMAIL_CHANGE);
        }
        return sendLink(pending.newEmail());
    }

    @Delete("/email/pending")
    HttpResponse<?> cancelEmailChange(@Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization) {
        calls.add("DELETE /email/pending");
        if (!signedIn(authorization)) {
            return unauthorized();
        }
        pendingEmailChange = null;
        latestLink = null;
        return HttpResponse.noContent();
    }

    private HttpResponse<?> sendLink(String newEmail) {
        if (mailLimitReached) {
            return FakeProblems.response(FakeProblems.refusal(IdentityRefusal.EMAIL_CHANGE_LIMIT_REACHED, List.of(),
                    1500L, "minutes", 25L));
        }
        links++;
        latestLink = "lien-" + links;
        pendingEmailChange = new PendingEmailChange(newEmail, LINK_EXPIRY);
        return HttpResponse.accepted().body(pendingEmailChange);
    }

    @Get("/profile")
    HttpResponse<?> readProfile(@Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization) {
        calls.add("GET /profile");
        if (!signedIn(authorization)) {
            return unauthorized();
        }
        if (deleted) {
            return FakeProblems.respond(IdentityRefusal.ACCOUNT_DELETED);
        }
        return HttpResponse.ok(profile());
    }

    @Put("/profile")
    HttpResponse<?> updateProfile(@Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization,
                                  @Body ProfileUpdate update) {
        calls.add("PUT /profile");
        if (!signedIn(authorization)) {
            return unauthorized();
        }
        updates.add(update);
        List<FieldError> errors = invalidFields(update);
        if (!errors.isEmpty()) {
            return problem(GeneralRefusal.INVALID_REQUEST, errors.toArray(FieldError[]::new));
        }
        ProfileView p = profile;
        boolean byDefault = update.deliveryEmail() == null || update.deliveryEmail().equalsIgnoreCase(p.workEmail());
        profile = new ProfileView(p.firstName(), p.lastName(), p.email(), p.workEmail(), p.employeeNumber(),
                p.department(), p.site(), p.employerName(), update.address(),
                byDefault ? p.workEmail() : update.deliveryEmail(), byDefault, update.language());
        return HttpResponse.ok(profile());
    }

    @Get("/data-export")
    HttpResponse<?> exportData(@Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization) {
        calls.add("GET /data-export");
        if (!signedIn(authorization)) {
            return unauthorized();
        }
        ProfileView p = profile;
        PersonalDataExport export = new PersonalDataExport(Instant.parse("2026-11-22T09:30:00Z"),
                new PersonalDataExport.Account(42, p.email(), p.firstName(), p.lastName(), "EMPLOYEE", "ACTIVE",
                        p.language(), Instant.parse("2026-01-05T08:00:00Z"), 7L, p.employerName()),
                new PersonalDataExport.Profile(p.employeeNumber(), p.workEmail(), p.department(), p.site(), p.address(),
                        p.deliveryEmail(), p.deliveryEmailIsDefault(), Instant.parse("2026-11-20T10:00:00Z")),
                List.of(), List.of(), List.of());
        var answer = HttpResponse.ok(export).header(HttpHeaders.CACHE_CONTROL, "no-store");
        return exportNamesItsFile
                ? answer.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + EXPORT_FILE + "\"")
                : answer;
    }

    @Get("/wallet")
    HttpResponse<?> wallet(@Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization) {
        calls.add("GET /wallet");
        if (!signedIn(authorization)) {
            return unauthorized();
        }
        if (walletFails) {
            return FakeProblems.respond(GeneralRefusal.INTERNAL_ERROR);
        }
        return HttpResponse.ok(wallet);
    }

    @Post("/deletion")
    HttpResponse<?> deleteAccount(@Header(HttpHeaders.AUTHORIZATION) @Nullable String authorization,
                                  @Body AccountDeletionRequest request) {
        calls.add("POST /deletion");
        if (!signedIn(authorization)) {
            return unauthorized();
        }
        if (!PASSWORD.equals(request.currentPassword())) {
            return problem(IdentityRefusal.DELETION_PASSWORD_INCORRECT,
                    FakeProblems.field("currentPassword", IdentityRefusal.PASSWORD_INCORRECT));
        }
        deleted = true;
        return HttpResponse.noContent();
    }

    /**
     * The constraints of the contract's ProfileUpdate and ProfileAddress, with the field codes their messages name; a
     * nested field by its path ({@code address.line1}), as platform-api names it.
     */
    private static List<FieldError> invalidFields(ProfileUpdate update) {
        List<FieldError> errors = new ArrayList<>();
        ProfileAddress address = update.address();
        if (address != null) {
            if (address.line1() == null || address.line1().isBlank()) {
                errors.add(FakeProblems.field("address.line1", FieldCode.REQUIRED));
            }
            if (address.postalCode() == null || address.postalCode().isBlank()) {
                errors.add(FakeProblems.field("address.postalCode", FieldCode.REQUIRED));
            } else if (!address.postalCode().matches("[0-9]{5}")) {
                errors.add(FakeProblems.field("address.postalCode", IdentityRefusal.POSTAL_CODE_INVALID));
            }
            if (address.city() == null || address.city().isBlank()) {
                errors.add(FakeProblems.field("address.city", FieldCode.REQUIRED));
            }
            if (address.country() != null && !address.country().matches("[A-Z]{2}")) {
                errors.add(FakeProblems.field("address.country", IdentityRefusal.COUNTRY_INVALID));
            }
        }
        if (update.deliveryEmail() != null && !update.deliveryEmail().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.add(FakeProblems.field("deliveryEmail", FieldCode.INVALID_EMAIL));
        }
        if (update.language() == null || update.language().isBlank()) {
            errors.add(FakeProblems.field("language", FieldCode.REQUIRED));
        } else if (!update.language().matches("fr|en")) {
            errors.add(FakeProblems.field("language", IdentityRefusal.LANGUAGE_UNKNOWN));
        }
        errors.sort(Comparator.comparing(FieldError::field));
        return errors;
    }

    private UserSummary summary() {
        ProfileView p = profile;
        return new UserSummary(42, p.email(), p.firstName(), p.lastName(), "EMPLOYEE", 7L, p.language());
    }

    private boolean signedIn(@Nullable String authorization) {
        return !refusesTheSession && authorization != null && authorization.startsWith("Bearer ")
                && tokens.verify(authorization.substring("Bearer ".length())).isPresent();
    }

    private HttpResponse<?> unauthorized() {
        return FakeProblems.respond(GeneralRefusal.AUTHENTICATION_REQUIRED);
    }

    private static HttpResponse<?> problem(RefusalCode code, FieldError... fields) {
        return FakeProblems.response(FakeProblems.refusal(code, List.of(fields), null));
    }
}
