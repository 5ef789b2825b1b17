package org.normdesk.ui.settings;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.normdesk.domain.CalendarDay;
import org.normdesk.domain.CalendarYear;
import org.normdesk.domain.Texts;
import org.normdesk.domain.WorkingDayCalendar;
import org.normdesk.service.CalendarService;
import org.normdesk.ui.common.BackgroundTask;
import org.normdesk.ui.common.TaskRunner;

/**
 * 工作日历: the years the calendar knows (and a warning when next year is missing, since review
 * deadlines near the year's end run into it), import of a newer year, and days set by hand.
 */
public final class CalendarViewModel {
    private final CalendarService service;
    private final TaskRunner runner;
    private final Consumer<Throwable> errors;
    private final ObservableList<CalendarYear> years = FXCollections.observableArrayList();
    private final ObservableList<CalendarDay> overrides = FXCollections.observableArrayList();
    private final StringProperty coverage = new SimpleStringProperty("");
    private final StringProperty status = new SimpleStringProperty("");
    private final StringProperty verdict = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final LocalDate today;

    public CalendarViewModel(CalendarService service, TaskRunner runner, Consumer<Throwable> errors, LocalDate today) {
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.today = today;
    }

    private record Snapshot(List<CalendarYear> years, List<CalendarDay> overrides) {
    }

    public void refresh() {
        run(() -> new Snapshot(service.years(), service.overrides()), this::show);
    }

    private void show(Snapshot s) {
        years.setAll(s.years());
        overrides.setAll(s.overrides());
        coverage.set(coverageText(s.years(), today));
    }

    /** Which years are covered, and whether next year (or this one) is still missing. */
    static String coverageText(List<CalendarYear> years, LocalDate today) {
        if (years.isEmpty()) {
            return Texts.get("settings.calendar.noYears");
        }
        int first = years.get(0).year();
        int last = years.get(years.size() - 1).year();
        String covered = Texts.get("settings.calendar.covered", String.valueOf(first), String.valueOf(last));
        boolean thisYear = years.stream().anyMatch(y -> y.year() == today.getYear());
        boolean nextYear = years.stream().anyMatch(y -> y.year() == today.getYear() + 1);
        if (!thisYear) {
            return covered + Texts.get("settings.calendar.missing", String.valueOf(today.getYear()));
        }
        if (!nextYear) {
            return covered + Texts.get("settings.calendar.missing", String.valueOf(today.getYear() + 1));
        }
        return covered;
    }

    public void importFile(Path file) {
        run(() -> service.importFile(file), result -> {
            status.set(result.replaced() == null
                    ? Texts.get("settings.calendar.imported", String.valueOf(result.year()), String.valueOf(result.days()))
                    : Texts.get("settings.calendar.reimported", String.valueOf(result.year()),
                            String.valueOf(result.days()), result.replaced().label()));
            refresh();
        });
    }

    public void setOverride(LocalDate date, boolean offDay, String name) {
        run(() -> service.setOverride(date, offDay, name), day -> {
            status.set(Texts.get("settings.calendar.overrideSet", org.normdesk.ui.common.ChineseDates.format(date),
                    Texts.get(offDay ? "calendar.dayOff" : "calendar.workDay")));
            refresh();
        });
    }

    public void removeOverride(CalendarDay day) {
        run(() -> service.removeOverride(day.date()), removed -> refresh());
    }

    /** Looks the day up in the background (the first read of the calendar goes to the database) and shows the answer. */
    public void lookUp(LocalDate date) {
        BackgroundTask.of(() -> describe(date)).onSuccess(verdict::set).onError(errors).runOn(runner);
    }

    /** What the calendar says of a day: 工作日 / 休息日 with its holiday. Reads the calendar: call it off the FX thread. */
    public String describe(LocalDate date) {
        if (date == null) {
            return "";
        }
        var calendar = service.current();
        String kind = Texts.get(calendar.isWorkingDay(date) ? "calendar.workDay" : "calendar.dayOff")
                + calendar.listed(date).map(CalendarDay::name).map(n -> "（" + n + "）").orElse("");
        return calendar.covers(date) ? kind
                : kind + "（" + WorkingDayCalendar.notice(List.of(date.getYear())) + "）";
    }

    private <T> void run(java.util.concurrent.Callable<T> work, Consumer<T> then) {
        busy.set(true);
        BackgroundTask.of(work).onSuccess(then).onError(errors).andFinally(() -> busy.set(false)).runOn(runner);
    }

    public ObservableList<CalendarYear> years() { return years; }
    public ObservableList<CalendarDay> overrides() { return overrides; }
    public StringProperty coverageProperty() { return coverage; }
    public StringProperty statusProperty() { return status; }
    public StringProperty verdictProperty() { return verdict; }
    public BooleanProperty busyProperty() { return busy; }
}
