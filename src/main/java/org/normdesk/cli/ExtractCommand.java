package org.normdesk.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import org.normdesk.domain.extract.Citation;
import org.normdesk.domain.extract.ExtractionResult;
import org.normdesk.service.ExtractionService;
import org.normdesk.service.FileExtraction;
import org.normdesk.service.Json;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code normdesk extract FILE... --json}: what import would read from each file, without a data
 * folder and without touching the register. Exit code 0 when every file was read, 1 otherwise.
 */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "从 Word/文本文件中提取标题、文号、制定机关、日期等（不写入台账）")
public final class ExtractCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "要提取的文件（.docx/.doc/.txt）")
    List<Path> files = new ArrayList<>();

    @Option(names = "--json", description = "以 JSON 输出（每个文件一个对象）")
    boolean json;

    @Option(names = "--max-mb", description = "超过此大小（MB）的文件不读取，默认 ${DEFAULT-VALUE}")
    long maxMegabytes = 50;

    private final PrintStream out;

    public ExtractCommand() {
        this(new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    ExtractCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        ExtractionService service = new ExtractionService(List.of(), maxMegabytes * 1024 * 1024);
        List<Map<String, Object>> rows = new ArrayList<>();
        boolean allRead = true;
        for (Path f : files) {
            FileExtraction x = service.extract(f);
            allRead &= x.succeeded();
            rows.add(toRow(x));
        }
        if (json) {
            out.println(Json.write(rows));
        } else {
            rows.forEach(r -> {
                r.forEach((k, v) -> out.println(k + ": " + (v == null ? "" : v)));
                out.println();
            });
        }
        return allRead ? 0 : 1;
    }

    /** One file as the JSON object of the command's contract: field names, ISO dates, error in Chinese. */
    static Map<String, Object> toRow(FileExtraction x) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("file", x.file().toString());
        if (!x.succeeded()) {
            row.put("error", x.failure().message());
            return row;
        }
        ExtractionResult r = x.result();
        row.put("title", r.title().value());
        row.put("docNumber", r.docNumber().value());
        row.put("issuer", r.issuer().value());
        row.put("coIssuers", r.coIssuers().orElse(List.of()));
        row.put("signedOn", r.signedOn().value());
        row.put("effectiveOn", r.effectiveOn().value());
        row.put("validUntil", r.validUntil().value());
        row.put("trial", r.trial().value());
        row.put("articles", r.structure().isPresent() ? r.structure().value().articleCount() : 0);
        List<Map<String, Object>> citations = new ArrayList<>();
        for (Citation c : r.citations()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("title", c.title());
            m.put("article", c.article());
            m.put("law", c.law());
            citations.add(m);
        }
        row.put("citations", citations);
        row.put("wrapperTitle", r.wrapperTitle().value());
        return row;
    }
}
