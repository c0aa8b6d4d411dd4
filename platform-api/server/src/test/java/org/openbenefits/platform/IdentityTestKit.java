package org.openbenefits.platform;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import io.micronaut.context.BeanContext;
import io.micronaut.context.BeanProvider;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.transaction.TransactionOperations;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.auth.SignInRequest;
import org.openbenefits.contract.api.auth.SignInResponse;
import org.openbenefits.contract.events.NotificationRequested;
import org.openbenefits.domain.identity.Role;
import org.openbenefits.platform.account.EmployerRow;
import org.openbenefits.platform.account.Employers;
import org.openbenefits.platform.account.PasswordHasher;
import org.openbenefits.platform.account.UserAccountRow;
import org.openbenefits.platform.account.UserAccountRow.AccountStatus;
import org.openbenefits.platform.account.UserAccounts;
import org.openbenefits.platform.employee.EmployeeChildRow;
import org.openbenefits.platform.employee.EmployeeChildren;
import org.openbenefits.platform.employee.EmployeeProfileRow;
import org.openbenefits.platform.employee.EmployeeProfiles;

/**
 * What the identity tests share: calling the API without exceptions for error statuses, creating accounts, and
 * reading the e-mails platform-api asked for from the outbox.
 */
@Singleton
public class IdentityTestKit {

    /** A password that meets every rule, for accounts the tests create. */
    public static final String GOOD_PASSWORD = "Tournesol-Violet-42";

    /** An HTTP answer, error or not. */
    public record Answer(int status, String body, Map<String, List<String>> headers) {

