package org.openbenefits.platform.payment.simulator;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Consumes;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Header;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import org.openbenefits.domain.payment.CardBrand;
import org.openbenefits.domain.payment.CardCheck;
import org.openbenefits.domain.payment.CheckCard;
import org.openbenefits.domain.payment.IntentState;
import org.openbenefits.domain.payment.PaymentIntentId;
import org.openbenefits.domain.refusal.FieldRefusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simulator's hosted pages, served by platform-api as a test-mode gateway serves its own (ADR 0012): the payment
 * page of an intent ({@code /simulator/pay/{intent}}: amount, merchant, card fields, "Payer 12,34 €") and its 3-D
 * Secure page ({@code /simulator/challenge/{intent}}, which shows the one-time code as test modes do). HTML for
 * browsers, not part of the JSON API: left out of the OpenAPI document.
 *
 * <p>Each form carries its intent's token (a form posted from elsewhere cannot know it); every page is
 * {@code no-store} with a Content-Security-Policy that runs no script, allows the one inline style by its hash and
 * lets forms post only here and to the return address registered at creation. The browser is only ever sent back to
 * that address, never to one a request carries. The card number and security code are checked ({@link CheckCard}),
 * handed to the simulator and forgotten: never logged, never written back into a page.
 */
@Hidden
@Controller("/simulator")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class HostedPageController {

    private static final Logger LOG = LoggerFactory.getLogger(HostedPageController.class);
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final MediaType HTML = MediaType.of("text/html;charset=utf-8");
    private static final int MAX_ID_LENGTH = 64;
    private static final int MAX_SHOWN_EXPIRY = 10;

    private final Simulator simulator;
    private final SimulatorNotifications notifications;
    private final SimulatorSettings settings;
    private final Clock clock;

    HostedPageController(Simulator simulator, SimulatorNotifications notifications, SimulatorSettings settings,
                         Clock clock) {
        this.simulator = simulator;
        this.notifications = notifications;
        this.settings = settings;
        this.clock = clock;
    }

    @Get("/pay/{intent}")
    HttpResponse<String> payPage(@PathVariable String intent,
                                 @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String language = SimulatorWords.language(acceptLanguage);
        Optional<SimulatedIntent> found = find(intent);
        if (found.isEmpty()) {
            return html(HttpStatus.NOT_FOUND, HostedPages.notFound(language), null);
        }
        SimulatedIntent simulated = found.get();
        if (simulated.intent().state() == IntentState.CREATED) {
            return html(HttpStatus.OK, HostedPages.payForm(simulated, settings.merchantName(), HostedPages.Typed.NONE,
                    Map.of(), language), simulated);
        }
        return outcome(simulated, language);
    }

    @Post("/pay/{intent}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> pay(@PathVariable String intent, @Nullable @Body String body,
                             @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Map<String, String> form = form(body);
        String language = SimulatorWords.language(acceptLanguage);
        Optional<SimulatedIntent> found = find(intent);
        Optional<HttpResponse<String>> refused = refusedPost(found, form, "payment", language);
        if (refused.isPresent()) {
            return refused.get();
        }
        SimulatedIntent simulated = found.orElseThrow();
        if (simulated.intent().state() != IntentState.CREATED) {
            return outcome(simulated, language);
        }
        Optional<CardBrand> brand = brand(form.get("brand"));
        String expiry = form.getOrDefault("expiry", "");
        CardCheck check = CheckCard.check(form.get("cardNumber"), expiry, form.get("securityCode"), brand,
                LocalDate.ofInstant(clock.instant(), PARIS));
        return switch (check) {
            case CardCheck.Rejected rejected -> {
                Map<String, String> errors = new LinkedHashMap<>();
                for (FieldRefusal fault : rejected.refusal().fields()) {
                    errors.putIfAbsent(fault.field(), SimulatorWords.field(fault, language));
                }
                HostedPages.Typed typed = new HostedPages.Typed(
                        expiry.length() > MAX_SHOWN_EXPIRY ? "" : expiry.strip(), brand);
                yield html(HttpStatus.UNPROCESSABLE_ENTITY, HostedPages.payForm(simulated, settings.merchantName(),
                        typed, errors, language), simulated);
            }
            case CardCheck.Accepted accepted -> {
                SimulatedIntent confirmed = simulator.confirm(simulated.intent().id(), accepted.card());
                yield decided(confirmed, language);
            }
        };
    }

    @Get("/challenge/{intent}")
    HttpResponse<String> challengePage(@PathVariable String intent,
                                       @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        String language = SimulatorWords.language(acceptLanguage);
        Optional<SimulatedIntent> found = find(intent);
        if (found.isEmpty()) {
            return html(HttpStatus.NOT_FOUND, HostedPages.notFound(language), null);
        }
        SimulatedIntent simulated = found.get();
        if (simulated.intent().state() != IntentState.REQUIRES_ACTION) {
            return seeOther(URI.create("/simulator/pay/" + simulated.intent().id().value()), simulated);
        }
        return html(HttpStatus.OK, HostedPages.challenge(simulated, settings.merchantName(), language), simulated);
    }

    @Post("/challenge/{intent}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<String> answerChallenge(@PathVariable String intent, @Nullable @Body String body,
                                         @Nullable @Header(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
        Map<String, String> form = form(body);
        String language = SimulatorWords.language(acceptLanguage);
        Optional<SimulatedIntent> found = find(intent);
        Optional<HttpResponse<String>> refused = refusedPost(found, form, "3-D Secure", language);
        if (refused.isPresent()) {
            return refused.get();
        }
        SimulatedIntent simulated = found.orElseThrow();
        if (simulated.intent().state() != IntentState.REQUIRES_ACTION) {
            return outcome(simulated, language);
        }
        String code = form.getOrDefault("code", "");
        return decided(simulator.answerChallenge(simulated.intent().id(), code.length() > 32 ? "" : code), language);
    }

    /**
     * The page refusing a form posted to an unknown intent (404) or without the intent's token (403), if either; the
     * {@code form} named in the log is the payment or the 3-D Secure one.
     */
    private Optional<HttpResponse<String>> refusedPost(Optional<SimulatedIntent> found, Map<String, String> form,
                                                       String which, String language) {
        if (found.isEmpty()) {
            return Optional.of(html(HttpStatus.NOT_FOUND, HostedPages.notFound(language), null));
        }
        SimulatedIntent simulated = found.get();
        if (!Simulator.formTokenMatches(simulated, form.get("formToken"))) {
            LOG.warn("Simulator: {} form of intent {} posted without its token", which, simulated.intent().id());
            return Optional.of(html(HttpStatus.FORBIDDEN,
                    HostedPages.expiredForm(simulated.intent().id().value(), language), simulated));
        }
        return Optional.empty();
    }

    /** After the card or the code: notify now (the job retries if the platform does not answer), then go on. */
    private HttpResponse<String> decided(SimulatedIntent simulated, String language) {
        if (simulated.intent().state() != IntentState.REQUIRES_ACTION) {
            try {
                notifications.sendDue(simulated.intent().id());
            } catch (RuntimeException e) {
                LOG.warn("Simulator: notification of intent {} left to the job: {}", simulated.intent().id(),
                        e.toString());
            }
        }
        return outcome(simulated, language);
    }

    /** Where an intent no longer waiting for a card leads: its challenge, the return address, or a page saying so. */
    private HttpResponse<String> outcome(SimulatedIntent simulated, String language) {
        return switch (simulated.intent().state()) {
            case CREATED -> seeOther(URI.create("/simulator/pay/" + simulated.intent().id().value()), simulated);
            case REQUIRES_ACTION -> seeOther(URI.create("/simulator/challenge/" + simulated.intent().id().value()),
                    simulated);
            case AUTHORISED -> seeOther(simulated.returnTo(), simulated);
            case CAPTURED, PARTIALLY_REFUNDED, REFUNDED -> html(HttpStatus.OK, HostedPages.accepted(simulated, language),
                    simulated);
            case FAILED -> html(HttpStatus.OK, HostedPages.declined(simulated, simulated.intent().declined()
                    .orElseThrow(), language), simulated);
            case CANCELLED -> html(HttpStatus.OK, HostedPages.cancelled(simulated, language), simulated);
        };
    }

    private Optional<SimulatedIntent> find(String intent) {
        if (intent.isEmpty() || intent.length() > MAX_ID_LENGTH
                || !intent.chars().allMatch(c -> Character.isLetterOrDigit(c) && c < 0x80 || c == '_' || c == '-')) {
            return Optional.empty();
        }
        return simulator.find(PaymentIntentId.of(intent));
    }

    /**
     * The fields of a posted form, read here rather than by the framework so that a broken encoding (a stray
     * {@code %}) is a field left empty, not a server error; the first of a repeated field counts.
     */
    static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (body == null || body.isEmpty()) {
            return fields;
        }
        for (String pair : body.split("&")) {
            int equals = pair.indexOf('=');
            String name = decoded(equals < 0 ? pair : pair.substring(0, equals));
            String value = equals < 0 ? "" : decoded(pair.substring(equals + 1));
            if (!name.isEmpty()) {
                fields.putIfAbsent(name, value);
            }
        }
        return fields;
    }

    private static String decoded(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException broken) {
            return "";
        }
    }

    private static Optional<CardBrand> brand(String chosen) {
        return Arrays.stream(CardBrand.values()).filter(brand -> brand.name().equals(chosen)).findFirst();
    }

    private static MutableHttpResponse<String> html(HttpStatus status, String page, SimulatedIntent simulated) {
        return secured(HttpResponse.<String>status(status).body(page).contentType(HTML), simulated);
    }

    private static MutableHttpResponse<String> seeOther(URI location, SimulatedIntent simulated) {
        return secured(HttpResponse.<String>status(HttpStatus.SEE_OTHER).header(HttpHeaders.LOCATION,
                location.toString()), simulated);
    }

    /**
     * No caching, and a policy that runs no script, takes the one inline style by its hash, and lets forms post here
     * and be sent on to the intent's return address (browsers apply form-action to the redirect after a post).
     */
    private static <T> MutableHttpResponse<T> secured(MutableHttpResponse<T> response, SimulatedIntent simulated) {
        String returnOrigin = simulated == null ? "" : " " + origin(simulated.returnTo());
        return response.header(HttpHeaders.CACHE_CONTROL, "no-store")
                .header("Content-Security-Policy", "default-src 'none'; style-src 'sha256-" + HostedPages.STYLE_HASH
                        + "'; form-action 'self'" + returnOrigin + "; base-uri 'none'; frame-ancestors 'none'");
    }

    private static String origin(URI uri) {
        return uri.getScheme() + "://" + uri.getRawAuthority();
    }
}
