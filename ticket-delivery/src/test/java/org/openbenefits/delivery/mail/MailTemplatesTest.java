package org.openbenefits.delivery.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.unbescape.html.HtmlEscape;

/** The production e-mails as their recipients read them, in French and in English. */
class MailTemplatesTest {

    private static final String LINK = "https://salarie.openbenefits.example/activation?jeton=Zk3-9qA&source=mail";
    private static final String LINK_IN_HTML = "https://salarie.openbenefits.example/activation?jeton=Zk3-9qA&amp;source=mail";

    private final MailRenderer renderer = new MailRenderer();

    @Nested
    class Invitation {

        private final Map<String, String> parameters = Map.of("firstName", "Camille", "employerName", "Brasserie Martin",
                "link", LINK, "expiresOn", "29/11/2026");

        @Test
        void in_french_it_invites_the_employee_to_activate_the_account_within_seven_days() {
            RenderedMail mail = renderer.render("invitation", "fr", parameters);

            assertThat(mail.subject()).isEqualTo("Brasserie Martin vous invite à activer votre compte OpenBenefits");
            assertThat(visibleText(mail.html()))
                    .startsWith("OpenBenefits Bonjour Camille, Le service RH de Brasserie Martin vous invite à activer "
                            + "votre compte OpenBenefits, la plateforme d’avantages de votre employeur.")
                    .contains("vous les utilisez en e-billets (cinéma, parcs de loisirs, spectacles) et en cartes cadeaux.")
                    .contains("Ce lien est valable 7 jours, jusqu’au 29/11/2026, et ne peut servir qu’une seule fois.")
                    .contains("Vous ne vous attendiez pas à cet e-mail ? Vous pouvez l’ignorer : aucun compte n’est "
                            + "activé sans vous.")
                    .contains("Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur : " + LINK);
            assertThat(mail.html()).matches(button(LINK_IN_HTML, "Activer mon compte"));
            assertThat(mail.text())
                    .startsWith("Bonjour Camille,")
                    .contains("Pour activer votre compte, ouvrez ce lien\u00a0:\n" + LINK + "\n")
                    .contains("Ce lien est valable 7 jours, jusqu’au 29/11/2026, et ne peut servir qu’une seule fois.");
        }

        @Test
        void in_english_it_says_the_same() {
            RenderedMail mail = renderer.render("invitation", "en", parameters);

            assertThat(mail.subject()).isEqualTo("Brasserie Martin invites you to activate your OpenBenefits account");
            assertThat(visibleText(mail.html()))
                    .startsWith("OpenBenefits Hello Camille, The HR department of Brasserie Martin invites you to "
                            + "activate your OpenBenefits account, your employer’s benefits platform.")
                    .contains("spend them on e-tickets (cinema, theme parks, shows) and gift cards.")
                    .contains("This link is valid for 7 days, until 29/11/2026, and can be used only once.")
                    .contains("Not expecting this e-mail? You can ignore it: no account is activated without you.")
                    .contains("If the button does not work, copy this link into your browser: " + LINK)
                    .endsWith("This e-mail was sent by the OpenBenefits benefits platform on behalf of your employer.");
            assertThat(mail.html()).matches(button(LINK_IN_HTML, "Activate my account"));
            assertThat(mail.text())
                    .startsWith("Hello Camille,")
                    .contains("To activate your account, open this link:\n" + LINK + "\n");
        }
    }

    @Nested
    class ManagerInvitation {

        private final Map<String, String> parameters = Map.of("firstName", "Inès", "employerName", "Brasserie Martin",
                "inviterName", "Paul Durand", "link", LINK, "expiresOn", "29/11/2026");

        @Test
        void in_french_it_names_who_invites_to_which_employer() {
            RenderedMail mail = renderer.render("manager-invitation", "fr", parameters);

            assertThat(mail.subject())
                    .isEqualTo("Paul Durand vous invite à gérer les avantages de Brasserie Martin sur OpenBenefits");
            assertThat(visibleText(mail.html()))
                    .startsWith("OpenBenefits Bonjour Inès, Paul Durand vous invite à rejoindre l’espace employeur de "
                            + "Brasserie Martin sur OpenBenefits, en tant que gestionnaire RH.")
                    .contains("Ce lien est valable jusqu’au 29/11/2026 et ne peut servir qu’une seule fois.")
                    .contains("Vous ne connaissez pas Paul Durand ou ne vous attendiez pas à cette invitation ? "
                            + "Ignorez cet e-mail : aucun accès n’est ouvert sans vous.")
                    .contains("copiez ce lien dans votre navigateur : " + LINK);
            assertThat(mail.html()).matches(button(LINK_IN_HTML, "Accepter l’invitation"));
            assertThat(mail.text())
                    .startsWith("Bonjour Inès,")
                    .contains("Pour accepter l’invitation, ouvrez ce lien\u00a0:\n" + LINK + "\n");
        }

