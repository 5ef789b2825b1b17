package org.normdesk.word;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;

/**
 * Test fixture: writes a .docx laid out like a real 红头文件 (GB/T 9704): the organ banner centred,
 * big, red and bold; the 文号 centred; the title centred, bold, 2号 (22 pt); the body in 3号 仿宋;
 * signature and date right-aligned. Files go to target/ at test time; none is committed.
 */
public final class RedHeadDocx {
    public enum Kind { RED_HEAD, DOC_NUMBER, TITLE, BODY, SIGNATURE }

    public record Line(Kind kind, String text) {
    }

    private final List<Line> lines = new ArrayList<>();

    public RedHeadDocx add(Kind kind, String text) {
        lines.add(new Line(kind, text));
        return this;
    }

    public List<Line> lines() {
        return lines;
    }

    public Path write(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(file)) {
            for (Line line : lines) {
                XWPFParagraph p = doc.createParagraph();
                XWPFRun r = p.createRun();
                r.setText(line.text());
                switch (line.kind()) {
                    case RED_HEAD -> {
                        p.setAlignment(ParagraphAlignment.CENTER);
                        r.setBold(true);
                        r.setColor("FF0000");
                        r.setFontSize(36);
                        r.setFontFamily("方正小标宋简体");
                    }
                    case DOC_NUMBER -> {
                        p.setAlignment(ParagraphAlignment.CENTER);
                        r.setFontSize(16);
                        r.setFontFamily("仿宋_GB2312");
                    }
                    case TITLE -> {
                        p.setAlignment(ParagraphAlignment.CENTER);
                        r.setBold(true);
                        r.setFontSize(22);
                        r.setFontFamily("方正小标宋简体");
                    }
                    case BODY -> {
                        p.setAlignment(ParagraphAlignment.BOTH);
                        r.setFontSize(16);
                        r.setFontFamily("仿宋_GB2312");
                    }
                    case SIGNATURE -> {
                        p.setAlignment(ParagraphAlignment.RIGHT);
                        r.setFontSize(16);
                        r.setFontFamily("仿宋_GB2312");
                    }
                }
            }
            doc.write(out);
        }
        return file;
    }
}
