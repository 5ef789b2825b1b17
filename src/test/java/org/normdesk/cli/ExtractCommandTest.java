package org.normdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.service.Json;

import com.fasterxml.jackson.core.type.TypeReference;

import picocli.CommandLine;

/** {@code extract --json}: one object per file, ISO dates, UTF-8, and a Chinese error for a bad file beside a good one. */
class ExtractCommandTest {
    @TempDir
    Path dir;

    @Test
    void jsonForAGoodAndABadFile() throws Exception {
        Path good = Files.writeString(dir.resolve("good.txt"), String.join("\n", "清河县人民政府文件", "清政发［2025］3号",
                "清河县城市道路管理办法", "第一条 根据《中华人民共和国公路法》第十条，制定本办法。",
                "第二条 本办法自2025年3月1日起施行，有效期至2030年2月28日。", "清河县人民政府", "二〇二五年二月十四日"),
                StandardCharsets.UTF_8);
        Path bad = Files.write(dir.resolve("bad.docx"), "%PDF-1.4 junk".getBytes(StandardCharsets.US_ASCII));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int code = new CommandLine(new ExtractCommand(new PrintStream(bytes, true, StandardCharsets.UTF_8)))
                .execute(good.toString(), bad.toString(), "--json");
        assertThat(code).isEqualTo(1);
        List<Map<String, Object>> rows = Json.mapper().readValue(bytes.toString(StandardCharsets.UTF_8),
                new TypeReference<>() { });
        assertThat(rows).hasSize(2);
        Map<String, Object> g = rows.get(0);
        assertThat(g).containsEntry("title", "清河县城市道路管理办法").containsEntry("docNumber", "清政发〔2025〕3号")
                .containsEntry("issuer", "清河县人民政府").containsEntry("signedOn", "2025-02-14")
                .containsEntry("effectiveOn", "2025-03-01").containsEntry("validUntil", "2030-02-28")
                .containsEntry("articles", 2).containsEntry("trial", false).doesNotContainKey("error");
        assertThat(g.get("citations")).isEqualTo(List.of(Map.of("title", "中华人民共和国公路法", "article", "第十条", "law", true)));
        assertThat(rows.get(1).get("error")).asString().contains("PDF").contains("bad.docx");
    }

    @Test
    void hasANoArgConstructorForTheRootCommand() {
        assertThat(new CommandLine(new ExtractCommand()).getCommandName()).isEqualTo("extract");
    }
}
