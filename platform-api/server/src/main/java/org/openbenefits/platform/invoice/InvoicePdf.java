package org.openbenefits.platform.invoice;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Singleton;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.openbenefits.domain.allocation.AllowanceKind;
import org.openbenefits.domain.invoice.CardPayment;
import org.openbenefits.domain.invoice.Invoice;
import org.openbenefits.domain.invoice.InvoiceLine;
import org.openbenefits.domain.money.Money;
import org.openbenefits.domain.payment.CardBrand;

/**
 * An invoice as an A4 PDF in French: number, dates, seller and buyer, a table of the lines, discount, shipping, total
 * and how it was paid, then the legal mentions. Written with PDF's standard Helvetica fonts in WinAnsi encoding, which
 * every reader has and which hold the letters of French (é, è, à, ç, œ...), the euro sign and the bullet; a character
 * they lack (an emoji in an offer's title) prints as "?".
 */
@Singleton
public class InvoicePdf {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final float MARGIN = 50;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final float BOTTOM = 70;
    private static final float BODY = 10;
    private static final float SMALL = 8;
    private static final float LEADING = 1.35f;
    /** Right edges of the numeric columns (quantity, unit price, amount, discount, net); the title fills the left. */
    private static final float[] COLUMNS = {MARGIN + 255, MARGIN + 325, MARGIN + 385, MARGIN + 440, MARGIN + WIDTH};
    private static final float TITLE_WIDTH = 220;

    /** The invoice as the bytes of a PDF file. */
    public byte[] render(Invoice invoice) {
        try (PDDocument document = new PDDocument()) {
            PDDocumentInformation information = document.getDocumentInformation();
            information.setTitle("Facture n° " + invoice.number().value());
            information.setAuthor(invoice.seller().name());
            new Writer(document, invoice).write();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("The invoice could not be written", e);
        }
    }

    /** How French invoices name each kind of allowance. */
    static String kindLabel(AllowanceKind kind) {
        return switch (kind) {
            case SUBSIDY -> "Subvention";
            case CULTURE_CHEQUE -> "Chèque culture";
            case GIFT_CHEQUE -> "Chèque cadeau";
        };
    }

    /** "Carte Visa •••• 4242". */
    static String cardLabel(CardPayment card) {
        String brand = switch (card.brand()) {
            case CB -> "CB";
            case VISA -> "Visa";
            case MASTERCARD -> "Mastercard";
        };
        return "Carte " + brand + " \u2022\u2022\u2022\u2022 " + card.lastFour();
    }

    private static String amount(Money money) {
        return money.format().replace('\u202F', '\u00A0');
    }

    private static String date(LocalDate day) {
        return DATE.format(day);
    }

    /** Writes one invoice, page after page. */
    private static final class Writer {

        private final PDDocument document;
        private final Invoice invoice;
        private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final List<PDPage> pages = new ArrayList<>();
        private PDPageContentStream content;
        private float y;

        Writer(PDDocument document, Invoice invoice) {
            this.document = document;
            this.invoice = invoice;
        }

        void write() throws IOException {
            newPage();
            text(bold, 18, MARGIN, "Facture n° " + invoice.number().value());
            y -= 26;
            label("Date : ", date(invoice.issuedOn()));
            label("Commande : ", "n° " + invoice.order().value() + " du " + date(invoice.orderedOn()));
            y -= 12;
            parties();
            y -= 16;
            table();
            y -= 8;
            totals();
            y -= 14;
            payments();
            y -= 18;
            mentions();
            content.close();
            numberPages();
        }

