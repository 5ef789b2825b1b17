package org.normdesk.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates as official texts write them: 2025年2月14日, 二〇二五年二月十四日, full-width digits, spaces between. */
final class DateParser {
    private static final String YEAR = "([0-9０-９]{4}|[〇零一二三四五六七八九]{4})";
    private static final String PART = "([0-9０-９]{1,2}|[一二三四五六七八九十]{1,3})";
    /** A date anywhere in a sentence; group 1–3 are year, month, day. */
    static final Pattern DATE = Pattern.compile(YEAR + "\\s*年\\s*" + PART + "\\s*月\\s*" + PART + "\\s*日");

    private DateParser() {
    }

    static Optional<LocalDate> parse(Matcher m) {
        int year = ChineseNumbers.parseDigitwise(m.group(1));
        int month = ChineseNumbers.parse(m.group(2));
        int day = ChineseNumbers.parse(m.group(3));
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** The first date in the text. */
    static Optional<LocalDate> first(String text) {
        Matcher m = DATE.matcher(text);
        return m.find() ? parse(m) : Optional.empty();
    }

    /** Whether the line holds nothing but one date (a signature date line). */
    static Optional<LocalDate> standalone(String line) {
        Matcher m = DATE.matcher(line.strip());
        return m.matches() ? parse(m) : Optional.empty();
    }
}
