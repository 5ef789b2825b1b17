package org.normdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.app.Launcher;
import org.normdesk.service.Services;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import picocli.CommandLine;

/** The command line on a real data folder filled by {@code demo}. */
class CliTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-16T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    static final Set<String> KEYS = Set.of("title", "docNumber", "issuer", "stage", "validity", "signedOn",
            "publishedOn", "effectiveOn", "validUntil");
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dir;
    static String data;
    static String demoOutput;
    static List<JsonNode> all;

    record Run(int exit, String out, String err) {
    }

    static Run run(CommandLine cl, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    static Run run(String... args) {
        return run(NormdeskCommand.commandLine(folder -> Services.open(Path.of(folder), CLOCK, "test")), args);
    }

    static List<JsonNode> listJson(String... filters) throws Exception {
        List<String> args = new ArrayList<>(List.of("list", "--data", data, "--json"));
        args.addAll(List.of(filters));
        Run r = run(args.toArray(String[]::new));
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode array = JSON.readTree(r.out());
        assertThat(array.isArray()).isTrue();
        List<JsonNode> rows = new ArrayList<>();
        array.forEach(rows::add);
        return rows;
    }

    @BeforeAll
    static void loadDemo() throws Exception {
        data = dir.resolve("data").toString();
        Run r = run("demo", "--data", data);
        assertThat(r.exit()).as(r.err()).isZero();
        demoOutput = r.out();
        all = listJson();
    }

    @Test
    void demoSaysWhatItMade() {
        assertThat(demoOutput).contains("41").contains("300").contains("已公布").contains("现行有效");
    }

    @Test
    void listJsonHasTheDomainNamesIsoDatesAndChineseTitles() {
        assertThat(all).hasSize(300);
        for (JsonNode row : all) {
            List<String> names = new ArrayList<>();
            row.fieldNames().forEachRemaining(names::add);
            assertThat(names).containsExactlyInAnyOrderElementsOf(KEYS);
            for (String date : List.of("signedOn", "publishedOn", "effectiveOn", "validUntil")) {
                if (!row.get(date).isNull()) {
                    LocalDate.parse(row.get(date).asText());
                }
            }
            assertThat(row.get("title").asText()).containsPattern("\\p{IsHan}{6,}");
        }
        assertThat(all).anySatisfy(r -> assertThat(r.get("docNumber").asText()).contains("〔"));
        assertThat(all).anySatisfy(r -> assertThat(r.get("validity").isNull()).isTrue());
    }

    @Test
    void stageFilterByNameOrChineseLabel() throws Exception {
        long published = all.stream().filter(r -> r.get("stage").asText().equals("PUBLISHED")).count();
        List<JsonNode> rows = listJson("--stage", "PUBLISHED");
        assertThat(rows).hasSize((int) published).allSatisfy(r -> {
            assertThat(r.get("stage").asText()).isEqualTo("PUBLISHED");
            assertThat(r.get("validity").isNull()).isFalse();
        });
        assertThat(listJson("--stage", "已公布")).hasSize((int) published);
        assertThat(listJson("--stage", "under_review")).isNotEmpty()
                .allSatisfy(r -> assertThat(r.get("stage").asText()).isEqualTo("UNDER_REVIEW"));
    }

    @Test
    void yearFilter() throws Exception {
        List<JsonNode> rows = listJson("--year", "2021");
        long expected = all.stream().filter(r -> yearOf(r) == 2021).count();
        assertThat(rows).isNotEmpty().hasSize((int) expected).allSatisfy(r -> assertThat(yearOf(r)).isEqualTo(2021));
    }

    private static int yearOf(JsonNode r) {
        for (String f : List.of("publishedOn", "signedOn")) {
            if (!r.get(f).isNull()) {
                return LocalDate.parse(r.get(f).asText()).getYear();
            }
        }
        return LocalDate.now(CLOCK).getYear();
    }

    @Test
    void queryFindsTitlesAndDocNumbers() throws Exception {
        List<JsonNode> rows = listJson("--query", "管理办法");
        long expected = all.stream().filter(r -> r.get("title").asText().contains("管理办法")).count();
        assertThat(rows).isNotEmpty().hasSize((int) expected)
                .allSatisfy(r -> assertThat(r.get("title").asText() + r.get("docNumber").asText()).contains("管理办法"));

        String number = all.stream().map(r -> r.get("docNumber").asText()).filter(n -> n.contains("〔2019〕"))
                .findFirst().orElseThrow();
        assertThat(listJson("--query", number)).extracting(r -> r.get("docNumber").asText()).containsExactly(number);
        String typed = number.replace("〔", "[").replace("〕", "]");
        assertThat(listJson("--query", typed)).extracting(r -> r.get("docNumber").asText()).containsExactly(number);
    }

    @Test
    void filtersCombineAndLimitCuts() throws Exception {
        List<JsonNode> rows = listJson("--stage", "PUBLISHED", "--year", "2023", "--query", "清河县", "--limit", "3");
        assertThat(rows).hasSizeLessThanOrEqualTo(3).isNotEmpty().allSatisfy(r -> {
            assertThat(r.get("stage").asText()).isEqualTo("PUBLISHED");
            assertThat(r.get("publishedOn").asText()).startsWith("2023");
        });
        assertThat(listJson("--query", "没有这样的文件")).isEmpty();
    }

    @Test
    void tableHasChineseHeadingsAndATotal() {
        Run r = run("list", "--data", data, "--limit", "5");
        assertThat(r.exit()).isZero();
        assertThat(r.out()).contains("文件名称", "文号", "制定机关", "阶段", "时效性", "公布日期", "共 300 件，列出 5 件");
        assertThat(r.out().lines().filter(l -> l.contains("清河县") || l.contains("镇") || l.contains("乡")
                || l.contains("街道") || l.contains("管理区")).count()).isGreaterThanOrEqualTo(5);
    }

    @Test
    void unknownStageIsRefusedInChinese() {
        Run r = run("list", "--data", data, "--stage", "XYZ");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("未知的阶段“XYZ”").contains("PUBLISHED（已公布）").doesNotContain("Exception");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void nonNumericYearIsRefusedInChinese() {
        Run r = run("list", "--data", data, "--year", "abc");
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("年份“abc”无效").contains("1949").doesNotContain("1,949");
    }

    @Test
    void unusableDataFolderGivesItsChineseSentenceWithoutStackTrace() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");
        Run r = run(Launcher.commandLine(), "list", "--data", file.toString());
        assertThat(r.exit()).isEqualTo(2);
        assertThat(r.err()).contains("无法创建数据文件夹").doesNotContain("at org.");
    }

    @Test
    void versionAndHelp() {
        Run v = run(Launcher.commandLine(), "--version");
        assertThat(v.exit()).isZero();
        assertThat(v.out()).startsWith("normdesk ");
        Run h = run(Launcher.commandLine(), "help", "list");
        assertThat(h.exit()).isZero();
        assertThat(h.out()).contains("用法", "--stage", "--json", "--data");
    }
}
