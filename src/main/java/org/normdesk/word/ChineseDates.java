package org.normdesk.word;

import java.time.LocalDate;

/** Dates as official documents write them: 2025年3月16日 (GB/T 9704-2012, Arabic numerals, no leading zero). */
final class ChineseDates {
    private ChineseDates() {
    }

    static String format(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }
}
