package org.normdesk.domain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The built-in resource read the plainest way, so that the domain's rules are tested on the real
 * holiday data without the service layer.
 */
final class BuiltInCalendarFixture {
    private static WorkingDayCalendar calendar;

    private BuiltInCalendarFixture() {
    }

    static synchronized WorkingDayCalendar calendar() {
        if (calendar == null) {
            List<CalendarDay> days = new ArrayList<>();
            TreeSet<Integer> years = new TreeSet<>();
            try (InputStream in = BuiltInCalendarFixture.class.getResourceAsStream("/calendar/cn-workdays.csv")) {
                for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                    if (line.isBlank() || line.startsWith("#")) {
                        continue;
                    }
                    String[] cells = line.split(",", 3);
                    if (cells[0].equals("year")) {
                        years.add(Integer.parseInt(cells[1]));
                    } else {
                        days.add(new CalendarDay(LocalDate.parse(cells[0]), cells[1].equals("OFF"), cells[2],
                                CalendarSource.BUILTIN));
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            calendar = WorkingDayCalendar.of(days, years);
        }
        return calendar;
    }
}
