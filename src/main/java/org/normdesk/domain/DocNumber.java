package org.normdesk.domain;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * 发文字号 (文号) such as 江政发〔2017〕3号: issuer code, year in 六角括号, serial, 号.
 * Offices type the brackets in many ways ([] （） () 【】, full-width digits, 第3号, 03号); all are
 * accepted and stored in the one form of GB/T 9704: 〔〕, ASCII digits, no 第, no leading zero.
 */
public record DocNumber(String prefix, int year, int serial) {

    private static final Pattern SHAPE = Pattern.compile(
            "^\\s*(\\S+?)\\s*[〔\\[［（(【]\\s*(\\d{4})\\s*[〕\\]］）)】]\\s*第?\\s*(\\d{1,6})\\s*号\\s*$");

    public static final int MIN_YEAR = 1949;
    public static final int MAX_YEAR = 2100;

    /** The 文号 read from what a user typed, or empty when it does not have the shape of one. */
    public static Optional<DocNumber> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(toHalfWidthDigits(text));
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(2));
        int serial = Integer.parseInt(m.group(3));
        if (year < MIN_YEAR || year > MAX_YEAR || serial <= 0) {
            return Optional.empty();
        }
        return Optional.of(new DocNumber(m.group(1), year, serial));
    }

    /** The normalised text of a 文号, or empty when it cannot be read as one. */
    public static Optional<String> normalize(String text) {
        return parse(text).map(DocNumber::toString);
    }

    /** Turns the bracket variants around a year into 〔〕, so that a search for 江政发[2017] finds 江政发〔2017〕3号. */
    public static String normalizeBrackets(String text) {
        return toHalfWidthDigits(text).replaceAll("[〔\\[［（(【]\\s*(\\d{4})\\s*[〕\\]］）)】]", "〔$1〕");
    }

    @Override
    public String toString() {
        return prefix + "〔" + year + "〕" + serial + "号";
    }

    private static String toHalfWidthDigits(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            b.append(c >= '０' && c <= '９' ? (char) ('0' + (c - '０')) : c);
        }
        return b.toString();
    }
}
