package org.normdesk.text;

/** Chinese numerals as official texts write them: 十三, 二十一, 一百零二, and 〇/零 digit by digit for years. */
final class ChineseNumbers {
    static final String DIGITS = "〇零一二三四五六七八九";
    /** The characters a numeral in a heading (第X条) or a date may use; Arabic digits included. */
    static final String NUMERAL_CLASS = "[0-9０-９〇零一二两三四五六七八九十百千]";

    private ChineseNumbers() {
    }

    /** The value of 十三, 二十, 一百零五, 两, or of Arabic digits; -1 when it is not a number. */
    static int parse(String s) {
        if (s == null || s.isEmpty()) {
            return -1;
        }
        String half = toHalfWidth(s);
        if (half.chars().allMatch(Character::isDigit)) {
            return Integer.parseInt(half);
        }
        int total = 0;
        int current = 0;
        for (char c : half.toCharArray()) {
            int d = digit(c);
            if (d >= 0) {
                current = d;
            } else if (c == '十' || c == '百' || c == '千') {
                int unit = c == '十' ? 10 : c == '百' ? 100 : 1000;
                total += (current == 0 ? 1 : current) * unit;
                current = 0;
            } else {
                return -1;
            }
        }
        return total + current;
    }

    /** A year written digit by digit: 二〇二五 → 2025. */
    static int parseDigitwise(String s) {
        int v = 0;
        for (char c : toHalfWidth(s).toCharArray()) {
            int d = Character.isDigit(c) ? c - '0' : digit(c);
            if (d < 0) {
                return -1;
            }
            v = v * 10 + d;
        }
        return v;
    }

    private static int digit(char c) {
        if (c == '两') {
            return 2;
        }
        int i = DIGITS.indexOf(c);
        return i < 0 ? -1 : Math.max(0, i - 1);
    }

    static String toHalfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return b.toString();
    }
}
