package org.normdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Stage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Import on a real H2 register: published vs draft, duplicates by bytes, text and 文号, failures, cancel. */
class ImportServiceTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path data;
    @TempDir
    Path files;

    private Services services;

    @BeforeEach
    void open() {
        services = Services.open(data, new MutableClock(LocalDate.of(2025, 6, 1).atStartOfDay(ZONE).toInstant(), ZONE), "测试");
        services.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, LocalDate.of(2018, 1, 1)));
        services.issuers().add(Issuer.create("清河县财政局", "清财", IssuerCategory.DEPARTMENT, LocalDate.of(2018, 1, 1)));
    }

    @AfterEach
    void close() {
        services.close();
    }

    private Path write(String name, String... lines) throws Exception {
        return Files.writeString(files.resolve(name), String.join("\n", lines), StandardCharsets.UTF_8);
    }

    private Path published(String name, String number) throws Exception {
        return write(name, "清河县人民政府文件", number, "清河县城市道路管理办法" + number.hashCode(),
                "第一条 为了加强城市道路管理，制定本办法。", "第二条 本办法自2025年3月1日起施行，有效期5年。",
                "清河县人民政府", "2025年2月14日");
    }

    @Test
    void importsPublishedAndDraftsAndReportsTheRest() throws Exception {
        Path a = published("a.txt", "清政发〔2025〕3号");
        Path draft = write("b.txt", "清河县财政局文件", "关于规范财政资金管理的意见（征求意见稿）", "一、总体要求", "二、主要措施");
        Path sameBytes = Files.copy(a, files.resolve("a-copy.txt"));
        Path sameNumber = write("c.txt", "清河县人民政府文件", "清政发[2025]3号", "另一个办法", "第一条 略。", "清河县人民政府", "2025年2月20日");
        Path unknown = write("d.txt", "某某县农业局文件", "某农发〔2025〕1号", "某某办法", "第一条 略。");
        Path pdf = Files.write(files.resolve("e.docx"), "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));

        ImportReport report = services.imports().importAll(List.of(a, draft, sameBytes, sameNumber, unknown, pdf), Progress.NONE);

        assertThat(report.imported()).extracting(ImportReport.Imported::file).containsExactly(a, draft);
        assertThat(report.duplicates()).extracting(ImportReport.Skipped::file).containsExactly(sameBytes, sameNumber);
        assertThat(report.failed()).extracting(ImportReport.Skipped::file).containsExactly(unknown, pdf);
        assertThat(report.failed().get(0).reason()).contains("某某县农业局").contains("制定主体清单");
        assertThat(report.failed().get(1).reason()).contains("PDF");

        NormativeDocument doc = services.register().find(report.imported().get(0).documentId()).orElseThrow();
        assertThat(doc.stage()).isEqualTo(Stage.PUBLISHED);
        assertThat(doc.docNumber()).isEqualTo("清政发〔2025〕3号");
        assertThat(doc.validUntil()).isEqualTo(LocalDate.of(2030, 2, 28));
        NormativeDocument second = services.register().find(report.imported().get(1).documentId()).orElseThrow();
        assertThat(second.stage()).isEqualTo(Stage.DRAFTING);
    }

    @Test
    void cancelStopsBetweenFilesAndKeepsWhatIsDone() throws Exception {
        Files.createDirectories(files.resolve("folder"));
        for (int i = 1; i <= 3; i++) {
            published("folder/" + i + ".txt", "清政发〔2025〕" + i + "号");
        }
        AtomicInteger calls = new AtomicInteger();
        ImportReport report = services.imports().importAll(List.of(files.resolve("folder")),
                (done, total) -> calls.incrementAndGet() <= 2);
        assertThat(report.cancelled()).isTrue();
        assertThat(report.imported()).hasSize(2);
    }

    @Test
    void importsALedger() throws Exception {
        published("a.txt", "清政发〔2017〕3号");
        services.imports().importAll(List.of(files.resolve("a.txt")), Progress.NONE);
        Path ledger = files.resolve("台账.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); var out = Files.newOutputStream(ledger)) {
            Sheet s = wb.createSheet();
            String[][] cells = {
                    {"文件名称", "文号", "制定机关", "发布日期", "施行日期"},
                    {"清河县城市道路管理办法", "清政发[2017]3号", "清河县人民政府", "2017.3.1", "2017.4.1"},
                    {"清河县财政资金管理办法", "清财规〔2018〕1号", "清河县财政局", "2018-01-05", "2018年2月1日"},
                    {"某某办法", "", "某某局", "", ""}};
            for (int r = 0; r < cells.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            wb.write(out);
        }
        ImportReport report = services.imports().importLedger(ledger, Progress.NONE);
        assertThat(report.duplicates()).hasSize(1);
        assertThat(report.imported()).extracting(ImportReport.Imported::title).containsExactly("清河县财政资金管理办法");
        assertThat(report.imported().get(0).published()).isTrue();
        assertThat(report.failed()).hasSize(1);
        assertThat(report.failed().get(0).file().getFileName().toString()).isEqualTo("台账.xlsx#4");
    }
}
