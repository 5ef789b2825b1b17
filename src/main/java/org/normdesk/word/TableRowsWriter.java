package org.normdesk.word;

import java.io.BufferedWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Writes the rows of the {@link DocxTable}s into a saved .docx: copies the package that POI wrote
 * and, in {@code word/document.xml}, replaces each table's template rows by its real rows.
 *
 * <p>Why not POI's own rows: its object model costs seconds per thousand rows ({@code
 * XWPFTable.createRow} grows with the square of the rows, and each cell property is a walk through
 * XMLBeans), so a 5,000-row 备案登记表 took most of a minute. POI still builds one row of each kind,
 * with every property of the official look, and here that row's XML is copied once per row with the
 * cell texts put in its placeholders: the look stays POI's, the cost becomes one string copy per cell.
 */
final class TableRowsWriter {
    static final String DOCUMENT_PART = "word/document.xml";
    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';
    /** A placeholder in a template cell: template number and cell number between two private-use characters. */
    private static final Pattern PLACEHOLDER = Pattern.compile(OPEN + "(\\d+):(\\d+)" + CLOSE);
    private static final String ROW_END = "</w:tr>";

    private TableRowsWriter() {
    }

    /** The text POI writes into cell {@code cell} of template row {@code template}. */
    static String placeholder(int template, int cell) {
        return OPEN + String.valueOf(template) + ":" + cell + CLOSE;
    }

    /** A row of a table: the template it copies and the texts of its cells, in order. */
    record Row(int template, List<String> texts) {
    }

    /** A table's rows in order, each naming its template; the first template row marks where they all go. */
    record Table(List<Row> rows, List<Integer> templates) {
    }

    static void write(byte[] docx, List<Table> tables, OutputStream target) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(target, StandardCharsets.UTF_8);
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                zip.putNextEntry(new ZipEntry(e.getName()));
                if (e.getName().equals(DOCUMENT_PART)) {
                    Writer w = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
                    expand(new String(in.readAllBytes(), StandardCharsets.UTF_8), tables, w);
                    w.flush(); // not closed: that would close the zip
                } else {
                    in.transferTo(zip);
                }
                zip.closeEntry();
            }
        }
        zip.finish();
    }

    /** Copies the document's XML with every template row replaced: the first of a table's by all its rows, the others by nothing. */
    static void expand(String xml, List<Table> tables, Writer out) throws IOException {
        Map<Integer, Template> templates = templates(xml);
        List<Span> spans = new ArrayList<>();
        for (Table t : tables) {
            for (int i = 0; i < t.templates().size(); i++) {
                Template tpl = templates.get(t.templates().get(i));
                if (tpl == null) {
                    throw new IllegalStateException("template row " + t.templates().get(i) + " not found in the document");
                }
                spans.add(new Span(tpl.start, tpl.end, i == 0 ? t : null));
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        int at = 0;
        for (Span s : spans) {
            out.write(xml, at, s.start - at);
            if (s.table != null) {
                for (Row r : s.table.rows()) {
                    templates.get(r.template()).write(r.texts(), out);
                }
            }
            at = s.end;
        }
        out.write(xml, at, xml.length() - at);
    }

    private record Span(int start, int end, Table table) {
    }

    /** Every template row in the XML, by number: where it stands and the XML between its placeholders. */
    private static Map<Integer, Template> templates(String xml) {
        Map<Integer, Template> found = new HashMap<>();
        Matcher m = PLACEHOLDER.matcher(xml);
        while (m.find()) {
            int template = Integer.parseInt(m.group(1));
            if (found.containsKey(template)) {
                continue;
            }
            int start = rowStartBefore(xml, m.start());
            int end = xml.indexOf(ROW_END, m.end()) + ROW_END.length();
            found.put(template, Template.of(xml.substring(start, end), start, end));
        }
        return found;
    }

    /** Where the row holding a placeholder begins ("<w:trPr" begins like a row, so the next character decides). */
    private static int rowStartBefore(String xml, int at) {
        for (int i = xml.lastIndexOf("<w:tr", at); i >= 0; i = xml.lastIndexOf("<w:tr", i - 1)) {
            char next = xml.charAt(i + 5);
            if (next == ' ' || next == '>') {
                return i;
            }
        }
        throw new IllegalStateException("no <w:tr> before a template placeholder");
    }

    /** A template row's XML cut at its placeholders: {@code parts[i]} comes before cell i's text. */
    private record Template(String[] parts, int start, int end) {
        static Template of(String row, int start, int end) {
            List<String> parts = new ArrayList<>();
            Matcher m = PLACEHOLDER.matcher(row);
            int at = 0;
            int cell = 0;
            while (m.find()) {
                if (Integer.parseInt(m.group(2)) != cell++) {
                    throw new IllegalStateException("template cells out of order in " + row);
                }
                parts.add(row.substring(at, m.start()));
                at = m.end();
            }
            parts.add(row.substring(at));
            return new Template(parts.toArray(String[]::new), start, end);
        }

        void write(List<String> texts, Writer out) throws IOException {
            int cells = parts.length - 1;
            if (texts.size() != cells) {
                throw new IllegalArgumentException("a row of " + texts.size() + " cells for a template of " + cells);
            }
            for (int i = 0; i < cells; i++) {
                out.write(parts[i]);
                escape(texts.get(i), out);
            }
            out.write(parts[cells]);
        }
    }

    /** Text as XML character data: markup characters escaped, characters XML 1.0 forbids left out. */
    static void escape(String text, Writer out) throws IOException {
        if (text == null) {
            return;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.write("&amp;");
                case '<' -> out.write("&lt;");
                case '>' -> out.write("&gt;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != 0xFFFE && c != 0xFFFF) {
                            out.write(c);
                        }
                    }
                }
            }
        }
    }
}
