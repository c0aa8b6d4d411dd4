package org.openbenefits.platform.catalogue;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import org.openbenefits.contract.api.allowance.GrantView;
import org.openbenefits.contract.api.catalogue.CatalogueOfferDetail;
import org.openbenefits.contract.api.catalogue.CatalogueOfferView;
import org.openbenefits.contract.api.catalogue.CataloguePage;
import org.openbenefits.domain.allocation.Allocation;
import org.openbenefits.domain.allocation.AllowanceAllocator;
import org.openbenefits.domain.allocation.AllowanceKind;
import org.openbenefits.domain.allocation.CartLine;
import org.openbenefits.domain.allocation.EligibleCategories;
import org.openbenefits.domain.allocation.Grant;
import org.openbenefits.domain.allocation.GrantId;
import org.openbenefits.domain.allocation.LineId;
import org.openbenefits.domain.money.Money;
import org.openbenefits.platform.allowance.GrantReader;
import org.openbenefits.platform.infrastructure.Jdbc;

/**
 * The employee's catalogue: published offers that are open to every employer or restricted to theirs, and nothing
 * else, whatever the id asked. An offer's page adds what the employee's active grants would pay for one unit today,
 * allocated by the {@link AllowanceAllocator} checkout uses, over the grants the wallet shows ({@link GrantReader}).
 */
@Singleton
public class CatalogueReader {

    /** The offers an employee of the employer (the one parameter) may see. */
    public static final String VISIBLE = """
            o.published AND (NOT o.restricted
                             OR EXISTS (SELECT 1 FROM offer_employer oe WHERE oe.offer_id = o.id AND oe.employer_id = ?))
            """;

    private final Jdbc jdbc;
    private final GrantReader grants;
    private final AllowanceAllocator allocator = new AllowanceAllocator();

    CatalogueReader(Jdbc jdbc, GrantReader grants) {
        this.jdbc = jdbc;
        this.grants = grants;
    }

    @Transactional(readOnly = true)
    public CataloguePage search(long employerId, CatalogueQuery query, int page, int size) {
        StringBuilder where = new StringBuilder("WHERE ").append(VISIBLE);
        List<Object> parameters = new ArrayList<>();
        parameters.add(employerId);
        if (query.term() != null && !query.term().isBlank()) {
            // The column's collation (utf8mb4_unicode_ci) ignores accents and case: "theatre" matches "Théâtre".
            String like = "%" + query.term().strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
            where.append(" AND (o.title LIKE ? OR o.description LIKE ?)");
            parameters.add(like);
            parameters.add(like);
        }
        if (query.category() != null) {
            where.append(" AND o.category = ?");
            parameters.add(query.category());
        }
        if (query.delivery() != null) {
            where.append(" AND o.delivery = ?");
            parameters.add(query.delivery());
        }
        if (query.minPriceCents() != null) {
            where.append(" AND o.employee_price_cents >= ?");
            parameters.add(query.minPriceCents());
        }
        if (query.maxPriceCents() != null) {
            where.append(" AND o.employee_price_cents <= ?");
            parameters.add(query.maxPriceCents());
        }
        long total = jdbc.number("SELECT COUNT(*) FROM offer o " + where, parameters.toArray());
        List<Object> pageParameters = new ArrayList<>(parameters);
        pageParameters.add(size);
        pageParameters.add((long) page * size);
        List<CatalogueOfferView> items = jdbc.list("""
                SELECT o.id, o.title, o.category, o.delivery, o.public_price_cents, o.employee_price_cents,
                       EXISTS (SELECT 1 FROM offer_image i WHERE i.offer_id = o.id) AS has_image,
                """ + OfferReader.AVAILABLE + " AS available FROM offer o " + where
                + " ORDER BY " + query.sort().orderBy() + " LIMIT ? OFFSET ?", CatalogueReader::item,
                pageParameters.toArray());
        return new CataloguePage(items, page, size, total);
    }

    /** The offer's page, if the employee's employer may see it. */
    @Transactional(readOnly = true)
    public Optional<CatalogueOfferDetail> offer(long employerId, long employeeId, long offerId) {
        return jdbc.one("""
                SELECT o.id, o.title, o.description, o.category, o.delivery, o.public_price_cents,
                       o.employee_price_cents, o.conditions, o.validity, o.max_per_order,
                       EXISTS (SELECT 1 FROM offer_image i WHERE i.offer_id = o.id) AS has_image,
                """ + OfferReader.AVAILABLE + " AS available FROM offer o WHERE o.id = ? AND " + VISIBLE,
                CatalogueReader::withoutAllowances, offerId, employerId)
                .map(offer -> withAllowances(offer, employeeId));
    }

    private static CatalogueOfferDetail withoutAllowances(ResultSet row) throws SQLException {
        long available = row.getLong("available");
        Availability availability = Availability.of(available);
        return new CatalogueOfferDetail(row.getLong("id"), row.getString("title"), row.getString("description"),
                row.getString("category"), row.getString("delivery"), row.getLong("public_price_cents"),
                row.getLong("employee_price_cents"), row.getString("conditions"), row.getString("validity"),
                row.getInt("max_per_order"), availability.name(), availability.remaining(available), 0,
                row.getLong("employee_price_cents"), row.getBoolean("has_image"));
    }

    private CatalogueOfferDetail withAllowances(CatalogueOfferDetail offer, long employeeId) {
        Allocation allocation = allocate(employeeId, offer.category(), Money.ofCents(offer.employeePriceCents()));
        return new CatalogueOfferDetail(offer.id(), offer.title(), offer.description(), offer.category(),
                offer.delivery(), offer.publicPriceCents(), offer.employeePriceCents(), offer.conditions(),
                offer.validity(), offer.maxPerOrder(), offer.availability(), offer.remaining(),
                allocation.allowances().cents(), allocation.card().cents(), offer.hasImage());
    }

    /** One unit, today, over the employee's active grants: what checkout would allocate if it were the whole cart. */
    private Allocation allocate(long employeeId, String category, Money price) {
        LocalDate today = grants.today();
        List<Grant> active = grants.ofEmployee(employeeId).stream()
                .filter(grant -> "ACTIVE".equals(grant.status()))
                .map(CatalogueReader::grant).toList();
        return allocator.allocate(List.of(new CartLine(LineId.of("1"), category, price, today)), active);
    }

    /** A wallet's grant as allocation reads it; ids padded so that their text order is their numeric order. */
    public static Grant grant(GrantView view) {
        return new Grant(GrantId.of("%019d".formatted(view.id())), AllowanceKind.valueOf(view.kind()),
                Money.ofCents(view.balanceCents()), Optional.ofNullable(view.validFrom()), view.expiresOn(),
                EligibleCategories.parse(view.categories()),
                Optional.ofNullable(view.maxSharePercent()).map(percent -> BigDecimal.valueOf(percent, 2)));
    }

    private static CatalogueOfferView item(ResultSet row) throws SQLException {
        long available = row.getLong("available");
        Availability availability = Availability.of(available);
        return new CatalogueOfferView(row.getLong("id"), row.getString("title"), row.getString("category"),
                row.getString("delivery"), row.getLong("public_price_cents"), row.getLong("employee_price_cents"),
                availability.name(), availability.remaining(available), row.getBoolean("has_image"));
    }
}