        private void parties() throws IOException {
            List<String> seller = new ArrayList<>();
            seller.add(invoice.seller().name());
            seller.addAll(invoice.seller().addressLines());
            seller.add("SIREN : " + invoice.seller().siren() + " - SIRET : " + invoice.seller().siret());
            seller.add("N° TVA intracommunautaire : " + invoice.seller().vatNumber());
            List<String> buyer = new ArrayList<>();
            buyer.add(invoice.buyer().fullName());
            buyer.add("Salarié(e) de " + invoice.buyer().employerName());
            buyer.addAll(invoice.buyer().addressLines());
            float top = y;
            text(bold, 11, MARGIN, "Vendeur");
            text(bold, 11, MARGIN + WIDTH / 2 + 10, "Acheteur");
            float left = top - 16;
            for (String line : seller) {
                for (String part : wrap(regular, BODY, line, WIDTH / 2 - 10)) {
                    text(regular, BODY, MARGIN, left, part);
                    left -= BODY * LEADING;
                }
            }
            float right = top - 16;
            for (String line : buyer) {
                for (String part : wrap(regular, BODY, line, WIDTH / 2 - 10)) {
                    text(regular, BODY, MARGIN + WIDTH / 2 + 10, right, part);
                    right -= BODY * LEADING;
                }
            }
            y = Math.min(left, right);
        }

        private void tableHeader() throws IOException {
            text(bold, BODY, MARGIN, "Désignation");
            String[] headings = {"Qté", "Prix unitaire", "Montant", "Remise", "Net"};
            for (int i = 0; i < headings.length; i++) {
                right(bold, BODY, COLUMNS[i], headings[i]);
            }
            y -= 5;
            rule();
            y -= BODY * LEADING + 2;
        }

        private void table() throws IOException {
            tableHeader();
            for (InvoiceLine line : invoice.lines()) {
                List<String> title = wrap(regular, BODY, line.title(), TITLE_WIDTH);
                if (y - (title.size() - 1) * BODY * LEADING < BOTTOM) {
                    content.close();
                    newPage();
                    tableHeader();
                }
                float top = y;
                for (String part : title) {
                    text(regular, BODY, MARGIN, part);
                    y -= BODY * LEADING;
                }
                float below = y;
                y = top;
                right(regular, BODY, COLUMNS[0], Integer.toString(line.quantity()));
                right(regular, BODY, COLUMNS[1], amount(line.unitPrice()));
                right(regular, BODY, COLUMNS[2], amount(line.gross()));
                right(regular, BODY, COLUMNS[3], line.discount().isZero() ? "-" : amount(line.discount().negate()));
                right(regular, BODY, COLUMNS[4], amount(line.net()));
                y = below - 2;
            }
            y += BODY * LEADING - 6;
            rule();
            y -= BODY * LEADING + 4;
        }

        private void totals() throws IOException {
            summary(regular, "Total des articles", amount(invoice.gross()));
            if (invoice.discount().isPositive()) {
                summary(regular, "Remise", amount(invoice.discount().negate()));
            }
            if (invoice.shipping().isPresent()) {
                Money fee = invoice.shipping().get();
                summary(regular, "Frais de port", fee.isZero() ? "offerts" : amount(fee));
            }
            summary(bold, "Total TTC", amount(invoice.total()));
        }

        private void payments() throws IOException {
            room(BODY * LEADING * (2 + invoice.allowances().size()));
            text(bold, 11, MARGIN, "Réglé par");
            y -= 11 * LEADING + 2;
            for (Map.Entry<AllowanceKind, Money> paid : invoice.allowances().entrySet()) {
                summary(regular, kindLabel(paid.getKey()), amount(paid.getValue()));
            }
            if (invoice.card().isPresent()) {
                CardPayment card = invoice.card().get();
                summary(regular, cardLabel(card), amount(card.amount()));
            }
        }

