package org.normdesk.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.service.Json;
import org.normdesk.service.Services;
import org.normdesk.service.SimilarCorpus;
import org.normdesk.word.RedHeadDocx;
import org.normdesk.word.RedHeadDocx.Kind;

import com.fasterxml.jackson.core.type.TypeReference;

import picocli.CommandLine;

/** {@code normdesk similar}: a draft of the register by id (JSON), a Word file not in it (table), and wrong input. */
class SimilarCommandTest {
    @TempDir
    Path data;
    @TempDir
    Path files;
    private Map<String, Long> ids;
    private long draft;
    private String originalTitle;

    @BeforeEach
    void register() throws Exception {
        try (Services s = open()) {
            Issuer gov = s.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, null));
            ids = SimilarCorpus.register(s, gov.id());
            draft = s.register().create(NormativeDocument.draft(SimilarCorpus.revisedRelicsTitle(), gov.id(),
                    DocumentKind.MEASURES).toBuilder().fullText(SimilarCorpus.revisedRelicsText()).build()).id();
            originalTitle = s.register().find(SimilarCorpus.id(ids, SimilarCorpus.RELICS)).orElseThrow().title();
        }
    }

    private Services open() {
        return Services.open(data, Clock.systemDefaultZone(), "cli");
    }

    private record Run(int code, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = new CommandLine(new SimilarCommand(folder -> open()));
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        cl.setExecutionExceptionHandler(CliErrors::onExecution);
        cl.setParameterExceptionHandler(CliErrors::onParameter);
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void jsonForADraftOfTheRegister() throws Exception {
        Run r = run("--id", String.valueOf(draft), "--limit", "2", "--json");

        assertThat(r.code()).isZero();
        Map<String, Object> result = Json.mapper().readValue(r.out(), new TypeReference<>() { });
        assertThat(result).containsEntry("compared", 7).containsEntry("minScore", 0.25);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> similar = (List<Map<String, Object>>) result.get("similar");
        assertThat(similar).hasSize(2);
        assertThat(similar.get(0)).containsEntry("id", (int) SimilarCorpus.id(ids, SimilarCorpus.RELICS))
                .containsEntry("title", originalTitle).containsEntry("docNumber", "清政规〔2023〕5号")
                .containsEntry("issuer", "清河县人民政府").containsEntry("status", "IN_FORCE")
                .containsEntry("statusLabel", "现行有效");
        assertThat((Double) similar.get(0).get("score")).isGreaterThan(0.8);
        @SuppressWarnings("unchecked")
        List<String> shared = (List<String>) similar.get(0).get("sharedTerms");
        assertThat(shared).isNotEmpty().contains("文物");
        assertThat(similar.get(1)).containsEntry("id", (int) SimilarCorpus.id(ids, SimilarCorpus.RELICS_EXTENSION));
    }

    @Test
    void aChineseTableForAWordFileNotInTheRegister() throws Exception {
        RedHeadDocx docx = new RedHeadDocx().add(Kind.RED_HEAD, "清河县人民政府文件")
                .add(Kind.TITLE, SimilarCorpus.revisedRelicsTitle());
        for (String line : SimilarCorpus.revisedRelicsText().split("\n")) {
            if (!line.isBlank()) {
                docx.add(Kind.BODY, line.strip());
            }
        }
        Path file = docx.write(files.resolve("文物保护修订稿.docx"));

        Run r = run(file.toString());

        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("相似度", "文件名称", "共同词语", "现行有效", "清政规〔2023〕5号")
                .contains("已比对 7 件现行有效文件");
        // the best match is the first row under the header and rule, with a score near 1
        String firstRow = r.out().lines().skip(3).findFirst().orElseThrow();
        assertThat(firstRow).startsWith("0.9").contains("黄浦区");
    }

    @Test
    void wrongInputIsExplainedInChinese() throws Exception {
        Run neither = run();
        assertThat(neither.code()).isEqualTo(2);
        assertThat(neither.err()).contains("请用 --id 指定台账中的文件，或给出一个 Word/文本文件");

        Path pdf = Files.write(files.resolve("坏.docx"), "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
        Run bad = run(pdf.toString());
        assertThat(bad.code()).isEqualTo(1);
        assertThat(bad.err()).contains("坏.docx").contains("PDF");

        Run unknown = run("--id", "987654");
        assertThat(unknown.code()).isNotZero();
        assertThat(unknown.err()).contains("台账中没有编号为 987654 的文件");
    }
}
