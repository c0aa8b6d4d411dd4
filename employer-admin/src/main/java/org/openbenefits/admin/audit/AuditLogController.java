package org.openbenefits.admin.audit;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.views.View;
import org.openbenefits.admin.AdminPaths;
import org.openbenefits.admin.web.Paging;
import org.openbenefits.contract.api.audit.AuditApiClient;
import org.openbenefits.contract.api.audit.AuditEntryView;
import org.openbenefits.contract.api.audit.AuditPage;
import org.openbenefits.contract.api.manager.ManagerApiClient;
import org.openbenefits.contract.api.manager.ManagerView;
import org.openbenefits.portalcommon.i18n.Texts;
import org.openbenefits.portalcommon.session.SignedInUser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The audit log ({@code /journal}), newest first: who did what, when (Paris time) and to what. HR managers read their
 * employer's entries; platform admins read every employer's, or one employer's with the filter. platform-api decides
 * what each may read; this page only puts the entries into words.
 */
@Controller(AdminPaths.AUDIT)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditLogController {

    static final int PAGE_SIZE = 50;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private static final Logger LOG = LoggerFactory.getLogger(AuditLogController.class);

    private final AuditApiClient audit;
    private final ManagerApiClient managers;
    private final Texts texts;

    AuditLogController(AuditApiClient audit, ManagerApiClient managers, Texts texts) {
        this.audit = audit;
        this.managers = managers;
        this.texts = texts;
    }

    /** One entry as the page shows it. */
    record Entry(String when, String isoWhen, String who, String what, String target, @Nullable String targetHref,
                 @Nullable Long employerId, @Nullable String details) {
    }

    @Get(produces = MediaType.TEXT_HTML)
    @View("audit/journal")
    Map<String, Object> journal(HttpRequest<?> request, SignedInUser user, @Nullable @QueryValue Integer page,
                                @Nullable @QueryValue String employeur) {
        boolean admin = user.hasRole(SignedInUser.PLATFORM_ADMIN);
        Long employer = admin ? employerNumber(employeur) : null;
        AuditPage found = audit.list(employer, Paging.apiPage(page), PAGE_SIZE);
        Map<Long, String> managerNames = admin ? Map.of() : managerNames();
        Map<String, Object> model = new HashMap<>();
        model.put("entries", found.items().stream().map(entry -> entry(request, entry, managerNames, !admin)).toList());
        model.put("admin", admin);
        model.put("employeur", employer == null ? "" : String.valueOf(employer));
        model.put("filterInvalid", admin && employeur != null && !employeur.isBlank() && employer == null);
        model.put("paging", Paging.of(found.page(), PAGE_SIZE, found.total(),
                n -> AdminPaths.AUDIT + "?page=" + n + (employer == null ? "" : "&employeur=" + employer)));
        return model;
    }

    private Entry entry(HttpRequest<?> request, AuditEntryView entry, Map<Long, String> managerNames, boolean hr) {
        String[] target = entry.target() == null ? new String[0] : entry.target().split(":", 2);
        String targetKind = target.length == 2 ? target[0] : "";
        String targetId = target.length == 2 ? target[1] : "";
        String who;
        if (entry.actorId() == null) {
            who = texts.get(request, "audit.actor.system");
        } else if (managerNames.containsKey(entry.actorId())) {
            who = managerNames.get(entry.actorId());
        } else if ("employee".equals(targetKind) && targetId.equals(String.valueOf(entry.actorId()))) {
            who = texts.get(request, "audit.actor.themselves");
        } else {
            who = texts.get(request, "audit.actor.account", String.valueOf(entry.actorId()));
        }
        String targetText;
        String targetHref = null;
        switch (targetKind) {
            case "employee" -> {
                targetText = texts.get(request, "audit.target.employee", targetId);
                targetHref = hr && targetId.matches("[0-9]{1,18}") ? AdminPaths.EMPLOYEES + "/" + targetId : null;
            }
            case "manager" -> {
                Long managerId = parsed(targetId);
                targetText = managerId != null && managerNames.containsKey(managerId) ? managerNames.get(managerId)
                        : texts.get(request, "audit.target.manager", targetId);
            }
            case "staff" -> targetText = texts.get(request, "audit.target.staff", targetId);
            case "campaign" -> {
                targetText = texts.get(request, "audit.target.campaign", targetId);
                targetHref = hr && targetId.matches("[0-9]{1,18}") ? AdminPaths.CAMPAIGNS + "/" + targetId : null;
            }
            case "grant" -> targetText = texts.get(request, "audit.target.grant", targetId);
            case "top-up" -> targetText = texts.get(request, "audit.target.topUp", targetId);
            default -> targetText = entry.target() == null ? "—"
                    : "ledger".equals(entry.target()) ? texts.get(request, "audit.target.ledger") : entry.target();
        }
        return new Entry(WHEN.format(entry.occurredAt().atZone(PARIS)), entry.occurredAt().toString(), who,
                actionLabel(request, entry.action()), targetText, targetHref, entry.employerId(), entry.details());
    }

    /** The action's French (or English) label; an action this portal does not know yet shows its code. */
    private String actionLabel(HttpRequest<?> request, String action) {
        String key = "audit.action." + action;
        String label = texts.get(request, key);
        return label.equals(key) ? action : label;
    }

    /** The names of the employer's HR managers, who act in most HR entries; ids alone if the list is unavailable. */
    private Map<Long, String> managerNames() {
        try {
            List<ManagerView> all = managers.list();
            return all.stream().collect(Collectors.toMap(ManagerView::id,
                    manager -> manager.firstName() + " " + manager.lastName(), (a, b) -> a));
        } catch (HttpClientException e) {
            LOG.warn("The audit log shows account numbers: the managers list is unavailable ({})", e.getMessage());
            return Map.of();
        }
    }

    @Nullable
    private static Long employerNumber(@Nullable String text) {
        Long number = text == null ? null : parsed(text.strip());
        return number != null && number > 0 ? number : null;
    }

    @Nullable
    private static Long parsed(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
