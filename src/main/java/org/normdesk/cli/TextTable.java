package org.normdesk.cli;

import java.util.List;

/** Columns of text that line up in a terminal, where CJK and full-width characters take two columns. */
final class TextTable {
    private static final String ELLIPSIS = "…";

    private TextTable() {
    }

    static String line(List<String> cells, int[] widths) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String cell = fit(cells.get(i), widths[i]);
            b.append(cell);
            if (i < cells.size() - 1) {
                b.append(" ".repeat(widths[i] - width(cell) + 2));
            }
        }
        return b.toString();
    }

    static String rule(int[] widths) {
        int total = 0;
        for (int w : widths) {
            total += w + 2;
        }
        return "-".repeat(total - 2);
    }

    /** The text cut to at most {@code max} columns, with … where it was cut. */
    static String fit(String s, int max) {
        if (width(s) <= max) {
            return s;
        }
        StringBuilder b = new StringBuilder();
        int used = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int w = width(cp);
            if (used + w > max - ELLIPSIS.length()) {
                break;
            }
            b.appendCodePoint(cp);
            used += w;
            i += Character.charCount(cp);
        }
        return b.append(ELLIPSIS).toString();
    }

    static int width(String s) {
        return s.codePoints().map(TextTable::width).sum();
    }

    /** Two columns for East Asian wide and full-width characters (〔〕 included), one otherwise. */
    static int width(int cp) {
        boolean wide = (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0xA4CF && cp != 0x303F)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
        return wide ? 2 : 1;
    }
}
