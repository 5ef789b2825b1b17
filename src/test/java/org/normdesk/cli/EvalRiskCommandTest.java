package org.normdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code normdesk eval risk}: the table with the misses, JSON, a set of one's own, and a bad set. */
class EvalRiskCommandTest {
    @TempDir
    Path dir;

    private static CliTest.Run run(String... args) {
        // the evaluation needs no data folder: an opener that is called fails the test
        return CliTest.run(NormdeskCommand.commandLine(folder -> {
            throw new AssertionError("eval risk opened a data folder");
        }), args);
    }

    @Test
    void ownSetAsTableAndJson() throws Exception {
        Path set = Files.writeString(dir.resolve("我的评测集.tsv"), String.join("\n",
                "条款\t应有类别\t来源\t说明",
                "违反本办法规定擅自占用城市道路的，由县城市管理局处以五百元以上二千元以下罚款。\tPENALTY\t自拟\t自设罚款",
                "违反本办法第六条规定的，由县生态环境局依照《中华人民共和国大气污染防治法》第一百一十九条的规定处罚。\t-\t自拟\t引用上位法",
                "对拒不停止违法排污的企业，县生态环境局可以查封其排污设施。\t-\t自拟\t故意标错：查封应为行政强制",
                "县财政局负责组织实施政府集中采购项目。\tCOMPETITION\t自拟\t故意标错"), StandardCharsets.UTF_8);
        CliTest.Run table = run("eval", "risk", "--set", set.toString());
        assertThat(table.exit()).as(table.err()).isZero();
        assertThat(table.out()).contains("评测集 我的评测集.tsv，共 4 条").contains("设定行政处罚").contains("合计")
                .contains("精确率").contains("召回率").contains("漏报（应提示而未提示）").contains("误报（不应提示而提示）")
                .contains("[设定行政强制] 第 4 行：对拒不停止违法排污的企业")
                .contains("[排除限制竞争] 第 5 行：县财政局负责组织实施政府集中采购项目。（自拟）");

        CliTest.Run json = run("eval", "risk", "--set", set.toString(), "--json");
        assertThat(json.exit()).as(json.err()).isZero();
        JsonNode root = CliTest.JSON.readTree(json.out());
        assertThat(root.path("clauses").asInt()).isEqualTo(4);
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (JsonNode part : root.path("parts")) {
            tp += part.path("total").path("tp").asInt();
            fp += part.path("total").path("fp").asInt();
            fn += part.path("total").path("fn").asInt();
            for (JsonNode miss : part.path("falsePositives")) {
                assertThat(miss.path("category").asText()).isEqualTo("COERCION");
                assertThat(miss.path("line").asInt()).isEqualTo(4);
            }
        }
        // the fine is found, the cited law is only a reminder, the 查封 is raised against its (wrong) label
        assertThat(new int[] {tp, fp, fn}).containsExactly(1, 1, 1);
    }

    @Test
    void theShippedSetWithBothParts() throws Exception {
        CliTest.Run r = run("eval", "risk", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode root = CliTest.JSON.readTree(r.out());
        assertThat(root.path("set").asText()).isEqualTo("risk-clauses.tsv");
        assertThat(root.path("parts")).hasSize(2);
        assertThat(root.path("parts").get(0).path("categories")).hasSize(9);
        assertThat(root.path("parts").get(1).path("part").asText()).isEqualTo("HELD_OUT");
    }

    @Test
    void aBadSetIsRefusedWithItsLines() throws Exception {
        Path set = Files.writeString(dir.resolve("坏.tsv"), "第一条 甲。\tPENALTIES\n第二条 乙。\tSHORT_GAP\n",
                StandardCharsets.UTF_8);
        CliTest.Run r = run("eval", "risk", "--set", set.toString());
        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("坏.tsv").contains("第 1 行").contains("PENALTIES").contains("第 2 行")
                .contains("文件级").doesNotContain("Exception");
    }
}
