package org.openbenefits.devstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.openbenefits.devstack.EmployeeFile.Row;
import org.openbenefits.devstack.JsonApi.Answer;

/**
 * The acceptance test of the "identity and access" issue, on the real parts: the launcher starts embedded MariaDB,
 * Kafka and SMTP and the four services exactly as {@code ./run} does, and the test talks to platform-api over HTTP
 * as a client would, and reads the e-mails the SMTP server received through the dev mailbox's JSON.
 * <p>
 * "HR imports a CSV of 1,000 employees with 10 bad lines; the preview lists exactly those 10 errors; the import
 * creates 990 profiles; 990 invitations arrive in the SMTP server; an employee activates through the link taken from
 * the received e-mail and signs in." It prints the import's duration and the e-mail throughput, and the time to
 * import 10,000 lines, for the closing note. Then the probe's oversized file of issue 8 is refused.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class IdentityAcceptanceIT {

    private static final String HR_EMAIL = "rh@acme.example";
    private static final String DEMO_PASSWORD = "Demo-2026!";
    private static final String IMPORTS = "/api/v1/employee-imports";
    private static final String CSV = "text/csv; charset=UTF-8";
    private static final Duration IMPORT_TIMEOUT = Duration.ofSeconds(120);
    private static final Duration MAIL_TIMEOUT = Duration.ofSeconds(120);
    private static final Pattern ACTIVATION_BUTTON =
            Pattern.compile("<a\\s[^>]*href=\"([^\"]+)\"[^>]*>\\s*Activer mon compte\\s*</a>");

    private final LaunchedStack stack = LaunchedStack.inTargetFolder("identity-acceptance-it");
    private JsonApi api;
    private JsonApi mailbox;
    private String hrToken;

    /** One error the importer must report: the file's line (header = 1), the column at fault and the code. */
    private record Expected(int line, String column, String code) {
    }

    @BeforeAll
    void start_the_platform_as_run_does_with_demo_data() throws Exception {
        stack.start("--fresh");
        api = new JsonApi(stack.url(LaunchedStack.PLATFORM_API));
        mailbox = new JsonApi(stack.url(LaunchedStack.MAILBOX));
        Answer signIn = api.postJson("/api/v1/auth/sign-in", Map.of("email", HR_EMAIL, "password", DEMO_PASSWORD), null);
        assertThat(signIn.status()).as("HR sign-in: %s", signIn).isEqualTo(200);
        assertThat(signIn.at("/user/role").asText()).isEqualTo("HR_MANAGER");
        hrToken = signIn.at("/accessToken").asText();
    }

    @AfterAll
    void stop_every_process_the_launcher_started() throws Exception {
        try {
            if (stack.isRunning()) {
                assertThat(stack.interruptAndWait()).as("no service or database left running").noneMatch(ProcessHandle::isAlive);
            }
        } finally {
            stack.killLeftovers();
        }
    }

    @Test
    @Order(1)
    void hr_imports_1000_employees_with_10_bad_lines_and_an_invited_employee_activates_from_the_email_and_signs_in() throws Exception {
        String header = templateHeader();
        List<Row> rows = new ArrayList<>();
        for (int n = 1; n <= 1000; n++) {
            rows.add(EmployeeFile.person(n, "acme-salaries.example", "M"));
        }
        // Data line n is line n + 1 of the file. Each bad line has exactly one fault.
        List<Expected> expected = List.of(
                bad(rows, 37, r -> r.withEmail("paul.girard.acme-salaries.example"), "email", "INVALID_EMAIL"),
                bad(rows, 88, r -> r.withFirstName(""), "prenom", "MISSING_FIELD"),
                bad(rows, 150, r -> r.withEmail("marc dupuis@acme-salaries.example"), "email", "INVALID_EMAIL"),
                bad(rows, 250, r -> r.withEmail("salarie@acme.example"), "email", "ALREADY_EXISTS"),
                bad(rows, 333, r -> r.withEmail("chloe.roux@intranet"), "email", "INVALID_EMAIL"),
                bad(rows, 404, r -> r.withEmail(rows.get(12 - 1).email()), "email", "DUPLICATE_IN_FILE"),
                bad(rows, 600, r -> r.withEmployeeNumber(rows.get(599 - 1).employeeNumber()), "matricule", "DUPLICATE_IN_FILE"),
                bad(rows, 777, r -> r.withEmail(rows.get(500 - 1).email().toUpperCase(Locale.ROOT)), "email", "DUPLICATE_IN_FILE"),
                bad(rows, 901, r -> r.withEmail("Lea.Bernard@ACME.example"), "email", "ALREADY_EXISTS"),
                bad(rows, 1000, r -> r.withEmployeeNumber(""), "matricule", "MISSING_FIELD"));
        Set<Integer> badLines = new HashSet<>(expected.stream().map(Expected::line).toList());
        List<String> invited = new ArrayList<>();
        for (int n = 1; n <= rows.size(); n++) {
            if (!badLines.contains(n + 1)) {
                invited.add(rows.get(n - 1).email());
            }
        }
        assertThat(invited).hasSize(990).doesNotHaveDuplicates();
        byte[] csv = EmployeeFile.csv(header, rows);
        long employeesBefore = employeeCount("");

        Answer preview = api.post(IMPORTS + "/preview", CSV, csv, hrToken);
        assertThat(preview.status()).as("preview: %s", preview).isEqualTo(200);
        assertThat(preview.at("/lines").asInt()).isEqualTo(1000);
        assertThat(preview.at("/validLines").asInt()).isEqualTo(990);
        assertThat(preview.at("/imported").asInt()).isZero();
        assertThat(errors(preview.at("/errors"))).containsExactlyElementsOf(expected);
        assertThat(preview.at("/errors/5/message").asText()).as("the duplicate names the first line").contains("ligne 13");
        assertThat(employeeCount("")).as("a preview writes nothing").isEqualTo(employeesBefore);

        long importStart = System.nanoTime();
        Answer accepted = api.post(IMPORTS, CSV, csv, hrToken);
        long acceptedAtMillis = System.currentTimeMillis();
        assertThat(accepted.status()).as("the import is accepted as a job: %s", accepted).isEqualTo(202);
        assertThat(accepted.at("/id").isMissingNode()).as("job id in %s", accepted).isFalse();
        assertThat(accepted.at("/totalLines").asInt()).isEqualTo(1000);
        assertThat(accepted.at("/status").asText()).isIn("RUNNING", "DONE");
        JsonNode job = awaitDone(accepted.at("/id").asText());
        long importMillis = (System.nanoTime() - importStart) / 1_000_000;
        assertThat(job.at("/processedLines").asInt()).isEqualTo(1000);
        assertThat(job.at("/report/lines").asInt()).isEqualTo(1000);
        assertThat(job.at("/report/validLines").asInt()).isEqualTo(990);
        assertThat(job.at("/report/imported").asInt()).isEqualTo(990);
        assertThat(errors(job.at("/report/errors"))).containsExactlyElementsOf(expected);
        assertThat(employeeCount("")).as("profiles of the employer").isEqualTo(employeesBefore + 990);
        assertThat(employeeCount("@acme-salaries.example")).as("profiles from this file").isEqualTo(990);

        Row first = rows.getFirst();
        Answer found = api.get("/api/v1/employees?q=" + encoded(first.email()), hrToken);
        assertThat(found.at("/total").asInt()).isEqualTo(1);
        JsonNode profile = found.at("/items/0");
        assertThat(profile.at("/firstName").asText()).isEqualTo("Élodie");
        assertThat(profile.at("/lastName").asText()).isEqualTo("Lefèvre");
        assertThat(profile.at("/department").asText()).isEqualTo("Recherche; développement");
        assertThat(profile.at("/status").asText()).isEqualTo("INVITED");

        Map<String, List<JsonNode>> mailsByRecipient = awaitInvitations(Set.copyOf(invited));
        assertThat(mailsByRecipient.keySet()).as("recipients").containsExactlyInAnyOrderElementsOf(invited);
        assertThat(mailsByRecipient).allSatisfy((recipient, mails) ->
                assertThat(mails).as("invitations to %s", recipient).hasSize(1));
        // The mailbox names each e-mail by the millisecond its archive saved it, within 200 ms of its arrival.
        long lastMailMillis = mailsByRecipient.values().stream().flatMap(List::stream)
                .mapToLong(mail -> Long.parseLong(mail.at("/id").asText().split("-")[0])).max().orElseThrow();
        long mailMillis = Math.max(1, lastMailMillis - acceptedAtMillis);
        report("import of 1000 lines (990 created, 10 rejected): %d ms", importMillis);
        report("990 invitation e-mails in the SMTP server %d ms after the import was accepted: %.1f e-mails/s",
                mailMillis, 990 * 1000.0 / mailMillis);

        JsonNode mail = mailsByRecipient.get(first.email()).getFirst();
        assertThat(mail.at("/subject").asText()).isEqualTo("ACME vous invite à activer votre compte OpenBenefits");
        String link = activationLink(mail.at("/id").asText());
        assertThat(link).startsWith(stack.url(LaunchedStack.EMPLOYEE_PORTAL) + "/activation?jeton=");
        assertThat(mail.at("/text").asText()).as("the text version carries the same link").contains(link);
        String token = queryParameter(URI.create(link), "jeton");

        Answer invitation = api.get("/api/v1/invitations/" + token, null);
        assertThat(invitation.status()).as("invitation: %s", invitation).isEqualTo(200);
        assertThat(invitation.at("/email").asText()).isEqualTo(first.email());
        assertThat(invitation.at("/firstName").asText()).isEqualTo("Élodie");
        assertThat(invitation.at("/employerName").asText()).isEqualTo("ACME");

        String password = "Tournesol-Ardent-48";
        Answer activated = api.postJson("/api/v1/invitations/" + token + "/accept", Map.of("password", password), null);
        assertThat(activated.status()).as("acceptance: %s", activated).isEqualTo(200);
        assertThat(activated.at("/user/email").asText()).isEqualTo(first.email());

        Answer signIn = api.postJson("/api/v1/auth/sign-in", Map.of("email", first.email(), "password", password), null);
        assertThat(signIn.status()).as("employee sign-in: %s", signIn).isEqualTo(200);
        assertThat(signIn.at("/accessToken").asText()).isNotBlank();
        assertThat(signIn.at("/user/id").asLong()).isEqualTo(profile.at("/id").asLong());
        assertThat(signIn.at("/user/email").asText()).isEqualTo(first.email());
        assertThat(signIn.at("/user/firstName").asText()).isEqualTo("Élodie");
        assertThat(signIn.at("/user/lastName").asText()).isEqualTo("Lefèvre");
        assertThat(signIn.at("/user/role").asText()).isEqualTo("EMPLOYEE");
        assertThat(api.get("/api/v1/employees/" + profile.at("/id").asLong(), hrToken).at("/status").asText())
                .isEqualTo("ACTIVE");
        assertThat(api.get("/api/v1/invitations/" + token, null).status()).as("the link works once").isEqualTo(410);
    }

    @Test
    @Order(2)
    void an_import_of_10000_lines_is_timed() {
        List<Row> rows = new ArrayList<>();
        for (int n = 1; n <= 10_000; n++) {
            rows.add(EmployeeFile.person(n, "volume.acme-salaries.example", "V"));
        }
        byte[] csv = EmployeeFile.csv(templateHeader(), rows);

        long start = System.nanoTime();
        Answer accepted = api.post(IMPORTS, CSV, csv, hrToken);
        assertThat(accepted.status()).as("the import is accepted as a job: %s", accepted).isEqualTo(202);
        JsonNode job = awaitDone(accepted.at("/id").asText());
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(job.at("/report/imported").asInt()).isEqualTo(10_000);
        assertThat(job.at("/report/errors")).isEmpty();
        assertThat(employeeCount("@volume.acme-salaries.example")).isEqualTo(10_000);
        report("import of 10000 lines: %d ms", millis);
    }

    /**
     * The probe's attack (issue 8): a 10 MB file of 186,000 lines ran this platform-api (384 MB of heap, as ./run
     * starts it) out of memory. It is refused at once, whole, with the limit, and the service keeps answering.
     */
    @Test
    @Order(3)
    void the_probes_10_mb_file_of_186_000_lines_is_refused_at_once_and_platform_api_keeps_answering() {
        StringBuilder csv = new StringBuilder(templateHeader()).append('\n');
        for (int n = 1; n <= 186_000; n++) {
            csv.append("Zoe;Lemaitre;z").append(n).append("@gros.example;G").append(n)
                    .append(";Ventes;Nantes\n");
        }
        byte[] file = csv.toString().getBytes(StandardCharsets.UTF_8);

        long start = System.nanoTime();
        Answer refused = api.post(IMPORTS, CSV, file, hrToken);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(file.length).isBetween(9_000_000, 10 * 1024 * 1024);
        assertThat(refused.status()).as("refused: %s", refused).isEqualTo(400);
        assertThat(refused.at("/code").asText()).isEqualTo("CSV_TOO_MANY_LINES");
        assertThat(refused.at("/parameters/limit").asInt()).isEqualTo(100_000);
        assertThat(refused.at("/parameters/found").asInt()).isEqualTo(186_000);
        assertThat(api.get("/health", null).status()).as("platform-api still up").isEqualTo(200);
        assertThat(employeeCount("@gros.example")).isZero();
        report("the 10 MB file of 186000 lines refused in %d ms", millis);
    }

    /** The header row of the template HR downloads, byte-order mark removed. */
    private String templateHeader() {
        Answer template = api.get(IMPORTS + "/template", "text/csv", hrToken);
        assertThat(template.status()).isEqualTo(200);
        String text = template.body().startsWith("\uFEFF") ? template.body().substring(1) : template.body();
        return text.lines().findFirst().orElseThrow();
    }

    private static Expected bad(List<Row> rows, int n, UnaryOperator<Row> fault, String column,
                                String code) {
        rows.set(n - 1, fault.apply(rows.get(n - 1)));
        return new Expected(n + 1, column, code);
    }

    private static List<Expected> errors(JsonNode errors) {
        List<Expected> found = new ArrayList<>();
        errors.forEach(e -> found.add(new Expected(e.at("/line").asInt(), e.at("/column").asText(), e.at("/code").asText())));
        return found;
    }

    private long employeeCount(String query) {
        Answer page = api.get("/api/v1/employees?size=1&q=" + encoded(query), hrToken);
        assertThat(page.status()).as("employee list: %s", page).isEqualTo(200);
        return page.at("/total").asLong();
    }

    /** Polls the import job until DONE; any other end, or none within the timeout, fails. */
    private JsonNode awaitDone(String jobId) {
        long deadline = System.nanoTime() + IMPORT_TIMEOUT.toNanos();
        while (true) {
            Answer job = api.get(IMPORTS + "/" + jobId, hrToken);
            assertThat(job.status()).as("import job: %s", job).isEqualTo(200);
            String status = job.at("/status").asText();
            if (status.equals("DONE")) {
                return job.json();
            }
            if (status.equals("FAILED")) {
                fail("The import failed: " + job);
            }
            if (System.nanoTime() > deadline) {
                fail("The import was not DONE within " + IMPORT_TIMEOUT.toSeconds() + " s: " + job);
            }
            sleep(50);
        }
    }

    /**
     * Polls the dev mailbox until every expected recipient has an e-mail, or the timeout.
     *
     * @return the e-mails addressed to the expected recipients, by recipient
     */
    private Map<String, List<JsonNode>> awaitInvitations(Set<String> recipients) {
        long deadline = System.nanoTime() + MAIL_TIMEOUT.toNanos();
        while (true) {
            Answer messages = mailbox.get("/api/messages", null);
            assertThat(messages.status()).isEqualTo(200);
            Map<String, List<JsonNode>> byRecipient = new HashMap<>();
            for (JsonNode message : messages.json()) {
                String to = message.at("/to").asText();
                // this file's domain and the demo accounts': an invitation sent for a rejected line shows up too
                if (recipients.contains(to) || to.endsWith("@acme-salaries.example") || to.endsWith("@acme.example")) {
                    byRecipient.computeIfAbsent(to, k -> new ArrayList<>()).add(message);
                }
            }
            if (byRecipient.keySet().containsAll(recipients)) {
                return byRecipient;
            }
            if (System.nanoTime() > deadline) {
                fail(byRecipient.size() + " of the " + recipients.size() + " invitations arrived within "
                        + MAIL_TIMEOUT.toSeconds() + " s");
            }
            sleep(250);
        }
    }

    /** The link of the e-mail's "Activer mon compte" button, as a person clicks it. */
    private String activationLink(String mailId) {
        Answer html = mailbox.get("/message/" + mailId + "/html", null);
        assertThat(html.status()).isEqualTo(200);
        Matcher button = ACTIVATION_BUTTON.matcher(html.body());
        assertThat(button.find()).as("an 'Activer mon compte' button in %s", html.body()).isTrue();
        return button.group(1).replace("&amp;", "&");
    }

    private static String encoded(String queryValue) {
        return URLEncoder.encode(queryValue, StandardCharsets.UTF_8);
    }

    private static String queryParameter(URI link, String name) {
        for (String pair : link.getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts[0].equals(name) && parts.length == 2) {
                return URLDecoder.decode(parts[1], StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("No " + name + " in " + link);
    }

    private static void report(String format, Object... values) {
        System.out.println("[identity-acceptance] " + String.format(Locale.ROOT, format, values));
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
