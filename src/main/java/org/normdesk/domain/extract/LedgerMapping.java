package org.normdesk.domain.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.normdesk.domain.Texts;
import org.normdesk.domain.extract.LedgerSheet.Cell;
import org.normdesk.domain.extract.LedgerSheet.Field;
import org.normdesk.domain.extract.LedgerSheet.Line;

/**
 * Which column of a ledger feeds which register field: the headings' suggestion, as corrected by
 * the user. A field is fed by one column at most; a column feeds one field or none (不导入).
 * Reads the sheet's lines into {@link LedgerRow}s, saying of each row that cannot be a document why.
 */
public final class LedgerMapping {
    /** The fields without which no row can become a document: the import refuses a mapping that lacks one. */
    public static final Set<Field> REQUIRED = Collections.unmodifiableSet(EnumSet.of(Field.TITLE, Field.ISSUER));

    /** What ledgers write in a cell that has nothing to say. */
    private static final Set<String> PLACEHOLDERS = Set.of("—", "——", "-", "--", "－", "/", "／", "无", "空");
    /** Several issuers in one cell: 清河县财政局、清河县发展和改革局. */
    private static final Pattern ISSUER_SEPARATORS = Pattern.compile("[、，,；;/／\\s]+");
    /** A validity written as a length (有效期 5年) rather than an end date. */
    private static final Pattern YEARS = Pattern.compile("^(?:有效期)?\\s*([0-9]{1,2}|[一二三四五六七八九十])\\s*年$");
    private static final String CHINESE_DIGITS = "一二三四五六七八九十";

    private final Map<Integer, Field> byColumn;

    private LedgerMapping(Map<Integer, Field> byColumn) {
        this.byColumn = Collections.unmodifiableMap(new TreeMap<>(byColumn));
    }

    /** Each column whose heading names a field feeds it; when two headings name the same field, the left one does. */
    public static LedgerMapping detected(LedgerSheet sheet) {
        Map<Integer, Field> map = new TreeMap<>();
        for (LedgerSheet.Column c : sheet.columns()) {
            if (c.detected() != null && !map.containsValue(c.detected())) {
                map.put(c.index(), c.detected());
            }
        }
        return new LedgerMapping(map);
    }

    /** The same mapping with the column feeding the field (null: the column is not imported); another column feeding that field stops. */
    public LedgerMapping with(int column, Field field) {
        Map<Integer, Field> map = new TreeMap<>(byColumn);
        if (field != null) {
            map.values().removeIf(field::equals);
            map.put(column, field);
        } else {
            map.remove(column);
        }
        return new LedgerMapping(map);
    }

    public Optional<Field> fieldOf(int column) {
        return Optional.ofNullable(byColumn.get(column));
    }

    public OptionalInt columnOf(Field field) {
        return byColumn.entrySet().stream().filter(e -> e.getValue() == field).mapToInt(Map.Entry::getKey).findFirst();
    }

    /** The required fields no column feeds, in field order. */
    public List<Field> missing() {
        return REQUIRED.stream().filter(f -> !byColumn.containsValue(f)).sorted().toList();
    }

    /** Why the ledger cannot be imported with this mapping, for the user; empty when it can. */
    public Optional<String> problem() {
        List<Field> missing = missing();
        if (missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Texts.get("import.ledger.mappingMissing",
                String.join("、", missing.stream().map(f -> "“" + Texts.get(f.labelKey()) + "”").toList())));
    }

    /** The mapped columns, left to right. */
    public List<LedgerSheet.Mapping> mappings(LedgerSheet sheet) {
        List<LedgerSheet.Mapping> out = new ArrayList<>();
        for (LedgerSheet.Column c : sheet.columns()) {
            Field f = byColumn.get(c.index());
            if (f != null) {
                out.add(new LedgerSheet.Mapping(c.heading(), c.letter(), f));
            }
        }
        return out;
    }

    /** Every line of the sheet as a row, in sheet order; a row that cannot be a document carries its problem. */
    public List<LedgerRow> read(LedgerSheet sheet) {
        List<LedgerRow> out = new ArrayList<>(sheet.lines().size());
        for (Line line : sheet.lines()) {
            out.add(read(sheet, line));
        }
        return out;
    }

