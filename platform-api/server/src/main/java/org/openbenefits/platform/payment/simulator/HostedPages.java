package org.openbenefits.platform.payment.simulator;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.payment.CardBrand;
import org.openbenefits.domain.payment.DeclineReason;

/**
 * The simulator's hosted pages as HTML, written by hand: every value that did not come from this class is escaped
 * ({@link #escape}); no script; one inline style, allowed by its hash ({@link #STYLE_HASH}) in the pages'
 * Content-Security-Policy. The card number and the security code are never written back into a page.
 */
final class HostedPages {

    static final String STYLE = "body{font-family:system-ui,sans-serif;background:#f4f5f7;color:#1d2433;margin:0}"
            + "main{max-width:26rem;margin:2rem auto;background:#fff;padding:1.5rem 2rem;border-radius:.5rem;"
            + "box-shadow:0 1px 4px rgba(0,0,0,.15)}h1{font-size:1.3rem}.test{background:#fff4d6;padding:.5rem;"
            + "border-radius:.25rem;font-size:.9rem}label{display:block;margin-top:1rem;font-weight:600}"
            + "input[type=text]{width:100%;box-sizing:border-box;padding:.5rem;font-size:1rem}"
            + "fieldset{border:0;padding:0;margin-top:1rem}.error{color:#b00020;margin:.25rem 0}"
            + "button{margin-top:1.5rem;width:100%;padding:.75rem;font-size:1.1rem;background:#1d4ed8;color:#fff;"
            + "border:0;border-radius:.25rem}.code{font-size:1.4rem;letter-spacing:.2rem}small{color:#555}"
            + "dl{display:grid;grid-template-columns:auto 1fr;gap:.25rem 1rem}dd{margin:0}";
    static final String STYLE_HASH = sha256(STYLE);

    /** What the payment form shows again after a refusal: never the number nor the security code. */
    record Typed(String expiry, Optional<CardBrand> brand) {
        static final Typed NONE = new Typed("", Optional.empty());
    }

    private HostedPages() {
    }

    static String payForm(SimulatedIntent simulated, String merchant, Typed typed, Map<String, String> errors,
                          String language) {
        String amount = amount(simulated.intent().amount(), language);
        String id = simulated.intent().id().value();
        StringBuilder body = new StringBuilder();
        body.append(summary(merchant, amount, language));
        if (!errors.isEmpty()) {
            body.append("<p class=\"error\" role=\"alert\">").append(escape(w("fix-fields", language))).append("</p>");
        }
        body.append("<form method=\"post\" action=\"/simulator/pay/").append(escape(id)).append("\" novalidate>")
                .append(hidden("formToken", simulated.formToken()))
                .append(field("cardNumber", w("card-number", language), "", "cc-number", "numeric", errors, null))
                .append(field("expiry", w("expiry", language), typed.expiry(), "cc-exp", "numeric", errors, null))
                .append(field("securityCode", w("security-code", language), "", "cc-csc", "numeric", errors,
                        w("security-code-help", language)))
                .append("<fieldset><legend><strong>").append(escape(w("brand", language))).append("</strong></legend>");
        for (CardBrand brand : CardBrand.values()) {
            body.append("<label><input type=\"radio\" name=\"brand\" value=\"").append(brand.name()).append('"')
                    .append(typed.brand().filter(brand::equals).isPresent() ? " checked" : "").append("> ")
                    .append(escape(SimulatorWords.brandName(brand))).append("</label>");
        }
        body.append("<small>").append(escape(w("brand-help", language))).append("</small>");
        if (errors.containsKey("brand")) {
            body.append("<p class=\"error\" id=\"brand-error\">").append(escape(errors.get("brand"))).append("</p>");
        }
        body.append("</fieldset><button type=\"submit\">").append(escape(w("pay", language, "amount", amount)))
                .append("</button></form>");
        return page(w("title.pay", language), body.toString(), language);
    }

