package org.openbenefits.platform.payment.simulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.ResultSetMetaData;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.annotation.MockBean;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.payment.NotificationReceipt;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.order.OrderNumber;
import org.openbenefits.domain.payment.CardBrand;
import org.openbenefits.domain.payment.DeclineReason;
import org.openbenefits.domain.payment.GatewayNotification;
import org.openbenefits.domain.payment.IntentState;
import org.openbenefits.domain.payment.NotificationSignature;
import org.openbenefits.domain.payment.PaymentIntentId;
import org.openbenefits.domain.refusal.Refused;
import org.openbenefits.platform.MutableClock;
import org.openbenefits.platform.apicontract.OutsideTheContract;
import org.openbenefits.platform.apicontract.ValidatingJdkClient;
import org.openbenefits.platform.infrastructure.Jdbc;
import org.openbenefits.platform.payment.CardPaymentSettled;
import org.openbenefits.platform.payment.CardPayments;
import org.openbenefits.platform.payment.CardPayments.PaymentRequest;
import org.openbenefits.platform.payment.CardPayments.StartedPayment;
import org.openbenefits.testkit.NeedsInfrastructure;
import org.openbenefits.testkit.TestInfrastructure;
import org.slf4j.LoggerFactory;

/**
 * The card gateway side of checkout over real HTTP: the simulator's hosted payment and 3-D Secure pages with each
 * documented test card, its signed notifications applied once by the platform's endpoint (which publishes
 * CardPaymentSettled), the endpoint's refusals, capture, cancellation and partial refunds on both sides, the browser
 * sent back only to the registered address, and no card number nor security code in any table.
 */