        @Test
        void in_english_it_says_the_same() {
            RenderedMail mail = renderer.render("manager-invitation", "en", parameters);

            assertThat(mail.subject())
                    .isEqualTo("Paul Durand invites you to manage the benefits of Brasserie Martin on OpenBenefits");
            assertThat(visibleText(mail.html()))
                    .startsWith("OpenBenefits Hello Inès, Paul Durand invites you to join the employer area of "
                            + "Brasserie Martin on OpenBenefits as an HR manager.")
                    .contains("This link is valid until 29/11/2026 and can be used only once.")
                    .contains("copy this link into your browser: " + LINK);
            assertThat(mail.html()).matches(button(LINK_IN_HTML, "Accept the invitation"));
            assertThat(mail.text())
                    .startsWith("Hello Inès,")
                    .contains("To accept the invitation, open this link:\n" + LINK + "\n");
        }
    }

    @Nested
    class PasswordReset {

        private final Map<String, String> parameters = Map.of("firstName", "Camille", "link", LINK,
                "validMinutes", "60");

        @Test
        void in_french_it_offers_a_single_use_link_for_one_hour_and_reassures_whoever_did_not_ask() {
            RenderedMail mail = renderer.render("password-reset", "fr", parameters);

            assertThat(mail.subject()).isEqualTo("Réinitialisation de votre mot de passe OpenBenefits");
            assertThat(visibleText(mail.html()))
                    .startsWith("OpenBenefits Bonjour Camille, Nous avons reçu une demande de réinitialisation du mot "
                            + "de passe de votre compte OpenBenefits.")
                    .contains("Ce lien est valable 1 heure et ne peut servir qu’une seule fois.")
                    .contains("Si vous n’êtes pas à l’origine de cette demande, ignorez cet e-mail : votre mot de "
                            + "passe reste inchangé.")
                    .contains("copiez ce lien dans votre navigateur : " + LINK);
            assertThat(mail.html()).matches(button(LINK_IN_HTML, "Choisir un nouveau mot de passe"));
            assertThat(mail.text())
                    .startsWith("Bonjour Camille,")
                    .contains("Pour choisir un nouveau mot de passe, ouvrez ce lien\u00a0:\n" + LINK + "\n")
                    .contains("Ce lien est valable 1 heure et ne peut servir qu’une seule fois.");
        }

        @Test
        void in_english_it_says_the_same() {
            RenderedMail mail = renderer.render("password-reset", "en", parameters);

            assertThat(mail.subject()).isEqualTo("Reset your OpenBenefits password");
            assertThat(visibleText(mail.html()))
                    .startsWith("OpenBenefits Hello Camille, We received a request to reset the password of your "
                            + "OpenBenefits account.")
                    .contains("This link is valid for 1 hour and can be used only once.")
                    .contains("If you did not ask for this, ignore this e-mail: your password stays unchanged.");
            assertThat(mail.html()).matches(button(LINK_IN_HTML, "Choose a new password"));
            assertThat(mail.text())
                    .startsWith("Hello Camille,")
                    .contains("To choose a new password, open this link:\n" + LINK + "\n")
                    .contains("This link is valid for 1 hour and can be used only once.");
        }

        @Test
        void another_validity_is_counted_in_minutes() {
            Map<String, String> halfAnHour = new HashMap<>(parameters);
            halfAnHour.put("validMinutes", "30");

            assertThat(visibleText(renderer.render("password-reset", "fr", halfAnHour).html()))
                    .contains("Ce lien est valable 30 minutes et ne peut servir qu’une seule fois.");
            assertThat(renderer.render("password-reset", "en", halfAnHour).text())
                    .contains("This link is valid for 30 minutes and can be used only once.");
        }
    }

    @Nested
    class EmailChanged {

