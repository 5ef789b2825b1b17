package org.normdesk.ui.common;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates the Chinese way (2025年3月16日), and reading back what people type: 2025-03-16,
 * 2025/3/16, 2025.3.16 or 2025年3月16日, full-width digits included.
 */
public final class ChineseDates {
    private static final Pattern DATE = Pattern.compile(
            "^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$");

    private ChineseDates() {
    }

    public static String format(LocalDate date) {
        return date == null ? "" : date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
    }

    public static String format(LocalDateTime time) {
        return time == null ? "" : format(time.toLocalDate()) + String.format(" %02d:%02d", time.getHour(),
                time.getMinute());
    }

    public static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }

    /** The date the text names; empty when blank, unreadable or impossible (2025-02-30). */
    public static Optional<LocalDate> parse(String text) {
        if (isBlank(text)) {
            return Optional.empty();
        }
        Matcher m = DATE.matcher(halfWidth(text.strip()));
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(3))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /** Typed but not a date: what the form must point out instead of dropping it. */
    public static boolean isUnreadable(String text) {
        return !isBlank(text) && parse(text).isEmpty();
    }

    private static String halfWidth(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else if (c == '－' || c == '／' || c == '．') {
                b.append((char) (c - 0xFEE0));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
