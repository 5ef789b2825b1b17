package org.normdesk.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Supplier;

import org.normdesk.domain.DocNumber;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.Problem;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Texts;
import org.normdesk.domain.cleanup.CampaignKind;
import org.normdesk.domain.cleanup.CleanupCampaign;
import org.normdesk.domain.cleanup.CleanupItem;
import org.normdesk.domain.cleanup.CleanupOutcome;
import org.normdesk.domain.cleanup.CleanupReason;
import org.normdesk.domain.cleanup.CleanupTally;
import org.normdesk.domain.cleanup.Decision;
import org.normdesk.domain.cleanup.TallyGroup;
import org.normdesk.service.CleanupService;
import org.normdesk.service.Json;
import org.normdesk.service.Progress;
import org.normdesk.service.Services;

import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code normdesk cleanup list|create|show|decide|tally|close}: 清理 campaigns from the command line,
 * with the same services as the 清理 screen. A campaign is named by its id or its exact name.
 */
@Command(name = "cleanup", sortOptions = false, subcommands = {CleanupCommand.ListCampaigns.class,
        CleanupCommand.Create.class, CleanupCommand.Show.class, CleanupCommand.Decide.class,
        CleanupCommand.Tally.class, CleanupCommand.Close.class})
final class CleanupCommand implements Runnable {
    private final Supplier<Services> opener;

    @Spec
    private CommandSpec spec;

    CleanupCommand(Supplier<Services> opener) {
        this.opener = opener;
    }

    @Override
    public void run() {
        throw new ParameterException(spec.commandLine(), Texts.get("cli.cleanup.which"));
    }

    @Command(name = "list", sortOptions = false)
    static final class ListCampaigns implements Callable<Integer> {
        @ParentCommand
        private CleanupCommand parent;

