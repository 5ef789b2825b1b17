package org.normdesk.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.normdesk.domain.CalendarDay;
import org.normdesk.domain.CalendarSource;
import org.normdesk.domain.CalendarYear;
import org.normdesk.domain.Problem;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Texts;
import org.normdesk.domain.WorkingDayCalendar;
import org.normdesk.store.Store;
import org.normdesk.domain.access.Permission;

/**
 * The office's working-day calendar: the built-in years (seeded into the database when missing),
 * newer or corrected years imported from a file, and days set by hand. {@link #current()} is the
 * calendar to count with; it is cached and rebuilt after every change.
 *
 * <p>Built-in data never overwrites an office's own: a year once imported stays as imported, and a
 * manual override beats whatever a notice says for its date until it is removed.
 */
public final class CalendarService {
    /** The built-in years, in normdesk's own format (see the header of the file). */
    public static final String BUILTIN_RESOURCE = "/calendar/cn-workdays.csv";
    /** The audit log's name for the calendar; the entity id is the year, or the date as yyyymmdd. */
    public static final String AUDIT_ENTITY = "CALENDAR";

    private static final EnumSet<CalendarSource> NOTICE_SOURCES = EnumSet.of(CalendarSource.BUILTIN,
            CalendarSource.IMPORTED);

    private final Store store;
    private final Auditor auditor;
    private final Object cacheLock = new Object();
    private WorkingDayCalendar cached;

    /** What an import did. {@code replaced} is the source the year had before, or null when it was new. */
    public record ImportResult(int year, int days, CalendarSource replaced) {
    }

    public CalendarService(Store store, Clock clock, Session session) {
        this.store = store;
        this.auditor = new Auditor(clock, session);
    }

    /** The calendar to count with, as stored now. */
    public WorkingDayCalendar current() {
        synchronized (cacheLock) {
            if (cached == null) {
                cached = store.read(r -> WorkingDayCalendar.of(r.calendar().allDays(),
                        r.calendar().years().stream().map(CalendarYear::year).toList()));
            }
            return cached;
        }
    }

    /** The covered years with their source, ascending. */
    public List<CalendarYear> years() {
        return store.read(r -> r.calendar().years());
    }

    /** The days set by hand, in date order. */
    public List<CalendarDay> overrides() {
        return store.read(r -> r.calendar().days(CalendarSource.MANUAL));
    }

    /**
     * Writes the built-in years that the database lacks, and refreshes a built-in year whose shipped
     * data changed in a newer normdesk. Years the office imported and days it set by hand are left
     * alone. Runs when the data folder is opened.
     *
     * @return the years written
     */
    public List<Integer> seedBuiltIn() {
        List<CalendarFiles.YearDays> builtIn = builtInYears();
        List<Integer> written = store.inTransaction(r -> {
            Map<Integer, CalendarSource> known = new HashMap<>();
            r.calendar().years().forEach(y -> known.put(y.year(), y.source()));
            Map<Integer, List<CalendarDay>> stored = r.calendar().daysByNoticeYear(CalendarSource.BUILTIN);
            LocalDateTime now = auditor.now();
            List<Integer> done = new ArrayList<>();
            for (CalendarFiles.YearDays y : builtIn) {
                CalendarSource source = known.get(y.year());
                boolean missing = source == null;
                boolean changed = source == CalendarSource.BUILTIN
                        && !new HashSet<>(stored.getOrDefault(y.year(), List.of())).equals(new HashSet<>(y.days()));
                if (!missing && !changed) {
                    continue;
                }
                r.calendar().deleteNoticeYear(y.year(), List.of(CalendarSource.BUILTIN));
                r.calendar().putAll(y.days(), y.year(), now);
                r.calendar().putYear(y.year(), CalendarSource.BUILTIN, now);
                auditor.record(r.audit(), AUDIT_ENTITY, y.year(), missing ? "SEED" : "RESEED",
                        Texts.get("calendar.audit.seeded", String.valueOf(y.year()), String.valueOf(y.days().size())),
                        null, null);
                done.add(y.year());
            }
            return done;
        });
        if (!written.isEmpty()) {
            invalidate();
        }
        return written;
    }

    /** Imports a .json or .csv file by its name's ending. See {@link #importJson} and {@link #importCsv}. */
    public ImportResult importFile(Path file) {
        auditor.require(Permission.SETTINGS);
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean json = name.endsWith(".json");
        if (!json && !name.endsWith(".csv") && !name.endsWith(".txt")) {
            throw CalendarFiles.refused(List.of(Texts.get("calendar.import.unknownType", file.getFileName())));
        }
        String text = readText(file);
        return json ? importJson(text) : importCsv(text);
    }

