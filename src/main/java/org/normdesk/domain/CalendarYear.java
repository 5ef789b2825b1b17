package org.normdesk.domain;

import java.time.LocalDateTime;

/**
 * A year whose holidays and make-up working days are known to the calendar, where they came from
 * and when they were last written.
 */
public record CalendarYear(int year, CalendarSource source, LocalDateTime updatedAt) {
}
