package org.normdesk.service;

import java.time.LocalDate;

import org.normdesk.domain.WorkdayCounter;

/** Where the services get their working-day count from, and whether a span lacks holiday data. */
public interface WorkdaySource {
    WorkdayCounter counter();

    /** Whether some year in [from, to] has no holiday data, so that counts there use Monday–Friday only. */
    boolean weekdaysOnly(LocalDate from, LocalDate to);

    WorkdaySource WEEKDAYS = new WorkdaySource() {
        @Override
        public WorkdayCounter counter() {
            return WorkdayCounter.WEEKDAYS_ONLY;
        }

        @Override
        public boolean weekdaysOnly(LocalDate from, LocalDate to) {
            return true;
        }
    };
}