        private final Map<String, String> parameters = Map.of("firstName", "Camille", "newEmail", "c*****@exemple.fr",
                "changedAt", "22/11/2026 à 14:32");

        @Test
        void in_french_it_tells_the_previous_address_what_changed_and_whom_to_call_if_it_was_not_them() {
            RenderedMail mail = renderer.render("email-changed", "fr", parameters);

            assertThat(mail.subject()).isEqualTo("L’adresse de connexion de votre compte OpenBenefits a changé");
            assertThat(visibleText(mail.html()))
                    .startsWith("OpenBenefits Bonjour Camille, Le 22/11/2026 à 14:32, l’adresse e-mail de connexion "
                            + "de votre compte OpenBenefits a été remplacée par : c*****@exemple.fr")
                    .contains("Nous vous écrivons à votre ancienne adresse, qui ne permet plus de vous connecter.")
                    .contains("Si ce n’est pas vous, contactez sans attendre le support OpenBenefits ou votre "
                            + "service RH pour sécuriser votre compte.");
            assertThat(mail.text())
                    .startsWith("Bonjour Camille,")
                    .contains("a été remplacée par\u00a0:\nc*****@exemple.fr\n")
                    .contains("Si ce n’est pas vous, contactez sans attendre le support OpenBenefits");
        }

        @Test
        void in_english_it_says_the_same() {
            Map<String, String> english = new HashMap<>(parameters);
            english.put("changedAt", "22/11/2026 at 14:32");

            RenderedMail mail = renderer.render("email-changed", "en", english);

            assertThat(mail.subject()).isEqualTo("The sign-in address of your OpenBenefits account has changed");
            assertThat(visibleText(mail.html()))
                    .startsWith("OpenBenefits Hello Camille, On 22/11/2026 at 14:32, the sign-in e-mail address of "
                            + "your OpenBenefits account was replaced by: c*****@exemple.fr")
                    .contains("If it was not you, contact OpenBenefits support or your HR department right away to "
                            + "secure your account.");
            assertThat(mail.text())
                    .startsWith("Hello Camille,")
                    .contains("was replaced by:\nc*****@exemple.fr\n");
        }
    }

    @Nested
    class EmailChangeConfirmation {

        private static final String CONFIRM = "https://salarie.openbenefits.example/email-de-connexion/confirmer?jeton=Zk3-9qA";

        private final Map<String, String> parameters = Map.of("firstName", "Camille", "link", CONFIRM,
                "expiresAt", "23/11/2026 14:32");

        @Test
        void in_french_it_asks_the_new_address_to_confirm_within_the_given_time_and_reassures_a_stranger() {
            RenderedMail mail = renderer.render("email-change-confirmation", "fr", parameters);

            assertThat(mail.subject()).isEqualTo("Confirmez votre nouvelle adresse de connexion OpenBenefits");
            assertThat(visibleText(mail.html()))
                    .startsWith("OpenBenefits Bonjour Camille, Vous avez demandé à vous connecter à votre compte "
                            + "OpenBenefits avec cette adresse e-mail. Confirmez-la pour que le changement prenne effet.")
                    .contains("Ce lien est valable jusqu’au 23/11/2026 14:32 (heure de Paris) et ne peut servir "
                            + "qu’une seule fois.")
                    .contains("D’ici là, vous vous connectez toujours avec votre adresse actuelle.")
                    .contains("Vous n’êtes pas à l’origine de cette demande ? Ignorez cet e-mail : aucune adresse ne "
                            + "change sans ce lien.")
                    .contains("copiez ce lien dans votre navigateur : " + CONFIRM);
            assertThat(mail.html()).matches(button(CONFIRM, "Confirmer cette adresse"));
            assertThat(mail.text())
                    .startsWith("Bonjour Camille,")
                    .contains("Pour confirmer cette adresse, ouvrez ce lien\u00a0:\n" + CONFIRM + "\n")
                    .contains("Ce lien est valable jusqu’au 23/11/2026 14:32 (heure de Paris)");
        }

