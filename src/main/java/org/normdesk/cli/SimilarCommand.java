package org.normdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;

import org.normdesk.domain.Texts;
import org.normdesk.service.ExtractionService;
import org.normdesk.service.FileExtraction;
import org.normdesk.service.Json;
import org.normdesk.service.SimilarDocumentsService;
import org.normdesk.service.SimilarDocumentsService.SimilarDocument;
import org.normdesk.service.SimilarDocumentsService.SimilarList;
import org.normdesk.service.Services;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code normdesk similar --id N | FILE [--limit K] [--json]}: the documents in force that deal with
 * the same matter as a document of the register, or as a Word or text file not yet in it (read by
 * the same extraction as the import), with their scores and shared words. The register is not
 * changed, except that the word vectors it lacks are made and kept (progress on the console).
 * Exit code 0 when the list was made, 1 when the file could not be read.
 */
@Command(name = "similar", mixinStandardHelpOptions = true, sortOptions = false,
        description = "列出与台账中某件文件或某个 Word/文本文件涉及相同事项的现行有效文件")
public final class SimilarCommand implements Callable<Integer> {
    private static final int[] WIDTHS = {6, 34, 18, 16, 8, 28};

    @Option(names = "--id", paramLabel = "N", description = "台账中文件的编号")
    Long id;

    @Parameters(arity = "0..1", paramLabel = "FILE", description = "尚未登记的文件（.docx/.doc/.txt）")
    Path file;

    @Option(names = "--limit", paramLabel = "K", defaultValue = "10", description = "最多列出几件（默认 ${DEFAULT-VALUE}）")
    int limit;

    @Option(names = "--json", description = "以 JSON 输出")
    boolean json;

    @Spec
    private CommandSpec spec;

    private final Function<String, Services> opener;

    public SimilarCommand(Function<String, Services> opener) {
        this.opener = opener;
    }

    @Override
    public Integer call() {
        if ((id == null) == (file == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), Texts.get("similar.cli.needInput"));
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (Services services = opener.apply(null)) {
            SimilarDocumentsService similar = services.similar();
            String title;
            SimilarList list;
            if (id != null) {
                title = services.register().find(id).map(d -> d.title()).orElse(null);
                list = similar.similarTo(id, limit, DemoCommand.ConsoleProgress.on(err));
            } else {
                FileExtraction x = new ExtractionService(services.issuers().all()).extract(file);
                if (!x.succeeded()) {
                    err.println(file + "：" + x.failure().message());
                    return 1;
                }
                title = x.result().title().value();
                list = similar.similarTo(title, x.result().text(), limit, DemoCommand.ConsoleProgress.on(err));
            }
            if (json) {
                out.println(Json.write(toJson(title, list)));
            } else {
                print(out, title, list);
            }
            out.flush();
            return 0;
        }
    }

    private Map<String, Object> toJson(String title, SimilarList list) {
        Map<String, Object> m = new LinkedHashMap<>();
        if (id != null) {
            m.put("id", id);
        } else {
            m.put("file", file.toString());
        }
        m.put("title", title);
        m.put("compared", list.compared());
        m.put("minScore", SimilarDocumentsService.MIN_SCORE);
        m.put("similar", list.documents().stream().map(SimilarCommand::toJson).toList());
        return m;
    }

    private static Map<String, Object> toJson(SimilarDocument d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", d.id());
        m.put("title", d.title());
        m.put("docNumber", d.docNumber());
        m.put("issuer", d.issuer());
        m.put("status", d.validity() == null ? null : d.validity().name());
        m.put("statusLabel", d.validity() == null ? null : d.validity().label());
        m.put("score", Math.round(d.score() * 1000) / 1000.0);
        m.put("sharedTerms", d.sharedTerms());
        return m;
    }

    private static void print(PrintWriter out, String title, SimilarList list) {
        out.println(Texts.get("similar.cli.of", title == null ? "" : title));
        String min = String.format(java.util.Locale.ROOT, "%.2f", SimilarDocumentsService.MIN_SCORE);
        if (list.documents().isEmpty()) {
            out.println(Texts.get("similar.cli.none", list.compared(), min));
            return;
        }
        out.println(TextTable.line(List.of(Texts.get("similar.col.score"), Texts.get("similar.col.title"),
                Texts.get("similar.col.docNumber"), Texts.get("similar.col.issuer"), Texts.get("similar.col.status"),
                Texts.get("similar.col.terms")), WIDTHS));
        out.println(TextTable.rule(WIDTHS));
        for (SimilarDocument d : list.documents()) {
            out.println(TextTable.line(List.of(String.format(java.util.Locale.ROOT, "%.2f", d.score()), d.title(),
                    d.docNumber() == null ? "" : d.docNumber(), d.issuer() == null ? "" : d.issuer(),
                    d.validity() == null ? "" : d.validity().label(), String.join("、", d.sharedTerms())), WIDTHS));
        }
        out.println(Texts.get("similar.cli.summary", list.compared(), list.documents().size(), min));
    }
}
