package org.normdesk.ui.laws;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import org.normdesk.domain.Problem;
import org.normdesk.domain.Texts;
import org.normdesk.domain.cleanup.CampaignKind;
import org.normdesk.domain.cleanup.CleanupCampaign;
import org.normdesk.domain.law.LawNames;
import org.normdesk.domain.law.LawStatus;
import org.normdesk.domain.law.UpperLaw;
import org.normdesk.service.CleanupService;
import org.normdesk.service.UpperLawService;
import org.normdesk.service.UpperLawService.CitingDocument;
import org.normdesk.ui.common.BackgroundTask;
import org.normdesk.ui.common.TaskHandle;
import org.normdesk.ui.common.TaskRunner;

/**
 * 上位法库: the law table filtered by status and a search text, the documents in force that cite the
 * chosen law, and the actions on it (save, 标记废止, 标记修改, CSV import, 专项清理 over the citing
 * documents), all off the FX thread. Never touches a control, so it is tested without the toolkit.
 */
public final class UpperLawsViewModel {
    private final UpperLawService laws;
    private final CleanupService cleanup;
    private final TaskRunner runner;
    private final Consumer<Throwable> errors;
    private final ObservableList<UpperLaw> all = FXCollections.observableArrayList();
    private final FilteredList<UpperLaw> shown = new FilteredList<>(all);
    private final ObservableList<CitingDocument> citing = FXCollections.observableArrayList();
    /** null: every status. */
    private final ObjectProperty<LawStatus> statusFilter = new SimpleObjectProperty<>();
    private final StringProperty search = new SimpleStringProperty("");
    private final ObjectProperty<UpperLaw> selected = new SimpleObjectProperty<>();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final StringProperty message = new SimpleStringProperty("");
    /** Bumped on every selection so that an older, slower look-up of citing documents is dropped. */
    private long citingRequest;

    public UpperLawsViewModel(UpperLawService laws, CleanupService cleanup, TaskRunner runner,
                              Consumer<Throwable> errors) {
        this.laws = laws;
        this.cleanup = cleanup;
        this.runner = runner;
        this.errors = errors;
        statusFilter.addListener(o -> applyFilter());
        search.addListener(o -> applyFilter());
        selected.addListener((o, a, b) -> {
            if (b == null || a == null || !a.id().equals(b.id())) {
                loadCiting();
            }
        });
    }

    /** Reads the table again (the first time also writes the built-in rows into the database). */
    public void refresh() {
        busy.set(true);
        BackgroundTask.of(laws::all)
                .onSuccess(list -> {
                    UpperLaw chosen = selected.get();
                    all.setAll(list);
                    if (chosen != null) {
                        UpperLaw again = list.stream().filter(l -> l.id().equals(chosen.id())).findFirst().orElse(null);
                        selected.set(again);
                        loadCiting();
                    }
                })
                .onError(errors)
                .andFinally(() -> busy.set(false))
                .runOn(runner);
    }

    private void applyFilter() {
        LawStatus status = statusFilter.get();
        String text = search.get() == null ? "" : search.get().strip();
        String key = LawNames.key(text);
        shown.setPredicate(l -> (status == null || l.status() == status)
                && (text.isEmpty() || l.name().contains(text) || !key.isEmpty() && l.key().contains(key)
                || l.replacedBy() != null && l.replacedBy().contains(text)));
    }

    private void loadCiting() {
        UpperLaw law = selected.get();
        long request = ++citingRequest;
        if (law == null) {
            citing.clear();
            return;
        }
        BackgroundTask.of(() -> laws.citingDocuments(law.id(), true))
                .onSuccess(list -> {
                    if (request == citingRequest) {
                        citing.setAll(list);
                    }
                })
                .onError(errors)
                .runOn(runner);
    }

    /** What is wrong with the form's row, in Chinese (the service's own check); empty when it can be saved. */
    public List<String> problems(UpperLaw law) {
        return laws.validate(law).stream().map(Problem::message).toList();
    }

    /** A new row as the form starts it: 有效, entered by the office. */
    public UpperLaw blank() {
        return new UpperLaw(null, "", "", null, null, null, null, LawStatus.IN_FORCE, null, null, null,
                UpperLaw.USER, 0);
    }

    public void save(UpperLaw law) {
        act(() -> Texts.get("lawui.saved", laws.save(law).name()));
    }

    public void markRepealed(LocalDate on, String replacedBy) {
        long id = selected.get().id();
        act(() -> Texts.get("lawui.repealed", laws.markRepealed(id, on, replacedBy).name()));
    }

    public void markAmended(LocalDate on) {
        long id = selected.get().id();
        act(() -> Texts.get("lawui.amended", laws.markAmended(id, on).name()));
    }

    /** Adds or updates rows from the office's CSV; a bad file changes nothing and says why. */
    public void importCsv(Path file) {
        act(() -> {
            UpperLawService.ImportResult r = laws.importCsv(file);
            return Texts.get("lawui.imported", file.getFileName(), r.added(), r.updated());
        });
    }

    /** The name the 发起专项清理 dialog suggests: 因《X》废止开展的专项清理 (or 修改). */
    public String suggestedCampaignName() {
        UpperLaw law = selected.get();
        return Texts.get(law.status() == LawStatus.REPEALED ? "lawui.cleanup.nameRepealed" : "lawui.cleanup.nameAmended",
                law.name());
    }

    /**
     * Starts a 专项清理 over exactly the documents listed as citing the chosen law, with the law as its
     * theme and today as its cut-off; {@code done} gets the campaign (the 清理 screen shows it).
     */
    public TaskHandle startCleanup(String name, Consumer<CleanupCampaign> done) {
        UpperLaw law = selected.get();
        List<Long> ids = citing.stream().map(CitingDocument::id).toList();
        CleanupCampaign draft = CleanupCampaign.draft(name, CampaignKind.SPECIAL, law.name(), cleanup.today(),
                null, null, null);
        busy.set(true);
        return BackgroundTask.withContext(ctx -> cleanup.createSpecial(draft, ids, (d, total) -> {
                    ctx.progress(d, total);
                    return !ctx.isCancelled();
                }))
                .onSuccess(c -> {
                    message.set(Texts.get("lawui.cleanup.created", c.name(), ids.size()));
                    done.accept(c);
                })
                .onError(errors)
                .andFinally(() -> busy.set(false))
                .runOn(runner);
    }

    private void act(Callable<String> work) {
        busy.set(true);
        BackgroundTask.of(work)
                .onSuccess(text -> {
                    message.set(text);
                    refresh();
                })
                .onError(errors)
                .andFinally(() -> busy.set(false))
                .runOn(runner);
    }

    /** 被…替代 / 修改 as the table shows it. */
    public static String replacement(UpperLaw law) {
        return law.replacedBy() == null ? "" : law.replacedBy();
    }

    /** The cited articles of a document, 第三条、第五条, or 全文 when it cites the law as a whole. */
    public static String articles(CitingDocument d) {
        return d.articles().isEmpty() ? Texts.get("lawui.citing.whole")
                : d.articles().stream().collect(Collectors.joining("、"));
    }

    public ObservableList<UpperLaw> laws() { return shown; }
    public ObservableList<CitingDocument> citing() { return citing; }
    public ObjectProperty<LawStatus> statusFilterProperty() { return statusFilter; }
    public StringProperty searchProperty() { return search; }
    public ObjectProperty<UpperLaw> selectedProperty() { return selected; }
    public BooleanProperty busyProperty() { return busy; }
    public StringProperty messageProperty() { return message; }
    public int total() { return all.size(); }
}