        @Test
        void in_english_it_says_the_same() {
            RenderedMail mail = renderer.render("email-change-confirmation", "en", parameters);

            assertThat(mail.subject()).isEqualTo("Confirm your new OpenBenefits sign-in address");
            assertThat(visibleText(mail.html()))
                    .startsWith("OpenBenefits Hello Camille, You asked to sign in to your OpenBenefits account with "
                            + "this e-mail address. Confirm it for the change to take effect.")
                    .contains("This link is valid until 23/11/2026 14:32 (Paris time) and can be used only once.")
                    .contains("Did not ask for this? Ignore this e-mail: no address changes without this link.");
            assertThat(mail.html()).matches(button(CONFIRM, "Confirm this address"));
            assertThat(mail.text())
                    .startsWith("Hello Camille,")
                    .contains("To confirm this address, open this link:\n" + CONFIRM + "\n");
        }
    }

    @Nested
    class EmailChangeRequested {

        private static final String RESET = "https://salarie.openbenefits.example/mot-de-passe/oublie";

        private final Map<String, String> parameters = Map.of("firstName", "Camille", "newEmail", "n***@exemple.fr",
                "requestedAt", "22/11/2026 14:32", "link", RESET);

        @Test
        void in_french_it_tells_the_current_address_that_nothing_changed_yet_and_how_to_stop_it() {
            RenderedMail mail = renderer.render("email-change-requested", "fr", parameters);

            assertThat(mail.subject())
                    .isEqualTo("Demande de changement de l’adresse de connexion de votre compte OpenBenefits");
            assertThat(visibleText(mail.html()))
                    .startsWith("OpenBenefits Bonjour Camille, Le 22/11/2026 14:32, une personne connectée à votre "
                            + "compte OpenBenefits a demandé à remplacer son adresse de connexion par : n***@exemple.fr")
                    .contains("Rien ne change tant que le lien envoyé à cette nouvelle adresse n’a pas été ouvert")
                    .contains("Si ce n’est pas vous, changez sans attendre votre mot de passe : cela annule aussi le "
                            + "changement d’adresse.");
            assertThat(mail.html()).matches(button(RESET, "Changer mon mot de passe"));
            assertThat(mail.text())
                    .startsWith("Bonjour Camille,")
                    .contains("par\u00a0:\nn***@exemple.fr\n")
                    .contains("Pour changer votre mot de passe, ouvrez ce lien\u00a0:\n" + RESET);
        }

        @Test
        void in_english_it_says_the_same() {
            RenderedMail mail = renderer.render("email-change-requested", "en", parameters);

            assertThat(mail.subject()).isEqualTo("Request to change the sign-in address of your OpenBenefits account");
            assertThat(visibleText(mail.html()))
                    .startsWith("OpenBenefits Hello Camille, On 22/11/2026 14:32, someone signed in to your "
                            + "OpenBenefits account asked to replace its sign-in address with: n***@exemple.fr")
                    .contains("If it was not you, change your password right away: this also cancels the change of "
                            + "address.");
            assertThat(mail.html()).matches(button(RESET, "Change my password"));
            assertThat(mail.text())
                    .startsWith("Hello Camille,")
                    .contains("with:\nn***@exemple.fr\n");
        }
    }

    @Nested
    class AllowanceReminder {

        private static final String WALLET = "https://salarie.openbenefits.example/mes-dotations";

        private Map<String, String> parameters(String kind, String daysLeft) {
            return Map.of("firstName", "Camille", "campaignName", "Culture 2026", "kind", kind,
                    "balance", "80,00 €", "expiresOn", "31/12/2026", "daysLeft", daysLeft, "walletUrl", WALLET);
        }

        @Test
        void in_french_it_says_what_is_left_until_when_and_that_it_goes_back_to_the_employer() {
            RenderedMail mail = renderer.render("allowance-reminder", "fr", parameters("CULTURE_CHEQUE", "7"));

            assertThat(mail.subject()).isEqualTo("Votre chèque culture de 80,00 € expire dans 7 jours");
            assertThat(visibleText(mail.html()))
                    .startsWith("OpenBenefits Bonjour Camille, Il vous reste 80,00 € sur votre chèque culture "
                            + "« Culture 2026 ».")
                    .contains("Cette dotation est valable jusqu’au 31/12/2026 inclus : elle expire dans 7 jours.")
                    .contains("Passé cette date, le solde non utilisé revient à votre employeur.");
            assertThat(mail.html()).matches(button(WALLET, "Voir mes dotations"));
            assertThat(mail.text())
                    .startsWith("Bonjour Camille,")
                    .contains("Pour voir vos dotations, ouvrez ce lien\u00a0:\n" + WALLET + "\n");
        }

