package org.normdesk.domain;

import java.time.LocalDate;

/**
 * Counts Chinese working days. The start day is not counted (期间开始的当日不计入):
 * {@code add(d, n)} is the n-th working day after d, {@code between(a, b)} counts the working
 * days in (a, b].
 */
public interface WorkdayCounter {
    LocalDate add(LocalDate start, int workingDays);

    int between(LocalDate from, LocalDate to);

    /** Counts Monday to Friday only: the fallback for a year without holiday data. */
    WorkdayCounter WEEKDAYS_ONLY = new WorkdayCounter() {
        @Override
        public LocalDate add(LocalDate start, int n) {
            LocalDate d = start;
            int left = n;
            while (left > 0) {
                d = d.plusDays(1);
                if (d.getDayOfWeek().getValue() <= 5) {
                    left--;
                }
            }
            return d;
        }

        @Override
        public int between(LocalDate from, LocalDate to) {
            int n = 0;
            for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
                if (d.getDayOfWeek().getValue() <= 5) {
                    n++;
                }
            }
            return n;
        }
    };
}
