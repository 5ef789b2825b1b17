package org.normdesk.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.normdesk.domain.Texts;
import org.normdesk.domain.risk.RiskFinding;
import org.normdesk.domain.risk.RiskSeverity;
import org.normdesk.service.ExtractionService;
import org.normdesk.service.FileExtraction;
import org.normdesk.service.Json;
import org.normdesk.service.RiskScanService.RiskScan;
import org.normdesk.service.Services;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code normdesk scan FILE... [--json]}: the risk findings (风险提示) of Word or text files, with the
 * data folder's rule pack, upper-law table, 制定主体清单 and 施行 gap. The register is not changed.
 * Exit code 0 when every file was read, 1 otherwise.
 */
@Command(name = "scan", mixinStandardHelpOptions = true, description = "对 Word/文本文件做风险提示扫描（不写入台账）")
public final class ScanCommand implements Callable<Integer> {
    private static final int[] WIDTHS = {12, 26, 4, 60};

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "要扫描的文件（.docx/.doc/.txt）")
    List<Path> files = new ArrayList<>();

    @Option(names = "--json", description = "以 JSON 输出（每个文件一个对象，含各条提示）")
    boolean json;

    private final Function<String, Services> opener;
    private final PrintStream out;

    public ScanCommand(Function<String, Services> opener) {
        this(opener, new PrintStream(System.out, true, StandardCharsets.UTF_8));
    }

    ScanCommand(Function<String, Services> opener, PrintStream out) {
        this.opener = opener;
        this.out = out;
    }

    @Override
    public Integer call() {
        try (Services services = opener.apply(null)) {
            var issuers = services.issuers().all();
            ExtractionService reader = new ExtractionService(issuers);
            List<Map<String, Object>> rows = new ArrayList<>();
            boolean allRead = true;
            for (Path f : files) {
                FileExtraction x = reader.extract(f);
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("file", f.toString());
                if (!x.succeeded()) {
                    allRead = false;
                    row.put("error", x.failure().message());
                    rows.add(row);
                    if (!json) {
                        out.println(f + "：" + x.failure().message());
                    }
                    continue;
                }
                RiskScan scan = services.risk().scan(x.result(), issuers);
                row.put("title", x.result().title().value());
                row.put("rulePackVersion", scan.packVersion());
                row.put("findings", scan.findings().stream().map(ScanCommand::toJson).toList());
                rows.add(row);
                if (!json) {
                    printTable(f, x.result().title().value(), scan);
                }
            }
            if (json) {
                out.println(Json.write(rows));
            }
            return allRead ? 0 : 1;
        }
    }

    static Map<String, Object> toJson(RiskFinding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("article", f.articleRef());
        m.put("start", f.start());
        m.put("end", f.end());
        m.put("sentence", f.sentence());
        m.put("category", f.category().name());
        m.put("categoryLabel", f.category().label());
        m.put("severity", f.severity().name());
        m.put("why", f.why());
        m.put("basis", f.basis());
        m.put("matchStart", f.matchStart());
        m.put("matchEnd", f.matchEnd());
        m.put("rule", f.ruleId());
        return m;
    }

    private void printTable(Path file, String title, RiskScan scan) {
        out.println(file + (title == null ? "" : "　《" + title + "》"));
        if (scan.findings().isEmpty()) {
            out.println(Texts.get("cli.scan.none"));
            out.println();
            return;
        }
        out.println(TextTable.line(List.of(Texts.get("cli.scan.header.article"), Texts.get("cli.scan.header.category"),
                Texts.get("cli.scan.header.severity"), Texts.get("cli.scan.header.sentence")), WIDTHS));
        out.println(TextTable.rule(WIDTHS));
        for (RiskFinding f : scan.findings()) {
            out.println(TextTable.line(List.of(f.articleRef(), f.category().label(), f.severity().label(),
                    f.sentence().replace('\n', ' ')), WIDTHS));
            out.println(Texts.get("cli.scan.why", f.why()));
        }
        long high = scan.findings().stream().filter(f -> f.severity() == RiskSeverity.HIGH).count();
        long medium = scan.findings().stream().filter(f -> f.severity() == RiskSeverity.MEDIUM).count();
        long low = scan.findings().size() - high - medium;
        out.println(Texts.get("cli.scan.summary", scan.findings().size(), high, medium, low, scan.packVersion()));
        out.println();
    }
}