        public Optional<String> header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .flatMap(entry -> entry.getValue().stream()).findFirst();
        }
    }

    private final BeanProvider<EmbeddedServer> server;
    private final BeanContext context;
    private HttpClient http;
    private final JsonMapper json;
    private final UserAccounts accounts;
    private final Employers employers;
    private final PasswordHasher hasher;
    private final TransactionOperations<Connection> transactions;
    private final EmployeeProfiles profiles;
    private final EmployeeChildren children;

    IdentityTestKit(BeanProvider<EmbeddedServer> server, BeanContext context, JsonMapper json, UserAccounts accounts, Employers employers,
                    PasswordHasher hasher, TransactionOperations<Connection> transactions, EmployeeProfiles profiles,
                    EmployeeChildren children) {
        this.server = server;
        this.context = context;
        this.json = json;
        this.accounts = accounts;
        this.employers = employers;
        this.hasher = hasher;
        this.transactions = transactions;
        this.profiles = profiles;
        this.children = children;
    }

    public Answer call(MutableHttpRequest<?> request) {
        try {
            HttpResponse<String> response = http().toBlocking().exchange(request, String.class);
            return new Answer(response.code(), response.getBody(String.class).orElse(""), headers(response));
        } catch (HttpClientResponseException e) {
            HttpResponse<?> response = e.getResponse();
            return new Answer(response.code(), response.getBody(String.class).orElse(""), headers(response));
        }
    }

    /** A binary answer (a picture), read as bytes; an error status throws. */
    public HttpResponse<byte[]> bytes(MutableHttpRequest<?> request) {
        return http().toBlocking().exchange(request, byte[].class);
    }

    public Answer post(String uri, Object body) {
        return call(HttpRequest.POST(uri, body));
    }

    public Answer postAs(String accessToken, String uri, Object body) {
        return call(HttpRequest.POST(uri, body).bearerAuth(accessToken));
    }

    public Answer signInAnswer(String email, String password) {
        return post("/api/v1/auth/sign-in", new SignInRequest(email, password));
    }

    /** Signs in, failing the test if that is refused. */
    public SignInResponse signIn(String email, String password) {
        Answer answer = signInAnswer(email, password);
        if (answer.status() != 200) {
            throw new AssertionError("Sign-in refused: " + answer.status() + " " + answer.body());
        }
        return read(answer, SignInResponse.class);
    }

    public ProblemDetail problem(Answer answer) {
        return read(answer, ProblemDetail.class);
    }

    public <T> T read(Answer answer, Class<T> type) {
        try {
            return json.readValue(answer.body(), Argument.of(type));
        } catch (IOException e) {
            throw new UncheckedIOException("Not a " + type.getSimpleName() + ": " + answer.body(), e);
        }
    }

    /** The claims of a JWT, read without checking its signature. */
    @SuppressWarnings("unchecked")
    public Map<String, Object> claims(String jwt) {
        String payload = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]), StandardCharsets.UTF_8);
        try {
            return json.readValue(payload, Argument.of(Map.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public EmployerRow employer(String name) {
        return employers.findByName(name).orElseGet(() -> employers.save(new EmployerRow(null, name, Instant.now())));
    }

    /** A new account with a unique address; active accounts get {@link #GOOD_PASSWORD}. */
    public UserAccountRow account(Role role, AccountStatus status, Long employerId) {
        String email = "person-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        String hash = status == AccountStatus.INVITED ? null : hasher.hash(GOOD_PASSWORD);
        return accounts.save(new UserAccountRow(null, role.isPlatformStaff() ? null : employerId, email, hash, role,
                "Camille", "Martin", status, "fr", Instant.now()));
    }

    public UserAccountRow activeEmployee() {
        return account(Role.EMPLOYEE, AccountStatus.ACTIVE, employer("Test employer").id());
    }

    /**
     * An active employee (password {@link #GOOD_PASSWORD}) with the profile HR would have entered: work e-mail = the
     * sign-in address, employee number {@code E-<id>}, department Comptabilité, site Lyon, an address in Lyon
     * (country not recorded, as before countries were kept) and one child, Léa, born on 3 May 2018.
     */
    public UserAccountRow employeeWithProfile(long employerId) {
        UserAccountRow account = account(Role.EMPLOYEE, AccountStatus.ACTIVE, employerId);
        profiles.save(new EmployeeProfileRow(account.id(), employerId, "E-" + account.id(), account.email(), null,
                "Comptabilité", "Lyon", "12 rue des Lilas", null, "69003", "Lyon", null, Instant.now()));
        children.save(new EmployeeChildRow(null, account.id(), "Léa", LocalDate.of(2018, 5, 3)));
        return account;
    }

    /** The notifications the outbox holds for a recipient, oldest first. */
    public List<NotificationRequested> notificationsTo(String recipient) {
        return transactions.executeRead(status -> {
            try (PreparedStatement statement = status.getConnection().prepareStatement(
                    "SELECT payload FROM outbox_event WHERE event_type = 'NotificationRequested' AND record_key = ? "
                            + "ORDER BY id")) {
                statement.setString(1, recipient);
                List<NotificationRequested> found = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        found.add(json.readValue(rows.getString(1), Argument.of(NotificationRequested.class)));
                    }
                }
                return found;
            }
        });
    }

    /** The last notification of this template sent to the recipient. */
    public NotificationRequested lastNotification(String recipient, String template) {
        return notificationsTo(recipient).stream().filter(n -> n.template().equals(template))
                .reduce((first, second) -> second)
                .orElseThrow(() -> new AssertionError("No " + template + " e-mail for " + recipient));
    }

    /** The {@code jeton} of a link such as {@code http://host/activation?jeton=abc}. */
    public static String tokenOf(String link) {
        int at = link.indexOf("?jeton=");
        if (at < 0) {
            throw new AssertionError("No token in link " + link);
        }
        return link.substring(at + "?jeton=".length());
    }

    /**
     * The client is made on first use: the server's random port is known only once it has started. The context makes
     * it, so that its filters apply, the validation against the OpenAPI document among them.
     */
    private synchronized HttpClient http() {
        if (http == null) {
            http = context.createBean(HttpClient.class, server.get().getURL());
        }
        return http;
    }

    @PreDestroy
    synchronized void close() {
        if (http != null) {
            http.close();
        }
    }

    private static Map<String, List<String>> headers(HttpResponse<?> response) {
        return response.getHeaders().asMap();
    }
}
