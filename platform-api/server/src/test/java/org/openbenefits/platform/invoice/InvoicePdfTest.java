package org.openbenefits.platform.invoice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openbenefits.platform.invoice.InvoiceFixtures.euros;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.openbenefits.domain.allocation.AllowanceKind;
import org.openbenefits.domain.invoice.Buyer;
import org.openbenefits.domain.invoice.CardPayment;
import org.openbenefits.domain.invoice.Invoice;
import org.openbenefits.domain.invoice.InvoiceLine;
import org.openbenefits.domain.invoice.InvoiceNumber;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.order.OrderNumber;
import org.openbenefits.domain.payment.CardBrand;

/** The invoice's PDF, read back as a reader would copy its text. */
class InvoicePdfTest {

    private final InvoicePdf pdf = new InvoicePdf();

    /** The text of the PDF, with no-break spaces as plain ones, and its page count. */
    private record Read(String text, int pages, PDRectangle size) {
    }

    private static Read read(byte[] bytes) throws IOException {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            String text = new PDFTextStripper().getText(document).replace('\u00A0', ' ').replace('\u202F', ' ');
            return new Read(text, document.getNumberOfPages(), document.getPage(0).getMediaBox());
        }
    }

    @Test
    void the_invoice_prints_its_number_parties_lines_amounts_and_how_it_was_paid_with_french_accents()
            throws IOException {
        byte[] bytes = pdf.render(InvoiceFixtures.invoice());

        assertThat(new String(bytes, 0, 5, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        Read read = read(bytes);
        assertThat(read.pages()).isEqualTo(1);
        assertThat(read.size().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
        assertThat(read.size().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
        assertThat(read.text()).contains("Facture n° F-2026-000001", "Date : 15/06/2026",
                "Commande : n° CMD-2026-000042 du 15/06/2026",
                "Vendeur", "OpenBenefits SAS", "10 rue de la Paix", "75002 Paris",
                "SIREN : 123456789 - SIRET : 12345678900017", "N° TVA intracommunautaire : FR32123456789",
                "Acheteur", "Élodie Garçon", "Salarié(e) de Acme Café & Crème", "3 place d'Italie",
                "Désignation", "Qté", "Prix unitaire",
                "Cinéma Pathé : place 2D 2 12,00 € 24,00 € -2,40 € 21,60 €",
                "Livre : le théâtre de Molière 1 8,00 € 8,00 € -0,80 € 7,20 €",
                "Total des articles 32,00 €", "Remise -3,20 €", "Frais de port 4,90 €", "Total TTC 33,70 €",
                "Réglé par", "Subvention 15,00 €", "Chèque cadeau 10,00 €", "Carte Visa •••• 4242 8,70 €",
                "Facture acquittée", "toutes taxes comprises", "Pas d'escompte pour paiement anticipé",
                "page 1/1");
        assertThat(read.text().indexOf("Subvention")).as("kinds in spending order")
                .isLessThan(read.text().indexOf("Chèque cadeau"));
        assertThat(read.text()).doesNotContain("Chèque culture", "offerts", "?");
    }

    @Test
    void free_shipping_reads_offerts_and_an_order_with_nothing_posted_has_no_shipping_line() throws IOException {
        List<InvoiceLine> lines = List.of(new InvoiceLine("Théâtre du Châtelet", 1, euros("45.00"), Money.ZERO));
        Map<AllowanceKind, Money> allowances = Map.of(AllowanceKind.CULTURE_CHEQUE, euros("45.00"));

        String free = read(pdf.render(invoice(lines, Optional.of(Money.ZERO), euros("45.00"), allowances,
                Optional.empty()))).text();
        String none = read(pdf.render(invoice(lines, Optional.empty(), euros("45.00"), allowances,
                Optional.empty()))).text();

        assertThat(free).contains("Frais de port offerts", "Chèque culture 45,00 €", "Total TTC 45,00 €")
                .doesNotContain("Remise -", "Carte");
        assertThat(none).doesNotContain("Frais de port").contains("Total TTC 45,00 €");
    }

    @Test
    void a_long_order_runs_over_pages_and_characters_the_font_lacks_print_as_a_question_mark() throws IOException {
        List<InvoiceLine> lines = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            lines.add(new InvoiceLine("Carte cadeau n° " + i + " – une très longue désignation d'offre qui ne tient "
                    + "pas sur une ligne du tableau 🎁", 1, euros("10.00"), Money.ZERO));
        }
        Invoice invoice = invoice(lines, Optional.empty(), euros("600.00"), Map.of(),
                Optional.of(new CardPayment(CardBrand.MASTERCARD, "0004", euros("600.00"))));

        Read read = read(pdf.render(invoice));

        assertThat(read.pages()).isGreaterThan(1);
        assertThat(read.text()).contains("Carte cadeau n° 1 –", "Carte cadeau n° 60 –", "tableau ?",
                "Total TTC 600,00 €", "Carte Mastercard •••• 0004 600,00 €", "page " + read.pages() + "/" + read.pages());
        try (PDDocument document = Loader.loadPDF(pdf.render(invoice))) {
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = stripper.getText(document);
                if (text.contains("Carte cadeau n°")) {
                    assertThat(text).as("the table's heading on page " + page).contains("Désignation");
                }
            }
        }
    }

    private static Invoice invoice(List<InvoiceLine> lines, Optional<Money> shipping, Money total,
                                   Map<AllowanceKind, Money> allowances, Optional<CardPayment> card) {
        return new Invoice(new InvoiceNumber(2026, 7), LocalDate.of(2026, 6, 15), InvoiceFixtures.SELLER,
                new Buyer("Jean Dupont", "Acme", List.of()), OrderNumber.of("CMD-2026-000007"),
                LocalDate.of(2026, 6, 15), lines, shipping, total, allowances, card);
    }
}
