package org.openbenefits.platform.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import org.openbenefits.domain.refusal.RefusalCatalogue;
import org.openbenefits.domain.refusal.RefusalCode;
import org.openbenefits.domain.refusal.RefusalKind;

/** docs/api/errors.md, made from the catalogue and the bundles. */
final class ErrorCatalogueDocument {

    private ErrorCatalogueDocument() {
    }

    static String markdown(Properties french, Properties english) {
        StringBuilder out = new StringBuilder("""
                # Error codes

                Generated from `org.openbenefits.domain.refusal.RefusalCatalogue` and platform-api's bundles
                (`i18n/problems*.properties`) by `ErrorCatalogueTest`: do not edit by hand; run
                `./mvnw -pl platform-api/server -am test -Dtest=ErrorCatalogueTest -Dsurefire.failIfNoSpecifiedTests=false -Derrors.catalogue.write=true`.

                Every API error is `application/problem+json` (RFC 9457) with a stable `code` from this page and its
                `parameters`; `title`, `detail` and each field's `message` are written in the language of the request's
                `Accept-Language` (French by default, English). Each field at fault in `errors` has its own `code` (a
                `field` code below, or one of its area) and `parameters`. Clients switch on codes and word them from the
                parameters, never from the text. Amounts are decimal strings in euros (`"1250.00"`), dates ISO dates.
                See [conventions](conventions.md) for the rest.

                """);
        Map<String, List<RefusalCode>> areas = new LinkedHashMap<>();
        for (RefusalCode code : RefusalCatalogue.all()) {
            areas.computeIfAbsent(((Enum<?>) code).getDeclaringClass().getSimpleName(), area -> new java.util.ArrayList<>())
                    .add(code);
        }
        areas.forEach((area, codes) -> {
            out.append("## ").append(area).append("\n\n")
                    .append("| code | HTTP status | parameters | French | English |\n")
                    .append("|---|---|---|---|---|\n");
            for (RefusalCode code : codes) {
                out.append("| `").append(code.code()).append("` | ")
                        .append(code.kind() == RefusalKind.FIELD ? "field" : Integer.toString(RefusalStatus.of(code).getCode()))
                        .append(" | ").append(code.parameters().isEmpty() ? "" : "`" + String.join("`, `", code.parameters()) + "`")
                        .append(" | ").append(cell(french.getProperty(code.code())))
                        .append(" | ").append(cell(english.getProperty(code.code()))).append(" |\n");
            }
            out.append('\n');
        });
        return out.toString().stripTrailing() + "\n";
    }

    private static String cell(String text) {
        return text == null ? "" : text.replace("|", "\\|");
    }
}
