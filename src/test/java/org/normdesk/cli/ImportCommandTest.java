package org.normdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.service.Services;

import picocli.CommandLine;

/** {@code normdesk import}: one line per file and the Chinese summary; exit 1 when a file failed. */
class ImportCommandTest {
    @TempDir
    Path data;
    @TempDir
    Path files;

    @Test
    void importsAFolderAndReportsTheFailure() throws Exception {
        try (Services s = Services.open(data, Clock.systemDefaultZone(), "测试")) {
            s.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, LocalDate.of(2018, 1, 1)));
        }
        Files.writeString(files.resolve("a.txt"), String.join("\n", "清河县人民政府文件", "清政发〔2025〕3号",
                "清河县城市道路管理办法", "第一条 本办法自2025年3月1日起施行。", "清河县人民政府", "2025年2月14日"));
        Files.write(files.resolve("b.docx"), new byte[0]);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImportCommand command = new ImportCommand(folder -> Services.open(data, Clock.systemDefaultZone(), "cli"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        int code = new CommandLine(command).execute(files.toString());
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(1);
        assertThat(out).contains("清河县城市道路管理办法").contains("b.docx").contains("空的")
                .contains("新增 1 件，重复 0 件，失败 1 件");
    }

    @Test
    void importsAnExcelLedgerByItsNameThroughTheLedgerImport() throws Exception {
        try (Services s = Services.open(data, Clock.systemDefaultZone(), "测试")) {
            s.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, LocalDate.of(2018, 1, 1)));
        }
        Path ledger = files.resolve("台账.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(ledger)) {
            var sheet = wb.createSheet();
            String[][] cells = {
                    {"序号", "文件名称", "发文字号", "制定机关", "公布日期", "施行日期"},
                    {"1", "清河县城市道路管理办法", "清政发〔2017〕3号", "清河县人民政府", "2017年3月1日", "2017-04-01"},
                    {"2", "清河县城市绿化管理办法", "清政发〔2017〕4号", "清河县人民政府", "2017.3.1", "四月一日"}};
            for (int r = 0; r < cells.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            wb.write(out);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImportCommand command = new ImportCommand(folder -> Services.open(data, Clock.systemDefaultZone(), "cli"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        int code = new CommandLine(command).execute(ledger.toString());
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(code).isEqualTo(1);
        assertThat(out).contains("台账.xlsx#2 → 清河县城市道路管理办法").contains("台账.xlsx#3：")
                .contains("四月一日").contains("新增 1 件，重复 0 件，失败 1 件");
        try (Services s = Services.open(data, Clock.systemDefaultZone(), "测试")) {
            assertThat(s.register().page(org.normdesk.domain.RegisterQuery.firstPage()).total()).isEqualTo(1);
        }
    }
}