        @Spec
        private CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Services s = parent.opener.get()) {
                List<CleanupCampaign> all = s.cleanup().campaigns();
                if (all.isEmpty()) {
                    out.println(Texts.get("cli.cleanup.none"));
                }
                for (CleanupCampaign c : all) {
                    out.println(Texts.get("cli.cleanup.line", String.valueOf(c.id()), c.name(), c.kindText(),
                            c.cutOff().toString(), c.status().label()));
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "create", sortOptions = false)
    static final class Create implements Callable<Integer> {
        @ParentCommand
        private CleanupCommand parent;

        @Spec
        private CommandSpec spec;

        @Option(names = "--name", required = true, paramLabel = "NAME", descriptionKey = "cli.cleanup.name")
        private String name;

        @Option(names = "--kind", required = true, paramLabel = "KIND", converter = KindConverter.class,
                descriptionKey = "cli.cleanup.kind")
        private CampaignKind kind;

        @Option(names = "--theme", paramLabel = "THEME", descriptionKey = "cli.cleanup.theme")
        private String theme;

        @Option(names = "--cut-off", required = true, paramLabel = "D", converter = ExportCommand.DateConverter.class,
                descriptionKey = "cli.cleanup.cutOff")
        private LocalDate cutOff;

        @Option(names = "--category", paramLabel = "C", converter = ExportCommand.CategoryConverter.class,
                descriptionKey = "cli.cleanup.category")
        private List<IssuerCategory> categories = new ArrayList<>();

        @Option(names = "--issuer", paramLabel = "NAME", descriptionKey = "cli.cleanup.issuer")
        private List<String> issuers = new ArrayList<>();

        @Option(names = "--units", paramLabel = "UNITS", descriptionKey = "cli.cleanup.units")
        private String units;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Services s = parent.opener.get()) {
                List<Long> ids = new ArrayList<>();
                List<Issuer> known = s.issuers().all();
                for (String n : issuers) {
                    ids.add(known.stream().filter(i -> i.name().equals(n.strip())).findFirst().map(Issuer::id)
                            .orElseThrow(() -> new ParameterException(spec.commandLine(), Texts.get("cli.cleanup.noIssuer", n))));
                }
                Set<IssuerCategory> cats = categories.isEmpty() ? EnumSet.noneOf(IssuerCategory.class) : EnumSet.copyOf(categories);
                CleanupCampaign c = s.cleanup().create(CleanupCampaign.draft(name, kind, theme, cutOff, cats, ids, units),
                        Progress.NONE);
                List<CleanupItem> items = s.cleanup().items(c.id());
                out.println(Texts.get("cli.cleanup.created", String.valueOf(c.id()), c.name(), items.size()));
                Map<CleanupOutcome, Integer> suggested = new LinkedHashMap<>();
                items.forEach(i -> suggested.merge(i.suggestion().outcome(), 1, Integer::sum));
                suggested.forEach((o, n) -> out.println(Texts.get("cli.cleanup.suggested", o.label(), n)));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "show", sortOptions = false)
    static final class Show implements Callable<Integer> {
        private static final int[] WIDTHS = {6, 40, 20, 10, 10, 30};

        @ParentCommand
        private CleanupCommand parent;

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CAMPAIGN", descriptionKey = "cli.cleanup.campaign")
        private String campaign;

        @Option(names = "--json", descriptionKey = "cli.stats.json")
        private boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Services s = parent.opener.get()) {
                CleanupCampaign c = s.cleanup().campaign(campaign);
                List<CleanupItem> items = s.cleanup().items(c.id());
                if (json) {
                    List<Map<String, Object>> rows = new ArrayList<>();
                    for (CleanupItem i : items) {
                        Map<String, Object> m = new LinkedHashMap<>();
                        m.put("item", i.id());
                        m.put("document", i.documentId());
                        m.put("title", i.title());
                        m.put("docNumber", i.docNumber());
                        m.put("suggested", i.suggestion().outcome().name());
                        m.put("signal", i.suggestion().signal().name());
                        m.put("detail", i.suggestion().detail());
                        m.put("outcome", i.decided() ? i.decision().outcome().name() : null);
                        m.put("reason", i.decided() ? i.decision().reasonText() : null);
                        rows.add(m);
                    }
                    out.println(Json.write(rows));
                } else {
                    out.println(TextTable.line(List.of(Texts.get("cli.cleanup.col.item"), Texts.get("filingCol.title"),
                            Texts.get("filingCol.docNumber"), Texts.get("cli.cleanup.col.suggested"),
                            Texts.get("cleanupCol.outcome"), Texts.get("cli.cleanup.col.signal")), WIDTHS));
                    out.println(TextTable.rule(WIDTHS));
                    for (CleanupItem i : items) {
                        out.println(TextTable.line(List.of(String.valueOf(i.id()), i.title(),
                                i.docNumber() == null ? "" : i.docNumber(), i.suggestion().outcome().label(),
                                i.decided() ? i.decision().outcome().label() : "—",
                                i.suggestion().detail().isEmpty() ? i.suggestion().signal().label() : i.suggestion().detail()),
                                WIDTHS));
                    }
                }
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "decide", sortOptions = false)
    static final class Decide implements Callable<Integer> {
        @ParentCommand
        private CleanupCommand parent;

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CAMPAIGN", descriptionKey = "cli.cleanup.campaign")
        private String campaign;

        @Option(names = "--doc", paramLabel = "DOC", descriptionKey = "cli.cleanup.doc")
        private List<String> docs = new ArrayList<>();

        @Option(names = "--all-suggested", descriptionKey = "cli.cleanup.allSuggested")
        private boolean allSuggested;

        @Option(names = "--outcome", paramLabel = "O", converter = OutcomeConverter.class, descriptionKey = "cli.cleanup.outcome")
        private CleanupOutcome outcome;

        @Option(names = "--reason", paramLabel = "R", converter = ReasonConverter.class, descriptionKey = "cli.cleanup.reason")
        private CleanupReason reason;

        @Option(names = "--note", paramLabel = "TEXT", descriptionKey = "cli.cleanup.note")
        private String note;

        @Option(names = "--unit", paramLabel = "UNIT", descriptionKey = "cli.cleanup.unit")
        private String unit;

        @Option(names = "--remark", paramLabel = "TEXT", descriptionKey = "cli.cleanup.remark")
        private String remark;

        @Option(names = "--from-xlsx", paramLabel = "FILE", descriptionKey = "cli.cleanup.fromXlsx")
        private Path sheet;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            PrintWriter err = spec.commandLine().getErr();
            int exit = 0;
            try (Services s = parent.opener.get()) {
                CleanupCampaign c = s.cleanup().campaign(campaign);
                if (sheet != null) {
                    CleanupService.SheetImport r = s.cleanup().importDecisions(c.id(), sheet);
                    out.println(Texts.get("cli.cleanup.imported", r.applied()));
                    r.problems().forEach(err::println);
                    exit = r.problems().isEmpty() ? 0 : CliErrors.FAILED;
                } else if (allSuggested) {
                    int n = s.cleanup().decideAsSuggested(c.id(), null, unit);
                    out.println(Texts.get("cli.cleanup.decided", n, Texts.get("cli.cleanup.asSuggested")));
                } else {
                    if (outcome == null || docs.isEmpty()) {
                        throw new ParameterException(spec.commandLine(), Texts.get("cli.cleanup.decideWhat"));
                    }
                    List<CleanupItem> items = s.cleanup().items(c.id());
                    List<Long> ids = new ArrayList<>();
                    for (String d : docs) {
                        ids.add(find(items, d).id());
                    }
                    int n = s.cleanup().decide(c.id(), ids, new Decision(outcome, reason, note, unit, remark));
                    out.println(Texts.get("cli.cleanup.decided", n, outcome.label()));
                }
            }
            out.flush();
            err.flush();
            return exit;
        }

        /** A document of the campaign by its 文号, its title, or its register id. */
        private static CleanupItem find(List<CleanupItem> items, String key) {
            String k = key.strip();
            String number = DocNumber.normalizeBrackets(k);
            for (CleanupItem i : items) {
                if (i.docNumber() != null && DocNumber.normalizeBrackets(i.docNumber()).equals(number)
                        || i.title().equals(k) || String.valueOf(i.documentId()).equals(k)) {
                    return i;
                }
            }
            throw new RuleViolation(Problem.error("doc", "cli.cleanup.noDoc", k));
        }
    }

