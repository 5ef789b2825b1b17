package org.normdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Stage;
import org.normdesk.domain.filing.FilingMaterial;
import org.normdesk.domain.filing.FilingQuery;
import org.normdesk.service.Services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** {@code export filing-register}, {@code export catalog} and {@code stats filing} on a real data folder. */
class FilingCliTest {
    @TempDir
    static Path dir;
    static String data;

    @BeforeAll
    static void fill() {
        data = dir.resolve("data").toString();
        try (Services s = Services.open(Path.of(data), CliTest.CLOCK, "test")) {
            Issuer gov = s.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, null));
            for (int i = 1; i <= 3; i++) {
                LocalDate on = LocalDate.of(2025, 2, 10).plusDays(10L * (i - 1));
                NormativeDocument d = s.register().create(NormativeDocument.draft("清河县第" + i + "号管理办法", gov.id(),
                        DocumentKind.MEASURES).toBuilder().stage(Stage.PUBLISHED).docNumber("清政发〔2025〕" + i + "号")
                        .publishedOn(on).effectiveOn(on.plusDays(30)).validUntil(on.plusYears(5)).build());
                s.filings().createMissing(d.id());
            }
            long first = s.filings().list(FilingQuery.all()).get(0).id();
            s.filings().submit(first, LocalDate.of(2025, 2, 20), List.of(FilingMaterial.values()), null);
        }
    }

    @Test
    void exportsTheRegisterOfAPeriodAndOneAuthorityToExcel() throws Exception {
        Path out = dir.resolve("登记表.xlsx");
        CliTest.Run r = CliTest.run("export", "filing-register", "--data", data, "--from", "2025-02-01",
                "--to", "2025年2月28日", "--authority", "市人民政府", "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("共 2 条");
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            DataFormatter fmt = new DataFormatter();
            var sheet = wb.getSheetAt(0);
            assertThat(fmt.formatCellValue(sheet.getRow(2).getCell(1))).isEqualTo("清河县第1号管理办法");
            assertThat(fmt.formatCellValue(sheet.getRow(2).getCell(9))).isEqualTo("是");
            assertThat(fmt.formatCellValue(sheet.getRow(3).getCell(1))).isEqualTo("清河县第2号管理办法");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void exportsTheCatalogToWord() throws Exception {
        Path out = dir.resolve("目录.docx");
        CliTest.Run r = CliTest.run("export", "catalog", "--data", data, "--year", "2025", "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).contains("2025 年度", "共 3 件");
        try (InputStream in = Files.newInputStream(out); XWPFDocument d = new XWPFDocument(in)) {
            assertThat(d.getParagraphs().get(0).getText()).isEqualTo("清河县人民政府2025年度规范性文件目录");
            assertThat(d.getTables().get(0).getRow(2).getCell(1).getText()).isEqualTo("清河县第1号管理办法");
        }
    }

    @Test
    void badDatesAndExtensionsAreRefusedInChinese() {
        CliTest.Run date = CliTest.run("export", "filing-register", "--data", data, "--from", "2025-02-30",
                "--to", "2025-03-01", "-o", dir.resolve("x.xlsx").toString());
        assertThat(date.exit()).isEqualTo(2);
        assertThat(date.err()).contains("日期“2025-02-30”无效");
        CliTest.Run ext = CliTest.run("export", "catalog", "--data", data, "--year", "2025",
                "-o", dir.resolve("目录.pdf").toString());
        assertThat(ext.exit()).isEqualTo(2);
        assertThat(ext.err()).contains("须以 .docx（Word）或 .xlsx（Excel）结尾");
        assertThat(Files.exists(dir.resolve("目录.pdf"))).isFalse();
        CliTest.Run who = CliTest.run("export", "filing-register", "--data", data, "--from", "2025-01-01",
                "--to", "2025-12-31", "--authority", "省政府", "-o", dir.resolve("y.docx").toString());
        assertThat(who.exit()).isEqualTo(2);
        assertThat(who.err()).contains("没有名为“省政府”的备案机关", "市人民政府");
    }

    @Test
    void printsTheYearsFiguresAsATableAndAsJson() throws Exception {
        CliTest.Run table = CliTest.run("stats", "filing", "--data", data, "--year", "2025");
        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.out()).contains("制发数", "报备率", "县政府", "合计", "0%")
                .contains("全年共制发规范性文件3件，已报市人民政府和县人大常委会备案0件");
        CliTest.Run json = CliTest.run("stats", "filing", "--data", data, "--year", "2025", "--json");
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.out());
        JsonNode gov = root.get("figures").get(0);
        assertThat(gov.get("category").asText()).isEqualTo("GOVERNMENT");
        assertThat(gov.get("made").asInt()).isEqualTo(3);
        assertThat(gov.get("filed").asInt()).isZero(); // the first document still lacks its congress filing

        CliTest.Run shortForm = CliTest.run("stats", "--data", data, "--year", "2025", "--json");
        assertThat(shortForm.exit()).as(shortForm.err()).isZero();
        assertThat(new ObjectMapper().readTree(shortForm.out())).isEqualTo(root);
        CliTest.Run noYear = CliTest.run("stats", "--data", data);
        assertThat(noYear.exit()).isNotZero();
        assertThat(noYear.err()).contains("--year");
    }
}
