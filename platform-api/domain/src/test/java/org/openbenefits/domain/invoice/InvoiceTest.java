package org.openbenefits.domain.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.openbenefits.domain.allocation.AllowanceKind;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.order.OrderNumber;
import org.openbenefits.domain.payment.CardBrand;

class InvoiceTest {

    private static final Seller SELLER = new Seller("OpenBenefits SAS", List.of("10 rue de la Paix", "75002 Paris"),
            "12345678900017", "FR32123456789");
    private static final Buyer BUYER = new Buyer("Élodie Garçon", "Acme France", List.of("3 place d'Italie",
            "75013 Paris"));
    private static final LocalDate DAY = LocalDate.of(2026, 6, 15);

    private static Money euros(String amount) {
        return Money.euros(amount);
    }

    private static Invoice invoice(List<InvoiceLine> lines, Optional<Money> shipping, Money total,
                                   Map<AllowanceKind, Money> allowances, Optional<CardPayment> card) {
        return new Invoice(new InvoiceNumber(2026, 1), DAY, SELLER, BUYER, OrderNumber.of("CMD-2026-000042"), DAY,
                lines, shipping, total, allowances, card);
    }

    @Test
    void an_invoice_number_reads_as_the_year_and_six_digits_and_sorts_in_issue_order() {
        assertThat(new InvoiceNumber(2026, 1).value()).isEqualTo("F-2026-000001");
        assertThat(new InvoiceNumber(2026, 1_234_567).value()).isEqualTo("F-2026-1234567");
        assertThat(InvoiceNumber.parse("F-2027-000310")).isEqualTo(new InvoiceNumber(2027, 310));
        assertThat(List.of(new InvoiceNumber(2027, 1), new InvoiceNumber(2026, 12), new InvoiceNumber(2026, 2))
                .stream().sorted().map(InvoiceNumber::value).toList())
                .containsExactly("F-2026-000002", "F-2026-000012", "F-2027-000001");
    }