    private LedgerRow read(LedgerSheet sheet, Line line) {
        List<String> problems = new ArrayList<>();
        String title = text(line, Field.TITLE);
        if (title == null && byColumn.containsValue(Field.TITLE)) {
            problems.add(Texts.get("import.ledger.noTitle", heading(sheet, Field.TITLE)));
        }
        List<String> issuers = new ArrayList<>(names(text(line, Field.ISSUER)));
        LinkedHashSet<String> co = new LinkedHashSet<>(issuers.isEmpty() ? List.of() : issuers.subList(1, issuers.size()));
        co.addAll(names(text(line, Field.CO_ISSUERS)));
        String lead = issuers.isEmpty() ? null : issuers.get(0);
        co.remove(lead);
        LocalDate signed = date(sheet, line, Field.SIGNED_ON, problems);
        LocalDate published = date(sheet, line, Field.PUBLISHED_ON, problems);
        LocalDate effective = date(sheet, line, Field.EFFECTIVE_ON, problems);
        LocalDate validUntil = validUntil(sheet, line, effective, problems);
        return new LedgerRow(line.rowNumber(), title, text(line, Field.DOC_NUMBER), lead, List.copyOf(co), signed,
                published, effective, validUntil, text(line, Field.STATUS),
                problems.isEmpty() ? null : String.join("；", problems));
    }

    private String text(Line line, Field field) {
        OptionalInt column = columnOf(field);
        return column.isEmpty() ? null : meaningful(line.cell(column.getAsInt()).text());
    }

    private LocalDate date(LedgerSheet sheet, Line line, Field field, List<String> problems) {
        OptionalInt column = columnOf(field);
        if (column.isEmpty()) {
            return null;
        }
        Cell cell = line.cell(column.getAsInt());
        if (cell.date() != null) {
            return cell.date();
        }
        String text = meaningful(cell.text());
        if (text != null) {
            problems.add(Texts.get("import.ledger.badDate", heading(sheet, field), text));
        }
        return null;
    }

    /** 有效期 as an end date, or as a length of years counted from the 施行日期 (to the day before). */
    private LocalDate validUntil(LedgerSheet sheet, Line line, LocalDate effective, List<String> problems) {
        OptionalInt column = columnOf(Field.VALID_UNTIL);
        if (column.isEmpty()) {
            return null;
        }
        Cell cell = line.cell(column.getAsInt());
        String text = meaningful(cell.text());
        Matcher years = text == null || cell.date() != null ? null : YEARS.matcher(text);
        if (years == null || !years.matches()) {
            return date(sheet, line, Field.VALID_UNTIL, problems);
        }
        if (effective == null) {
            problems.add(Texts.get("import.ledger.yearsWithoutStart", heading(sheet, Field.VALID_UNTIL), text));
            return null;
        }
        String n = years.group(1);
        int count = Character.isDigit(n.charAt(0)) ? Integer.parseInt(n) : CHINESE_DIGITS.indexOf(n.charAt(0)) + 1;
        return effective.plusYears(count).minusDays(1);
    }

    /** The heading of the column feeding the field, for messages; the field's name when the heading is empty. */
    private String heading(LedgerSheet sheet, Field field) {
        int column = columnOf(field).orElse(-1);
        return sheet.columns().stream().filter(c -> c.index() == column).map(LedgerSheet.Column::heading)
                .filter(h -> h != null && !h.isBlank()).findFirst().orElse(Texts.get(field.labelKey()));
    }

    private static List<String> names(String cell) {
        if (cell == null) {
            return List.of();
        }
        return ISSUER_SEPARATORS.splitAsStream(cell).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }

    private static String meaningful(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        return t.isEmpty() || PLACEHOLDERS.contains(t) ? null : t;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LedgerMapping m && m.byColumn.equals(byColumn);
    }

    @Override
    public int hashCode() {
        return byColumn.hashCode();
    }

    @Override
    public String toString() {
        return byColumn.toString();
    }
}
