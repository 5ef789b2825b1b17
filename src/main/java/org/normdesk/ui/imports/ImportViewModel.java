package org.normdesk.ui.imports;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.normdesk.domain.Issuer;
import org.normdesk.domain.Texts;
import org.normdesk.domain.extract.LedgerMapping;
import org.normdesk.service.ConfirmedImport;
import org.normdesk.service.ImportCandidate;
import org.normdesk.service.ImportReport;
import org.normdesk.service.ImportService;
import org.normdesk.service.IssuerService;
import org.normdesk.service.LedgerPreview;
import org.normdesk.service.Progress;
import org.normdesk.ui.common.BackgroundTask;
import org.normdesk.ui.common.TaskHandle;
import org.normdesk.ui.common.TaskRunner;

/**
 * The import dialog's state. Word and text files: examine in the background, review and correct
 * the rows, import the ticked ones, show the report. An Excel ledger: preview its heading row,
 * let the user correct which column feeds which field while the first rows follow, import it all
 * or nothing, show the report. Work runs on the {@link TaskRunner} with
 * progress; 取消 stops it between files and the report says what was done until then.
 */
public final class ImportViewModel {

    /** The dialog's steps. */
    public enum Step { EXAMINING, REVIEW, LEDGER_PREVIEW, IMPORTING, REPORT }

    private final ImportService imports;
    private final IssuerService issuerService;
    private final TaskRunner runner;
    private final Consumer<Throwable> errors;
    private final Runnable onImported;

    private final ObjectProperty<Step> step = new SimpleObjectProperty<>(Step.EXAMINING);
    private final ObservableList<ImportRow> rows = FXCollections.observableArrayList(
            r -> new javafx.beans.Observable[] {r.tickedProperty(), r.statusProperty()});
    private final ObservableList<Issuer> issuers = FXCollections.observableArrayList();
    private final ObjectProperty<ImportRow> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<LedgerPreview> ledger = new SimpleObjectProperty<>();
    private final LedgerMappingModel ledgerMapping = new LedgerMappingModel();
    private final ObjectProperty<ImportReport> report = new SimpleObjectProperty<>();
    private final ObservableList<ReportLine> reportLines = FXCollections.observableArrayList();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    private final BooleanBinding canImport;
    private AtomicBoolean cancelRequested = new AtomicBoolean();

    public ImportViewModel(ImportService imports, IssuerService issuers, TaskRunner runner, Consumer<Throwable> errors,
                           Runnable onImported) {
        this.imports = imports;
        this.issuerService = issuers;
        this.runner = runner;
        this.errors = errors;
        this.onImported = onImported;
        canImport = Bindings.createBooleanBinding(() -> !busy.get() && (step.get() == Step.REVIEW
                        ? rows.stream().anyMatch(r -> r.tickedProperty().get())
                        : step.get() == Step.LEDGER_PREVIEW && ledger.get() != null && ledger.get().sheet() != null
                        && ledgerMapping.problemProperty().get().isEmpty()),
                busy, step, rows, ledger, ledgerMapping.problemProperty());
        // While the user maps the ledger's columns, the message says what the mapping would import, or what it lacks.
        InvalidationListener ledgerMessage = o -> {
            if (step.get() == Step.LEDGER_PREVIEW) {
                message.set(ledgerMapping.problemProperty().get().isEmpty() ? ledgerMapping.summaryProperty().get()
                        : ledgerMapping.problemProperty().get());
            }
        };
        ledgerMapping.summaryProperty().addListener(ledgerMessage);
        ledgerMapping.problemProperty().addListener(ledgerMessage);
    }

    /** Step 1 for Word and text files (folders walked): reads and extracts them in the background. */
    public void examine(List<Path> paths) {
        step.set(Step.EXAMINING);
        message.set(Texts.get("import.examining"));
        AtomicBoolean cancel = startWork();
        BackgroundTask<Examined> work = BackgroundTask.withContext(context -> {
                    List<Issuer> known = issuerService.all();
                    List<ImportCandidate> found = imports.examineAll(paths, progressOf(context, cancel));
                    return new Examined(known, found, cancel.get());
                })
                .onSuccess(this::showReview)
                .onError(this::failed)
                .andFinally(() -> busy.set(false));
        track(work.runOn(runner));
    }

