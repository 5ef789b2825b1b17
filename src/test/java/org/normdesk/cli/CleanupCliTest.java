package org.normdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.xssf.usermodel.XSSFSheet;
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
import org.normdesk.service.Services;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code cleanup create|decide|tally|close|list} and {@code export cleanup} on a real data folder, in order. */
class CleanupCliTest {
    @TempDir
    static Path dir;
    static String data;

    @BeforeAll
    static void fill() {
        data = dir.resolve("data").toString();
        try (Services s = Services.open(Path.of(data), CliTest.CLOCK, "test")) {
            Issuer gov = s.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, null));
            Issuer bureau = s.issuers().add(Issuer.create("清河县民政局", "清民", IssuerCategory.DEPARTMENT, null));
            for (int i = 1; i <= 4; i++) {
                LocalDate on = LocalDate.of(2018 + i, 3, 1);
                s.register().create(NormativeDocument.draft("清河县第" + i + "号事项管理办法", i % 2 == 0 ? gov.id() : bureau.id(),
                        DocumentKind.MEASURES).toBuilder().stage(Stage.PUBLISHED).docNumber("清政发〔" + on.getYear() + "〕" + i + "号")
                        .publishedOn(on).effectiveOn(on).validUntil(i == 1 ? LocalDate.of(2024, 2, 28) : null)
                        .fullText("第一条 为规范管理，制定本办法。").build());
            }
        }
    }

    @Test
    void aCampaignFromCreationToExportAndClosing() throws Exception {
        CliTest.Run created = CliTest.run("cleanup", "create", "--data", data, "--name", "2024年全面清理", "--kind", "全面",
                "--cut-off", "2024-12-31", "--units", "县司法局");
        assertThat(created.exit()).as(created.err()).isZero();
        assertThat(created.out()).contains("范围内文件 4 件").contains("宣布失效：1 件").contains("继续有效：3 件");

        CliTest.Run noReason = CliTest.run("cleanup", "decide", "--data", data, "2024年全面清理", "--doc", "清政发〔2020〕2号",
                "--outcome", "废止");
        assertThat(noReason.exit()).isEqualTo(CliErrors.FAILED);
        assertThat(noReason.err()).contains("须写明理由");

        CliTest.Run one = CliTest.run("cleanup", "decide", "--data", data, "2024年全面清理", "--doc", "清政发[2020]2号",
                "--outcome", "废止", "--reason", "已被新规定涵盖或替代", "--note", "由2023年办法替代", "--unit", "县政府办");
        assertThat(one.exit()).as(one.err()).isZero();
        assertThat(one.out()).contains("已作出 1 件决定：废止");

        Path sheet = dir.resolve("意见.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sh = wb.createSheet("意见");
            String[][] rows = {{"文号", "清理结果", "理由"}, {"清政发〔2021〕3号", "修改", "上位法已修改或废止"},
                    {"清政发〔2022〕4号", "作废", ""}};
            for (int i = 0; i < rows.length; i++) {
                for (int j = 0; j < rows[i].length; j++) {
                    (sh.getRow(i) == null ? sh.createRow(i) : sh.getRow(i)).createCell(j).setCellValue(rows[i][j]);
                }
            }
            try (OutputStream out = Files.newOutputStream(sheet)) {
                wb.write(out);
            }
        }
        CliTest.Run imported = CliTest.run("cleanup", "decide", "--data", data, "2024年全面清理", "--from-xlsx", sheet.toString());
        assertThat(imported.exit()).isEqualTo(CliErrors.FAILED);
        assertThat(imported.out()).contains("已从表格导入 1 件决定");
        assertThat(imported.err()).contains("第3行：清理结果“作废”无法识别");

        CliTest.Run rest = CliTest.run("cleanup", "decide", "--data", data, "2024年全面清理", "--all-suggested");
        assertThat(rest.out()).contains("已作出 2 件决定：按建议");

        CliTest.Run tally = CliTest.run("cleanup", "tally", "--data", data, "2024年全面清理", "--json");
        assertThat(tally.exit()).as(tally.err()).isZero();
        JsonNode t = CliTest.JSON.readTree(tally.out());
        assertThat(t.at("/overall/total").asInt()).isEqualTo(4);
        assertThat(t.at("/overall/KEEP").asInt()).isEqualTo(1);
        assertThat(t.at("/groups/DEPARTMENT/total").asInt()).isEqualTo(2);
        assertThat(t.at("/paragraph").asText()).isEqualTo("共清理规范性文件4件，其中保留1件，修改1件，废止1件，失效1件。"
                + "其中县政府制发规范性文件2件，保留1件，废止1件；1个县政府部门制发规范性文件2件，修改1件，失效1件。");

        Path docx = dir.resolve("清理结果.docx");
        CliTest.Run export = CliTest.run("export", "cleanup", "--data", data, "2024年全面清理", "-o", docx.toString());
        assertThat(export.exit()).as(export.err()).isZero();
        assertThat(export.out()).contains("共 4 件");
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            assertThat(doc.getTables()).isNotEmpty();
        }
        CliTest.Run badName = CliTest.run("export", "cleanup", "--data", data, "2024年全面清理", "-o", dir.resolve("x.pdf").toString());
        assertThat(badName.exit()).isEqualTo(CliErrors.FAILED);

        CliTest.Run closed = CliTest.run("cleanup", "close", "--data", data, "2024年全面清理", "--on", "2025-06-30");
        assertThat(closed.exit()).as(closed.err()).isZero();
        assertThat(closed.out()).contains("已完成并公布");
        CliTest.Run list = CliTest.run("cleanup", "list", "--data", data);
        assertThat(list.out()).contains("2024年全面清理").contains("全面清理").contains("已完成并公布");
        CliTest.Run again = CliTest.run("cleanup", "decide", "--data", data, "2024年全面清理", "--all-suggested");
        assertThat(again.exit()).isEqualTo(CliErrors.FAILED);
        assertThat(again.err()).contains("已完成并公布，不能再修改");
    }
}
