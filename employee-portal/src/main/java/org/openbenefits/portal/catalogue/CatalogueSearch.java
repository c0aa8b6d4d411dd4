package org.openbenefits.portal.catalogue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

import io.micronaut.core.annotation.Nullable;
import org.openbenefits.portalcommon.forms.Form;

/**
 * The criteria of a catalogue search as the address carries them (a GET form, so that a view can be bookmarked):
 * {@code q}, {@code categorie}, {@code livraison}, {@code prixMin} and {@code prixMax} in euros as typed, {@code tri}
 * and {@code page} counted from 1. A category, delivery type or sort the portal does not offer is left out, as is a
 * page that is not a positive number: only the prices are checked, beside their fields ({@link CatalogueController}).
 *
 * @param page counted from 0, as platform-api counts
 */
record CatalogueSearch(@Nullable String q, @Nullable String category, @Nullable String delivery,
                       @Nullable String priceFrom, @Nullable String priceTo, @Nullable String sort, int page) {

    static final List<String> CATEGORIES = List.of("CINEMA", "SHOWS", "MUSEUMS", "BOOKS", "MUSIC", "PARKS", "SPORTS",
            "GIFTCARDS");
    static final List<String> DELIVERIES = List.of("E_TICKET", "E_GIFT_CARD", "POSTAL");
    static final List<String> SORTS = List.of("TITLE", "PRICE_ASC", "PRICE_DESC");

    static final String Q = "q";
    static final String CATEGORY = "categorie";
    static final String DELIVERY = "livraison";
    static final String PRICE_FROM = "prixMin";
    static final String PRICE_TO = "prixMax";
    static final String SORT = "tri";
    static final String PAGE = "page";

    /** The page's fields by the names platform-api gives them in its refusals. */
    static final Map<String, String> API_FIELDS = Map.of("q", Q, "category", CATEGORY, "delivery", DELIVERY,
            "minPriceCents", PRICE_FROM, "maxPriceCents", PRICE_TO, "sort", SORT);

    static CatalogueSearch of(@Nullable String q, @Nullable String category, @Nullable String delivery,
                              @Nullable String priceFrom, @Nullable String priceTo, @Nullable String sort,
                              @Nullable String page) {
        return new CatalogueSearch(given(q), among(category, CATEGORIES), among(delivery, DELIVERIES), given(priceFrom),
                given(priceTo), among(sort, SORTS), pageIndex(page));
    }

    /** What the form shows: the criteria as they were typed or chosen. */
    Form form() {
        return Form.of(criteria());
    }

    /** The address of this search at another page (0 for the first), every criterion kept. */
    String at(int index) {
        Map<String, String> parameters = criteria();
        if (index > 0) {
            parameters.put(PAGE, Integer.toString(index + 1));
        }
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        parameters.forEach((name, value) -> query.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return query.toString();
    }

    private Map<String, String> criteria() {
        Map<String, String> criteria = new LinkedHashMap<>();
        put(criteria, Q, q);
        put(criteria, CATEGORY, category);
        put(criteria, DELIVERY, delivery);
        put(criteria, PRICE_FROM, priceFrom);
        put(criteria, PRICE_TO, priceTo);
        put(criteria, SORT, sort);
        return criteria;
    }

    private static void put(Map<String, String> criteria, String name, @Nullable String value) {
        if (value != null) {
            criteria.put(name, value);
        }
    }

    private static @Nullable String given(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static @Nullable String among(@Nullable String value, List<String> allowed) {
        return value != null && allowed.contains(value) ? value : null;
    }

    private static int pageIndex(@Nullable String page) {
        try {
            return page == null ? 0 : Math.max(0, Integer.parseInt(page.strip()) - 1);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }
}