    /**
     * Imports one year from JSON {@code {year, days:[{name, date, isOffDay}]}} (the shape of the
     * holiday-cn data; other fields are ignored). The year's earlier built-in or imported days are
     * replaced as a whole, in one transaction; manual overrides stay.
     *
     * @throws RuleViolation with the reasons in Chinese when the file is refused; then nothing is saved
     */
    public ImportResult importJson(String text) {
        auditor.require(Permission.SETTINGS);
        return save(CalendarFiles.readJson(text));
    }

    /**
     * Imports one year from CSV {@code date,isOffDay,name} with a header line; isOffDay may be
     * true/false, 休/班 or OFF/WORK. Otherwise as {@link #importJson}.
     */
    public ImportResult importCsv(String text) {
        auditor.require(Permission.SETTINGS);
        return save(CalendarFiles.readCsv(text));
    }

    /**
     * Sets the date by hand as a day off ({@code offDay}) or a working day, whatever the notices say,
     * until {@link #removeOverride} takes it back.
     */
    public CalendarDay setOverride(LocalDate date, boolean offDay, String name) {
        auditor.require(Permission.SETTINGS);
        if (date == null) {
            throw new RuleViolation(Problem.error("date", "calendar.override.dateRequired"));
        }
        CalendarDay day = new CalendarDay(date, offDay, name, CalendarSource.MANUAL);
        if (day.name() != null && day.name().length() > CalendarFiles.MAX_NAME) {
            throw new RuleViolation(Problem.error("name", "calendar.override.nameTooLong",
                    String.valueOf(CalendarFiles.MAX_NAME)));
        }
        store.inTransaction(r -> {
            Optional<CalendarDay> before = r.calendar().find(date, CalendarSource.MANUAL);
            r.calendar().put(day, date.getYear(), auditor.now());
            auditor.record(r.audit(), AUDIT_ENTITY, dateId(date), "OVERRIDE",
                    Texts.get("calendar.audit.override", date.toString(),
                            Texts.get(offDay ? "calendar.dayOff" : "calendar.workDay"),
                            day.name() == null ? "" : "（" + day.name() + "）"),
                    before.orElse(null), day);
            return null;
        });
        invalidate();
        return day;
    }

    /** Takes back the manual setting of the date; whether there was one. */
    public boolean removeOverride(LocalDate date) {
        auditor.require(Permission.SETTINGS);
        boolean removed = store.inTransaction(r -> {
            Optional<CalendarDay> before = r.calendar().find(date, CalendarSource.MANUAL);
            if (before.isEmpty()) {
                return false;
            }
            r.calendar().delete(date, CalendarSource.MANUAL);
            auditor.record(r.audit(), AUDIT_ENTITY, dateId(date), "REMOVE_OVERRIDE",
                    Texts.get("calendar.audit.overrideRemoved", date.toString()), before.get(), null);
            return true;
        });
        if (removed) {
            invalidate();
        }
        return removed;
    }

    private ImportResult save(CalendarFiles.YearDays y) {
        ImportResult result = store.inTransaction(r -> {
            CalendarSource before = r.calendar().year(y.year()).map(CalendarYear::source).orElse(null);
            LocalDateTime now = auditor.now();
            r.calendar().deleteNoticeYear(y.year(), NOTICE_SOURCES);
            r.calendar().putAll(y.days(), y.year(), now);
            r.calendar().putYear(y.year(), CalendarSource.IMPORTED, now);
            String summary = before == null
                    ? Texts.get("calendar.audit.imported", String.valueOf(y.year()), String.valueOf(y.days().size()))
                    : Texts.get("calendar.audit.reimported", String.valueOf(y.year()), String.valueOf(y.days().size()),
                    before.label());
            auditor.record(r.audit(), AUDIT_ENTITY, y.year(), "IMPORT", summary, null, y.days());
            return new ImportResult(y.year(), y.days().size(), before);
        });
        invalidate();
        return result;
    }

    private void invalidate() {
        synchronized (cacheLock) {
            cached = null;
        }
    }

    private static String readText(Path file) {
        try {
            if (Files.size(file) > CalendarFiles.MAX_BYTES) {
                throw CalendarFiles.refused(List.of(Texts.get("calendar.import.tooLarge")));
            }
            return CalendarFiles.decode(Files.readAllBytes(file));
        } catch (IOException e) {
            throw CalendarFiles.refused(List.of(Texts.get("calendar.import.unreadableFile", file,
                    e.getClass().getSimpleName())));
        }
    }

    private static List<CalendarFiles.YearDays> builtInYears() {
        try (InputStream in = CalendarService.class.getResourceAsStream(BUILTIN_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILTIN_RESOURCE);
            }
            return CalendarFiles.readBuiltIn(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + BUILTIN_RESOURCE, e);
        }
    }

    /** 2025-10-01 → 20251001, the audit log's id for a date. */
    private static long dateId(LocalDate date) {
        return date.getYear() * 10_000L + date.getMonthValue() * 100L + date.getDayOfMonth();
    }
}