    @Command(name = "tally", sortOptions = false)
    static final class Tally implements Callable<Integer> {
        private static final int[] WIDTHS = {16, 8, 8, 6, 6, 6, 6, 10, 8};

        @ParentCommand
        private CleanupCommand parent;

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CAMPAIGN", descriptionKey = "cli.cleanup.campaign")
        private String campaign;

        @Option(names = "--json", descriptionKey = "cli.stats.json")
        private boolean json;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Services s = parent.opener.get()) {
                CleanupCampaign c = s.cleanup().campaign(campaign);
                CleanupTally t = s.cleanup().tally(c.id());
                if (json) {
                    Map<String, Object> doc = new LinkedHashMap<>();
                    doc.put("campaign", c.name());
                    doc.put("status", c.status().name());
                    doc.put("overall", counts(t.overall()));
                    Map<String, Object> groups = new LinkedHashMap<>();
                    for (TallyGroup g : TallyGroup.values()) {
                        groups.put(g.name(), counts(t.of(g)));
                    }
                    doc.put("groups", groups);
                    doc.put("paragraph", t.paragraph());
                    out.println(Json.write(doc));
                } else {
                    List<String> head = new ArrayList<>(List.of(Texts.get("cleanupCol.group"), Texts.get("cleanupCol.issuers"),
                            Texts.get("cleanupCol.total")));
                    for (CleanupOutcome o : CleanupOutcome.values()) {
                        head.add(o.reportWord());
                    }
                    head.add(Texts.get("cleanupCol.undecided"));
                    out.println(c.name());
                    out.println(TextTable.line(head, WIDTHS));
                    out.println(TextTable.rule(WIDTHS));
                    for (TallyGroup g : TallyGroup.values()) {
                        out.println(TextTable.line(row(g.label(), t.of(g)), WIDTHS));
                    }
                    out.println(TextTable.line(row(Texts.get("cleanupCol.all"), t.overall()), WIDTHS));
                    out.println();
                    out.println(t.paragraph());
                }
            }
            out.flush();
            return 0;
        }

        private static List<String> row(String label, CleanupTally.Counts c) {
            List<String> r = new ArrayList<>(List.of(label, String.valueOf(c.issuers()), String.valueOf(c.total())));
            for (CleanupOutcome o : CleanupOutcome.values()) {
                r.add(String.valueOf(c.of(o)));
            }
            r.add(String.valueOf(c.undecided()));
            return r;
        }

        private static Map<String, Object> counts(CleanupTally.Counts c) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("issuers", c.issuers());
            m.put("total", c.total());
            for (CleanupOutcome o : CleanupOutcome.values()) {
                m.put(o.name(), c.of(o));
            }
            m.put("undecided", c.undecided());
            return m;
        }
    }

    @Command(name = "close", sortOptions = false)
    static final class Close implements Callable<Integer> {
        @ParentCommand
        private CleanupCommand parent;

        @Spec
        private CommandSpec spec;

        @Parameters(index = "0", paramLabel = "CAMPAIGN", descriptionKey = "cli.cleanup.campaign")
        private String campaign;

        @Option(names = "--on", required = true, paramLabel = "D", converter = ExportCommand.DateConverter.class,
                descriptionKey = "cli.cleanup.on")
        private LocalDate on;

        @Option(names = "--expire-undecided", descriptionKey = "cli.cleanup.expireUndecided")
        private boolean expireUndecided;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try (Services s = parent.opener.get()) {
                CleanupCampaign c = s.cleanup().campaign(campaign);
                CleanupTally t = s.cleanup().close(c.id(), on, expireUndecided);
                out.println(Texts.get("cli.cleanup.closed", c.name(), on.toString()));
                out.println(t.paragraph());
            }
            out.flush();
            return 0;
        }
    }

    static final class KindConverter implements ITypeConverter<CampaignKind> {
        @Override
        public CampaignKind convert(String value) {
            String v = value.strip();
            for (CampaignKind k : CampaignKind.values()) {
                // 全面 / 定期 / 专项 as well as 全面清理 …
                if (k.label().startsWith(v) && !v.isEmpty() && v.length() >= 2) {
                    return k;
                }
            }
            return Converters.labelled(CampaignKind.class, value, "cli.cleanup.error.kind");
        }
    }

    static final class OutcomeConverter implements ITypeConverter<CleanupOutcome> {
        @Override
        public CleanupOutcome convert(String value) {
            return CleanupOutcome.parse(value).orElseGet(() -> Converters.labelled(CleanupOutcome.class, value,
                    "cli.cleanup.error.outcome"));
        }
    }

    static final class ReasonConverter implements ITypeConverter<CleanupReason> {
        @Override
        public CleanupReason convert(String value) {
            return CleanupReason.parse(value).orElseGet(() -> Converters.labelled(CleanupReason.class, value,
                    "cli.cleanup.error.reason"));
        }
    }
}
