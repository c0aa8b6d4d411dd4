package org.openbenefits.platform.payment.simulator;

import java.util.Map;

import org.openbenefits.domain.payment.CardBrand;
import org.openbenefits.domain.payment.DeclineReason;
import org.openbenefits.domain.refusal.FieldRefusal;

/**
 * The words of the simulator's hosted pages, in French (the default) and English. The simulator plays an outside
 * gateway: its pages have words of their own, not the platform's bundles.
 */
final class SimulatorWords {

    static final String FRENCH = "fr";
    static final String ENGLISH = "en";

    private static final Map<String, String> FR = Map.ofEntries(
            Map.entry("title.pay", "Paiement par carte"),
            Map.entry("title.challenge", "Vérification 3-D Secure"),
            Map.entry("title.declined", "Paiement refusé"),
            Map.entry("title.accepted", "Paiement accepté"),
            Map.entry("title.cancelled", "Paiement annulé"),
            Map.entry("title.not-found", "Paiement introuvable"),
            Map.entry("title.expired-form", "Formulaire expiré"),
            Map.entry("test-mode", "Mode test : simulateur de paiement, aucune carte n’est débitée."),
            Map.entry("merchant", "Marchand"),
            Map.entry("amount", "Montant"),
            Map.entry("card-number", "Numéro de carte"),
            Map.entry("expiry", "Date d’expiration (MM/AA)"),
            Map.entry("security-code", "Cryptogramme"),
            Map.entry("security-code-help", "Les 3 chiffres au dos de la carte"),
            Map.entry("brand", "Réseau"),
            Map.entry("brand-help", "Une carte CB est aussi Visa ou Mastercard : choisissez le réseau qui vous convient."),
            Map.entry("pay", "Payer {amount}"),
            Map.entry("fix-fields", "Corrigez les champs signalés."),
            Map.entry("challenge-intro", "Votre banque vérifie qu’il s’agit bien de vous : saisissez le code reçu par SMS."),
            Map.entry("challenge-code-shown", "Code reçu par SMS : {code}"),
            Map.entry("challenge-code", "Code de vérification"),
            Map.entry("challenge-submit", "Valider"),
            Map.entry("declined", "Paiement refusé : {reason}"),
            Map.entry("accepted", "Votre paiement de {amount} est accepté."),
            Map.entry("cancelled", "Ce paiement a été annulé par le marchand."),
            Map.entry("not-found", "Ce lien de paiement n’existe pas ou n’existe plus."),
            Map.entry("expired-form", "Ce formulaire n’est plus valable : rouvrez la page de paiement."),
            Map.entry("reopen", "Rouvrir la page de paiement"),
            Map.entry("back", "Retourner sur le site du marchand"),
            Map.entry("test-cards", "Cartes de test"),
            Map.entry("reason.CARD_DECLINED", "votre banque a refusé la carte."),
            Map.entry("reason.INSUFFICIENT_FUNDS", "le solde du compte est insuffisant."),
            Map.entry("reason.AUTHENTICATION_FAILED", "le code de vérification est incorrect."),
            Map.entry("reason.DECLINED_AFTER_AUTHENTICATION",
                    "votre banque a refusé la carte après la vérification 3-D Secure."),
            Map.entry("field.required.cardNumber", "Saisissez le numéro de la carte."),
            Map.entry("field.required.expiry", "Saisissez la date d’expiration."),
            Map.entry("field.required.securityCode", "Saisissez le cryptogramme."),
            Map.entry("field.required.brand", "Choisissez le réseau."),
            Map.entry("card.number-malformed", "Le numéro de carte ne contient que des chiffres et des espaces."),
            Map.entry("card.brand-unsupported", "Cette carte n’est pas acceptée : CB, Visa ou Mastercard uniquement."),
            Map.entry("card.number-length", "Un numéro de carte {brand} compte {allowed} chiffres, pas {length}."),
            Map.entry("card.number-check-digit", "Ce numéro de carte n’est pas valide : vérifiez-le."),
            Map.entry("card.brand-mismatch", "Cette carte n’est pas une carte {chosen} : choisissez {brand} ou CB."),
            Map.entry("card.expiry-malformed", "Écrivez la date d’expiration sous la forme MM/AA, par exemple 09/28."),
            Map.entry("card.expired", "Cette carte a expiré ({expiry})."),
            Map.entry("card.security-code-malformed", "Le cryptogramme compte 3 chiffres."),
            Map.entry("field.invalid", "Ce champ n’est pas valide."));

