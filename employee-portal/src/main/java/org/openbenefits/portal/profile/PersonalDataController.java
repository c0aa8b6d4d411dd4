package org.openbenefits.portal.profile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.exceptions.HttpStatusException;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import org.openbenefits.contract.api.me.MeApiClient;
import org.openbenefits.portal.PortalPaths;

/**
 * "Télécharger mes données" ({@value PortalPaths#PERSONAL_DATA}): hands the person the JSON file platform-api makes of
 * everything it keeps about them (docs/domain-rules.md, personal data), as a download that no cache keeps.
 */
@Controller(PortalPaths.PERSONAL_DATA)
@ExecuteOn(TaskExecutors.BLOCKING)
class PersonalDataController {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");
    /** The file name of platform-api's Content-Disposition, if it is a plain one. */
    private static final Pattern FILE_NAME = Pattern.compile("filename=\"?([A-Za-z0-9][A-Za-z0-9._-]{0,120})\"?");

    private final MeApiClient me;
    private final Clock clock;

    PersonalDataController(MeApiClient me, Clock clock) {
        this.me = me;
        this.clock = clock;
    }

    @Get
    HttpResponse<byte[]> download() {
        HttpResponse<byte[]> export = me.exportData();
        byte[] body = export.getBody().orElse(null);
        if (export.code() >= 300 || body == null) {
            // The declarative client hands a 404 back instead of throwing it: the account is gone.
            throw new HttpStatusException(export.code() >= 300 ? export.getStatus() : HttpStatus.BAD_GATEWAY,
                    "No personal data export from platform-api");
        }
        return HttpResponse.ok(body)
                .contentType(MediaType.APPLICATION_JSON_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + fileName(
                        export.getHeaders().get(HttpHeaders.CONTENT_DISPOSITION)) + "\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    /** platform-api's file name, or {@code mes-donnees-openbenefits-YYYY-MM-DD.json} (Paris date). */
    private String fileName(@Nullable String disposition) {
        if (disposition != null) {
            Matcher name = FILE_NAME.matcher(disposition);
            if (name.find()) {
                return name.group(1);
            }
        }
        return "mes-donnees-openbenefits-" + LocalDate.now(clock.withZone(PARIS)) + ".json";
    }
}
