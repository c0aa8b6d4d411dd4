package org.openbenefits.portal.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import org.junit.jupiter.api.Test;
import org.openbenefits.portal.testing.FakePlatformApi;
import org.openbenefits.portal.testing.PortalWithFakeApi;

/** "Télécharger mes données": the export platform-api makes, handed over as a file no cache keeps. */
@MicronautTest
class PersonalDataTest extends PortalWithFakeApi {

    @Test
    void the_export_downloads_as_a_json_attachment_that_no_cache_keeps() {
        HttpResponse<String> download = pages().get("/mon-profil/donnees", "Cookie", signedIn());

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(download.headers().firstValue("Content-Disposition"))
                .contains("attachment; filename=\"" + FakePlatformApi.EXPORT_FILE + "\"");
        assertThat(download.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(download.body()).startsWith("{").contains("\"employeeNumber\":\"E-1042\"", "\"email\":\"camille.martin@acme.example\"");
    }

    @Test
    void without_a_file_name_from_the_api_the_file_is_named_after_today_in_paris() {
        api.exportWithoutFileName();

        HttpResponse<String> download = pages().get("/mon-profil/donnees", "Cookie", signedIn());

        assertThat(download.headers().firstValue("Content-Disposition")).contains("attachment; filename=\"mes-donnees-openbenefits-"
                + LocalDate.now(ZoneId.of("Europe/Paris")) + ".json\"");
    }

    @Test
    void a_visitor_asking_for_the_export_is_sent_to_sign_in() {
        HttpResponse<String> asked = pages().get("/mon-profil/donnees");

        assertThat(asked.statusCode()).isEqualTo(303);
        assertThat(asked.headers().firstValue("Location")).contains("/connexion?retour=%2Fmon-profil%2Fdonnees");
        assertThat(api.calls()).isEmpty();
    }
}