    private static final Map<String, String> EN = Map.ofEntries(
            Map.entry("title.pay", "Card payment"),
            Map.entry("title.challenge", "3-D Secure check"),
            Map.entry("title.declined", "Payment declined"),
            Map.entry("title.accepted", "Payment accepted"),
            Map.entry("title.cancelled", "Payment cancelled"),
            Map.entry("title.not-found", "Payment not found"),
            Map.entry("title.expired-form", "Form expired"),
            Map.entry("test-mode", "Test mode: payment simulator, no card is charged."),
            Map.entry("merchant", "Merchant"),
            Map.entry("amount", "Amount"),
            Map.entry("card-number", "Card number"),
            Map.entry("expiry", "Expiry date (MM/YY)"),
            Map.entry("security-code", "Security code"),
            Map.entry("security-code-help", "The 3 digits on the back of the card"),
            Map.entry("brand", "Network"),
            Map.entry("brand-help", "A CB card is also Visa or Mastercard: choose the network you prefer."),
            Map.entry("pay", "Pay {amount}"),
            Map.entry("fix-fields", "Correct the fields shown."),
            Map.entry("challenge-intro", "Your bank checks that it is you: type the code sent by text message."),
            Map.entry("challenge-code-shown", "Code sent by text message: {code}"),
            Map.entry("challenge-code", "Verification code"),
            Map.entry("challenge-submit", "Confirm"),
            Map.entry("declined", "Payment declined: {reason}"),
            Map.entry("accepted", "Your payment of {amount} is accepted."),
            Map.entry("cancelled", "The merchant cancelled this payment."),
            Map.entry("not-found", "This payment link does not exist or no longer does."),
            Map.entry("expired-form", "This form is no longer valid: open the payment page again."),
            Map.entry("reopen", "Open the payment page again"),
            Map.entry("back", "Back to the merchant's site"),
            Map.entry("test-cards", "Test cards"),
            Map.entry("reason.CARD_DECLINED", "your bank declined the card."),
            Map.entry("reason.INSUFFICIENT_FUNDS", "insufficient funds."),
            Map.entry("reason.AUTHENTICATION_FAILED", "the verification code is wrong."),
            Map.entry("reason.DECLINED_AFTER_AUTHENTICATION", "your bank declined the card after the 3-D Secure check."),
            Map.entry("field.required.cardNumber", "Type the card number."),
            Map.entry("field.required.expiry", "Type the expiry date."),
            Map.entry("field.required.securityCode", "Type the security code."),
            Map.entry("field.required.brand", "Choose the network."),
            Map.entry("card.number-malformed", "A card number has only digits and spaces."),
            Map.entry("card.brand-unsupported", "This card is not accepted: CB, Visa or Mastercard only."),
            Map.entry("card.number-length", "A {brand} card number has {allowed} digits, not {length}."),
            Map.entry("card.number-check-digit", "This card number is not valid: check it."),
            Map.entry("card.brand-mismatch", "This card is not a {chosen} card: choose {brand} or CB."),
            Map.entry("card.expiry-malformed", "Write the expiry date as MM/YY, for instance 09/28."),
            Map.entry("card.expired", "This card has expired ({expiry})."),
            Map.entry("card.security-code-malformed", "A security code has 3 digits."),
            Map.entry("field.invalid", "This field is not valid."));

    private SimulatorWords() {
    }

    /** The language of a request's Accept-Language: English when it prefers English to French, otherwise French. */
    static String language(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank() || acceptLanguage.length() > 512) {
            return FRENCH;
        }
        try {
            var matching = java.util.Locale.filterTags(java.util.Locale.LanguageRange.parse(acceptLanguage),
                    java.util.List.of(FRENCH, ENGLISH));
            return matching.isEmpty() ? FRENCH : matching.getFirst();
        } catch (IllegalArgumentException malformed) {
            return FRENCH;
        }
    }

    static String word(String key, String language, Object... namesAndValues) {
        String text = (ENGLISH.equals(language) ? EN : FR).get(key);
        if (text == null) {
            throw new IllegalArgumentException("No words for " + key);
        }
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            text = text.replace("{" + namesAndValues[i] + "}", String.valueOf(namesAndValues[i + 1]));
        }
        return text;
    }

    static String decline(DeclineReason reason, String language) {
        return word("declined", language, "reason", word("reason." + reason.name(), language));
    }

    /** A field at fault, worded without what was typed (the refusals never quote it). */
    static String field(FieldRefusal fault, String language) {
        String code = fault.code().code();
        String key = code.equals("field.required") ? "field.required." + fault.field()
                : (ENGLISH.equals(language) ? EN : FR).containsKey(code) ? code : "field.invalid";
        String text = (ENGLISH.equals(language) ? EN : FR).getOrDefault(key, word("field.invalid", language));
        for (Map.Entry<String, Object> parameter : fault.parameters().entrySet()) {
            Object value = parameter.getValue();
            String shown = switch (parameter.getKey()) {
                case "brand", "chosen" -> brandName(String.valueOf(value));
                default -> String.valueOf(value);
            };
            text = text.replace("{" + parameter.getKey() + "}", shown);
        }
        return text;
    }

    static String brandName(String brand) {
        return switch (brand) {
            case "CB" -> "CB";
            case "VISA" -> "Visa";
            case "MASTERCARD" -> "Mastercard";
            default -> brand;
        };
    }

    static String brandName(CardBrand brand) {
        return brandName(brand.name());
    }
}
