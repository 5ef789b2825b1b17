package org.normdesk.eval;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The real files the fuzz starts from: the corpus texts as they are, 红头 .docx made from them (and
 * our tricky variants), .doc converted from a few of those by LibreOffice when it is installed, and
 * an Excel ledger (.xlsx and .xls) listing the corpus documents with their published metadata.
 */
final class FuzzSeeds {
    enum Kind {
        TEXT("txt"), DOCX("docx"), DOC("doc"), XLSX("xlsx"), XLS("xls");

        final String extension;

        Kind(String extension) {
            this.extension = extension;
        }

        boolean ledger() {
            return this == XLSX || this == XLS;
        }

        boolean zip() {
            return this == DOCX || this == XLSX;
        }
    }

    record Seed(String name, Kind kind, byte[] bytes) {
    }

    private FuzzSeeds() {
    }

    static List<Seed> build(Path work) throws IOException, InterruptedException {
        List<Seed> seeds = new ArrayList<>();
        List<Truth> truths = new ArrayList<>();
        List<Path> docx = new ArrayList<>();
        for (Corpus.Entry e : Corpus.entries()) {
            truths.add(e.truth());
            seeds.add(new Seed(e.truth().name(), Kind.TEXT, Files.readAllBytes(e.file())));
            Path d = Corpus.redHead(e.file(), e.truth()).write(work.resolve("docx").resolve(e.truth().name() + ".docx"));
            docx.add(d);
        }
        for (Variants.Variant v : Variants.all()) {
            docx.add(v.doc().write(work.resolve("docx").resolve(v.truth().name() + ".docx")));
        }
        for (Path d : docx) {
            seeds.add(new Seed(d.getFileName().toString(), Kind.DOCX, Files.readAllBytes(d)));
        }
        for (Path d : toDoc(docx.subList(0, Math.min(2, docx.size())), work.resolve("doc"))) {
            seeds.add(new Seed(d.getFileName().toString(), Kind.DOC, Files.readAllBytes(d)));
        }
        seeds.add(new Seed("台账.xlsx", Kind.XLSX, ledger(new XSSFWorkbook(), truths)));
        seeds.add(new Seed("台账.xls", Kind.XLS, ledger(new HSSFWorkbook(), truths)));
        return seeds;
    }

    /** A ledger as offices keep them: a caption, headings on the third row, dates as Excel dates and as text. */
    static byte[] ledger(Workbook wb, List<Truth> truths) throws IOException {
        try (wb; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("目录");
            s.createRow(0).createCell(0).setCellValue("行政规范性文件目录");
            Row h = s.createRow(2);
            String[] heads = {"序号", "文件名称", "发文字号", "制定机关", "印发日期", "施行日期", "有效期至", "时效性"};
            for (int i = 0; i < heads.length; i++) {
                h.createCell(i).setCellValue(heads[i]);
            }
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            int r = 3;
            for (Truth t : truths) {
                Row row = s.createRow(r);
                row.createCell(0).setCellValue(r - 2);
                row.createCell(1).setCellValue(t.title());
                if (t.docNumber() != null) {
                    row.createCell(2).setCellValue(t.docNumber());
                }
                row.createCell(3).setCellValue(t.issuer());
                date(row.createCell(4), t.signedOn(), dateStyle);
                if (t.effectiveOn() != null) {
                    row.createCell(5).setCellValue(t.effectiveOn().toString()); // text, as typed by hand
                }
                date(row.createCell(6), t.validUntil(), dateStyle);
                row.createCell(7).setCellValue("现行有效");
                r++;
            }
            wb.write(out);
            return out.toByteArray();
        }
    }

    private static void date(Cell cell, LocalDate day, CellStyle style) {
        if (day != null) {
            cell.setCellValue(day);
            cell.setCellStyle(style);
        }
    }

    /** .doc made by LibreOffice (POI cannot write .doc), kept between runs; none without LibreOffice. */
    private static List<Path> toDoc(List<Path> docx, Path dir) throws IOException, InterruptedException {
        List<Path> out = new ArrayList<>();
        List<Path> missing = new ArrayList<>();
        for (Path d : docx) {
            Path doc = dir.resolve(d.getFileName().toString().replace(".docx", ".doc"));
            if (Files.isRegularFile(doc) && Files.size(doc) > 0) {
                out.add(doc);
            } else {
                missing.add(d);
            }
        }
        if (missing.isEmpty()) {
            return out;
        }
        if (!Files.isExecutable(Path.of("/usr/bin/soffice")) || Boolean.getBoolean("normdesk.skipDoc")) {
            System.out.println("fuzz: soffice not found, no .doc seeds");
            return out;
        }
        Files.createDirectories(dir);
        List<String> cmd = new ArrayList<>(List.of("soffice", "--headless", "-env:UserInstallation=file://"
                + dir.toAbsolutePath().resolve("lo-profile"), "--convert-to", "doc", "--outdir", dir.toString()));
        for (Path d : missing) {
            cmd.add(d.toString());
        }
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(dir.resolve("soffice.log").toFile())
                .start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            System.out.println("fuzz: soffice timed out, no .doc seeds");
            return out;
        }
        List<Path> made = new ArrayList<>(out);
        for (Path d : missing) {
            Path doc = dir.resolve(d.getFileName().toString().replace(".docx", ".doc"));
            if (Files.isRegularFile(doc) && Files.size(doc) > 0) {
                made.add(doc);
            }
        }
        return made;
    }

    static void write(Path file, byte[] bytes) throws IOException {
        Files.createDirectories(file.getParent());
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bytes);
        }
    }
}
