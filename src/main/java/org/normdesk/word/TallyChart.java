package org.normdesk.word;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.normdesk.domain.cleanup.CleanupOutcome;
import org.normdesk.domain.cleanup.CleanupTally;
import org.normdesk.domain.cleanup.TallyGroup;

/**
 * The tally as a grouped bar chart for the Word export: one group of bars per issuer group, one bar
 * per outcome, the count written above each bar. Drawn with Java2D (headless) so the export needs
 * nothing but the JDK; the window draws its own chart with JavaFX.
 */
final class TallyChart {
    /** One colour per outcome, in the order of {@link CleanupOutcome}: calm for 保留, warm for 废止/失效. */
    private static final Color[] COLOURS = {new Color(0x3A7D44), new Color(0x2E6FB5), new Color(0xC0392B),
            new Color(0xE67E22), new Color(0x7F8C8D)};

    private TallyChart() {
    }

    static byte[] png(CleanupTally t, int width, int height) throws IOException {
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            Font font = new Font(Font.SANS_SERIF, Font.PLAIN, height / 22);
            g.setFont(font);
            FontMetrics fm = g.getFontMetrics();
            int left = width / 14;
            int right = width - width / 40;
            int top = height / 4;
            int bottom = height - fm.getHeight() * 2;
            int max = 1;
            for (TallyGroup group : TallyGroup.values()) {
                for (CleanupOutcome o : CleanupOutcome.values()) {
                    max = Math.max(max, t.of(group).of(o));
                }
            }
            // legend
            int x = left;
            for (CleanupOutcome o : CleanupOutcome.values()) {
                g.setColor(COLOURS[o.ordinal()]);
                g.fillRect(x, height / 16, fm.getAscent(), fm.getAscent());
                g.setColor(Color.DARK_GRAY);
                g.drawString(o.reportWord(), x + fm.getAscent() + 6, height / 16 + fm.getAscent() - 2);
                x += fm.getAscent() + 16 + fm.stringWidth(o.reportWord()) + width / 30;
            }
            g.setColor(Color.GRAY);
            g.setStroke(new BasicStroke(2));
            g.drawLine(left, bottom, right, bottom);
            List<TallyGroup> groups = List.of(TallyGroup.values());
            int slot = (right - left) / groups.size();
            int bar = slot / (CleanupOutcome.values().length + 2);
            for (int gi = 0; gi < groups.size(); gi++) {
                TallyGroup group = groups.get(gi);
                int gx = left + gi * slot + bar;
                for (CleanupOutcome o : CleanupOutcome.values()) {
                    int v = t.of(group).of(o);
                    int h = (int) Math.round((bottom - top) * (v / (double) max));
                    int bx = gx + o.ordinal() * bar;
                    g.setColor(COLOURS[o.ordinal()]);
                    g.fillRect(bx + 2, bottom - h, bar - 4, h);
                    g.setColor(Color.DARK_GRAY);
                    String label = String.valueOf(v);
                    g.drawString(label, bx + (bar - fm.stringWidth(label)) / 2, bottom - h - 4);
                }
                String name = group.label() + "（" + t.of(group).total() + "）";
                g.drawString(name, left + gi * slot + (slot - fm.stringWidth(name)) / 2, bottom + fm.getHeight());
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }
}
