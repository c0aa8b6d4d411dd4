package org.openbenefits.platform.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/**
 * Draws the demo offers' pictures (flat illustrations, 800 x 500, one per offer of {@code DemoCatalogue}) into
 * {@code platform-api/server/src/main/resources/demo/offers}. Drawn for the project, nothing downloaded; run again
 * after changing a drawing, from the repository's root, and commit the files:
 * <pre>java -Djava.awt.headless=true platform-api/server/src/test/java/org/openbenefits/platform/demo/DemoPictures.java</pre>
 * Only the JDK is needed (a single-file program); the file names are the ones {@code DemoCatalogue} reads.
 */
public final class DemoPictures {

    static final int WIDTH = 800;
    static final int HEIGHT = 500;

    // One palette for every picture, so that the catalogue's cards look like one family.
    private static final Color NAVY = new Color(0x264653);
    private static final Color INK = new Color(0x1B2A33);
    private static final Color TEAL = new Color(0x2A9D8F);
    private static final Color MUSTARD = new Color(0xE9C46A);
    private static final Color SAND = new Color(0xF4A261);
    private static final Color CORAL = new Color(0xE76F51);
    private static final Color CREAM = new Color(0xFBF3E4);
    private static final Color PLUM = new Color(0x6D597A);
    private static final Color ROSE = new Color(0xE5989B);
    private static final Color SKY = new Color(0xA8DADC);
    private static final Color LEAF = new Color(0x8AB17D);
    private static final Color WHITE = Color.WHITE;

    /** A picture's file name and how it is drawn. */
    private record Picture(String file, Consumer<Graphics2D> drawing) {
    }

    private static final List<Picture> PICTURES = List.of(
            new Picture("cinema-pathe.png", DemoPictures::clapperboard),
            new Picture("cinema-ugc.png", DemoPictures::filmReel),
            new Picture("cinema-cgr-3d.png", DemoPictures::glasses3d),
            new Picture("theatre-chatelet.png", DemoPictures::masks),
            new Picture("opera-ballet.png", DemoPictures::ballet),
            new Picture("museum-orsay.png", DemoPictures::museum),
            new Picture("museum-pompidou.png", DemoPictures::gallery),
            new Picture("book-petit-prince.png", DemoPictures::openBook),
            new Picture("book-albums.png", DemoPictures::bookStack),
            new Picture("music-vinyl.png", DemoPictures::vinyl),
            new Picture("giftcard-fnac.png", DemoPictures::giftBox),
            new Picture("giftcard-decathlon.png", DemoPictures::giftCard),
            new Picture("park-roller-coaster.png", DemoPictures::rollerCoaster),
            new Picture("park-big-wheel.png", DemoPictures::bigWheel),
            new Picture("sport-pool.png", DemoPictures::pool));

