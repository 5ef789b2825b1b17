package org.normdesk.word;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.normdesk.domain.extract.Paragraph;

/** The paragraphs of a .docx in body order (tables row by row), with alignment, bold and the largest font size. */
final class DocxParagraphs {
    private DocxParagraphs() {
    }

    static List<Paragraph> read(InputStream in) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(in)) {
            List<Paragraph> out = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                if (element instanceof XWPFParagraph p) {
                    out.add(toParagraph(p));
                } else if (element instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        StringBuilder b = new StringBuilder();
                        for (XWPFTableCell cell : row.getTableCells()) {
                            b.append(b.length() > 0 ? " " : "").append(cell.getText().strip());
                        }
                        out.add(Paragraph.plain(b.toString()));
                    }
                }
            }
            return out;
        }
    }

    private static Paragraph toParagraph(XWPFParagraph p) {
        ParagraphAlignment align = p.getAlignment();
        boolean bold = false;
        boolean allBold = true;
        float size = 0;
        for (XWPFRun run : p.getRuns()) {
            String t = run.text();
            if (t == null || t.isBlank()) {
                continue;
            }
            bold = true;
            allBold &= run.isBold();
            Double s = run.getFontSizeAsDouble();
            if (s != null && s > size) {
                size = s.floatValue();
            }
        }
        return new Paragraph(p.getText(), align == ParagraphAlignment.CENTER, bold && allBold, size,
                align == ParagraphAlignment.RIGHT || align == ParagraphAlignment.END);
    }
}