    @Test
    void a_malformed_invoice_number_is_refused() {
        assertThat(List.of("F-2026-1", "F-26-000001", "2026-000001", "F-2026-000000", "F-2026-0000001", " F-2026-000001"))
                .allSatisfy(text -> assertThatThrownBy(() -> InvoiceNumber.parse(text))
                        .isInstanceOf(IllegalArgumentException.class));
        assertThatThrownBy(() -> new InvoiceNumber(2026, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_year_of_an_invoice_is_the_calendar_year_in_paris() {
        // 23:30 UTC on 31 December is already 00:30 on 1 January in Paris (winter time, UTC+1).
        assertThat(InvoiceNumber.yearOf(Instant.parse("2026-12-31T23:30:00Z"))).isEqualTo(2027);
        assertThat(InvoiceNumber.yearOf(Instant.parse("2026-12-31T22:59:59Z"))).isEqualTo(2026);
    }

    @Test
    void lines_discount_and_shipping_make_the_total_that_allowances_by_kind_and_the_card_pay() {
        Invoice invoice = invoice(List.of(
                        new InvoiceLine("Cinéma Pathé", 2, euros("12.00"), euros("2.40")),
                        new InvoiceLine("Livre : Molière", 1, euros("8.00"), euros("0.80"))),
                Optional.of(euros("4.90")), euros("33.70"),
                Map.of(AllowanceKind.GIFT_CHEQUE, euros("10.00"), AllowanceKind.SUBSIDY, euros("15.00")),
                Optional.of(new CardPayment(CardBrand.VISA, "4242", euros("8.70"))));

        assertThat(invoice.gross()).isEqualTo(euros("32.00"));
        assertThat(invoice.discount()).isEqualTo(euros("3.20"));
        assertThat(invoice.lines()).extracting(InvoiceLine::net).containsExactly(euros("21.60"), euros("7.20"));
        assertThat(invoice.allowancesTotal()).isEqualTo(euros("25.00"));
        assertThat(invoice.allowances().keySet()).as("kinds in spending order")
                .containsExactly(AllowanceKind.SUBSIDY, AllowanceKind.GIFT_CHEQUE);
    }

    @Test
    void an_order_paid_by_allowances_alone_with_free_shipping_or_nothing_posted_is_invoiced() {
        List<InvoiceLine> lines = List.of(new InvoiceLine("Parc", 1, euros("30.00"), Money.ZERO));
        Map<AllowanceKind, Money> allowances = Map.of(AllowanceKind.SUBSIDY, euros("30.00"));

        assertThat(invoice(lines, Optional.of(Money.ZERO), euros("30.00"), allowances, Optional.empty()).shipping())
                .contains(Money.ZERO);
        assertThat(invoice(lines, Optional.empty(), euros("30.00"), allowances, Optional.empty()).card()).isEmpty();
    }

    @Test
    void a_total_that_the_lines_and_shipping_do_not_make_is_refused() {
        List<InvoiceLine> lines = List.of(new InvoiceLine("Parc", 1, euros("30.00"), Money.ZERO));

        assertThatThrownBy(() -> invoice(lines, Optional.of(euros("4.90")), euros("30.00"),
                Map.of(AllowanceKind.SUBSIDY, euros("30.00")), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not the total");
    }

    @Test
    void payments_that_do_not_add_up_to_the_total_are_refused() {
        List<InvoiceLine> lines = List.of(new InvoiceLine("Parc", 1, euros("30.00"), Money.ZERO));

        assertThatThrownBy(() -> invoice(lines, Optional.empty(), euros("30.00"),
                Map.of(AllowanceKind.SUBSIDY, euros("20.00")),
                Optional.of(new CardPayment(CardBrand.CB, "1234", euros("9.99")))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("payments add up");
        assertThatThrownBy(() -> invoice(lines, Optional.empty(), euros("30.00"),
                Map.of(AllowanceKind.SUBSIDY, euros("30.00"), AllowanceKind.GIFT_CHEQUE, Money.ZERO),
                Optional.empty())).as("a kind that paid nothing is left out, not listed at zero")
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_invoice_without_lines_or_issued_before_its_order_is_refused() {
        assertThatThrownBy(() -> invoice(List.of(), Optional.empty(), Money.ZERO, Map.of(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        List<InvoiceLine> lines = List.of(new InvoiceLine("Parc", 1, euros("30.00"), Money.ZERO));
        assertThatThrownBy(() -> new Invoice(new InvoiceNumber(2026, 1), DAY, SELLER, BUYER,
                OrderNumber.of("CMD-1"), DAY.plusDays(1), lines, Optional.empty(), euros("30.00"),
                Map.of(AllowanceKind.SUBSIDY, euros("30.00")), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_line_with_a_discount_above_its_amount_or_no_quantity_is_refused() {
        assertThatThrownBy(() -> new InvoiceLine("Parc", 1, euros("30.00"), euros("30.01")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InvoiceLine("Parc", 0, euros("30.00"), Money.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InvoiceLine(" ", 1, euros("30.00"), Money.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_seller_has_a_fourteen_digit_siret_whose_first_nine_are_the_siren() {
        assertThat(SELLER.siren()).isEqualTo("123456789");
        assertThatThrownBy(() -> new Seller("X", List.of("Paris"), "1234", "FR00")).isInstanceOf(
                IllegalArgumentException.class);
        assertThatThrownBy(() -> new Seller("X", List.of(), "12345678900017", "FR00")).isInstanceOf(
                IllegalArgumentException.class);
    }

    @Test
    void a_card_payment_keeps_four_digits_and_a_positive_amount() {
        assertThatThrownBy(() -> new CardPayment(CardBrand.VISA, "424", euros("1.00")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CardPayment(CardBrand.VISA, "4242", Money.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
