package org.normdesk.ui.filing;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.normdesk.domain.filing.FilingAuthority;
import org.normdesk.domain.filing.FilingMaterial;
import org.normdesk.domain.filing.FilingQuery;
import org.normdesk.domain.filing.FilingRow;
import org.normdesk.domain.filing.FilingStatus;
import org.normdesk.domain.filing.RegistrationResult;
import org.normdesk.domain.filing.ReviewResult;
import org.normdesk.domain.Texts;
import org.normdesk.service.ConfirmedImport;
import org.normdesk.service.FilingService;
import org.normdesk.service.IncomingFilingService;
import org.normdesk.ui.common.BackgroundTask;
import org.normdesk.ui.common.TaskRunner;

/**
 * 备案: the filings with their derived status, filtered by status, authority and words; the
 * recording of each step and the exports, all run off the FX thread.
 */
public final class FilingViewModel {
    private final FilingService filings;
    private final IncomingFilingService incoming;
    private final TaskRunner runner;
    private final Consumer<Throwable> errors;
    private final Runnable documentsChanged;
    private final ObservableList<FilingRow> rows = FXCollections.observableArrayList();
    private final ObservableList<FilingAuthority> authorities = FXCollections.observableArrayList();
    private final ObjectProperty<FilingStatus> status = new SimpleObjectProperty<>();
    private final ObjectProperty<FilingAuthority> authority = new SimpleObjectProperty<>();
    private final StringProperty text = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");

    public FilingViewModel(FilingService filings, IncomingFilingService incoming, TaskRunner runner,
                           Consumer<Throwable> errors, Runnable documentsChanged) {
        this.filings = filings;
        this.incoming = incoming;
        this.runner = runner;
        this.errors = errors;
        this.documentsChanged = documentsChanged;
        status.addListener((o, a, b) -> refresh());
        authority.addListener((o, a, b) -> refresh());
    }

    public FilingQuery query() {
        FilingAuthority a = authority.get();
        return FilingQuery.all().withStatus(status.get()).withAuthority(a == null ? null : a.id()).withText(text.get());
    }

    public void refresh() {
        FilingQuery q = query();
        busy.set(true);
        BackgroundTask.of(() -> new Loaded(filings.list(q), filings.authorities()))
                .onSuccess(l -> {
                    rows.setAll(l.rows());
                    if (!l.authorities().equals(authorities)) {
                        FilingAuthority chosen = authority.get();
                        authorities.setAll(l.authorities());
                        if (chosen != null) {
                            authority.set(l.authorities().stream().filter(x -> x.id().equals(chosen.id())).findFirst()
                                    .orElse(null));
                        }
                    }
                })
                .onError(errors)
                .andFinally(() -> busy.set(false))
                .runOn(runner);
    }

    private record Loaded(List<FilingRow> rows, List<FilingAuthority> authorities) {
    }

    public void submit(long filingId, LocalDate on, List<FilingMaterial> given, String reportNumber) {
        act(() -> filings.submit(filingId, on, given, reportNumber), false);
    }

    public void register(long filingId, RegistrationResult result, LocalDate on, LocalDate correctionDue) {
        act(() -> filings.recordRegistration(filingId, result, on, correctionDue), false);
    }

    public void correct(long filingId, LocalDate on) {
        act(() -> filings.recordCorrection(filingId, on), false);
    }

    /** A 撤销 changes the document's 时效性, so the register is told. */
    public void review(long filingId, ReviewResult result, LocalDate on, String note) {
        act(() -> filings.recordReview(filingId, result, on, note), result == ReviewResult.REVOKE);
    }

    public void followUp(long filingId, LocalDate answeredOn, String answer, LocalDate refiledOn) {
        act(() -> filings.recordFollowUp(filingId, answeredOn, answer, refiledOn), false);
    }

    public void saveAuthority(FilingAuthority a) {
        act(() -> filings.saveAuthority(a), false);
    }

    public void exportRegister(Path target, Consumer<Path> done) {
        FilingQuery q = query();
        export(() -> {
            filings.exportRegister(q, filings.registerHeading(q), target);
            return target;
        }, done);
    }

    public void exportCatalog(int year, Path target, Consumer<Path> done) {
        export(() -> {
            filings.exportCatalog(year, target);
            return target;
        }, done);
    }

    public void exportReport(long filingId, Path target, Consumer<Path> done) {
        export(() -> {
            filings.exportReport(filingId, target);
            return target;
        }, done);
    }

    /** A new statistics window's model, on the same services. */
    public FilingStatisticsViewModel statistics() {
        return new FilingStatisticsViewModel(filings, runner, errors);
    }

    /** 收到备案, first step: the Word file read (off the FX thread), with the issuers and materials to offer. */
    public void examineIncoming(Path file, Consumer<IncomingFilingService.Draft> then) {
        busy.set(true);
        message.set(Texts.get("fui.incoming.reading", file.getFileName()));
        BackgroundTask.of(() -> incoming.examine(file))
                .onSuccess(d -> {
                    message.set("");
                    then.accept(d);
                })
                .onError(e -> {
                    message.set("");
                    errors.accept(e);
                })
                .andFinally(() -> busy.set(false))
                .runOn(runner);
    }

    /** 收到备案, second step: the document saved with its filing; the list shows it selected-ready. */
    public void receiveIncoming(ConfirmedImport confirmed, String filedBy, LocalDate receivedOn,
                                List<FilingMaterial> given) {
        busy.set(true);
        BackgroundTask.of(() -> incoming.receive(confirmed, filedBy, receivedOn, given))
                .onSuccess(r -> {
                    message.set(Texts.get("fui.incoming.done", confirmed.fields().title()));
                    refresh();
                    documentsChanged.run();
                })
                .onError(errors)
                .andFinally(() -> busy.set(false))
                .runOn(runner);
    }

    public LocalDate today() {
        return filings.today();
    }

    private void export(Callable<Path> work, Consumer<Path> done) {
        busy.set(true);
        BackgroundTask.of(work).onSuccess(done).onError(errors).andFinally(() -> busy.set(false)).runOn(runner);
    }

    private void act(Callable<Object> work, boolean touchesDocuments) {
        busy.set(true);
        BackgroundTask.of(work)
                .onSuccess(x -> {
                    refresh();
                    if (touchesDocuments) {
                        documentsChanged.run();
                    }
                })
                .onError(errors)
                .andFinally(() -> busy.set(false))
                .runOn(runner);
    }

    public ObservableList<FilingRow> rows() { return rows; }
    public ObservableList<FilingAuthority> authorities() { return authorities; }
    public ObjectProperty<FilingStatus> statusProperty() { return status; }
    public ObjectProperty<FilingAuthority> authorityProperty() { return authority; }
    public StringProperty textProperty() { return text; }
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty messageProperty() { return message; }
}