@NeedsInfrastructure
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CardGatewayTest implements TestPropertyProvider {

    static final String SECRET = "a-test-secret-of-forty-bytes-0123456789!";
    private static final String NOTIFICATIONS = "/api/v1/payments/notifications";
    private static final String RETURN = "https://salaries.example.org/commandes/";
    private static final String EXPIRY = "12/30";
    private static final String CVC = "987";
    private static final List<String> TYPED_NUMBERS = List.of("4242424242424242", "4000002760003184",
            "4000008400001629", "4000000000000002", "4000000000009995", "5555555555554444", "4242424242424241");
    private static final Pattern FORM_TOKEN = Pattern.compile("name=\"formToken\" value=\"([^\"]+)\"");
    private static final Pattern SHOWN_CODE = Pattern.compile("Code reçu par SMS : ([0-9]{6})");

    private final MutableClock clock = new MutableClock();
    private final HttpClient browser = ValidatingJdkClient.builder().followRedirects(HttpClient.Redirect.NEVER)
            .version(HttpClient.Version.HTTP_1_1).build();
    private final NotificationSignature gatewaySignature = new NotificationSignature(
            SECRET.getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(5));
    private final ListAppender<ILoggingEvent> logs = new ListAppender<>();
    private long orders = 1000;

    @Inject
    EmbeddedServer server;
    @Inject
    CardPayments payments;
    @Inject
    SimulatorNotifications notifications;
    @Inject
    SettledEvents events;
    @Inject
    Jdbc jdbc;
    @Inject
    JsonMapper json;

    @MockBean(Clock.class)
    Clock clock() {
        return clock;
    }

    /** The simulator's notifications go through a client that checks them against the OpenAPI document. */
    @MockBean(HttpClient.Builder.class)
    HttpClient.Builder notificationClients() {
        return ValidatingJdkClient.builder();
    }

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(TestInfrastructure.get().micronautProperties("platform_gateway"));
        properties.put("platform.payments.notification-secret", SECRET);
        properties.put("platform.payments.simulator.notifications.enabled", "false");
        properties.put("platform.payments.simulator.public-url", "https://pay.example.org/");
        return properties;
    }

    @BeforeAll
    void recordLogs() {
        logs.start();
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).addAppender(logs);
    }

    @AfterAll
    void stopRecordingLogs() {
        ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).detachAppender(logs);
        logs.stop();
    }

    record Page(int status, String body, Map<String, List<String>> headers) {
        Optional<String> header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream()).findFirst();
        }
    }

    @Test
    void a_card_that_succeeds_is_authorised_notified_once_and_the_browser_goes_back_to_the_registered_address() {
        StartedPayment started = start();
        assertThat(started.hostedPage().toString()).isEqualTo("https://pay.example.org/simulator/pay/"
                + started.intent().value());

        Page form = get(payPath(started));
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.header("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
        assertThat(form.body()).contains("OpenBenefits", "Numéro de carte", "Date d’expiration (MM/AA)",
                "Cryptogramme", "> CB", "> Visa", "> Mastercard", "Payer 12,34\u00A0€");
        assertSecured(form);

        Page paid = post(payPath(started) + "?returnTo=https%3A%2F%2Fevil.example%2F", Map.of(
                "formToken", token(form), "cardNumber", "4242 4242 4242 4242", "expiry", EXPIRY,
                "securityCode", CVC, "brand", "VISA", "returnTo", "https://evil.example/",
                "return_url", "https://evil.example/"));

        assertThat(paid.status()).isEqualTo(303);
        assertThat(paid.header("Location")).contains(returnTo(started));
        assertSecured(paid);
        assertThat(events.of(started.intent())).singleElement().isInstanceOfSatisfying(
                CardPaymentSettled.Authorised.class, authorised -> {
                    assertThat(authorised.orderId()).isEqualTo(orderOf(started));
                    assertThat(authorised.card().brand()).isEqualTo(CardBrand.VISA);
                    assertThat(authorised.card().lastFour()).isEqualTo("4242");
                    assertThat(authorised.card().token().value()).startsWith("tok_sim_");
                });
        assertThat(platformState(started)).isEqualTo("AUTHORISED");
        assertThat(simulatorState(started)).isEqualTo("AUTHORISED");
        assertThat(jdbc.one("SELECT card_brand, card_last_four FROM payment_intent WHERE id = ?",
                row -> row.getString(1) + " " + row.getString(2), started.intent().value())).contains("VISA 4242");
        assertThat(acknowledged(started)).isEqualTo(1);

        Page again = get(payPath(started));
        assertThat(again.status()).isEqualTo(303);
        assertThat(again.header("Location")).contains(returnTo(started));
    }

    @Test
    void a_3_d_secure_card_shows_its_code_and_is_authorised_with_it() {
        StartedPayment started = start();

        Page challenged = pay(started, "4000 0027 6000 3184", "CB");
        assertThat(challenged.status()).isEqualTo(303);
        assertThat(challenged.header("Location")).contains("/simulator/challenge/" + started.intent().value());
        assertThat(events.of(started.intent())).isEmpty();

        Page challenge = get("/simulator/challenge/" + started.intent().value());
        assertThat(challenge.status()).isEqualTo(200);
        assertThat(challenge.body()).contains("Code de vérification", "Vérification 3-D Secure");
        assertSecured(challenge);
        Matcher code = SHOWN_CODE.matcher(challenge.body());
        assertThat(code.find()).as(challenge.body()).isTrue();

        Page answered = post("/simulator/challenge/" + started.intent().value(),
                Map.of("formToken", token(challenge), "code", code.group(1)));

        assertThat(answered.status()).isEqualTo(303);
        assertThat(answered.header("Location")).contains(returnTo(started));
        assertThat(events.of(started.intent())).singleElement().isInstanceOfSatisfying(
                CardPaymentSettled.Authorised.class, authorised -> {
                    assertThat(authorised.card().brand()).isEqualTo(CardBrand.CB);
                    assertThat(authorised.card().lastFour()).isEqualTo("3184");
                });
        assertThat(platformState(started)).isEqualTo("AUTHORISED");
    }

    @Test
    void a_wrong_code_fails_authentication_and_the_right_one_on_the_declining_card_is_declined() {
        StartedPayment wrong = start();
        pay(wrong, "4000 0027 6000 3184", "VISA");
        Page challenge = get("/simulator/challenge/" + wrong.intent().value());
        Matcher shown = SHOWN_CODE.matcher(challenge.body());
        assertThat(shown.find()).isTrue();
        String other = shown.group(1).equals("000000") ? "111111" : "000000";
        Page failed = post("/simulator/challenge/" + wrong.intent().value(),
                Map.of("formToken", token(challenge), "code", other));

        StartedPayment declining = start();
        pay(declining, "4000 0084 0000 1629", "");
        Page declineChallenge = get("/simulator/challenge/" + declining.intent().value());
        Matcher code = SHOWN_CODE.matcher(declineChallenge.body());
        assertThat(code.find()).isTrue();
        Page declined = post("/simulator/challenge/" + declining.intent().value(),
                Map.of("formToken", token(declineChallenge), "code", code.group(1)));

        assertThat(failed.status()).isEqualTo(200);
        assertThat(failed.body()).contains("Paiement refusé : le code de vérification est incorrect.",
                "href=\"" + returnTo(wrong) + "\"");
        assertThat(events.of(wrong.intent())).singleElement().isInstanceOfSatisfying(CardPaymentSettled.Failed.class,
                settled -> assertThat(settled.reason()).isEqualTo(DeclineReason.AUTHENTICATION_FAILED));
        assertThat(declined.body()).contains("Paiement refusé : votre banque a refusé la carte après la vérification "
                + "3-D Secure.");
        assertThat(events.of(declining.intent())).singleElement().isInstanceOfSatisfying(
                CardPaymentSettled.Failed.class, settled ->
                        assertThat(settled.reason()).isEqualTo(DeclineReason.DECLINED_AFTER_AUTHENTICATION));
        assertThat(platformState(declining)).isEqualTo("FAILED");
        assertThat(jdbc.one("SELECT decline_reason FROM payment_intent WHERE id = ?", row -> row.getString(1),
                declining.intent().value())).contains("DECLINED_AFTER_AUTHENTICATION");

        Page after = get("/simulator/challenge/" + declining.intent().value());
        assertThat(after.status()).isEqualTo(303);
        assertThat(get(payPath(declining)).body()).contains("Paiement refusé");
    }

    @Test
    void declined_cards_show_why_with_a_way_back_and_are_notified() {
        StartedPayment declined = start();
        StartedPayment poor = start();

        Page declinedPage = pay(declined, "4000 0000 0000 0002", "VISA");
        Page poorPage = pay(poor, "4000000000009995", "");

        assertThat(declinedPage.status()).isEqualTo(200);
        assertThat(declinedPage.body()).contains("Paiement refusé : votre banque a refusé la carte.",
                "href=\"" + returnTo(declined) + "\"", "Retourner sur le site du marchand");
        assertSecured(declinedPage);
        assertThat(poorPage.body()).contains("Paiement refusé : le solde du compte est insuffisant.");
        assertThat(events.of(declined.intent())).singleElement().isInstanceOfSatisfying(CardPaymentSettled.Failed.class,
                settled -> assertThat(settled.reason()).isEqualTo(DeclineReason.CARD_DECLINED));
        assertThat(events.of(poor.intent())).singleElement().isInstanceOfSatisfying(CardPaymentSettled.Failed.class,
                settled -> assertThat(settled.reason()).isEqualTo(DeclineReason.INSUFFICIENT_FUNDS));
        assertThat(platformState(poor)).isEqualTo("FAILED");

        String formToken = jdbc.one("SELECT form_token FROM simulator_intent WHERE id = ?", row -> row.getString(1),
                declined.intent().value()).orElseThrow();
        Page retried = post(payPath(declined), Map.of("formToken", formToken, "cardNumber", "4242 4242 4242 4242",
                "expiry", EXPIRY, "securityCode", CVC));
        assertThat(retried.body()).contains("Paiement refusé");
        assertThat(get(payPath(declined)).body()).contains("Paiement refusé : votre banque a refusé la carte.");
        assertThat(events.of(declined.intent())).hasSize(1);
    }

    @Test
    void fields_at_fault_are_named_beside_each_field_and_the_card_is_never_shown_again() {
        StartedPayment started = start();
        Page form = get(payPath(started));

        Page wrong = post(payPath(started), Map.of("formToken", token(form), "cardNumber", "4242 4242 4242 4241",
                "expiry", "13/30", "securityCode", "98", "brand", "VISA"));
        Page empty = post(payPath(started), Map.of("formToken", token(form)));
        Page mismatch = post(payPath(started), Map.of("formToken", token(form), "cardNumber", "4242424242424242",
                "expiry", "01/20", "securityCode", CVC, "brand", "MASTERCARD"));
        Page english = send(HttpRequest.newBuilder(uri(payPath(started))).header("Accept-Language", "en-GB,en;q=0.9")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(Map.of("formToken", token(form), "cardNumber",
                        "1234 5678 9012 3456", "expiry", "1230", "securityCode", "abc")))));

        assertThat(wrong.status()).isEqualTo(422);
        assertThat(errorOf(wrong, "cardNumber")).isEqualTo("Ce numéro de carte n’est pas valide : vérifiez-le.");
        assertThat(errorOf(wrong, "expiry")).startsWith("Écrivez la date d’expiration sous la forme MM/AA");
        assertThat(errorOf(wrong, "securityCode")).isEqualTo("Le cryptogramme compte 3 chiffres.");
        assertThat(wrong.body()).contains("id=\"cardNumber\" name=\"cardNumber\" value=\"\"",
                "id=\"securityCode\" name=\"securityCode\" value=\"\"", "value=\"13/30\"")
                .doesNotContain("4241", "\"98\"");
        assertSecured(wrong);
        assertThat(errorOf(empty, "cardNumber")).isEqualTo("Saisissez le numéro de la carte.");
        assertThat(errorOf(empty, "expiry")).isEqualTo("Saisissez la date d’expiration.");
        assertThat(errorOf(empty, "securityCode")).isEqualTo("Saisissez le cryptogramme.");
        assertThat(errorOf(mismatch, "brand")).isEqualTo("Cette carte n’est pas une carte Mastercard : choisissez "
                + "Visa ou CB.");
        assertThat(errorOf(mismatch, "expiry")).isEqualTo("Cette carte a expiré (01/20).");
        assertThat(mismatch.body()).doesNotContain("4242");
        assertThat(english.status()).isEqualTo(422);
        assertThat(english.body()).contains("Card number", "Pay €12.34");
        assertThat(errorOf(english, "cardNumber")).isEqualTo("This card is not accepted: CB, Visa or Mastercard only.");
        assertThat(errorOf(english, "expiry")).isEqualTo("Write the expiry date as MM/YY, for instance 09/28.");
        assertThat(errorOf(english, "securityCode")).isEqualTo("A security code has 3 digits.");
        assertThat(simulatorState(started)).isEqualTo("CREATED");
        assertThat(events.of(started.intent())).isEmpty();
    }

    @Test
    void a_form_without_its_token_changes_nothing_and_an_unknown_intent_is_not_found() {
        StartedPayment started = start();

        Page forged = post(payPath(started), Map.of("cardNumber", "4242 4242 4242 4242", "expiry", EXPIRY,
                "securityCode", CVC));
        Page wrongToken = post(payPath(started), Map.of("formToken", "not-the-token", "cardNumber",
                "4242 4242 4242 4242", "expiry", EXPIRY, "securityCode", CVC));
        Page unknown = get("/simulator/pay/pi_sim_nobody");
        Page odd = get("/simulator/pay/%3Cscript%3E");

        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("Ce formulaire n’est plus valable");
        assertThat(wrongToken.status()).isEqualTo(403);
        assertSecured(wrongToken);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.body()).contains("Paiement introuvable");
        assertThat(odd.status()).isEqualTo(404);
        assertThat(odd.body()).doesNotContain("<script>");
        assertThat(simulatorState(started)).isEqualTo("CREATED");
        assertThat(events.of(started.intent())).isEmpty();
    }

    @Test
    void the_same_key_starts_the_same_intent() {
        long order = ++orders;
        PaymentRequest request = new PaymentRequest(order, OrderNumber.of("CMD-2026-" + order), Money.euros("12.34"),
                URI.create(RETURN + order), "checkout-" + order + "-1");

        StartedPayment first = payments.start(request);
        StartedPayment second = payments.start(request);

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.number("SELECT COUNT(*) FROM simulator_intent WHERE merchant_reference = ?",
                "CMD-2026-" + order)).isEqualTo(1);
        assertThat(jdbc.number("SELECT COUNT(*) FROM payment_intent WHERE order_id = ?", order)).isEqualTo(1);
    }

    @Test
    void capture_and_partial_refunds_move_both_sides_once_per_key() {
        StartedPayment started = start();
        pay(started, "4242 4242 4242 4242", "VISA");

        payments.capture(started.intent());
        payments.capture(started.intent());
        assertThat(platformState(started)).isEqualTo("CAPTURED");
        assertThat(simulatorState(started)).isEqualTo("CAPTURED");

        payments.refund(started.intent(), Money.euros("5.00"), "refund-line-1");
        payments.refund(started.intent(), Money.euros("5.00"), "refund-line-1");
        assertThat(platformState(started)).isEqualTo("PARTIALLY_REFUNDED");
        assertThat(refunded("payment_intent", started)).isEqualTo(500);
        assertThat(refunded("simulator_intent", started)).isEqualTo(500);

        assertThatThrownBy(() -> payments.refund(started.intent(), Money.euros("7.35"), "refund-too-much"))
                .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.refusal().code().code())
                        .isEqualTo("payment.refund-exceeds-captured"));
        payments.refund(started.intent(), Money.euros("7.34"), "refund-line-2");
        assertThat(platformState(started)).isEqualTo("REFUNDED");
        assertThat(simulatorState(started)).isEqualTo("REFUNDED");
        assertThat(refunded("payment_intent", started)).isEqualTo(1234);
        assertThat(jdbc.number("SELECT COUNT(*) FROM payment_refund WHERE intent_id = ?", started.intent().value()))
                .isEqualTo(2);
        assertThatThrownBy(() -> payments.refund(started.intent(), Money.euros("0.01"), "refund-line-3"))
                .isInstanceOfSatisfying(Refused.class, refused -> assertThat(refused.refusal().code().code())
                        .isEqualTo("payment.transition-not-allowed"));

        // The capture's notification, sent by the job, finds the platform further on: acknowledged, nothing changes.
        notifications.sendDue();
        assertThat(jdbc.number("SELECT COUNT(*) FROM simulator_notification WHERE intent_id = ? "
                + "AND acknowledged_at IS NULL", started.intent().value())).isZero();
        assertThat(platformState(started)).isEqualTo("REFUNDED");
        assertThat(events.of(started.intent())).hasSize(1);
        assertThat(get(payPath(started)).body()).contains("Paiement accepté");
    }

    @Test
    void cancellation_releases_an_authorised_or_unpaid_intent_on_both_sides() {
        StartedPayment authorised = start();
        pay(authorised, "4242 4242 4242 4242", "VISA");
        StartedPayment unpaid = start();

        payments.cancel(authorised.intent());
        payments.cancel(authorised.intent());
        payments.cancel(unpaid.intent());
        notifications.sendDue();

        assertThat(platformState(authorised)).isEqualTo("CANCELLED");
        assertThat(simulatorState(authorised)).isEqualTo("CANCELLED");
        assertThat(platformState(unpaid)).isEqualTo("CANCELLED");
        assertThatThrownBy(() -> payments.capture(authorised.intent())).isInstanceOf(Refused.class);
        Page cancelledPage = get(payPath(unpaid));
        assertThat(cancelledPage.body()).contains("Paiement annulé", "href=\"" + returnTo(unpaid) + "\"");
        Page form = get(payPath(authorised));
        assertThat(form.body()).contains("Paiement annulé");
        Page late = post(payPath(unpaid), Map.of("formToken", "x", "cardNumber", "4242 4242 4242 4242"));
        assertThat(late.status()).isEqualTo(403);
        assertThat(simulatorState(unpaid)).isEqualTo("CANCELLED");
        assertThat(jdbc.number("SELECT COUNT(*) FROM simulator_notification WHERE intent_id IN (?, ?) "
                + "AND acknowledged_at IS NULL", authorised.intent().value(), unpaid.intent().value())).isZero();
    }

    @Test
    void the_same_notification_twice_changes_nothing_and_a_later_one_about_a_final_intent_is_acknowledged() {
        StartedPayment started = start();
        pay(started, "4242 4242 4242 4242", "VISA");

        HttpResponse<String> again = notify(started.intent().value(), "AUTHORISED", null, clock.instant());
        payments.cancel(started.intent());
        HttpResponse<String> late = notify(started.intent().value(), "AUTHORISED", null, clock.instant());

        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(read(again, NotificationReceipt.class)).isEqualTo(new NotificationReceipt("ACKNOWLEDGED",
                "AUTHORISED"));
        assertThat(late.statusCode()).isEqualTo(200);
        assertThat(read(late, NotificationReceipt.class).state()).isEqualTo("CANCELLED");
        assertThat(events.of(started.intent())).hasSize(1);
    }

    @Test
    void a_notification_applied_by_the_endpoint_publishes_the_outcome_in_its_transaction() {
        StartedPayment started = start();
        // The holder typed the card; the simulator's own notification did not arrive (as if lost on the way).
        jdbc.update("UPDATE simulator_intent SET state = 'FAILED', decline_reason = 'CARD_DECLINED', "
                + "card_token = 'tok_sim_lost', card_brand = 'VISA', card_last_four = '0002', test_card = 'DECLINED' "
                + "WHERE id = ?", started.intent().value());

        HttpResponse<String> applied = notify(started.intent().value(), "FAILED", "CARD_DECLINED", clock.instant());
        HttpResponse<String> twice = notify(started.intent().value(), "FAILED", "CARD_DECLINED", clock.instant());

        assertThat(applied.statusCode()).isEqualTo(200);
        assertThat(read(applied, NotificationReceipt.class)).isEqualTo(new NotificationReceipt("APPLIED", "FAILED"));
        assertThat(read(twice, NotificationReceipt.class).outcome()).isEqualTo("ACKNOWLEDGED");
        assertThat(events.of(started.intent())).singleElement().isInstanceOfSatisfying(CardPaymentSettled.Failed.class,
                failed -> assertThat(failed.orderId()).isEqualTo(orderOf(started)));
    }

    @Test
    void forged_stale_malformed_unknown_and_inapplicable_notifications_are_refused_and_change_nothing() {
        StartedPayment started = start();
        pay(started, "4242 4242 4242 4242", "VISA");
        Instant now = clock.instant();
        NotificationSignature forger = new NotificationSignature(
                "another-secret-of-at-least-32-bytes-long".getBytes(StandardCharsets.UTF_8), Duration.ofMinutes(5));
        String forgedSignature = forger.sign(new GatewayNotification(started.intent(), IntentState.CANCELLED,
                Optional.empty(), now));

        HttpResponse<String> forged = send(NOTIFICATIONS, body(started.intent().value(), "CANCELLED", null, now),
                forgedSignature);
        HttpResponse<String> stale = notify(started.intent().value(), "CANCELLED", null, now.minusSeconds(301));
        HttpResponse<String> unknown = notify("pi_sim_unknown", "AUTHORISED", null, now);
        HttpResponse<String> noSignature = send(NOTIFICATIONS, body(started.intent().value(), "CANCELLED", null, now),
                null);
        HttpResponse<String> noTimestamp = send(NOTIFICATIONS, "{\"intent\":\"" + started.intent().value()
                + "\",\"state\":\"CANCELLED\"}", "0".repeat(64));
        HttpResponse<String> inapplicable = notify(started.intent().value(), "REFUNDED", null, now);

        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(problem(forged).code()).isEqualTo("payment.notification-signature-invalid");
        assertThat(stale.statusCode()).isEqualTo(401);
        assertThat(problem(stale).code()).isEqualTo("payment.notification-stale");
        assertThat(problem(stale).parameters().get("toleranceSeconds")).hasToString("300");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(problem(unknown).code()).isEqualTo("resource.not-found");
        assertThat(noSignature.statusCode()).isEqualTo(400);
        assertThat(problem(noSignature).code()).isEqualTo("payment.notification-malformed");
        assertThat(problem(noSignature).parameters()).containsEntry("field", "signature");
        assertThat(problem(noTimestamp).parameters()).containsEntry("field", "timestamp");
        assertThat(inapplicable.statusCode()).isEqualTo(409);
        assertThat(problem(inapplicable).code()).isEqualTo("payment.notification-not-applicable");
        assertThat(platformState(started)).isEqualTo("AUTHORISED");
        assertThat(events.of(started.intent())).hasSize(1);
    }

    @Test
    @OutsideTheContract("a notification sent as text and one with an unknown field, to see them refused")
    void a_notification_that_is_not_the_expected_json_is_refused() {
        HttpResponse<String> text = sendRaw(NOTIFICATIONS, "text/plain", "intent=pi_sim_x");
        HttpResponse<String> unknownField = send(NOTIFICATIONS, "{\"intent\":\"pi_sim_x\",\"amount\":1}",
                "0".repeat(64));

        assertThat(text.statusCode()).isEqualTo(415);
        assertThat(problem(text).code()).isEqualTo("request.media-type-unsupported");
        assertThat(unknownField.statusCode()).isEqualTo(400);
    }

    @Test
    void odd_input_on_the_hosted_pages_never_gets_a_server_error_nor_a_page_that_is_not_theirs() {
        StartedPayment started = start();
        String id = started.intent().value();
        String formToken = jdbc.one("SELECT form_token FROM simulator_intent WHERE id = ?", row -> row.getString(1), id)
                .orElseThrow();
        List<String> failures = new ArrayList<>();
        for (String value : List.of("abc", "-1", "%00", "%E2%80%AE", "%C3%28", "%20", "..%2F..%2Fetc", "9".repeat(400),
                "%3Cb%3E", "pi_sim_" + "x".repeat(80))) {
            for (String page : List.of("/simulator/pay/", "/simulator/challenge/")) {
                failures.addAll(oddities(page + value, get(page + value)));
                failures.addAll(oddities(page + value, post(page + value, Map.of("formToken", formToken))));
            }
        }
        for (String body : List.of("", "&&&=", "a=1&a=2&a", "cardNumber=%ZZ", "formToken=" + formToken + "&formToken=x",
                "formToken=" + formToken + "&cardNumber=" + "4".repeat(100_000) + "&expiry=" + "1".repeat(5_000),
                "formToken=" + formToken + "&brand=%00&expiry=%E2%80%AE&securityCode=%3Cscript%3E",
                "formToken=" + formToken + "&code=" + "1".repeat(5_000))) {
            for (String page : List.of("/simulator/pay/" + id, "/simulator/challenge/" + id)) {
                failures.addAll(oddities(page + " " + body.length(), send(HttpRequest.newBuilder(uri(page))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)))));
            }
        }
        Page json = send(HttpRequest.newBuilder(uri("/simulator/pay/" + id)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"cardNumber\":\"4242424242424242\"}")));

        assertThat(failures).isEmpty();
        assertThat(json.status()).isEqualTo(415);
        assertThat(simulatorState(started)).isEqualTo("CREATED");
        assertThat(events.of(started.intent())).isEmpty();
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void no_table_of_the_simulator_or_the_payments_holds_a_card_number_or_a_security_code() {
        StartedPayment started = start();
        pay(started, "5555 5555 5555 4444", "MASTERCARD");
        List<String> tables = List.of("simulator_intent", "simulator_refund", "simulator_notification",
                "payment_intent", "payment_refund");
        List<String> found = new ArrayList<>();
        int values = 0;
        for (String table : tables) {
            List<Map<String, String>> rows = jdbc.list("SELECT * FROM " + table, row -> {
                ResultSetMetaData columns = row.getMetaData();
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 1; i <= columns.getColumnCount(); i++) {
                    cells.put(columns.getColumnName(i), row.getString(i));
                }
                return cells;
            });
            for (Map<String, String> row : rows) {
                for (Map.Entry<String, String> cell : row.entrySet()) {
                    values++;
                    String value = cell.getValue() == null ? "" : cell.getValue();
                    String digits = value.replaceAll("[^0-9]", "");
                    boolean number = TYPED_NUMBERS.stream().anyMatch(digits::contains);
                    if (number || value.equals(CVC)) {
                        found.add(table + "." + cell.getKey());
                    }
                }
            }
        }
        assertThat(values).isGreaterThan(100);
        assertThat(found).isEmpty();
        List<String> lines;
        synchronized (logs) {
            lines = logs.list.stream().map(event -> event.getFormattedMessage()
                    + (event.getThrowableProxy() == null ? "" : " " + event.getThrowableProxy().getMessage())).toList();
        }
        assertThat(lines).anyMatch(line -> line.contains("Simulator: intent"))
                .noneMatch(line -> TYPED_NUMBERS.stream().anyMatch(line.replaceAll("[^0-9]", "")::contains));
        assertThat(jdbc.list("SELECT card_last_four FROM simulator_intent WHERE card_last_four IS NOT NULL",
                row -> row.getString(1))).allSatisfy(lastFour -> assertThat(lastFour).matches("[0-9]{4}"))
                .contains("4444");
    }

    // ---- helpers

    private StartedPayment start() {
        long order = ++orders;
        return payments.start(new PaymentRequest(order, OrderNumber.of("CMD-2026-" + order), Money.euros("12.34"),
                URI.create(RETURN + order + "/paiement"), "checkout-" + order));
    }

    private long orderOf(StartedPayment started) {
        return jdbc.number("SELECT order_id FROM payment_intent WHERE id = ?", started.intent().value());
    }

    private String returnTo(StartedPayment started) {
        return RETURN + orderOf(started) + "/paiement";
    }

    private static String payPath(StartedPayment started) {
        return "/simulator/pay/" + started.intent().value();
    }

    private Page pay(StartedPayment started, String number, String brand) {
        Page form = get(payPath(started));
        assertThat(form.status()).as(form.body()).isEqualTo(200);
        return post(payPath(started), Map.of("formToken", token(form), "cardNumber", number, "expiry", EXPIRY,
                "securityCode", CVC, "brand", brand));
    }

    private String platformState(StartedPayment started) {
        return jdbc.one("SELECT state FROM payment_intent WHERE id = ?", row -> row.getString(1),
                started.intent().value()).orElseThrow();
    }

    private String simulatorState(StartedPayment started) {
        return jdbc.one("SELECT state FROM simulator_intent WHERE id = ?", row -> row.getString(1),
                started.intent().value()).orElseThrow();
    }

    private long refunded(String table, StartedPayment started) {
        return jdbc.number("SELECT refunded_cents FROM " + table + " WHERE id = ?", started.intent().value());
    }

    private long acknowledged(StartedPayment started) {
        return jdbc.number("SELECT COUNT(*) FROM simulator_notification WHERE intent_id = ? "
                + "AND acknowledged_at IS NOT NULL", started.intent().value());
    }

    private static String token(Page page) {
        Matcher token = FORM_TOKEN.matcher(page.body());
        assertThat(token.find()).as(page.body()).isTrue();
        return token.group(1);
    }

    private static String errorOf(Page page, String field) {
        Matcher error = Pattern.compile("<p class=\"error\" id=\"" + field + "-error\">([^<]*)</p>")
                .matcher(page.body());
        assertThat(error.find()).as(field + " in " + page.body()).isTrue();
        return error.group(1).replace("&#39;", "'").replace("&quot;", "\"").replace("&amp;", "&");
    }

    /** What is wrong with a hosted page's answer to odd input: a server error, a page of another kind, a script. */
    private static List<String> oddities(String what, Page page) {
        List<String> wrong = new ArrayList<>();
        String type = page.header("Content-Type").orElse("");
        if (page.status() >= 500) {
            wrong.add(what + ": " + page.status());
        } else if (page.status() >= 400 && !type.startsWith("text/html") && !type.startsWith(ProblemDetail.MEDIA_TYPE)) {
            wrong.add(what + ": " + page.status() + " as " + type);
        } else if (page.body().contains("<script") || page.body().contains("<b>") || page.body().contains("Exception")) {
            wrong.add(what + ": " + page.status() + " shows what it should not");
        }
        return wrong;
    }

    private static void assertSecured(Page page) {
        assertThat(page.header("Cache-Control")).contains("no-store");
        assertThat(page.header("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy)
                .startsWith("default-src 'none'; style-src 'sha256-")
                .contains("form-action 'self' https://salaries.example.org;", "frame-ancestors 'none'")
                .doesNotContain("script-src"));
        assertThat(page.header("X-Frame-Options")).contains("DENY");
        assertThat(page.header("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.header("Referrer-Policy")).contains("no-referrer");
    }

    private Page get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET());
    }

    private Page post(String path, Map<String, String> fields) {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields))));
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
    }

    private Page send(HttpRequest.Builder request) {
        HttpResponse<String> answer = exchange(request.timeout(Duration.ofSeconds(30)).build());
        return new Page(answer.statusCode(), answer.body(), answer.headers().map());
    }

    private HttpResponse<String> notify(String intent, String state, String reason, Instant signedAt) {
        String signature = gatewaySignature.sign(new GatewayNotification(PaymentIntentId.of(intent),
                IntentState.valueOf(state), Optional.ofNullable(reason).map(DeclineReason::valueOf), signedAt));
        return send(NOTIFICATIONS, body(intent, state, reason, signedAt), signature);
    }

    private static String body(String intent, String state, String reason, Instant signedAt) {
        return "{\"intent\":\"" + intent + "\",\"state\":\"" + state + "\","
                + (reason == null ? "" : "\"reason\":\"" + reason + "\",")
                + "\"timestamp\":\"" + signedAt.getEpochSecond() + "\"}";
    }

    private HttpResponse<String> send(String path, String jsonBody, String signature) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json").header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody));
        if (signature != null) {
            request.header("Gateway-Signature", signature);
        }
        return exchange(request.build());
    }

    private HttpResponse<String> sendRaw(String path, String contentType, String content) {
        return exchange(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(content)).build());
    }

    private HttpResponse<String> exchange(HttpRequest request) {
        try {
            return browser.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(request.method() + " " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private URI uri(String path) {
        return URI.create(server.getURL() + path);
    }

    private ProblemDetail problem(HttpResponse<String> answer) {
        return read(answer, ProblemDetail.class);
    }

    private <T> T read(HttpResponse<String> answer, Class<T> type) {
        try {
            return json.readValue(answer.body(), type);
        } catch (IOException e) {
            throw new IllegalStateException(answer.body(), e);
        }
    }
}
