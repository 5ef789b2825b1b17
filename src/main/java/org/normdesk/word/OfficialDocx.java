package org.normdesk.word;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

/**
 * A Word document in the look of official documents (GB/T 9704-2012): A4, margins 37/35/28/26 mm,
 * title in 方正小标宋简体 二号, body in 仿宋_GB2312 三号 on a fixed 28.95 pt line (22 lines of 28
 * characters), first-level headings in 黑体, page numbers “— 1 —”. The fonts are only named, not
 * bundled: Word on an office PC has them, LibreOffice substitutes.
 */
public final class OfficialDocx implements AutoCloseable {
    public static final String TITLE_FONT = "方正小标宋简体";
    public static final String BODY_FONT = "仿宋_GB2312";
    public static final String HEADING_FONT = "黑体";
    public static final String KAI_FONT = "楷体_GB2312";
    /** 三号 and 二号, in points. */
    public static final int BODY_SIZE = 16;
    public static final int TITLE_SIZE = 22;
    private static final int LINE_TWIPS = 579;
    private static final int MM = 567; // twips per 10 mm, used as MM / 10.0

    private final XWPFDocument doc = new XWPFDocument();
    private final List<DocxTable> tables = new ArrayList<>();
    private int templates;

    public OfficialDocx(boolean landscape) {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        CTPageMar mar = sect.addNewPgMar();
        if (landscape) {
            size.setOrient(STPageOrientation.LANDSCAPE);
            size.setW(BigInteger.valueOf(16838));
            size.setH(BigInteger.valueOf(11906));
            mar.setTop(twipsOfMm(28));
            mar.setBottom(twipsOfMm(26));
            mar.setLeft(twipsOfMm(37));
            mar.setRight(twipsOfMm(35));
        } else {
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
            mar.setTop(twipsOfMm(37));
            mar.setBottom(twipsOfMm(35));
            mar.setLeft(twipsOfMm(28));
            mar.setRight(twipsOfMm(26));
        }
        pageNumbers();
    }

    public XWPFDocument document() {
        return doc;
    }

    /** The centred title; a long one wraps by itself. */
    public void title(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.CENTER, 0);
        p.setSpacingAfter(LINE_TWIPS / 2);
        run(p, text, TITLE_FONT, TITLE_SIZE, false);
    }

    public void centered(String text) {
        run(paragraph(ParagraphAlignment.CENTER, 0), text, BODY_FONT, BODY_SIZE, false);
    }

    /** A line flush left, such as the addressee (主送机关). */
    public void flushLeft(String text) {
        run(paragraph(ParagraphAlignment.BOTH, 0), text, BODY_FONT, BODY_SIZE, false);
    }

    /** A body paragraph, first line indented two characters. */
    public XWPFParagraph body(String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, 2);
        run(p, text, BODY_FONT, BODY_SIZE, false);
        return p;
    }

    /** A body paragraph whose opening words stand in another font, e.g. “（一）关于第五条。” in 楷体. */
    public void body(String lead, String leadFont, String text) {
        XWPFParagraph p = paragraph(ParagraphAlignment.BOTH, 2);
        run(p, lead, leadFont, BODY_SIZE, false);
        run(p, text, BODY_FONT, BODY_SIZE, false);
    }

    /** A first-level heading (一、…) in 黑体. */
    public void heading(String text) {
        run(paragraph(ParagraphAlignment.BOTH, 2), text, HEADING_FONT, BODY_SIZE, false);
    }

    public void blank() {
        paragraph(ParagraphAlignment.LEFT, 0);
    }

    /** The signature block: issuing office and date, right-aligned with four characters to spare. */
    public void signature(String office, String date) {
        keepLastTextWithNext();
        String[] lines = {office, date};
        for (int i = 0; i < lines.length; i++) {
            XWPFParagraph p = paragraph(ParagraphAlignment.RIGHT, 0);
            p.setIndentationRight(BODY_SIZE * 20 * 4);
            p.setKeepNext(i < lines.length - 1);
            run(p, lines[i], BODY_FONT, BODY_SIZE, false);
        }
    }

    /**
     * GB/T 9704 does not let the signature and date stand alone on a page: the last paragraph of text
     * (and the blank lines left for the seal) keep with what follows, so a page break moves them together.
     */
    private void keepLastTextWithNext() {
        List<XWPFParagraph> ps = doc.getParagraphs();
        for (int i = ps.size() - 1; i >= 0; i--) {
            XWPFParagraph p = ps.get(i);
            p.setKeepNext(true);
            if (!p.getText().isBlank()) {
                return;
            }
        }
    }

    public XWPFParagraph paragraph(ParagraphAlignment align, int indentChars) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        p.setSpacingBetween(LINE_TWIPS / 20.0, LineSpacingRule.EXACT);
        p.setSpacingAfter(0);
        p.setSpacingBefore(0);
        if (indentChars > 0) {
            p.setFirstLineIndent(BODY_SIZE * 20 * indentChars);
        }
        return p;
    }

    public static XWPFRun run(XWPFParagraph p, String text, String font, int size, boolean bold) {
        XWPFRun r = p.createRun();
        r.setText(text == null ? "" : text);
        font(r, font, size, bold);
        return r;
    }

    /** Names the font for Chinese and for Latin text alike, so that Word does not pick its default for either. */
    public static void font(XWPFRun r, String font, int size, boolean bold) {
        r.setFontFamily(font, XWPFRun.FontCharRange.eastAsia);
        r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.ascii);
        r.setFontFamily("Times New Roman", XWPFRun.FontCharRange.hAnsi);
        r.setFontSize(size);
        r.setBold(bold);
    }

    /** Writes the file through a temporary file in the same folder, so that a failure leaves no half-written file. */
    public void save(Path target) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        // A sibling, not Files.createTempFile: that one would leave the export readable by its owner only.
        Path tmp = dir.resolve("." + target.getFileName() + ".normdesk.tmp");
        try {
            try (OutputStream out = Files.newOutputStream(tmp)) {
                if (tables.isEmpty()) {
                    doc.write(out);
                } else {
                    ByteArrayOutputStream poi = new ByteArrayOutputStream();
                    doc.write(poi);
                    TableRowsWriter.write(poi.toByteArray(), tables.stream().map(DocxTable::rows).toList(), out);
                }
            }
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A register table of this document: its rows are written when the document is saved. */
    void add(DocxTable table) {
        tables.add(table);
    }

    /** A number for a template row, unique in the document. */
    int nextTemplate() {
        return templates++;
    }

    @Override
    public void close() throws IOException {
        doc.close();
    }

    private void pageNumbers() {
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        run(p, "— ", "宋体", 14, false);
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        run(p, " —", "宋体", 14, false);
    }

    private static BigInteger twipsOfMm(int mm) {
        return BigInteger.valueOf(Math.round(mm * MM / 10.0));
    }
}
