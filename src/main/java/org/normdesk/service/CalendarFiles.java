package org.normdesk.service;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;

import org.normdesk.domain.CalendarDay;
import org.normdesk.domain.CalendarSource;
import org.normdesk.domain.DateText;
import org.normdesk.domain.Problem;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Texts;

/**
 * Reads the days of one year's holiday notice from a file the office brings (JSON
 * {@code {year, days:[{name, date, isOffDay}]}} or CSV {@code date,isOffDay,name}), and the
 * built-in calendar resource. A file that cannot be taken whole is refused with the reasons in
 * Chinese; nothing is half-read.
 */
final class CalendarFiles {
    /** A year's notice is a few dozen lines; anything this big is the wrong file. */
    static final int MAX_BYTES = 1 << 20;
    static final int MAX_NAME = 100;
    private static final int MAX_REPORTED = 5;

    /** The days that one year's notice lists (they may include the last days of December before it). */
    record YearDays(int year, List<CalendarDay> days) {
        YearDays {
            days = List.copyOf(days);
        }

        YearDays withSource(CalendarSource source) {
            return new YearDays(year, days.stream().map(d -> d.withSource(source)).toList());
        }
    }

    private CalendarFiles() {
    }

    /** UTF-8 (with or without BOM) when the bytes are valid UTF-8, otherwise GB18030 (what Excel writes on a Chinese PC). */
    static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        ByteBuffer buffer = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(buffer).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("GB18030"));
        }
    }

    /** A JSON file in the shape of the holiday-cn data: {@code {year, days:[{name, date, isOffDay}]}}. */
    static YearDays readJson(String text) {
        Problems problems = new Problems();
        JsonNode root;
        try {
            root = Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).readTree(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw refused(List.of(Texts.get("calendar.import.brokenJson",
                    at == null ? "?" : String.valueOf(at.getLineNr()), at == null ? "?" : String.valueOf(at.getColumnNr()))));
        }
        if (root == null || root.isMissingNode() || !root.isObject()) {
            throw refused(List.of(Texts.get(root == null || root.isMissingNode() ? "calendar.import.empty"
                    : "calendar.import.notObject")));
        }
        Integer year = yearOf(root.get("year"));
        if (year == null) {
            throw refused(List.of(Texts.get("calendar.import.noYear")));
        }
        JsonNode days = root.get("days");
        if (days == null || !days.isArray() || days.isEmpty()) {
            throw refused(List.of(Texts.get("calendar.import.empty")));
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            JsonNode item = days.get(i);
            JsonNode flag = item.get("isOffDay");
            entries.add(new Entry(true, i + 1, text(item.get("date")),
                    flag == null || flag.isNull() ? null : flag.isBoolean() ? String.valueOf(flag.booleanValue()) : flag.asText(),
                    text(item.get("name"))));
        }
        return check(year, entries, problems);
    }

    /**
     * A CSV file {@code date,isOffDay,name} with a header line; isOffDay as true/false, 休/班 or
     * OFF/WORK. Lines starting with # are comments. The year is the one named by a line
     * {@code year,YYYY}, or else the year of the latest date.
     */
    static YearDays readCsv(String text) {
        Problems problems = new Problems();
        List<YearBlock> blocks = csvBlocks(text, problems);
        problems.throwIfAny();
        if (blocks.size() > 1) {
            throw refused(List.of(Texts.get("calendar.import.manyYears",
                    String.join("、", blocks.stream().map(b -> String.valueOf(b.year)).toList()))));
        }
        if (blocks.isEmpty() || blocks.get(0).entries.isEmpty()) {
            throw refused(List.of(Texts.get("calendar.import.empty")));
        }
        YearBlock block = blocks.get(0);
        Optional<Integer> year = Optional.ofNullable(block.year).or(() -> block.entries.stream()
                .flatMap(e -> DateText.parse(e.date).stream()).map(LocalDate::getYear).max(Integer::compare));
        if (year.isEmpty()) {
            throw refused(block.entries.stream()
                    .map(e -> Texts.get("calendar.import.badDate", e.where(), e.date == null ? "" : e.date)).toList());
        }
        return check(year.get(), block.entries, problems);
    }

    /** The built-in resource, in its own format (see the header of calendar/cn-workdays.csv). */
    static List<YearDays> readBuiltIn(String text) {
        Problems problems = new Problems();
        List<YearBlock> blocks = csvBlocks(text, problems);
        List<YearDays> result = new ArrayList<>();
        try {
            problems.throwIfAny();
            for (YearBlock b : blocks) {
                if (b.year == null) {
                    throw refused(List.of("days before the first year line"));
                }
                result.add(check(b.year, b.entries, new Problems()).withSource(CalendarSource.BUILTIN));
            }
        } catch (RuleViolation e) {
            throw new IllegalStateException("the built-in calendar resource is broken: " + e.getMessage(), e);
        }
        return result;
    }

    /** One day as written in the file; {@code position} is its line (CSV) or item (JSON) number. */
    private record Entry(boolean item, int position, String date, String flag, String name) {
        String where() {
            return Texts.get(item ? "calendar.import.item" : "calendar.import.line", String.valueOf(position));
        }
    }

    private static final class YearBlock {
        final Integer year;
        final List<Entry> entries = new ArrayList<>();

        YearBlock(Integer year) {
            this.year = year;
        }
    }

    private static List<YearBlock> csvBlocks(String text, Problems problems) {
        List<YearBlock> blocks = new ArrayList<>();
        YearBlock current = null;
        boolean headerAllowed = true;
        String[] lines = (text.startsWith("\uFEFF") ? text.substring(1) : text).split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            List<String> cells = cells(line);
            String first = cells.get(0);
            if (first.equalsIgnoreCase("year") || first.equals("年度")) {
                Integer year = cells.size() > 1 ? yearOf(cells.get(1)) : null;
                if (year == null) {
                    problems.add(Texts.get("calendar.import.badYear",
                            Texts.get("calendar.import.line", String.valueOf(i + 1)), cells.size() > 1 ? cells.get(1) : ""));
                    continue;
                }
                current = new YearBlock(year);
                blocks.add(current);
                continue;
            }
            if (headerAllowed && !first.isEmpty() && !Character.isDigit(first.charAt(0))) {
                headerAllowed = false; // the column names (date,isOffDay,name or 日期,休/班,名称)
                continue;
            }
            headerAllowed = false;
            if (current == null) {
                current = new YearBlock(null);
                blocks.add(current);
            }
            String name = cells.size() > 2 ? String.join(",", cells.subList(2, cells.size())) : null;
            current.entries.add(new Entry(false, i + 1, first, cells.size() > 1 ? cells.get(1) : null, name));
        }
        return blocks;
    }

    /** Splits a CSV line at commas, honouring "quoted, cells" with "" for a quote. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        cells.add(cell.toString().strip());
        return cells;
    }

    /** Checks every entry against the year; refuses the whole file on the first batch of problems. */
    private static YearDays check(int year, List<Entry> entries, Problems problems) {
        if (year < 1950 || year > 2200) {
            throw refused(List.of(Texts.get("calendar.import.badYear", "", String.valueOf(year))));
        }
        if (entries.isEmpty()) {
            throw refused(List.of(Texts.get("calendar.import.empty")));
        }
        Map<LocalDate, Entry> seen = new HashMap<>();
        List<CalendarDay> days = new ArrayList<>();
        for (Entry e : entries) {
            Optional<LocalDate> date = DateText.parse(e.date);
            Optional<Boolean> off = offDay(e.flag);
            if (date.isEmpty()) {
                problems.add(Texts.get("calendar.import.badDate", e.where(), e.date == null ? "" : e.date));
                continue;
            }
            if (off.isEmpty()) {
                problems.add(Texts.get("calendar.import.badFlag", e.where(), e.flag == null ? "" : e.flag));
                continue;
            }
            LocalDate d = date.get();
            // The notice of a year also lists 元旦 days that fall at the end of the December before it.
            boolean inYear = d.getYear() == year || d.getYear() == year - 1 && d.getMonthValue() == 12;
            if (!inYear) {
                problems.add(Texts.get("calendar.import.outsideYear", e.where(), d.toString(), String.valueOf(year)));
                continue;
            }
            if (seen.putIfAbsent(d, e) != null) {
                problems.add(Texts.get("calendar.import.duplicate", e.where(), d.toString()));
                continue;
            }
            if (e.name != null && e.name.strip().length() > MAX_NAME) {
                problems.add(Texts.get("calendar.import.nameTooLong", e.where(), String.valueOf(MAX_NAME)));
                continue;
            }
            days.add(new CalendarDay(d, off.get(), e.name, CalendarSource.IMPORTED));
        }
        problems.throwIfAny();
        return new YearDays(year, days);
    }

    /** true/false, 休/班, OFF/WORK, 放假/上班. */
    static Optional<Boolean> offDay(String flag) {
        if (flag == null) {
            return Optional.empty();
        }
        return switch (flag.strip().toLowerCase(Locale.ROOT)) {
            case "true", "off", "休", "放假", "休息" -> Optional.of(true);
            case "false", "work", "班", "上班" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static Integer yearOf(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isIntegralNumber()) {
            return node.canConvertToInt() ? node.intValue() : null;
        }
        return node.isTextual() ? yearOf(node.asText()) : null;
    }

    private static Integer yearOf(String text) {
        String t = text.strip().replace("年", "");
        return t.matches("\\d{4}") ? Integer.valueOf(t) : null;
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() ? null : node.asText();
    }

    static RuleViolation refused(List<String> reasons) {
        List<String> shown = reasons.size() > MAX_REPORTED ? new ArrayList<>(reasons.subList(0, MAX_REPORTED)) : reasons;
        if (reasons.size() > MAX_REPORTED) {
            shown.add(Texts.get("calendar.import.more", String.valueOf(reasons.size() - MAX_REPORTED)));
        }
        return new RuleViolation(Problem.error("file", "calendar.import.refused", String.join("；", shown)));
    }

    /** The reasons found so far. */
    private static final class Problems {
        private final List<String> reasons = new ArrayList<>();

        void add(String reason) {
            reasons.add(reason);
        }

        void throwIfAny() {
            if (!reasons.isEmpty()) {
                throw refused(reasons);
            }
        }
    }
}