    static String challenge(SimulatedIntent simulated, String merchant, String language) {
        String amount = amount(simulated.intent().amount(), language);
        String body = summary(merchant, amount, language)
                + "<p>" + escape(w("challenge-intro", language)) + "</p>"
                + "<p class=\"code\">" + escape(w("challenge-code-shown", language, "code",
                simulated.challengeCode().orElse(""))) + "</p>"
                + "<form method=\"post\" action=\"/simulator/challenge/" + escape(simulated.intent().id().value())
                + "\" novalidate>" + hidden("formToken", simulated.formToken())
                + field("code", w("challenge-code", language), "", "one-time-code", "numeric", Map.of(), null)
                + "<button type=\"submit\">" + escape(w("challenge-submit", language)) + "</button></form>";
        return page(w("title.challenge", language), body, language);
    }

    static String declined(SimulatedIntent simulated, DeclineReason reason, String language) {
        return page(w("title.declined", language), "<p role=\"alert\">" + escape(SimulatorWords.decline(reason, language))
                + "</p>" + back(simulated.returnTo(), language), language);
    }

    static String accepted(SimulatedIntent simulated, String language) {
        return page(w("title.accepted", language), "<p>" + escape(w("accepted", language, "amount",
                amount(simulated.intent().amount(), language))) + "</p>" + back(simulated.returnTo(), language),
                language);
    }

    static String cancelled(SimulatedIntent simulated, String language) {
        return page(w("title.cancelled", language), "<p>" + escape(w("cancelled", language)) + "</p>"
                + back(simulated.returnTo(), language), language);
    }

    static String notFound(String language) {
        return page(w("title.not-found", language), "<p>" + escape(w("not-found", language)) + "</p>", language);
    }

    static String expiredForm(String intent, String language) {
        return page(w("title.expired-form", language), "<p>" + escape(w("expired-form", language)) + "</p><p><a href=\""
                + "/simulator/pay/" + escape(intent) + "\">" + escape(w("reopen", language)) + "</a></p>", language);
    }

    /** Text made safe for HTML content and double-quoted attributes. */
    static String escape(String text) {
        StringBuilder safe = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> safe.append("&amp;");
                case '<' -> safe.append("&lt;");
                case '>' -> safe.append("&gt;");
                case '"' -> safe.append("&quot;");
                case '\'' -> safe.append("&#39;");
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }

    private static String summary(String merchant, String amount, String language) {
        return "<p class=\"test\">" + escape(w("test-mode", language)) + "</p><dl><dt>" + escape(w("merchant", language))
                + "</dt><dd>" + escape(merchant) + "</dd><dt>" + escape(w("amount", language)) + "</dt><dd>"
                + escape(amount) + "</dd></dl>";
    }

    private static String field(String name, String label, String value, String autocomplete, String mode,
                                Map<String, String> errors, String help) {
        String error = errors.get(name);
        StringBuilder html = new StringBuilder("<label for=\"").append(name).append("\">").append(escape(label))
                .append("</label>");
        if (help != null) {
            html.append("<small>").append(escape(help)).append("</small>");
        }
        html.append("<input type=\"text\" id=\"").append(name).append("\" name=\"").append(name).append("\" value=\"")
                .append(escape(value)).append("\" autocomplete=\"").append(autocomplete).append("\" inputmode=\"")
                .append(mode).append('"');
        if (error != null) {
            html.append(" aria-invalid=\"true\" aria-describedby=\"").append(name).append("-error\"");
        }
        html.append('>');
        if (error != null) {
            html.append("<p class=\"error\" id=\"").append(name).append("-error\">").append(escape(error)).append("</p>");
        }
        return html.toString();
    }

    private static String hidden(String name, String value) {
        return "<input type=\"hidden\" name=\"" + name + "\" value=\"" + escape(value) + "\">";
    }

    private static String back(URI returnTo, String language) {
        return "<p><a href=\"" + escape(returnTo.toString()) + "\">" + escape(w("back", language)) + "</a></p>";
    }

    private static String page(String title, String body, String language) {
        return "<!DOCTYPE html><html lang=\"" + language + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>" + escape(title)
                + "</title><style>" + STYLE + "</style></head><body><main><h1>" + escape(title) + "</h1>" + body
                + "</main></body></html>";
    }

    private static String amount(Money amount, String language) {
        return amount.format(language);
    }

    private static String w(String key, String language, Object... namesAndValues) {
        return SimulatorWords.word(key, language, namesAndValues);
    }

    private static String sha256(String text) {
        try {
            return Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
