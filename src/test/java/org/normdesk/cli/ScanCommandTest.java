package org.normdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.service.Json;
import org.normdesk.service.Services;
import org.normdesk.word.RedHeadDocx;
import org.normdesk.word.RedHeadDocx.Kind;

import com.fasterxml.jackson.core.type.TypeReference;

import picocli.CommandLine;

/** {@code normdesk scan FILE --json}: findings of a Word and a text file, and the Chinese table without --json. */
class ScanCommandTest {
    @TempDir
    Path data;
    @TempDir
    Path files;

    private String run(int expectedCode, String... args) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ScanCommand command = new ScanCommand(folder -> Services.open(data, Clock.systemDefaultZone(), "cli"),
                new PrintStream(bytes, true, StandardCharsets.UTF_8));
        int code = new CommandLine(command).execute(args);
        assertThat(code).isEqualTo(expectedCode);
        return bytes.toString(StandardCharsets.UTF_8);
    }

    @Test
    void jsonForAWordFileATextFileAndABadFile() throws Exception {
        Path docx = new RedHeadDocx()
                .add(Kind.RED_HEAD, "清河县人民政府文件")
                .add(Kind.DOC_NUMBER, "清政发〔2026〕3号")
                .add(Kind.TITLE, "清河县城市道路占用管理办法")
                .add(Kind.BODY, "第一条 为加强城市道路管理，根据《城市道路管理条例》，制定本办法。")
                .add(Kind.BODY, "第二条 违反本办法规定的，由县城市管理局处以一千元以上五千元以下罚款。")
                .add(Kind.BODY, "第三条 本办法自2026年5月1日起施行，有效期至2031年4月30日。")
                .add(Kind.SIGNATURE, "清河县人民政府")
                .add(Kind.SIGNATURE, "2026年3月20日")
                .write(files.resolve("占道办法.docx"));
        Path txt = Files.writeString(files.resolve("河道.txt"), String.join("\n", "清河县河道管理办法",
                "第一条 任何单位和个人不得在河道管理范围内倾倒垃圾。", "第二条 县水利局不得向当事人收取任何费用。",
                "第三条 本办法自2026年5月1日起施行，有效期至2031年4月30日。", "清河县人民政府", "2026年3月20日"),
                StandardCharsets.UTF_8);
        Path bad = Files.write(files.resolve("坏.docx"), "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));

        String out = run(1, docx.toString(), txt.toString(), bad.toString(), "--json");
        List<Map<String, Object>> rows = Json.mapper().readValue(out, new TypeReference<>() { });
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0)).containsEntry("title", "清河县城市道路占用管理办法").containsEntry("rulePackVersion", "2026.2");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> wordFindings = (List<Map<String, Object>>) rows.get(0).get("findings");
        assertThat(wordFindings).singleElement().satisfies(f -> {
            assertThat(f).containsEntry("category", "PENALTY").containsEntry("severity", "HIGH")
                    .containsEntry("article", "第二条").containsEntry("categoryLabel", "设定行政处罚");
            assertThat((String) f.get("basis")).contains("行政处罚法》第十六条");
        });
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> textFindings = (List<Map<String, Object>>) rows.get(1).get("findings");
        assertThat(textFindings).extracting(f -> f.get("category")).containsExactly("OBLIGATION");
        assertThat(rows.get(2).get("error")).asString().contains("PDF");
    }

    @Test
    void aReadableChineseTableWithoutJson() throws Exception {
        Path txt = Files.writeString(files.resolve("摊点.txt"), String.join("\n", "清河县临时摊点管理办法",
                "第一条 经营者设置临时摊点的，应当向街道办事处备案，经县城市管理局同意后方可设置。",
                "第二条 本办法自印发之日起施行。"), StandardCharsets.UTF_8);
        String out = run(0, txt.toString());
        assertThat(out).contains("条款").contains("类别").contains("风险").contains("第一条").contains("设定行政许可")
                .contains("理由：").contains("缺少有效期").contains("规则包版本 2026.2");
    }
}
