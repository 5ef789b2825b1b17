package org.normdesk.cli;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;

import org.normdesk.domain.Page;
import org.normdesk.domain.RegisterColumn;
import org.normdesk.domain.RegisterQuery;
import org.normdesk.domain.RegisterRow;
import org.normdesk.domain.Stage;
import org.normdesk.domain.Texts;
import org.normdesk.domain.Validity;
import org.normdesk.service.Json;
import org.normdesk.service.Services;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code normdesk list}: the register, filtered like the window's 文件台账, as a table or as JSON.
 * Rows are read and written a page at a time, so a register of 100,000 documents never sits in
 * memory at once.
 */
@Command(name = "list", sortOptions = false)
final class ListCommand implements Callable<Integer> {
    /** Rows fetched per round trip. */
    static final int PAGE = 500;

    @ParentCommand
    private NormdeskCommand root;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", descriptionKey = "cli.list.json")
    private boolean json;

    @Option(names = "--stage", paramLabel = "S", converter = Converters.StageConverter.class,
            descriptionKey = "cli.list.stage")
    private Stage stage;

    @Option(names = "--validity", paramLabel = "V", converter = Converters.ValidityConverter.class,
            descriptionKey = "cli.list.validity")
    private Validity validity;

    @Option(names = "--year", paramLabel = "Y", converter = Converters.YearConverter.class,
            descriptionKey = "cli.list.year")
    private Integer year;

    @Option(names = "--query", paramLabel = "TEXT", descriptionKey = "cli.list.query")
    private String query;

    @Option(names = "--limit", paramLabel = "N", converter = Converters.CountConverter.class,
            descriptionKey = "cli.list.limit")
    private Integer limit;

    /** One document as {@code list --json} writes it: the domain's names, ISO dates, enum names. */
    record Listed(String title, String docNumber, String issuer, Stage stage, Validity validity, LocalDate signedOn,
                  LocalDate publishedOn, LocalDate effectiveOn, LocalDate validUntil) {
        static Listed of(RegisterRow r) {
            return new Listed(r.title(), r.docNumber(), r.issuer(), r.stage(), r.validity(), r.signedOn(),
                    r.publishedOn(), r.effectiveOn(), r.validUntil());
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        RegisterQuery query = RegisterQuery.firstPage().withStage(stage).withValidity(validity).withYear(year)
                .withText(this.query).sortedBy(RegisterColumn.UPDATED, true);
        try (Services services = root.open()) {
            Sink sink = json ? new JsonSink(out) : new TableSink(out);
            int wanted = limit == null ? Integer.MAX_VALUE : limit;
            int shown = 0;
            long total = 0;
            while (shown < wanted) {
                int size = Math.min(PAGE, wanted - shown);
                Page<RegisterRow> page = services.register().page(query.page(shown, size));
                total = page.total();
                page.rows().forEach(sink::row);
                shown += page.rows().size();
                if (page.rows().size() < size) {
                    break;
                }
            }
            sink.end(shown, total);
        }
        out.flush();
        return 0;
    }

    private interface Sink {
        void row(RegisterRow r);

        void end(int shown, long total);
    }

    /** A JSON array, one object per line, written as the rows come. */
    private static final class JsonSink implements Sink {
        private final PrintWriter out;
        private boolean first = true;

        JsonSink(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void row(RegisterRow r) {
            out.print(first ? "[\n  " : ",\n  ");
            out.print(Json.write(Listed.of(r)));
            first = false;
        }

        @Override
        public void end(int shown, long total) {
            out.println(first ? "[]" : "\n]");
        }
    }

    /** A plain text table that lines up in a terminal (a Chinese character is two columns wide). */
    private static final class TableSink implements Sink {
        private static final int[] WIDTHS = {44, 22, 24, 12, 10, 10};
        private final PrintWriter out;
        private boolean headed;

        TableSink(PrintWriter out) {
            this.out = out;
        }

        @Override
        public void row(RegisterRow r) {
            if (!headed) {
                List<String> head = List.of(RegisterColumn.TITLE.label(), RegisterColumn.DOC_NUMBER.label(),
                        RegisterColumn.ISSUER.label(), RegisterColumn.STAGE.label(), RegisterColumn.VALIDITY.label(),
                        RegisterColumn.PUBLISHED_ON.label());
                out.println(TextTable.line(head, WIDTHS));
                out.println(TextTable.rule(WIDTHS));
                headed = true;
            }
            out.println(TextTable.line(List.of(text(r.title()), text(r.docNumber()), text(r.issuer()),
                    r.stage().label(), r.validity() == null ? "—" : r.validity().label(),
                    r.publishedOn() == null ? "—" : r.publishedOn().toString()), WIDTHS));
        }

        @Override
        public void end(int shown, long total) {
            if (shown == 0) {
                out.println(Texts.get("cli.list.none"));
            } else {
                out.println(TextTable.rule(WIDTHS));
                out.println(Texts.get("cli.list.footer", total, shown));
            }
        }

        private static String text(String s) {
            return s == null || s.isBlank() ? "—" : s;
        }
    }
}