        @ParameterizedTest(name = "{0} days, {1}")
        @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
                "30|SUBSIDY|Votre subvention de 80,00 € expire dans 30 jours",
                "7|GIFT_CHEQUE|Votre chèque cadeau de 80,00 € expire dans 7 jours",
                "1|CULTURE_CHEQUE|Votre chèque culture de 80,00 € expire demain"})
        void the_subject_names_the_kind_and_how_soon(String daysLeft, String kind, String subject) {
            assertThat(renderer.render("allowance-reminder", "fr", parameters(kind, daysLeft)).subject())
                    .isEqualTo(subject);
        }

        @Test
        void in_english_it_says_the_same() {
            RenderedMail mail = renderer.render("allowance-reminder", "en", parameters("GIFT_CHEQUE", "1"));

            assertThat(mail.subject()).isEqualTo("Your gift cheque of 80,00 € expires tomorrow");
            assertThat(visibleText(mail.html()))
                    .startsWith("OpenBenefits Hello Camille, You have 80,00 € left on your gift cheque “Culture 2026”.")
                    .contains("This allowance is valid until 31/12/2026 included: it expires tomorrow.");
            assertThat(mail.html()).matches(button(WALLET, "See my allowances"));
        }

        @Test
        void after_a_missed_run_it_says_the_true_number_of_days() {
            assertThat(renderer.render("allowance-reminder", "fr", parameters("SUBSIDY", "5")).subject())
                    .isEqualTo("Votre subvention de 80,00 € expire dans 5 jours");
        }

        @ParameterizedTest
        @ValueSource(strings = {"0", "-1", "dix", ""})
        void a_number_of_days_that_is_not_a_positive_count_fails_the_email_rather_than_saying_something_wrong(
                String daysLeft) {
            assertThatThrownBy(() -> renderer.render("allowance-reminder", "fr", parameters("SUBSIDY", daysLeft)))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void html_in_a_name_is_shown_as_text_not_interpreted() {
            Map<String, String> parameters = new HashMap<>(parameters("SUBSIDY", "30"));
            parameters.put("firstName", "<b>x</b>");
            parameters.put("campaignName", "<i>y</i>");

            RenderedMail mail = renderer.render("allowance-reminder", "fr", parameters);

            assertThat(mail.html()).doesNotContain("<b>", "<i>").contains("&lt;b&gt;x&lt;/b&gt;", "&lt;i&gt;y&lt;/i&gt;");
        }

        @Test
        void a_wallet_address_that_is_not_a_web_address_is_refused() {
            Map<String, String> parameters = new HashMap<>(parameters("SUBSIDY", "30"));
            parameters.put("walletUrl", "javascript:alert(1)");

            assertThatThrownBy(() -> renderer.render("allowance-reminder", "fr", parameters))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("The walletUrl of e-mail allowance-reminder is not an absolute http(s) address");
        }
    }

    @Nested
    class OrderCancellation {

        private static final String ORDER = "https://salarie.openbenefits.example/commandes/123";

        private Map<String, String> parameters() {
            Map<String, String> parameters = new HashMap<>();
            parameters.putAll(Map.of("firstName", "Camille", "orderNumber", "CMD-2026-000123", "lines", "1,2",
                    "line1Title", "Coffret de livres", "line2Title", "Place de cinéma", "refunds", "1,2,3",
                    "total", "10,00 €", "shippingRefunded", "true", "orderUrl", ORDER));
            parameters.putAll(Map.of("refund1Destination", "GRANT", "refund1Amount", "5,00 €",
                    "refund1Kind", "CULTURE_CHEQUE", "refund1Name", "Culture 2026",
                    "refund2Destination", "CARD", "refund2Amount", "2,00 €", "refund2Kind", "VISA",
                    "refund2Name", "4242"));
            parameters.putAll(Map.of("refund3Destination", "EMPLOYER_BUDGET", "refund3Amount", "3,00 €",
                    "refund3Kind", "GIFT_CHEQUE", "refund3Name", "Noël 2025"));
            return parameters;
        }

        @Test
        void in_french_it_says_which_lines_were_cancelled_and_where_each_euro_went() {
            RenderedMail mail = renderer.render("order-cancellation", "fr", parameters());

            assertThat(mail.subject()).isEqualTo("Annulation dans votre commande CMD-2026-000123");
            assertThat(visibleText(mail.html()))
                    .startsWith("OpenBenefits Bonjour Camille, Vous avez annulé dans votre commande CMD-2026-000123 : "
                            + "Coffret de livres Place de cinéma")
                    .contains("10,00 € vous sont rendus, frais de port compris (plus aucun article n’est à expédier) : "
                            + "5,00 € rendus à votre chèque culture « Culture 2026 » "
                            + "2,00 € remboursés sur votre carte Visa •••• 4242 "
                            + "3,00 € rendus au budget de votre employeur (dotation expirée : chèque cadeau « Noël 2025 »)");
            assertThat(mail.html()).matches(button(ORDER, "Voir ma commande"));
            assertThat(mail.text())
                    .startsWith("Bonjour Camille,")
                    .contains("- Coffret de livres\n- Place de cinéma\n")
                    .contains("- 5,00 € rendus à votre chèque culture «\u00a0Culture 2026\u00a0»\n"
                            + "- 2,00 € remboursés sur votre carte Visa •••• 4242\n")
                    .contains("Pour voir votre commande, ouvrez ce lien\u00a0:\n" + ORDER + "\n");
        }

        @Test
        void in_english_it_says_the_same() {
            Map<String, String> parameters = parameters();
            parameters.put("shippingRefunded", "false");
            RenderedMail mail = renderer.render("order-cancellation", "en", parameters);

            assertThat(mail.subject()).isEqualTo("Cancellation in your order CMD-2026-000123");
            assertThat(visibleText(mail.html()))
                    .contains("10,00 € is given back to you: 5,00 € back on your culture cheque “Culture 2026” "
                            + "2,00 € refunded to your Visa card •••• 4242 "
                            + "3,00 € back to your employer’s budget (allowance expired: gift cheque “Noël 2025”)");
        }
    }

    @Nested
    class OrderConfirmation {

        private static final String ORDER = "https://salarie.openbenefits.example/commandes/123";

        private Map<String, String> parameters() {
            Map<String, String> parameters = new HashMap<>();
            parameters.putAll(Map.of("firstName", "Camille", "orderNumber", "CMD-2026-000123", "paidOn", "15/06/2026",
                    "lines", "1,2", "line1Title", "Coffret de livres", "line1Quantity", "1", "line1Amount", "25,00 €",
                    "line2Title", "Place de cinéma", "line2Quantity", "2"));
            parameters.putAll(Map.of("line2Amount", "18,00 €", "total", "48,00 €", "allowances", "40,00 €",
                    "card", "8,00 €", "shippingFee", "5,00 €", "deliveryEmail", "camille@example.fr",
                    "postalAddress", "12 rue des Lilas, 69003 Lyon", "shipBy", "18/06/2026", "orderUrl", ORDER));
            return parameters;
        }

        @Test
        void in_french_it_lists_the_lines_what_paid_them_where_they_go_and_links_to_the_order() {
            RenderedMail mail = renderer.render("order-confirmation", "fr", parameters());

            assertThat(mail.subject()).isEqualTo("Votre commande CMD-2026-000123 est confirmée");
            assertThat(visibleText(mail.html()))
                    .contains("Merci pour votre commande CMD-2026-000123, payée le 15/06/2026 : "
                            + "1 × Coffret de livres : 25,00 € 2 × Place de cinéma : 18,00 € Frais de port : 5,00 €")
                    .contains("Total 48,00 € : 40,00 € payés par vos dotations, 8,00 € par carte.")
                    .contains("Les e-billets et cartes cadeaux sont envoyés à camille@example.fr.")
                    .contains("Les articles postaux sont envoyés à l’adresse : 12 rue des Lilas, 69003 Lyon.")
                    .contains("Expédition prévue au plus tard le 18/06/2026.");
            assertThat(mail.html()).matches(button(ORDER, "Voir ma commande"));
            assertThat(mail.text()).contains("- 2 × Place de cinéma\u00a0: 18,00 €\n")
                    .contains("Pour voir votre commande, ouvrez ce lien\u00a0:\n" + ORDER + "\n");
        }

        @Test
        void without_postal_line_nor_fee_it_says_nothing_of_the_post_and_in_english_the_same() {
            Map<String, String> parameters = parameters();
            parameters.remove("postalAddress");
            parameters.remove("shipBy");
            parameters.remove("shippingFee");
            RenderedMail mail = renderer.render("order-confirmation", "en", parameters);

            assertThat(mail.subject()).isEqualTo("Your order CMD-2026-000123 is confirmed");
            assertThat(visibleText(mail.html()))
                    .contains("Total 48,00 €: 40,00 € paid by your allowances, 8,00 € by card.")
                    .doesNotContain("Shipping fee").doesNotContain("Postal items").doesNotContain("Shipped on");
            assertThat(mail.text()).doesNotContain("Shipping fee").doesNotContain("Postal items");
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"invitation", "manager-invitation", "password-reset", "email-changed",
            "email-change-confirmation", "email-change-requested"})
    void html_in_a_parameter_is_shown_as_text_not_interpreted(String template) {
        Map<String, String> parameters = new HashMap<>(completeParameters());
        parameters.replaceAll((name, value) -> name.equals("link") ? value : "<b>x</b>");

        RenderedMail mail = renderer.render(template, "fr", parameters);

        assertThat(mail.html()).doesNotContain("<b>").contains("&lt;b&gt;x&lt;/b&gt;");
        assertThat(visibleText(mail.html())).contains("Bonjour <b>x</b>,");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"invitation", "manager-invitation", "password-reset", "email-changed", "allowance-reminder",
            "email-change-confirmation", "email-change-requested", "order-confirmation", "order-cancellation"})
    void french_and_english_texts_have_the_same_keys_and_french_has_no_typewriter_apostrophe(String template) {
        Properties french = messages(template + "_fr.properties");
        Properties english = messages(template + "_en.properties");

        assertThat(french.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        assertThat(french.values()).allSatisfy(text -> assertThat((String) text).doesNotContain("'"));
    }

    @Test
    void a_missing_parameter_fails_the_email_rather_than_sending_it_half_empty() {
        Map<String, String> withoutLink = new HashMap<>(completeParameters());
        withoutLink.remove("link");

        assertThatThrownBy(() -> renderer.render("invitation", "fr", withoutLink))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("E-mail invitation cannot be rendered: Assertion '${!#strings.isEmpty(link)}'");
    }

    @Test
    void a_link_that_is_not_an_absolute_web_address_is_refused() {
        Map<String, String> parameters = new HashMap<>(completeParameters());
        parameters.put("link", "javascript:alert(1)");

        assertThatThrownBy(() -> renderer.render("invitation", "fr", parameters))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The link of e-mail invitation is not an absolute http(s) address");
    }

    @Test
    void a_line_break_in_a_parameter_cannot_reach_the_subject_as_a_new_header() {
        Map<String, String> parameters = new HashMap<>(completeParameters());
        parameters.put("employerName", "Brasserie\r\nBcc: someone@example.org");

        RenderedMail mail = renderer.render("invitation", "fr", parameters);

        assertThat(mail.subject())
                .isEqualTo("Brasserie Bcc: someone@example.org vous invite à activer votre compte OpenBenefits");
    }

    @Test
    void an_unknown_template_is_an_error() {
        assertThatThrownBy(() -> renderer.render("no-such-template", "fr", completeParameters()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no-such-template");
    }

    /** Every parameter any production template takes. */
    private static Map<String, String> completeParameters() {
        return Map.of("firstName", "Camille", "employerName", "Brasserie Martin", "inviterName", "Paul Durand",
                "link", LINK, "expiresOn", "29/11/2026", "validMinutes", "60", "newEmail", "c*****@exemple.fr",
                "changedAt", "22/11/2026 à 14:32", "expiresAt", "23/11/2026 14:32", "requestedAt", "22/11/2026 14:32");
    }

    /** A button: a real link to {@code href} whose text is {@code label}, anywhere in the page. */
    private static String button(String href, String label) {
        return "(?s).*<a href=\"" + Pattern.quote(href) + "\"[^>]*>" + Pattern.quote(label) + "</a>.*";
    }

    /** The text a person sees in the HTML body: no head, no tags, entities decoded, spaces collapsed. */
    private static String visibleText(String html) {
        String body = html.replaceAll("(?s)<head>.*?</head>", " ").replaceAll("<[^>]+>", " ");
        return HtmlEscape.unescapeHtml(body).replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static Properties messages(String file) {
        try (InputStream in = MailTemplatesTest.class.getResourceAsStream("/mail/" + file)) {
            assertThat(in).as(file).isNotNull();
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
