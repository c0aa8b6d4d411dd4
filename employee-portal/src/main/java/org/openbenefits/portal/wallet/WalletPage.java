package org.openbenefits.portal.wallet;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import io.micronaut.core.annotation.Nullable;
import org.openbenefits.contract.api.allowance.GrantView;
import org.openbenefits.contract.api.allowance.WalletView;

/**
 * "Mes dotations" as the page shows it, every amount, date and label written in the request's language: the totals
 * by kind, the active grants in the order checkout spends them, the ended ones, the history.
 *
 * @param totals  the balance of the active grants per kind, most restrictive kind first
 * @param total   all of them together
 * @param active  active grants, in spending order (docs/domain-rules.md: kind, earliest expiry, smallest id)
 * @param ended   expired and revoked grants, as the API lists them (most recent first)
 * @param history movements, newest first
 */
public record WalletPage(List<Total> totals, String total, List<ActiveGrant> active, List<EndedGrant> ended,
                  List<HistoryLine> history) {

    /** Kinds, most restrictive first: the order of the totals and of spending. */
    static final List<String> KINDS = List.of("SUBSIDY", "CULTURE_CHEQUE", "GIFT_CHEQUE");
    /** An expiry this close (in days) is highlighted. */
    static final int SOON = 30;
    static final String ANY_CATEGORY = "*";

    /** Whether the employer has never given the employee anything. */
    public boolean empty() {
        return active.isEmpty() && ended.isEmpty();
    }

    /**
     * The active grant with a balance that expires first (the first in spending order on a tie), for the home page;
     * empty when nothing is left to spend.
     */
    public Optional<ActiveGrant> nextExpiry() {
        return active.stream()
                .filter(grant -> grant.balanceCents() > 0 && grant.expiry() != null)
                .min(Comparator.comparingInt(grant -> grant.expiry().daysLeft()));
    }

    static WalletPage of(WalletView wallet, WalletWording words) {
        List<Total> totals = wallet.totals().stream()
                .sorted(Comparator.comparingInt(total -> priority(total.kind())))
                .map(total -> new Total(total.kind(), words.label("allowance.kind.", total.kind()),
                        words.euros(total.balanceCents())))
                .toList();
        long total = wallet.totals().stream().mapToLong(WalletView.KindTotal::balanceCents).sum();
        List<ActiveGrant> active = wallet.grants().stream()
                .filter(grant -> "ACTIVE".equals(grant.status()))
                .sorted(Comparator.comparingInt((GrantView grant) -> priority(grant.kind()))
                        .thenComparing(GrantView::expiresOn)
                        .thenComparingLong(GrantView::id))
                .map(grant -> ActiveGrant.of(grant, words))
                .toList();
        List<EndedGrant> ended = wallet.grants().stream()
                .filter(grant -> !"ACTIVE".equals(grant.status()))
                .map(grant -> EndedGrant.of(grant, words))
                .toList();
        List<HistoryLine> history = wallet.history().stream().map(movement -> HistoryLine.of(movement, words)).toList();
        return new WalletPage(totals, words.euros(total), active, ended, history);
    }

    private static int priority(String kind) {
        int index = KINDS.indexOf(kind);
        return index < 0 ? KINDS.size() : index;
    }

    /** One kind's available balance: "Chèque culture 80,00 €". */
    public record Total(String kind, String label, String amount) {
    }

    /**
     * An active grant's card.
     *
     * @param balance     what is left, large on the card
     * @param amount      what was granted ("sur 150,00 €")
     * @param percentLeft the balance as a share of the amount, 0 to 100, for the progress bar
     * @param progress    the progress bar read aloud ("105,00 € restants sur 150,00 €")
     * @param validity    "Valable jusqu’au 31/12/2026 inclus", or from-to before the first valid day
     * @param categories  what it can pay for, labelled ("Toutes catégories" for any)
     * @param shareCap    "jusqu’à 50 % du prix de chaque article", or null
     * @param occasion    a gift cheque's URSSAF event ("Noël des salariés"), or null
     * @param expiry      the expiry warning, or null if the API did not count the days
     */
    public record ActiveGrant(long id, String kind, String kindLabel, String campaignName, long balanceCents,
                              String balance, String amount, int percentLeft, String progress, String validity,
                              List<String> categories, @Nullable String shareCap, @Nullable String occasion,
                              @Nullable Expiry expiry) {

        static ActiveGrant of(GrantView grant, WalletWording words) {
            String balance = words.euros(grant.balanceCents());
            String amount = words.euros(grant.amountCents());
            int percentLeft = grant.amountCents() <= 0 ? 0
                    : (int) Math.max(0, Math.min(100, grant.balanceCents() * 100 / grant.amountCents()));
            List<String> categories = grant.categories().contains(ANY_CATEGORY)
                    ? List.of(words.text("allowance.category.ANY"))
                    : grant.categories().stream().map(code -> words.label("allowance.category.", code)).toList();
            String shareCap = grant.maxSharePercent() == null || grant.maxSharePercent() >= 100 ? null
                    : words.text("wallet.grant.shareCap", grant.maxSharePercent());
            String occasion = grant.urssafEvent() == null ? null : words.label("urssaf.event.", grant.urssafEvent());
            Expiry expiry = grant.daysLeft() == null ? null : Expiry.of(grant.daysLeft(), words);
            return new ActiveGrant(grant.id(), grant.kind(), words.label("allowance.kind.", grant.kind()),
                    grant.campaignName(), grant.balanceCents(), balance, amount, percentLeft,
                    words.text("wallet.grant.progress", balance, amount), validity(grant, words), categories, shareCap,
                    occasion, expiry);
        }

        /** Today is the API's: its last valid day less the days it says are left. */
        private static String validity(GrantView grant, WalletWording words) {
            LocalDate today = grant.daysLeft() == null ? null : grant.expiresOn().minusDays(grant.daysLeft());
            if (today != null && today.isBefore(grant.validFrom())) {
                return words.text("wallet.grant.validBetween", words.date(grant.validFrom()),
                        words.date(grant.expiresOn()));
            }
            return words.text("wallet.grant.validUntil", words.date(grant.expiresOn()));
        }
    }

    /**
     * How soon an active grant expires: "Expire aujourd’hui", "Expire demain", "Expire dans 12 jours".
     *
     * @param soon within {@value WalletPage#SOON} days: highlighted
     */
    public record Expiry(int daysLeft, String text, boolean soon) {

        static Expiry of(int daysLeft, WalletWording words) {
            String text = switch (daysLeft) {
                case 0 -> words.text("wallet.expiry.today");
                case 1 -> words.text("wallet.expiry.tomorrow");
                default -> words.text("wallet.expiry.inDays", daysLeft);
            };
            return new Expiry(daysLeft, text, daysLeft <= SOON);
        }
    }

    /**
     * An expired or revoked grant, in the quieter section.
     *
     * @param statusLabel "Expirée" or "Révoquée"
     * @param amount      what was granted ("Montant reçu : 150,00 €")
     * @param detail      what ended it, and that its unspent balance went back to the employer
     */
    public record EndedGrant(long id, String status, String statusLabel, String kindLabel, String campaignName,
                             String amount, String detail) {

        static EndedGrant of(GrantView grant, WalletWording words) {
            String detail = "EXPIRED".equals(grant.status())
                    ? words.text("wallet.ended.expired", words.date(grant.expiresOn()))
                    : grant.endedAt() == null ? words.text("wallet.ended.revoked")
                    : words.text("wallet.ended.revokedOn", words.date(WalletWording.day(grant.endedAt())));
            return new EndedGrant(grant.id(), grant.status(), words.label("wallet.status.", grant.status()),
                    words.label("allowance.kind.", grant.kind()), grant.campaignName(),
                    words.text("wallet.ended.amount", words.euros(grant.amountCents())), detail);
        }
    }

    /**
     * One movement: when, what ("Dotation reçue", "Achat"...), on which grant, and how much, signed.
     *
     * @param isoDate for {@code <time datetime>}
     * @param detail  the API's label (an order's reference), or null
     * @param credit  whether it added to the grant (green, "+"), or took from it ("−")
     */
    public record HistoryLine(String isoDate, String date, String operation, String grant, @Nullable String detail,
                              String amount, boolean credit) {

        static HistoryLine of(WalletView.Movement movement, WalletWording words) {
            LocalDate day = WalletWording.day(movement.at());
            String grant = words.label("allowance.kind.", movement.grantKind()) + " · " + movement.campaignName();
            String detail = movement.label() == null || movement.label().isBlank() ? null : movement.label();
            return new HistoryLine(day.toString(), words.date(day), words.label("wallet.movement.", movement.kind()),
                    grant, detail, words.signedEuros(movement.amountCents()), movement.amountCents() >= 0);
        }
    }
}
