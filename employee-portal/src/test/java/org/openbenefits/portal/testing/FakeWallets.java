package org.openbenefits.portal.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import io.micronaut.core.annotation.Nullable;
import org.openbenefits.contract.api.allowance.GrantView;
import org.openbenefits.contract.api.allowance.WalletView;
import org.openbenefits.contract.api.allowance.WalletView.KindTotal;
import org.openbenefits.contract.api.allowance.WalletView.Movement;

/**
 * Wallets as platform-api answers {@code GET /api/v1/me/wallet}, for {@link FakePlatformApi} and the tests that
 * set it. Days left are counted from {@link #TODAY}, as the API counts them from its own today.
 */
public final class FakeWallets {

    public static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    private FakeWallets() {
    }

    /**
     * Camille's wallet, as the demo gives it: a cinema subsidy capped at half of each ticket (30,00 € of 50,00 €
     * left, 30 days), a culture cheque (80,00 € of 100,00 €, 12 days) and a Christmas gift cheque (150,00 €, 61
     * days); a gift cheque of last Christmas that expired, a sport subsidy HR revoked; and their history.
     */
    public static WalletView camilles() {
        GrantView subsidy = active(11, "SUBSIDY", "Cinéma 2026", 5_000, 3_000, LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31), List.of("CINEMA"), 50, null);
        GrantView culture = active(12, "CULTURE_CHEQUE", "Culture 2026", 10_000, 8_000, LocalDate.of(2026, 9, 1),
                LocalDate.of(2026, 12, 13), List.of("BOOKS", "SHOWS", "MUSEUMS"), null, null);
        GrantView gift = active(13, "GIFT_CHEQUE", "Noël 2026", 15_000, 15_000, LocalDate.of(2026, 11, 15),
                LocalDate.of(2027, 1, 31), List.of("*"), null, "NOEL_SALARIE");
        GrantView revoked = ended(9, "SUBSIDY", "Sport 2026", 4_000, LocalDate.of(2026, 3, 1),
                LocalDate.of(2026, 12, 31), "REVOKED", Instant.parse("2026-10-02T09:30:00Z"));
        GrantView expired = ended(5, "GIFT_CHEQUE", "Noël 2025", 12_000, LocalDate.of(2025, 11, 15),
                LocalDate.of(2026, 1, 31), "EXPIRED", Instant.parse("2026-02-01T01:00:00Z"));
        return new WalletView(List.of(subsidy, culture, gift, revoked, expired),
                List.of(new KindTotal("SUBSIDY", 3_000), new KindTotal("CULTURE_CHEQUE", 8_000),
                        new KindTotal("GIFT_CHEQUE", 15_000)),
                List.of(movement("2026-11-20T14:05:00Z", culture, "SPEND", -2_000, "Commande C-1042"),
                        movement("2026-11-15T08:00:00Z", gift, "DISTRIBUTION", 15_000, null),
                        movement("2026-10-02T09:30:00Z", revoked, "REVOCATION", -4_000, null),
                        movement("2026-09-01T08:00:00Z", culture, "DISTRIBUTION", 10_000, null),
                        movement("2026-06-12T18:40:00Z", subsidy, "REFUND", 500, "Commande C-0977"),
                        movement("2026-06-10T17:20:00Z", subsidy, "SPEND", -2_500, "Commande C-0977"),
                        movement("2026-03-01T08:00:00Z", revoked, "DISTRIBUTION", 4_000, null),
                        movement("2026-02-01T01:00:00Z", expired, "EXPIRY", -3_500, null),
                        movement("2026-01-01T08:00:00Z", subsidy, "DISTRIBUTION", 5_000, null)));
    }

    /** A wallet with these grants only, its totals summed per kind as the API sums them, and no history. */
    public static WalletView of(GrantView... grants) {
        List<KindTotal> totals = List.of("SUBSIDY", "CULTURE_CHEQUE", "GIFT_CHEQUE").stream()
                .map(kind -> new KindTotal(kind, List.of(grants).stream()
                        .filter(grant -> grant.kind().equals(kind) && grant.status().equals("ACTIVE"))
                        .mapToLong(GrantView::balanceCents).sum()))
                .filter(total -> List.of(grants).stream()
                        .anyMatch(grant -> grant.kind().equals(total.kind()) && grant.status().equals("ACTIVE")))
                .toList();
        return new WalletView(List.of(grants), totals, List.of());
    }

    public static WalletView empty() {
        return new WalletView(List.of(), List.of(), List.of());
    }

    /** An active grant of Camille's, its days left counted from {@link #TODAY}. */
    public static GrantView active(long id, String kind, String campaign, long amountCents, long balanceCents,
                                   LocalDate validFrom, LocalDate expiresOn, List<String> categories,
                                   @Nullable Integer maxSharePercent, @Nullable String urssafEvent) {
        return new GrantView(id, id * 10, campaign, 42, "Camille Martin", kind, amountCents, balanceCents,
                validFrom, expiresOn, categories, maxSharePercent, urssafEvent, "ACTIVE",
                (int) (expiresOn.toEpochDay() - TODAY.toEpochDay()), Instant.parse("2026-01-01T08:00:00Z"));
    }

    /** An active gift cheque for any category, worth {@code euros}, that expires in {@code daysLeft} days. */
    public static GrantView giftCheque(long id, String campaign, long euros, int daysLeft) {
        return active(id, "GIFT_CHEQUE", campaign, euros * 100, euros * 100, TODAY.minusDays(30),
                TODAY.plusDays(daysLeft), List.of("*"), null, null);
    }

    /** An expired or revoked grant of Camille's: its unspent balance went back to the employer. */
    public static GrantView ended(long id, String kind, String campaign, long amountCents, LocalDate validFrom,
                                  LocalDate expiresOn, String status, @Nullable Instant endedAt) {
        return new GrantView(id, id * 10, campaign, 42, "Camille Martin", kind, amountCents, 0, validFrom,
                expiresOn, List.of("*"), null, null, status, null, Instant.parse("2025-11-15T08:00:00Z"), endedAt);
    }

    private static Movement movement(String at, GrantView grant, String kind, long amountCents, @Nullable String label) {
        return new Movement(Instant.parse(at), grant.id(), grant.campaignName(), grant.kind(), kind, amountCents, label);
    }
}
