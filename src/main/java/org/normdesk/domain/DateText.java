package org.normdesk.domain;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a calendar date the way people in an office type it: {@code 2025-03-16}, {@code 2025/3/16},
 * {@code 2025.3.16} or {@code 2025年3月16日}. Impossible dates such as 2025-02-30 are not read.
 */
public final class DateText {
    private static final Pattern SHAPE = Pattern.compile(
            "(\\d{4})\\s*(?:[-/.]\\s*(\\d{1,2})\\s*[-/.]\\s*(\\d{1,2})|年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日?)");

    private DateText() {
    }

    /** A moment the Chinese way, to the minute: 2025年6月16日 09:00 ("?" for none). */
    public static String minute(LocalDateTime t) {
        return t == null ? "?" : String.format("%d年%d月%d日 %02d:%02d", t.getYear(), t.getMonthValue(),
                t.getDayOfMonth(), t.getHour(), t.getMinute());
    }

    public static Optional<LocalDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = SHAPE.matcher(text.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        int year = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(2) != null ? m.group(2) : m.group(4));
        int day = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5));
        try {
            return Optional.of(LocalDate.of(year, month, day));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