        private void mentions() throws IOException {
            List<String> mentions = List.of(
                    "Facture acquittée : commande n° " + invoice.order().value() + " réglée le "
                            + date(invoice.orderedOn()) + ".",
                    "Montants en euros, toutes taxes comprises (TTC). Pas d'escompte pour paiement anticipé.",
                    "Subventions, chèques culture et chèques cadeaux : avantages financés par l'employeur de "
                            + "l'acheteur, utilisés comme moyen de paiement.",
                    invoice.seller().name() + " - SIREN " + invoice.seller().siren() + " - N° TVA "
                            + invoice.seller().vatNumber() + ".");
            for (String mention : mentions) {
                for (String part : wrap(regular, SMALL, mention, WIDTH)) {
                    room(SMALL * LEADING);
                    text(regular, SMALL, MARGIN, part);
                    y -= SMALL * LEADING;
                }
            }
        }

        private void summary(PDType1Font font, String label, String value) throws IOException {
            room(BODY * LEADING);
            text(font, BODY, COLUMNS[1] - 40, label);
            right(font, BODY, COLUMNS[4], value);
            y -= BODY * LEADING + 2;
        }

        private void label(String label, String value) throws IOException {
            text(bold, BODY, MARGIN, label);
            text(regular, BODY, MARGIN + bold.getStringWidth(printable(bold, label)) / 1000 * BODY, value);
            y -= BODY * LEADING;
        }

        /** A new page when less than this height is left on this one. */
        private void room(float height) throws IOException {
            if (y - height < BOTTOM) {
                content.close();
                newPage();
            }
        }

        private void newPage() throws IOException {
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            pages.add(page);
            content = new PDPageContentStream(document, page);
            y = PDRectangle.A4.getHeight() - MARGIN - 10;
        }

        private void numberPages() throws IOException {
            for (int i = 0; i < pages.size(); i++) {
                try (PDPageContentStream footer = new PDPageContentStream(document, pages.get(i),
                        PDPageContentStream.AppendMode.APPEND, true)) {
                    String text = printable(regular, "Facture n° " + invoice.number().value() + " - page " + (i + 1)
                            + "/" + pages.size());
                    footer.beginText();
                    footer.setFont(regular, SMALL);
                    footer.newLineAtOffset(MARGIN + WIDTH - regular.getStringWidth(text) / 1000 * SMALL, 35);
                    footer.showText(text);
                    footer.endText();
                }
            }
        }

        private void rule() throws IOException {
            content.setLineWidth(0.5f);
            content.moveTo(MARGIN, y);
            content.lineTo(MARGIN + WIDTH, y);
            content.stroke();
        }

        private void text(PDType1Font font, float size, float x, String text) throws IOException {
            text(font, size, x, y, text);
        }

        private void text(PDType1Font font, float size, float x, float at, String text) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, at);
            content.showText(printable(font, text));
            content.endText();
        }

        private void right(PDType1Font font, float size, float rightEdge, String text) throws IOException {
            String printable = printable(font, text);
            text(font, size, rightEdge - font.getStringWidth(printable) / 1000 * size, printable);
        }
    }

    /** The text with every character the font cannot show replaced by "?". */
    static String printable(PDType1Font font, String text) {
        StringBuilder result = new StringBuilder(text.length());
        text.codePoints().forEach(codePoint -> {
            String character = Character.toString(codePoint == '\u202F' ? '\u00A0' : codePoint);
            try {
                font.encode(character);
                result.append(character);
            } catch (IllegalArgumentException | IOException missing) {
                result.append('?');
            }
        });
        return result.toString();
    }

    /** The text cut at spaces into lines no wider than the width (a word wider than it is cut where it must). */
    static List<String> wrap(PDType1Font font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : printable(font, text).split(" ")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(tried) / 1000 * size <= width) {
                line.setLength(0);
                line.append(tried);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            String rest = word;
            while (font.getStringWidth(rest) / 1000 * size > width && rest.length() > 1) {
                int cut = rest.length() - 1;
                while (cut > 1 && font.getStringWidth(rest.substring(0, cut)) / 1000 * size > width) {
                    cut--;
                }
                lines.add(rest.substring(0, cut));
                rest = rest.substring(cut);
            }
            line.append(rest);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
