package org.openbenefits.portal.profile;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.client.exceptions.HttpClientException;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import org.openbenefits.contract.api.ProblemDetail;
import org.openbenefits.contract.api.me.MeApiClient;
import org.openbenefits.contract.api.me.ProfileAddress;
import org.openbenefits.contract.api.me.ProfileUpdate;
import org.openbenefits.contract.api.me.ProfileView;
import org.openbenefits.portal.PortalPaths;
import org.openbenefits.portal.web.ApiRefusals;
import org.openbenefits.portalcommon.api.ApiProblems;
import org.openbenefits.portalcommon.forms.Flash;
import org.openbenefits.portalcommon.forms.Form;
import org.openbenefits.portalcommon.i18n.Language;
import org.openbenefits.portalcommon.i18n.LanguageCookie;
import org.openbenefits.portalcommon.i18n.Texts;

/**
 * "Mon profil" ({@value PortalPaths#PROFILE}): what HR entered, read-only, and the three things the employee keeps
 * up to date, each with its own form: the postal address for tickets sent by post, the e-mail address e-tickets go
 * to, and the language. A refused form comes back with what was typed and each error beside its field; a saved one
 * returns to the page with a confirmation.
 */
@Controller(PortalPaths.PROFILE)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProfileController {

    static final String VIEW = "profile/profile";
    /** Countries offered for the postal address; platform-api wants five-digit postal codes, as these have. */
    static final List<String> COUNTRIES = List.of(ProfileAddress.DEFAULT_COUNTRY, "MC");
    private static final Map<String, String> ADDRESS_FIELDS = Map.of("address", "line1", "line1", "line1",
            "line2", "line2", "postalCode", "postalCode", "city", "city", "country", "country");

    private final MeApiClient me;
    private final ApiProblems problems;
    private final Texts texts;
    private final HttpLocaleResolver locales;

    ProfileController(MeApiClient me, ApiProblems problems, Texts texts, HttpLocaleResolver locales) {
        this.me = me;
        this.problems = problems;
        this.texts = texts;
        this.locales = locales;
    }

    @Serdeable
    record AddressFields(@Nullable String line1, @Nullable String line2, @Nullable String postalCode,
                         @Nullable String city, @Nullable String country) {

        boolean isBlank() {
            return blank(line1) && blank(line2) && blank(postalCode) && blank(city);
        }

        @Override
        public String toString() {
            return "AddressFields[***]";
        }
    }

    @Serdeable
    record DeliveryEmailFields(@Nullable String deliveryEmail) {

        @Override
        public String toString() {
            return "DeliveryEmailFields[***]";
        }
    }

    @Serdeable
    record LanguageFields(@Nullable String language) {
    }

    @Get(produces = MediaType.TEXT_HTML)
    ModelAndView<Map<String, Object>> show(HttpRequest<?> request) {
        ProfileView profile = savedProfile();
        return page(request, profile, ProfileForms.of(profile));
    }

    @Post(uri = "/adresse", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> saveAddress(HttpRequest<?> request, @Body AddressFields input) {
        ProfileView profile = savedProfile();
        String country = blank(input.country()) ? ProfileAddress.DEFAULT_COUNTRY : input.country().strip();
        Form form = Form.empty().with("line1", strip(input.line1())).with("line2", strip(input.line2()))
                .with("postalCode", strip(input.postalCode())).with("city", strip(input.city())).with("country", country);
        if (!COUNTRIES.contains(country) && (profile.address() == null || !country.equals(profile.address().country()))) {
            form.reject("country", texts.get(request, "profile.address.country.unknown"));
            return refused(request, profile, ProfileForms.of(profile).withAddress(form), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        ProfileAddress address = input.isBlank() ? null : new ProfileAddress(strip(input.line1()),
                blank(input.line2()) ? null : strip(input.line2()), strip(input.postalCode()), strip(input.city()), country);
        return save(request, profile, ProfileForms.changingAddress(profile, address), form, ADDRESS_FIELDS,
                ProfileForms.of(profile)::withAddress,
                saved -> saved.address() == null ? "profile.address.removed" : "profile.address.saved");
    }

    @Post(uri = "/email-livraison", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> saveDeliveryEmail(HttpRequest<?> request, @Body DeliveryEmailFields input) {
        ProfileView profile = savedProfile();
        String deliveryEmail = strip(input.deliveryEmail());
        Form form = Form.empty().with("deliveryEmail", deliveryEmail);
        return save(request, profile, ProfileForms.changingDeliveryEmail(profile, deliveryEmail), form,
                Map.of("deliveryEmail", "deliveryEmail"), ProfileForms.of(profile)::withDeliveryEmail,
                saved -> saved.deliveryEmailIsDefault() ? "profile.deliveryEmail.default" : "profile.deliveryEmail.saved");
    }

    @Post(uri = "/langue", consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
    HttpResponse<?> saveLanguage(HttpRequest<?> request, @Body LanguageFields input) {
        ProfileView profile = savedProfile();
        Form form = Form.empty().with("language", strip(input.language()));
        var language = Language.fromTag(input.language());
        if (language.isEmpty()) {
            form.reject("language", texts.get(request, "profile.language.required"));
            return refused(request, profile, ProfileForms.of(profile).withLanguage(form), HttpStatus.UNPROCESSABLE_ENTITY);
        }
        HttpResponse<?> answer = save(request, profile, ProfileForms.changingLanguage(profile, language.get().tag()),
                form, Map.of("language", "language"), ProfileForms.of(profile)::withLanguage, saved -> "profile.language.saved");
        if (answer instanceof MutableHttpResponse<?> redirect && redirect.code() == HttpStatus.SEE_OTHER.getCode()) {
            // The portal speaks the new language at once; the token's own claim follows at its next renewal.
            redirect.cookie(LanguageCookie.of(language.get(), request));
        }
        return answer;
    }

    private HttpResponse<?> save(HttpRequest<?> request, ProfileView profile, ProfileUpdate update, Form form,
                                 Map<String, String> fields, Function<Form, ProfileForms> forms,
                                 Function<ProfileView, String> confirmation) {
        ProfileView saved;
        try {
            saved = ApiRefusals.found(me.updateProfile(update));
        } catch (HttpClientResponseException refusal) {
            ProblemDetail problem = problems.of(refusal);
            if (ApiRefusals.refusesTheSession(refusal, problem)) {
                throw refusal;
            }
            ApiRefusals.show(form, problem, fields);
            return refused(request, profile, forms.apply(form), HttpStatus.UNPROCESSABLE_ENTITY);
        } catch (HttpClientException unreachable) {
            form.fail(texts.get(request, "api.unreachable"));
            return refused(request, profile, forms.apply(form), HttpStatus.SERVICE_UNAVAILABLE);
        }
        MutableHttpResponse<?> response = HttpResponse.seeOther(URI.create(PortalPaths.PROFILE));
        Flash.next(request, response, confirmation.apply(saved));
        return response;
    }

    private ProfileView savedProfile() {
        return ApiRefusals.found(me.profile());
    }

    private HttpResponse<?> refused(HttpRequest<?> request, ProfileView profile, ProfileForms forms, HttpStatus status) {
        return HttpResponse.status(status).body(page(request, profile, forms));
    }

    private ModelAndView<Map<String, Object>> page(HttpRequest<?> request, ProfileView profile, ProfileForms forms) {
        Map<String, Object> model = new HashMap<>();
        model.put("profile", profile);
        model.put("pendingUntil", profile.pendingEmailChange() == null ? null
                : SignInEmailController.expiry(profile.pendingEmailChange()));
        model.put("addressForm", forms.address());
        model.put("deliveryForm", forms.deliveryEmail());
        model.put("languageForm", forms.language());
        model.put("countries", countries(request, forms.address().value("country")));
        model.put("languages", Arrays.asList(Language.values()));
        return new ModelAndView<>(VIEW, model);
    }

    /** The offered countries, named in the page's language, plus the saved one if it is another. */
    private List<CountryChoice> countries(HttpRequest<?> request, String current) {
        Locale locale = locales.resolveOrDefault(request);
        List<String> codes = new ArrayList<>(COUNTRIES);
        if (!current.isBlank() && !codes.contains(current)) {
            codes.add(current);
        }
        return codes.stream().map(code -> new CountryChoice(code, Locale.of("", code).getDisplayCountry(locale))).toList();
    }

    private static boolean blank(@Nullable String value) {
        return value == null || value.isBlank();
    }

    private static String strip(@Nullable String value) {
        return value == null ? "" : value.strip();
    }
}
