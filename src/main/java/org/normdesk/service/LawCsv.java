package org.normdesk.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.normdesk.domain.DateText;
import org.normdesk.domain.Texts;
import org.normdesk.domain.law.LawStatus;
import org.normdesk.domain.law.UpperLaw;

/**
 * Reads an office's CSV of upper laws (省、市 地方性法规和政府规章). Header names in Chinese or English;
 * UTF-8 (with or without BOM) or GBK as Excel on a Chinese PC saves it; quoted fields allowed.
 * Every row is checked and every problem reported by its line number.
 */
final class LawCsv {
    private static final Map<String, String> HEADERS = new HashMap<>();

    static {
        String[][] names = {
            {"name", "名称", "法规名称", "文件名称"}, {"level", "层级", "效力级别", "类别"}, {"issuer", "制定机关", "发布机关"},
            {"made_on", "公布日期", "发布日期", "通过日期"}, {"effective_on", "施行日期", "生效日期"},
            {"amended_on", "修改日期", "最近修改日期"}, {"status", "状态", "时效性"}, {"status_on", "状态日期", "废止日期"},
            {"replaced_by", "替代文件", "替代", "被替代为"}, {"note", "备注", "说明"}};
        for (String[] group : names) {
            for (String n : group) {
                HEADERS.put(n, group[0]);
            }
        }
    }

    private final Clock clock;

    LawCsv(Clock clock) {
        this.clock = clock;
    }

    List<UpperLaw> read(Path file) {
        String name = String.valueOf(file.getFileName());
        List<String> lines;
        try {
            lines = decode(Files.readAllBytes(file)).lines().toList();
        } catch (IOException e) {
            throw new InvalidFileException(name, List.of(Texts.get("law.csv.cannotRead", e.getMessage())));
        }
        List<String> problems = new ArrayList<>();
        int headerLine = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).isBlank()) {
                headerLine = i;
                break;
            }
        }
        if (headerLine < 0) {
            throw new InvalidFileException(name, List.of(Texts.get("law.csv.empty")));
        }
        List<String> header = split(lines.get(headerLine));
        Map<String, Integer> column = new HashMap<>();
        for (int c = 0; c < header.size(); c++) {
            String key = HEADERS.get(header.get(c).strip());
            if (key != null) {
                column.putIfAbsent(key, c);
            }
        }
        if (!column.containsKey("name") || !column.containsKey("level")) {
            throw new InvalidFileException(name, List.of(Texts.get("law.csv.header", String.join(",", header))));
        }
        List<UpperLaw> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = headerLine + 1; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            int lineNo = i + 1;
            List<String> f = split(lines.get(i));
            Row row = new Row(f, column, lineNo, problems);
            String lawName = row.text("name");
            String level = row.text("level");
            if (lawName == null) {
                problems.add(Texts.get("law.csv.noName", lineNo));
                continue;
            }
            if (level == null) {
                problems.add(Texts.get("law.csv.noLevel", lineNo, lawName));
            }
            LawStatus status = LawStatus.IN_FORCE;
            String statusText = row.text("status");
            if (statusText != null) {
                Optional<LawStatus> s = LawStatus.parse(statusText);
                if (s.isEmpty()) {
                    problems.add(Texts.get("law.csv.badStatus", lineNo, statusText));
                } else {
                    status = s.get();
                }
            }
            UpperLaw law = new UpperLaw(null, lawName, level, row.text("issuer"), row.date("made_on"),
                    row.date("effective_on"), row.date("amended_on"), status, row.date("status_on"),
                    row.text("replaced_by"), row.text("note"), UpperLaw.IMPORTED, 0);
            if (status == LawStatus.IN_FORCE && law.effectiveOn() != null
                    && law.effectiveOn().isAfter(LocalDate.now(clock))) {
                law = law.withStatus(LawStatus.NOT_YET, null, law.replacedBy());
            }
            if (!seen.add(law.key())) {
                problems.add(Texts.get("law.csv.duplicate", lineNo, lawName));
            }
            out.add(law);
        }
        if (out.isEmpty() && problems.isEmpty()) {
            problems.add(Texts.get("law.csv.noRows"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidFileException(name, problems);
        }
        return out;
    }

    /** One data row with its columns, collecting problems with their line number. */
    private record Row(List<String> fields, Map<String, Integer> column, int lineNo, List<String> problems) {
        String text(String key) {
            Integer c = column.get(key);
            if (c == null || c >= fields.size()) {
                return null;
            }
            String v = fields.get(c).strip();
            return v.isEmpty() ? null : v;
        }

        LocalDate date(String key) {
            String v = text(key);
            if (v == null) {
                return null;
            }
            Optional<LocalDate> d = DateText.parse(v);
            if (d.isEmpty()) {
                problems.add(Texts.get("law.csv.badDate", lineNo, v));
            }
            return d.orElse(null);
        }
    }

    /** UTF-8 when the bytes are valid UTF-8 (BOM dropped), else GBK. */
    static String decode(byte[] bytes) {
        var decoder = StandardCharsets.UTF_8.newDecoder();
        try {
            String s = decoder.decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            return s.startsWith("\uFEFF") ? s.substring(1) : s;
        } catch (java.nio.charset.CharacterCodingException e) {
            return new String(bytes, java.nio.charset.Charset.forName("GBK"));
        }
    }

    /** One CSV line into fields: commas, and "quoted, fields" with "" for a quote. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cur.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                out.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        out.add(cur.toString());
        return out;
    }
}
