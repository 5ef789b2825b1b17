package org.normdesk.ui.imports;

import java.util.ArrayList;
import java.util.List;

import org.normdesk.domain.Texts;
import org.normdesk.service.ImportReport;

/** One line of the import report: what happened to a file (or ledger row), which one, and why. */
public record ReportLine(Outcome outcome, String file, String detail) {

    /** Labels {@code import.outcome.<NAME>} in both bundles. */
    public enum Outcome { PUBLISHED, DRAFT, DUPLICATE, FAILED, NOT_TICKED }

    public String outcomeLabel() {
        return Texts.get("import.outcome." + outcome.name());
    }

    /** Failures first (they need the user), then duplicates, then what came in, then what the user left out. */
    static List<ReportLine> of(ImportReport r, List<ImportRow> notTicked) {
        List<ReportLine> out = new ArrayList<>();
        r.failed().forEach(s -> out.add(new ReportLine(Outcome.FAILED, name(s.file()), s.reason())));
        r.duplicates().forEach(s -> out.add(new ReportLine(Outcome.DUPLICATE, name(s.file()), s.reason())));
        r.imported().forEach(i -> out.add(new ReportLine(i.published() ? Outcome.PUBLISHED : Outcome.DRAFT,
                name(i.file()), i.published() ? i.title() : Texts.get("import.outcome.draftDetail", i.title()))));
        notTicked.forEach(row -> out.add(new ReportLine(Outcome.NOT_TICKED, row.fileName(), row.titleProperty().get())));
        return out;
    }

    private static String name(java.nio.file.Path p) {
        return String.valueOf(p.getFileName());
    }
}