    private DemoPictures() {
    }

    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "platform-api/server/src/main/resources/demo/offers");
        Files.createDirectories(folder);
        for (Picture picture : PICTURES) {
            Path file = folder.resolve(picture.file());
            ImageIO.write(draw(picture), "png", file.toFile());
            System.out.printf("%s %d bytes%n", file, Files.size(file));
        }
    }

    private static BufferedImage draw(Picture picture) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            picture.drawing().accept(g);
        } finally {
            g.dispose();
        }
        return image;
    }

    // ---- cinema -------------------------------------------------------------------------------------------------

    private static void clapperboard(Graphics2D g) {
        background(g, MUSTARD, SAND);
        confetti(g, CREAM, 11);
        // The slate.
        fill(g, INK, new RoundRectangle2D.Double(250, 215, 300, 195, 24, 24));
        fill(g, CREAM, new Rectangle2D.Double(275, 265, 250, 4));
        fill(g, CREAM, new Rectangle2D.Double(275, 320, 250, 4));
        fill(g, CREAM, new Rectangle2D.Double(275, 365, 120, 4));
        fill(g, CORAL, circle(470, 357, 22));
        // The striped stick on top, opened.
        stripes(g, new Rectangle2D.Double(250, 170, 300, 42), 0);
        AffineTransform saved = g.getTransform();
        g.rotate(Math.toRadians(-16), 252, 168);
        stripes(g, new Rectangle2D.Double(250, 122, 300, 42), 20);
        g.setTransform(saved);
        fill(g, CORAL, circle(262, 190, 12));
    }

    private static void stripes(Graphics2D g, Rectangle2D stick, double shift) {
        Shape rounded = new RoundRectangle2D.Double(stick.getX(), stick.getY(), stick.getWidth(), stick.getHeight(),
                12, 12);
        fill(g, WHITE, rounded);
        Shape clip = g.getClip();
        g.clip(rounded);
        g.setColor(INK);
        for (double x = stick.getX() - 40 + shift; x < stick.getMaxX(); x += 60) {
            Path2D band = new Path2D.Double();
            band.moveTo(x, stick.getMaxY());
            band.lineTo(x + 30, stick.getMaxY());
            band.lineTo(x + 60, stick.getY());
            band.lineTo(x + 30, stick.getY());
            band.closePath();
            g.fill(band);
        }
        g.setClip(clip);
    }

    private static void filmReel(Graphics2D g) {
        background(g, TEAL, new Color(0x33A99A));
        // The film running out of the reel.
        Path2D film = new Path2D.Double();
        film.moveTo(330, 330);
        film.curveTo(420, 420, 560, 420, 720, 360);
        g.setColor(INK);
        g.setStroke(new BasicStroke(70, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(film);
        g.setColor(CREAM);
        g.setStroke(new BasicStroke(58, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 1, new float[] {10, 12}, 0));
        g.draw(film);
        g.setColor(INK);
        g.setStroke(new BasicStroke(38, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        g.draw(film);
        g.setStroke(new BasicStroke(1));
        // The reel.
        fill(g, CREAM, circle(320, 230, 150));
        fill(g, SKY, circle(320, 230, 132));
        fill(g, CREAM, circle(320, 230, 118));
        for (int hole = 0; hole < 6; hole++) {
            double angle = Math.toRadians(90 + 60 * hole);
            fill(g, TEAL, circle(320 + 70 * Math.cos(angle), 230 + 70 * Math.sin(angle), 32));
        }
        fill(g, MUSTARD, circle(320, 230, 24));
        fill(g, INK, circle(320, 230, 9));
        star(g, MUSTARD, 640, 130, 26);
        star(g, CREAM, 700, 210, 14);
        star(g, CREAM, 585, 215, 10);
    }

    private static void glasses3d(Graphics2D g) {
        background(g, NAVY, new Color(0x2E5364));
        confetti(g, MUSTARD, 7);
        // Temples going back.
        g.setStroke(new BasicStroke(16, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(CREAM);
        g.drawLine(190, 220, 130, 170);
        g.drawLine(610, 220, 670, 170);
        g.setStroke(new BasicStroke(1));
        // The frame and its lenses.
        Path2D frame = new Path2D.Double();
        frame.append(new RoundRectangle2D.Double(170, 200, 460, 150, 50, 50), false);
        fill(g, WHITE, frame);
        fill(g, CORAL, new RoundRectangle2D.Double(195, 222, 180, 106, 34, 34));
        fill(g, new Color(0x5FC3D1), new RoundRectangle2D.Double(425, 222, 180, 106, 34, 34));
        // The bridge for the nose.
        fill(g, NAVY, new Arc2D.Double(365, 310, 70, 80, 0, 180, Arc2D.PIE));
        // A glint on each lens.
        fill(g, new Color(255, 255, 255, 110), new RoundRectangle2D.Double(215, 238, 60, 14, 14, 14));
        fill(g, new Color(255, 255, 255, 110), new RoundRectangle2D.Double(445, 238, 60, 14, 14, 14));
    }

    // ---- shows --------------------------------------------------------------------------------------------------

    private static void masks(Graphics2D g) {
        background(g, PLUM, new Color(0x7A6688));
        curtainTop(g);
        mask(g, MUSTARD, 320, 280, -14, true);
        mask(g, CREAM, 480, 290, 14, false);
    }

    private static void mask(Graphics2D g, Color color, double x, double y, double degrees, boolean smiling) {
        AffineTransform saved = g.getTransform();
        g.rotate(Math.toRadians(degrees), x, y);
        Path2D face = new Path2D.Double();
        face.moveTo(x - 95, y - 90);
        face.quadTo(x, y - 130, x + 95, y - 90);
        face.curveTo(x + 105, y + 10, x + 60, y + 120, x, y + 130);
        face.curveTo(x - 60, y + 120, x - 105, y + 10, x - 95, y - 90);
        face.closePath();
        fill(g, color, face);
        g.setColor(INK);
        g.setStroke(new BasicStroke(9, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        double eyeTilt = smiling ? 0 : 180;
        g.fill(new Arc2D.Double(x - 65, y - 45, 46, 34, eyeTilt, 180, Arc2D.CHORD));
        g.fill(new Arc2D.Double(x + 19, y - 45, 46, 34, eyeTilt, 180, Arc2D.CHORD));
        if (smiling) {
            g.fill(new Arc2D.Double(x - 50, y + 10, 100, 80, 180, 180, Arc2D.CHORD));
        } else {
            g.fill(new Arc2D.Double(x - 45, y + 50, 90, 70, 0, 180, Arc2D.CHORD));
        }
        g.setStroke(new BasicStroke(1));
        fill(g, color == CREAM ? ROSE : CORAL, circle(x + (smiling ? -62 : 62), y + 25, 13));
        g.setTransform(saved);
    }

    /** A scalloped red curtain along the top. */
    private static void curtainTop(Graphics2D g) {
        fill(g, CORAL, new Rectangle2D.Double(0, 0, WIDTH, 40));
        for (int x = 0; x < WIDTH; x += 80) {
            fill(g, CORAL, new Ellipse2D.Double(x, 10, 80, 60));
        }
    }

    private static void ballet(Graphics2D g) {
        background(g, INK, INK);
        // The stage floor and the spotlight.
        fill(g, new Color(0x8C5A3C), new Rectangle2D.Double(0, 390, WIDTH, 110));
        fill(g, new Color(0xA36B47), new Rectangle2D.Double(0, 390, WIDTH, 14));
        Path2D light = new Path2D.Double();
        light.moveTo(370, 0);
        light.lineTo(430, 0);
        light.lineTo(560, 420);
        light.lineTo(240, 420);
        light.closePath();
        fill(g, new Color(251, 243, 228, 60), light);
        fill(g, new Color(251, 243, 228, 90), new Ellipse2D.Double(240, 390, 320, 60));
        // The curtains on both sides.
        curtain(g, 0, 1);
        curtain(g, WIDTH, -1);
        curtainTop(g);
        // A pair of pointe shoes in the light.
        pointeShoe(g, 360, 360, -24);
        pointeShoe(g, 440, 368, 20);
    }

    private static void curtain(Graphics2D g, double edge, int direction) {
        Path2D cloth = new Path2D.Double();
        cloth.moveTo(edge, 0);
        cloth.lineTo(edge + direction * 170, 0);
        cloth.curveTo(edge + direction * 120, 150, edge + direction * 150, 300, edge + direction * 90, 500);
        cloth.lineTo(edge, 500);
        cloth.closePath();
        fill(g, CORAL, cloth);
        g.setColor(new Color(0xC85A3F));
        g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int fold = 1; fold <= 3; fold++) {
            double x = edge + direction * 35 * fold;
            g.draw(new QuadCurve2D.Double(x, 40, x + direction * 15, 260, x - direction * 5, 500));
        }
        g.setStroke(new BasicStroke(1));
        fill(g, MUSTARD, new RoundRectangle2D.Double(edge + direction * 120 - 14, 260, 28, 14, 8, 8));
    }

    private static void pointeShoe(Graphics2D g, double x, double y, double degrees) {
        AffineTransform saved = g.getTransform();
        g.rotate(Math.toRadians(degrees), x, y);
        // Ribbons first, under the shoe.
        g.setColor(ROSE);
        g.setStroke(new BasicStroke(7, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new CubicCurve2D.Double(x, y - 70, x - 40, y - 140, x + 30, y - 170, x - 10, y - 230));
        g.draw(new CubicCurve2D.Double(x, y - 70, x + 40, y - 130, x - 20, y - 170, x + 25, y - 215));
        g.setStroke(new BasicStroke(1));
        fill(g, new Color(0xF2B8B5), new Ellipse2D.Double(x - 32, y - 110, 64, 150));
        fill(g, new Color(0xC9716F), new Ellipse2D.Double(x - 20, y - 95, 40, 62));
        fill(g, new Color(0xF7D1CF), new RoundRectangle2D.Double(x - 10, y + 22, 20, 16, 8, 8));
        g.setTransform(saved);
    }

    // ---- museums ------------------------------------------------------------------------------------------------

    private static void museum(Graphics2D g) {
        background(g, SKY, new Color(0xB9E2E3));
        fill(g, WHITE, new Ellipse2D.Double(80, 70, 140, 40));
        fill(g, WHITE, new Ellipse2D.Double(600, 110, 120, 34));
        // Pediment with its clock.
        Path2D roof = new Path2D.Double();
        roof.moveTo(200, 190);
        roof.lineTo(400, 80);
        roof.lineTo(600, 190);
        roof.closePath();
        fill(g, CREAM, roof);
        fill(g, SAND, new Rectangle2D.Double(190, 188, 420, 24));
        fill(g, NAVY, circle(400, 150, 30));
        fill(g, CREAM, circle(400, 150, 24));
        g.setColor(NAVY);
        g.setStroke(new BasicStroke(4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine(400, 150, 400, 134);
        g.drawLine(400, 150, 412, 156);
        g.setStroke(new BasicStroke(1));
        // Columns.
        for (int column = 0; column < 5; column++) {
            double x = 225 + column * 80;
            fill(g, CREAM, new Rectangle2D.Double(x, 225, 34, 160));
            fill(g, new Color(0xEADCC3), new Rectangle2D.Double(x + 22, 225, 6, 160));
            fill(g, SAND, new Rectangle2D.Double(x - 8, 212, 50, 14));
        }
        // Steps and lawn.
        fill(g, LEAF, new Rectangle2D.Double(0, 440, WIDTH, 60));
        fill(g, SAND, new Rectangle2D.Double(190, 385, 420, 18));
        fill(g, CREAM, new Rectangle2D.Double(170, 403, 460, 18));
        fill(g, new Color(0xEADCC3), new Rectangle2D.Double(150, 421, 500, 19));
    }

    private static void gallery(Graphics2D g) {
        background(g, CREAM, CREAM);
        fill(g, new Color(0xEADCC3), new Rectangle2D.Double(0, 400, WIDTH, 100));
        // Three frames of abstract art.
        frame(g, 90, 120, 180, 220, gr -> {
            fill(gr, MUSTARD, new Rectangle2D.Double(105, 135, 150, 190));
            fill(gr, CORAL, circle(180, 210, 50));
            fill(gr, NAVY, new Rectangle2D.Double(105, 285, 150, 40));
        });
        frame(g, 310, 80, 180, 180, gr -> {
            fill(gr, SKY, new Rectangle2D.Double(325, 95, 150, 150));
            Path2D triangle = new Path2D.Double();
            triangle.moveTo(340, 235);
            triangle.lineTo(400, 115);
            triangle.lineTo(460, 235);
            triangle.closePath();
            fill(gr, TEAL, triangle);
            fill(gr, MUSTARD, circle(440, 125, 18));
        });
        frame(g, 530, 130, 180, 210, gr -> {
            fill(gr, PLUM, new Rectangle2D.Double(545, 145, 150, 180));
            for (int band = 0; band < 4; band++) {
                fill(gr, band % 2 == 0 ? SAND : ROSE, new Rectangle2D.Double(560 + band * 32, 165, 18, 140));
            }
        });
        // A bench to look at them.
        fill(g, NAVY, new RoundRectangle2D.Double(300, 395, 200, 22, 10, 10));
        fill(g, NAVY, new Rectangle2D.Double(320, 417, 14, 40));
        fill(g, NAVY, new Rectangle2D.Double(466, 417, 14, 40));
    }

    private static void frame(Graphics2D g, double x, double y, double width, double height, Consumer<Graphics2D> art) {
        fill(g, new Color(0, 0, 0, 30), new Rectangle2D.Double(x + 8, y + 10, width, height));
        fill(g, INK, new Rectangle2D.Double(x, y, width, height));
        fill(g, WHITE, new Rectangle2D.Double(x + 8, y + 8, width - 16, height - 16));
        art.accept(g);
    }

    // ---- books --------------------------------------------------------------------------------------------------

    private static void openBook(Graphics2D g) {
        background(g, NAVY, new Color(0x2E5364));
        for (int[] s : new int[][] {{120, 90, 10}, {220, 170, 6}, {660, 80, 12}, {600, 180, 7}, {700, 250, 6},
                {110, 260, 7}, {330, 60, 8}}) {
            star(g, MUSTARD, s[0], s[1], s[2]);
        }
        // A small planet above the book, its ring passing behind then in front of it.
        g.setColor(MUSTARD);
        g.setStroke(new BasicStroke(8, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Arc2D.Double(300, 150, 200, 46, 0, 180, Arc2D.OPEN));
        g.setStroke(new BasicStroke(1));
        fill(g, SAND, circle(400, 170, 70));
        fill(g, CORAL, circle(375, 150, 14));
        fill(g, CORAL, circle(425, 195, 10));
        g.setColor(MUSTARD);
        g.setStroke(new BasicStroke(8, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Arc2D.Double(300, 150, 200, 46, 180, 180, Arc2D.OPEN));
        g.setStroke(new BasicStroke(1));
        // The open book.
        fill(g, TEAL, new RoundRectangle2D.Double(170, 300, 460, 150, 20, 20));
        page(g, 400, 1);
        page(g, 400, -1);
        g.setColor(new Color(0xD9CBB0));
        g.setStroke(new BasicStroke(4, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int line = 0; line < 4; line++) {
            g.drawLine(225, 345 + line * 20, 370, 340 + line * 20 + 4);
            g.drawLine(430, 340 + line * 20 + 4, 575, 345 + line * 20);
        }
        g.setStroke(new BasicStroke(1));
    }

    private static void page(Graphics2D g, double spine, int direction) {
        Path2D page = new Path2D.Double();
        page.moveTo(spine, 320);
        page.quadTo(spine + direction * 110, 290, spine + direction * 210, 310);
        page.lineTo(spine + direction * 210, 435);
        page.quadTo(spine + direction * 110, 415, spine, 440);
        page.closePath();
        fill(g, CREAM, page);
    }

    private static void bookStack(Graphics2D g) {
        background(g, new Color(0xF6D98E), MUSTARD);
        fill(g, new Color(0xD9B45A), new RoundRectangle2D.Double(150, 420, 500, 20, 10, 10));
        book(g, 215, 350, 370, 70, CORAL, -2);
        book(g, 240, 282, 330, 68, TEAL, 3);
        book(g, 200, 218, 360, 64, NAVY, -3);
        // A little plant on top.
        fill(g, SAND, new RoundRectangle2D.Double(430, 160, 60, 55, 12, 12));
        fill(g, LEAF, new Ellipse2D.Double(405, 100, 50, 70));
        fill(g, LEAF, new Ellipse2D.Double(465, 95, 50, 75));
        fill(g, new Color(0x6E9A62), new Ellipse2D.Double(440, 80, 40, 90));
    }

    private static void book(Graphics2D g, double x, double y, double width, double height, Color cover,
                             double degrees) {
        AffineTransform saved = g.getTransform();
        g.rotate(Math.toRadians(degrees), x + width / 2, y + height / 2);
        fill(g, cover, new RoundRectangle2D.Double(x, y, width, height, 12, 12));
        fill(g, CREAM, new Rectangle2D.Double(x + width - 26, y + 8, 20, height - 16));
        fill(g, MUSTARD, new Rectangle2D.Double(x + 30, y, 14, height));
        fill(g, MUSTARD, new Rectangle2D.Double(x + 54, y, 6, height));
        fill(g, new Color(255, 255, 255, 70), new RoundRectangle2D.Double(x + 90, y + height / 2 - 6, 120, 12, 8, 8));
        g.setTransform(saved);
    }

    // ---- music --------------------------------------------------------------------------------------------------

    private static void vinyl(Graphics2D g) {
        background(g, PLUM, new Color(0x7A6688));
        // The sleeve behind the record.
        fill(g, MUSTARD, new RoundRectangle2D.Double(170, 90, 300, 300, 16, 16));
        fill(g, SAND, circle(260, 180, 50));
        fill(g, CORAL, new Rectangle2D.Double(190, 330, 260, 20));
        // The record.
        fill(g, INK, circle(470, 240, 160));
        g.setColor(new Color(0x2E3F4A));
        g.setStroke(new BasicStroke(2));
        for (int groove = 70; groove < 155; groove += 14) {
            g.draw(circle(470, 240, groove));
        }
        g.setStroke(new BasicStroke(1));
        fill(g, CORAL, circle(470, 240, 52));
        fill(g, CREAM, circle(470, 240, 8));
        fill(g, new Color(255, 255, 255, 40), new Arc2D.Double(330, 100, 280, 280, 100, 40, Arc2D.PIE));
        note(g, 680, 150, 1.0);
        note(g, 110, 420, 0.8);
        note(g, 700, 400, 0.7);
    }

    private static void note(Graphics2D g, double x, double y, double scale) {
        g.setColor(CREAM);
        g.fill(new Ellipse2D.Double(x - 22 * scale, y - 14 * scale, 30 * scale, 22 * scale));
        g.fill(new Ellipse2D.Double(x + 28 * scale, y - 24 * scale, 30 * scale, 22 * scale));
        g.fill(new Rectangle2D.Double(x + 2 * scale, y - 90 * scale, 6 * scale, 85 * scale));
        g.fill(new Rectangle2D.Double(x + 52 * scale, y - 100 * scale, 6 * scale, 85 * scale));
        Path2D beam = new Path2D.Double();
        beam.moveTo(x + 2 * scale, y - 90 * scale);
        beam.lineTo(x + 58 * scale, y - 100 * scale);
        beam.lineTo(x + 58 * scale, y - 84 * scale);
        beam.lineTo(x + 2 * scale, y - 74 * scale);
        beam.closePath();
        g.fill(beam);
    }

    // ---- gift cards ---------------------------------------------------------------------------------------------

    private static void giftBox(Graphics2D g) {
        background(g, ROSE, new Color(0xEBA9AB));
        confetti(g, CREAM, 13);
        // Box and lid.
        fill(g, CORAL, new Rectangle2D.Double(265, 250, 270, 180));
        fill(g, new Color(0xD45F43), new Rectangle2D.Double(265, 250, 270, 18));
        fill(g, CORAL, new RoundRectangle2D.Double(245, 200, 310, 58, 10, 10));
        // Ribbon.
        fill(g, MUSTARD, new Rectangle2D.Double(380, 200, 40, 230));
        fill(g, MUSTARD, new Rectangle2D.Double(245, 215, 310, 26));
        // Bow.
        AffineTransform saved = g.getTransform();
        g.rotate(Math.toRadians(-25), 400, 195);
        fill(g, MUSTARD, new Ellipse2D.Double(300, 160, 100, 55));
        g.setTransform(saved);
        g.rotate(Math.toRadians(25), 400, 195);
        fill(g, MUSTARD, new Ellipse2D.Double(400, 160, 100, 55));
        g.setTransform(saved);
        fill(g, SAND, circle(400, 195, 20));
    }

    private static void giftCard(Graphics2D g) {
        background(g, new Color(0xF8C99A), SAND);
        confetti(g, CREAM, 5);
        AffineTransform saved = g.getTransform();
        g.rotate(Math.toRadians(-8), 400, 260);
        fill(g, new Color(0, 0, 0, 35), new RoundRectangle2D.Double(222, 152, 370, 230, 30, 30));
        fill(g, TEAL, new RoundRectangle2D.Double(210, 140, 370, 230, 30, 30));
        fill(g, new Color(0x33B3A3), new RoundRectangle2D.Double(240, 300, 150, 18, 9, 9));
        fill(g, new Color(0x33B3A3), new RoundRectangle2D.Double(240, 330, 90, 18, 9, 9));
        // Ribbon with a bow at the crossing.
        fill(g, CORAL, new Rectangle2D.Double(470, 140, 30, 230));
        fill(g, CORAL, new Rectangle2D.Double(210, 205, 370, 30));
        g.rotate(Math.toRadians(30), 485, 220);
        fill(g, CORAL, new Ellipse2D.Double(405, 190, 80, 46));
        g.rotate(Math.toRadians(-60), 485, 220);
        fill(g, CORAL, new Ellipse2D.Double(485, 190, 80, 46));
        g.setTransform(saved);
        g.rotate(Math.toRadians(-8), 400, 260);
        fill(g, MUSTARD, circle(485, 220, 17));
        // A ball in the corner, for the sports shop.
        fill(g, WHITE, circle(275, 185, 30));
        fill(g, INK, regularPolygon(275, 185, 11, 5));
        g.setTransform(saved);
    }

    // ---- parks --------------------------------------------------------------------------------------------------

    private static void rollerCoaster(Graphics2D g) {
        background(g, SKY, SKY);
        fill(g, MUSTARD, circle(660, 100, 48));
        fill(g, WHITE, new Ellipse2D.Double(90, 80, 150, 44));
        // Hills.
        fill(g, new Color(0x9CC08F), new Ellipse2D.Double(-100, 350, 560, 300));
        fill(g, LEAF, new Ellipse2D.Double(330, 380, 620, 280));
        // The track and its supports.
        Path2D track = new Path2D.Double();
        track.moveTo(-20, 330);
        track.curveTo(120, 330, 150, 110, 260, 110);
        track.curveTo(370, 110, 360, 330, 470, 330);
        track.curveTo(560, 330, 580, 200, 660, 200);
        track.curveTo(730, 200, 760, 300, 820, 300);
        g.setColor(CREAM);
        g.setStroke(new BasicStroke(4));
        for (int x = 20; x < WIDTH; x += 40) {
            double top = trackHeight(track, x);
            g.draw(new Line2D.Double(x, top, x, 500));
        }
        g.setColor(CORAL);
        g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(track);
        g.setStroke(new BasicStroke(1));
        // A car at the top of the first hill.
        fill(g, MUSTARD, circle(240, 66, 12));
        fill(g, SAND, circle(278, 66, 12));
        fill(g, NAVY, new RoundRectangle2D.Double(215, 70, 90, 36, 14, 14));
        fill(g, CREAM, circle(235, 104, 7));
        fill(g, CREAM, circle(285, 104, 7));
        tree(g, 110, 430, 1.0);
        tree(g, 560, 445, 0.8);
    }

    /** Where the track's line is at {@code x}, from its flattened outline, for the supports. */
    private static double trackHeight(Path2D track, double x) {
        var points = track.getPathIterator(null, 1);
        double[] coords = new double[6];
        double lastX = Double.NaN;
        double lastY = Double.NaN;
        while (!points.isDone()) {
            points.currentSegment(coords);
            if (!Double.isNaN(lastX) && lastX <= x && x <= coords[0]) {
                double t = coords[0] == lastX ? 0 : (x - lastX) / (coords[0] - lastX);
                return lastY + t * (coords[1] - lastY);
            }
            lastX = coords[0];
            lastY = coords[1];
            points.next();
        }
        return HEIGHT;
    }

    private static void tree(Graphics2D g, double x, double ground, double scale) {
        fill(g, new Color(0x7A5230), new Rectangle2D.Double(x - 9 * scale, ground - 70 * scale, 18 * scale, 70 * scale));
        fill(g, TEAL, circle(x, ground - 110 * scale, 55 * scale));
        fill(g, new Color(0x34AE9F), circle(x - 20 * scale, ground - 125 * scale, 25 * scale));
    }

    private static void bigWheel(Graphics2D g) {
        background(g, new Color(0xFDE2C4), new Color(0xF9D4AE));
        fill(g, SAND, circle(150, 110, 46));
        fill(g, LEAF, new Rectangle2D.Double(0, 430, WIDTH, 70));
        double cx = 420;
        double cy = 220;
        // The stand.
        g.setColor(NAVY);
        g.setStroke(new BasicStroke(14, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.drawLine((int) cx, (int) cy, 330, 440);
        g.drawLine((int) cx, (int) cy, 510, 440);
        // Rim and spokes.
        g.setStroke(new BasicStroke(10));
        g.draw(circle(cx, cy, 165));
        g.setStroke(new BasicStroke(4));
        for (int spoke = 0; spoke < 8; spoke++) {
            double angle = Math.toRadians(spoke * 45 + 10);
            g.draw(new Line2D.Double(cx, cy, cx + 165 * Math.cos(angle), cy + 165 * Math.sin(angle)));
        }
        g.setStroke(new BasicStroke(1));
        Color[] cabins = {CORAL, TEAL, MUSTARD, PLUM};
        for (int cabin = 0; cabin < 8; cabin++) {
            double angle = Math.toRadians(cabin * 45 + 10);
            double x = cx + 165 * Math.cos(angle);
            double y = cy + 165 * Math.sin(angle);
            fill(g, cabins[cabin % cabins.length], new RoundRectangle2D.Double(x - 22, y, 44, 34, 12, 12));
            fill(g, NAVY, circle(x, y, 6));
        }
        fill(g, MUSTARD, circle(cx, cy, 20));
        tree(g, 110, 440, 0.9);
        tree(g, 690, 440, 1.1);
        tree(g, 620, 450, 0.7);
    }

    // ---- sports -------------------------------------------------------------------------------------------------

    private static void pool(Graphics2D g) {
        background(g, CREAM, CREAM);
        // Tiles around the pool.
        g.setColor(new Color(0xEADCC3));
        for (int x = 0; x < WIDTH; x += 50) {
            g.drawLine(x, 0, x, HEIGHT);
        }
        for (int y = 0; y < HEIGHT; y += 50) {
            g.drawLine(0, y, WIDTH, y);
        }
        // The water, with ripples and lane ropes.
        fill(g, new Color(0x5FC3D1), new RoundRectangle2D.Double(60, 120, 680, 330, 30, 30));
        g.setColor(new Color(0x8AD6DF));
        g.setStroke(new BasicStroke(6, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int row = 0; row < 3; row++) {
            Path2D ripple = new Path2D.Double();
            double y = 180 + row * 95;
            ripple.moveTo(100, y);
            for (double x = 100; x < 700; x += 60) {
                ripple.quadTo(x + 15, y - 12, x + 30, y);
                ripple.quadTo(x + 45, y + 12, x + 60, y);
            }
            g.draw(ripple);
        }
        g.setStroke(new BasicStroke(1));
        for (int lane = 0; lane < 2; lane++) {
            double y = 225 + lane * 95;
            for (double x = 70; x < 730; x += 22) {
                fill(g, (int) (x / 22) % 2 == 0 ? CORAL : WHITE, circle(x + 11, y, 9));
            }
        }
        // The ladder.
        g.setColor(new Color(0x9AA5AB));
        g.setStroke(new BasicStroke(10, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Arc2D.Double(110, 60, 60, 110, 0, 180, Arc2D.OPEN));
        g.draw(new Arc2D.Double(170, 60, 60, 110, 0, 180, Arc2D.OPEN));
        g.drawLine(170, 115, 170, 200);
        g.drawLine(230, 115, 230, 200);
        g.setStroke(new BasicStroke(1));
        // A beach ball floating.
        double bx = 560;
        double by = 290;
        fill(g, WHITE, circle(bx, by, 55));
        Color[] slices = {CORAL, MUSTARD, TEAL};
        for (int slice = 0; slice < 3; slice++) {
            fill(g, slices[slice], new Arc2D.Double(bx - 55, by - 55, 110, 110, 90 + slice * 120, 60, Arc2D.PIE));
        }
        fill(g, WHITE, circle(bx, by, 12));
    }

    // ---- helpers ------------------------------------------------------------------------------------------------

    /** A plain background with two large soft discs, the same for every picture. */
    private static void background(Graphics2D g, Color color, Color discs) {
        fill(g, color, new Rectangle2D.Double(0, 0, WIDTH, HEIGHT));
        fill(g, discs, circle(90, 430, 190));
        fill(g, discs, circle(740, 60, 150));
    }

    /** A few scattered dots and stars, always at the same places (the drawing is reproducible). */
    private static void confetti(Graphics2D g, Color color, int seed) {
        Random random = new Random(seed);
        for (int piece = 0; piece < 14; piece++) {
            double x = 40 + random.nextDouble() * (WIDTH - 80);
            double y = 30 + random.nextDouble() * (HEIGHT - 60);
            if (x > 180 && x < 620 && y > 90 && y < 450) {
                continue;
            }
            if (piece % 3 == 0) {
                star(g, color, x, y, 8 + random.nextInt(8));
            } else {
                fill(g, color, circle(x, y, 4 + random.nextInt(5)));
            }
        }
    }

    private static void star(Graphics2D g, Color color, double x, double y, double radius) {
        Path2D star = new Path2D.Double();
        for (int point = 0; point < 10; point++) {
            double r = point % 2 == 0 ? radius : radius * 0.45;
            double angle = Math.toRadians(-90 + point * 36);
            if (point == 0) {
                star.moveTo(x + r * Math.cos(angle), y + r * Math.sin(angle));
            } else {
                star.lineTo(x + r * Math.cos(angle), y + r * Math.sin(angle));
            }
        }
        star.closePath();
        fill(g, color, star);
    }

    private static Shape regularPolygon(double x, double y, double radius, int sides) {
        Path2D polygon = new Path2D.Double();
        for (int side = 0; side < sides; side++) {
            double angle = Math.toRadians(-90 + side * 360.0 / sides);
            if (side == 0) {
                polygon.moveTo(x + radius * Math.cos(angle), y + radius * Math.sin(angle));
            } else {
                polygon.lineTo(x + radius * Math.cos(angle), y + radius * Math.sin(angle));
            }
        }
        polygon.closePath();
        return polygon;
    }

    private static Ellipse2D circle(double x, double y, double radius) {
        return new Ellipse2D.Double(x - radius, y - radius, 2 * radius, 2 * radius);
    }

    private static void fill(Graphics2D g, Color color, Shape shape) {
        g.setColor(color);
        g.fill(shape);
    }
}
