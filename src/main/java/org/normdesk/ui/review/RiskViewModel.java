package org.normdesk.ui.review;

import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.normdesk.domain.Texts;
import org.normdesk.domain.review.ChecklistItem;
import org.normdesk.domain.review.Finding;
import org.normdesk.domain.risk.RiskFinding;
import org.normdesk.service.RiskScanService;
import org.normdesk.ui.common.BackgroundTask;
import org.normdesk.ui.common.TaskRunner;

/**
 * 风险提示 in the workbench: the scan of the draft (its clauses marked in the text list by
 * {@link ArticleCell}), a finding turned into an opinion, and dismissal with a reason that is kept and counted.
 */
public final class RiskViewModel {
    private final RiskScanService risk;
    private final long documentId;
    private final TaskRunner runner;
    private final Consumer<Throwable> errors;
    private final ObservableList<RiskFinding> findings = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public RiskViewModel(RiskScanService risk, long documentId, TaskRunner runner, Consumer<Throwable> errors) {
        this.risk = risk;
        this.documentId = documentId;
        this.runner = runner;
        this.errors = errors;
    }

    public void scan() {
        busy.set(true);
        summary.set(Texts.get("risk.wb.scanning"));
        BackgroundTask.of(() -> risk.scan(documentId)).onSuccess(scan -> {
            findings.setAll(scan.findings());
            summary.set(scan.findings().isEmpty() && scan.dismissed().isEmpty() ? Texts.get("risk.wb.none")
                    : Texts.get("risk.wb.summary", scan.findings().size(), scan.dismissed().size(), scan.packVersion()));
        }).onError(e -> {
            summary.set("");
            errors.accept(e);
        }).andFinally(() -> busy.set(false)).runOn(runner);
    }

    /** The opinion a finding suggests, for the reviewer to edit before it is saved. */
    public static Finding opinionFor(RiskFinding f) {
        return Finding.of(f.articleRef(), ChecklistItem.forRisk(f.category()),
                Texts.get("risk.wb.opinion", f.why()), f.basis());
    }

    public void dismiss(RiskFinding f, String reason) {
        busy.set(true);
        BackgroundTask.of(() -> risk.dismiss(documentId, f, reason)).onSuccess(d -> scan()).onError(errors)
                .andFinally(() -> busy.set(false)).runOn(runner);
    }

    public ObservableList<RiskFinding> findings() { return findings; }
    public StringProperty summaryProperty() { return summary; }
    public BooleanProperty busyProperty() { return busy; }
}