    private record Examined(List<Issuer> issuers, List<ImportCandidate> candidates, boolean cancelled) {
    }

    private void showReview(Examined examined) {
        issuers.setAll(examined.issuers());
        List<ImportRow> made = new ArrayList<>();
        examined.candidates().forEach(c -> made.add(new ImportRow(c, examined.issuers())));
        rows.setAll(made);
        selected.set(made.isEmpty() ? null : made.get(0));
        message.set(examined.cancelled() ? Texts.get("import.review.cancelled", made.size()) : summary());
        rows.addListener((javafx.collections.ListChangeListener<ImportRow>) c -> message.set(summary()));
        step.set(Step.REVIEW);
    }

    /** 共 N 个文件：可导入 a，待补充 b，重复 c，无法读取 d；已勾选 k。 */
    public String summary() {
        long[] count = new long[ImportRow.Status.values().length];
        rows.forEach(r -> count[r.statusProperty().getValue().ordinal()]++);
        long ticked = rows.stream().filter(r -> r.tickedProperty().get()).count();
        return Texts.get("import.review.summary", rows.size(), count[ImportRow.Status.READY.ordinal()],
                count[ImportRow.Status.INCOMPLETE.ordinal()], count[ImportRow.Status.DUPLICATE.ordinal()],
                count[ImportRow.Status.UNREADABLE.ordinal()], ticked);
    }

    /** The ticked rows with their fields as corrected, in table order. */
    public List<ConfirmedImport> confirmed() {
        return rows.stream().filter(r -> r.tickedProperty().get() && r.canBeTicked()).map(ImportRow::confirmed).toList();
    }

    /**
     * An Excel ledger: reads its heading row and lines, and proposes the mapping the headings
     * suggest, for the user to correct in {@link #ledgerMapping()} before the import.
     */
    public void previewLedger(Path file) {
        step.set(Step.EXAMINING);
        message.set(Texts.get("import.ledger.reading", file.getFileName()));
        startWork();
        BackgroundTask.of(() -> imports.previewLedger(file))
                .onSuccess(preview -> {
                    if (preview.sheet() != null) {
                        ledgerMapping.load(preview.sheet());
                    }
                    ledger.set(preview);
                    step.set(Step.LEDGER_PREVIEW);
                    message.set(preview.failure() != null ? preview.failure().message()
                            : !ledgerMapping.problemProperty().get().isEmpty() ? ledgerMapping.problemProperty().get()
                            : ledgerMapping.summaryProperty().get());
                })
                .onError(this::failed)
                .andFinally(() -> busy.set(false))
                .runOn(runner);
    }

    /**
     * Step 2: saves the ticked rows, or the previewed ledger's rows through the mapping as the user
     * left it (all or nothing), then shows the report.
     */
    public void importConfirmed() {
        if (!canImport.get()) {
            return;
        }
        boolean isLedger = step.get() == Step.LEDGER_PREVIEW;
        List<ConfirmedImport> chosen = isLedger ? List.of() : confirmed();
        LedgerPreview preview = ledger.get();
        LedgerMapping mapping = isLedger ? ledgerMapping.mappingProperty().get() : null;
        step.set(Step.IMPORTING);
        message.set(Texts.get("import.importing"));
        AtomicBoolean cancel = startWork();
        BackgroundTask<ImportReport> work = BackgroundTask.withContext(context -> isLedger
                        ? imports.importLedger(preview, mapping, progressOf(context, cancel))
                        : imports.importConfirmed(chosen, progressOf(context, cancel)))
                .onSuccess(this::showReport)
                .onError(this::failed)
                .andFinally(() -> busy.set(false));
        track(work.runOn(runner));
    }

