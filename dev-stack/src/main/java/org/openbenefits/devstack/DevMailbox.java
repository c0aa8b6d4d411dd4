package org.openbenefits.devstack;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;

/**
 * The dev mailbox page: lists the e-mails the local SMTP server received and shows each one (text, HTML in a
 * sandboxed frame, headers). Also {@code /api/messages} as JSON for scripts.
 */
final class DevMailbox implements AutoCloseable {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.FRANCE)
            .withZone(ZoneId.of("Europe/Paris"));
    private static final Pattern URL = Pattern.compile("https?://[^\\s<>\"']+");

    private final MailArchive archive;
    private final HttpServer server;

    DevMailbox(MailArchive archive, int port) throws IOException {
        this.archive = archive;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.setExecutor(Executors.newFixedThreadPool(2, r -> {
            Thread thread = new Thread(r, "dev-mailbox");
            thread.setDaemon(true);
            return thread;
        }));
        server.createContext("/", this::route);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void route(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            if (path.equals("/") && method.equals("GET")) {
                send(exchange, 200, "text/html", listPage());
            } else if (path.equals("/clear") && method.equals("POST")) {
                archive.clear();
                exchange.getResponseHeaders().add("Location", "/");
                exchange.sendResponseHeaders(303, -1);
            } else if (path.equals("/api/messages") && method.equals("GET")) {
                send(exchange, 200, "application/json", listJson());
            } else if (path.startsWith("/message/") && path.endsWith("/html")) {
                Optional<MailArchive.StoredMail> mail = archive.find(path.substring(9, path.length() - 5));
                if (mail.isPresent()) {
                    // The e-mail's own HTML, shown in a frame that may run nothing.
                    exchange.getResponseHeaders().add("Content-Security-Policy", "sandbox allow-popups allow-popups-to-escape-sandbox");
                    send(exchange, 200, "text/html", part(mail.get().message(), "text/html").orElse("<p>(pas de partie HTML)</p>"));
                } else {
                    send(exchange, 404, "text/html", notFound());
                }
            } else if (path.startsWith("/message/")) {
                Optional<MailArchive.StoredMail> mail = archive.find(path.substring(9));
                send(exchange, mail.isPresent() ? 200 : 404, "text/html",
                        mail.isPresent() ? messagePage(mail.get()) : notFound());
            } else {
                send(exchange, 404, "text/html", notFound());
            }
        } catch (MessagingException | RuntimeException e) {
            send(exchange, 500, "text/html", page("Erreur", "<h1>Erreur de la boîte de développement</h1><p>"
                    + escape(e.toString()) + "</p>"));
        }
    }

    private String listPage() throws MessagingException {
        List<MailArchive.StoredMail> mails = archive.list();
        StringBuilder body = new StringBuilder();
        body.append("<h1>Boîte mail de développement</h1>")
                .append("<p class=lead>Les e-mails envoyés par la plateforme locale arrivent ici : aucun ne part vers Internet.</p>");
        if (mails.isEmpty()) {
            body.append("<div class=empty><p><strong>Aucun e-mail pour l’instant.</strong></p>"
                    + "<p>Les invitations, réinitialisations de mot de passe, e-billets et rappels apparaîtront ici dès leur envoi. "
                    + "Cette page se met à jour quand vous la rechargez.</p></div>");
        } else {
            body.append("<p>").append(mails.size()).append(mails.size() > 1 ? " e-mails reçus" : " e-mail reçu")
                    .append(" · <a href=\"/\">Actualiser</a></p>")
                    .append("<table><caption class=visually-hidden>E-mails reçus, du plus récent au plus ancien</caption>")
                    .append("<thead><tr><th scope=col>Reçu le</th><th scope=col>Destinataire</th><th scope=col>Objet</th></tr></thead><tbody>");
            for (MailArchive.StoredMail mail : mails) {
                MimeMessage m = mail.message();
                body.append("<tr><td>").append(escape(when(m.getSentDate()))).append("</td><td>")
                        .append(escape(addresses(m.getAllRecipients()))).append("</td><td><a href=\"/message/")
                        .append(mail.id()).append("\">").append(escape(Optional.ofNullable(m.getSubject()).orElse("(sans objet)")))
                        .append("</a></td></tr>");
            }
            body.append("</tbody></table><form method=post action=\"/clear\"><button type=submit>Vider la boîte</button></form>");
        }
        return page("Boîte mail de développement", body.toString());
    }

    private String messagePage(MailArchive.StoredMail mail) throws MessagingException {
        MimeMessage m = mail.message();
        String subject = Optional.ofNullable(m.getSubject()).orElse("(sans objet)");
        StringBuilder body = new StringBuilder("<p><a href=\"/\">← Tous les e-mails</a></p>")
                .append("<h1>").append(escape(subject)).append("</h1><dl>")
                .append("<dt>De</dt><dd>").append(escape(addresses(m.getFrom()))).append("</dd>")
                .append("<dt>À</dt><dd>").append(escape(addresses(m.getAllRecipients()))).append("</dd>")
                .append("<dt>Date</dt><dd>").append(escape(when(m.getSentDate()))).append("</dd>")
                .append("<dt>Message-ID</dt><dd>").append(escape(Optional.ofNullable(m.getMessageID()).orElse("-"))).append("</dd></dl>");
        if (part(m, "text/html").isPresent()) {
            body.append("<h2>Version HTML</h2><iframe title=\"Version HTML de l’e-mail\" sandbox=\"allow-popups allow-popups-to-escape-sandbox\" src=\"/message/")
                    .append(mail.id()).append("/html\"></iframe>");
        }
        Optional<String> text = part(m, "text/plain");
        if (text.isPresent()) {
            body.append("<h2>Version texte</h2><pre>").append(linkify(escape(text.get()))).append("</pre>");
        }
        return page(subject, body.toString());
    }

    private String listJson() throws MessagingException {
        StringBuilder json = new StringBuilder("[");
        for (MailArchive.StoredMail mail : archive.list()) {
            MimeMessage m = mail.message();
            if (json.length() > 1) {
                json.append(',');
            }
            json.append("{\"id\":\"").append(mail.id()).append("\",\"to\":\"").append(jsonEscape(addresses(m.getAllRecipients())))
                    .append("\",\"subject\":\"").append(jsonEscape(Optional.ofNullable(m.getSubject()).orElse("")))
                    .append("\",\"text\":\"").append(jsonEscape(part(m, "text/plain").orElse(""))).append("\"}");
        }
        return json.append(']').toString();
    }

    private static Optional<String> part(Part part, String mimeType) throws MessagingException {
        try {
            if (part.isMimeType(mimeType)) {
                return Optional.of(part.getContent().toString());
            }
            if (part.isMimeType("multipart/*")) {
                Multipart multipart = (Multipart) part.getContent();
                for (int i = 0; i < multipart.getCount(); i++) {
                    BodyPart child = multipart.getBodyPart(i);
                    Optional<String> found = part(child, mimeType);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
            return Optional.empty();
        } catch (IOException e) {
            throw new MessagingException("Unreadable e-mail part", e);
        }
    }

    private static String addresses(Address[] addresses) {
        if (addresses == null || addresses.length == 0) {
            return "-";
        }
        return String.join(", ", java.util.Arrays.stream(addresses).map(Address::toString).toList());
    }

    private static String when(Date date) {
        return date == null ? "-" : WHEN.format(date.toInstant());
    }

    private static String notFound() {
        return page("Introuvable", "<h1>E-mail introuvable</h1><p>Il a peut-être été supprimé. <a href=\"/\">Revenir à la boîte</a>.</p>");
    }

    private static String page(String title, String body) {
        return """
                <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · OpenBenefits</title><style>
                body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;background:#f4f5f7;color:#1f2937}
                header{background:#1d4ed8;color:#fff;padding:14px 24px;font-weight:600}
                main{max-width:1000px;margin:24px auto;padding:0 16px}
                h1{font-size:1.6rem;margin:.2rem 0 1rem}.lead{color:#4b5563}
                table{width:100%%;border-collapse:collapse;background:#fff;border-radius:8px;overflow:hidden;box-shadow:0 1px 2px #0001}
                th,td{text-align:left;padding:10px 12px;border-bottom:1px solid #e5e7eb}th{background:#eef2ff}
                a{color:#1d4ed8}dl{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;background:#fff;padding:12px 16px;border-radius:8px}
                dt{font-weight:600}dd{margin:0}iframe{width:100%%;height:520px;border:1px solid #d1d5db;border-radius:8px;background:#fff}
                pre{white-space:pre-wrap;background:#fff;padding:16px;border-radius:8px;border:1px solid #e5e7eb}
                .empty{background:#fff;padding:24px;border-radius:8px;border:1px dashed #9ca3af}
                button{margin-top:16px;padding:8px 14px;border:1px solid #b91c1c;color:#b91c1c;background:#fff;border-radius:6px;cursor:pointer}
                .visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
                </style></head><body><header>OpenBenefits · boîte mail de développement</header><main>%s</main></body></html>
                """.formatted(escape(title), body);
    }

    private static String linkify(String escapedText) {
        Matcher matcher = URL.matcher(escapedText);
        return matcher.replaceAll(match -> "<a href=\"" + match.group() + "\">" + match.group() + "</a>");
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String jsonEscape(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type + "; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