    /**
     * The report covers the whole batch: besides what the save did, the files that could not be read
     * count as failed and unticked duplicates as duplicates; other unticked files are listed as left out.
     */
    private void showReport(ImportReport saved) {
        ImportReport r = saved;
        List<ImportRow> leftOut = new ArrayList<>();
        if (ledger.get() == null && !saved.cancelled()) {
            List<ImportReport.Skipped> duplicates = new ArrayList<>(saved.duplicates());
            List<ImportReport.Skipped> failed = new ArrayList<>(saved.failed());
            for (ImportRow row : rows) {
                if (row.tickedProperty().get() && row.canBeTicked()) {
                    continue;
                }
                switch (row.candidate().status()) {
                    case UNREADABLE -> failed.add(new ImportReport.Skipped(row.file(), row.candidate().reason()));
                    case DUPLICATE -> duplicates.add(new ImportReport.Skipped(row.file(), row.candidate().reason()));
                    case READY -> leftOut.add(row);
                    default -> throw new IllegalStateException();
                }
            }
            r = new ImportReport(saved.imported(), duplicates, failed, false);
        }
        report.set(r);
        reportLines.setAll(ReportLine.of(r, leftOut));
        String summary = Texts.get("import.summary", r.imported().size(), r.duplicates().size(), r.failed().size());
        if (!leftOut.isEmpty()) {
            summary += Texts.get("import.report.leftOut", leftOut.size());
        }
        if (ledger.get() != null) {
            // A ledger is all or nothing: a cancel or a failed write leaves nothing, and the message says so.
            Path file = ledger.get().file();
            summary = r.cancelled() ? Texts.get("import.ledger.cancelled") : r.failed().stream()
                    .filter(s -> s.file().equals(file)).map(ImportReport.Skipped::reason).findFirst().orElse(summary);
            message.set(summary);
        } else {
            message.set(r.cancelled() ? summary + " " + Texts.get("import.cancelled") : summary);
        }
        step.set(Step.REPORT);
        if (!r.imported().isEmpty()) {
            onImported.run();
        }
    }

    /** Asks the running work to stop after the file it is on; what is done is kept and reported. */
    public void cancel() {
        cancelRequested.set(true);
    }

    private AtomicBoolean startWork() {
        cancelRequested = new AtomicBoolean();
        progress.unbind();
        progress.set(-1);
        busy.set(true);
        return cancelRequested;
    }

    /**
     * The service's progress: shown on the bar, and false once 取消 was pressed. The runner's own
     * cancel would drop the result, and the user is owed the report of what was already done.
     */
    private Progress progressOf(BackgroundTask.TaskContext context, AtomicBoolean cancel) {
        return (done, total) -> {
            context.progress(done, total);
            return !cancel.get();
        };
    }

    /** A failure of the work itself (not of one file, which the report lists): back to where the user was. */
    private void failed(Throwable e) {
        if (step.get() == Step.IMPORTING) {
            step.set(ledger.get() != null ? Step.LEDGER_PREVIEW : Step.REVIEW);
        }
        message.set(Texts.get("import.workFailed"));
        errors.accept(e);
    }

    private void track(TaskHandle handle) {
        progress.unbind();
        progress.bind(handle.progressProperty());
    }

    public ObjectProperty<Step> stepProperty() { return step; }
    public ObservableList<ImportRow> rows() { return rows; }
    public ObservableList<Issuer> issuers() { return issuers; }
    public ObjectProperty<ImportRow> selectedProperty() { return selected; }
    public ObjectProperty<LedgerPreview> ledgerProperty() { return ledger; }
    public LedgerMappingModel ledgerMapping() { return ledgerMapping; }
    public ObjectProperty<ImportReport> reportProperty() { return report; }
    public ObservableList<ReportLine> reportLines() { return reportLines; }
    public javafx.beans.property.ReadOnlyDoubleProperty progressProperty() { return progress; }
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty messageProperty() { return message; }
    public BooleanBinding canImportProperty() { return canImport; }
}
