package org.normdesk.ui.review;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.normdesk.domain.ArticleDiff;
import org.normdesk.domain.Articles;
import org.normdesk.domain.ReviewOutcome;
import org.normdesk.domain.Texts;
import org.normdesk.domain.review.Adoption;
import org.normdesk.domain.review.CheckEntry;
import org.normdesk.domain.review.ChecklistItem;
import org.normdesk.domain.review.CheckResult;
import org.normdesk.domain.review.DocumentVersion;
import org.normdesk.domain.review.Finding;
import org.normdesk.domain.review.OpinionTemplate;
import org.normdesk.domain.review.OutcomeRefinement;
import org.normdesk.domain.review.ReviewDeadline;
import org.normdesk.service.ReviewFile;
import org.normdesk.service.ReviewService;
import org.normdesk.ui.common.BackgroundTask;
import org.normdesk.ui.common.TaskRunner;

/**
 * The review workbench of one document without its controls: the text by article, the deadline,
 * checklist, findings, outcome and 意见书, the revised drafts compared, and the adoption of each
 * finding. Every change goes to the {@link ReviewService} off the FX thread and reloads the file.
 */
public final class WorkbenchViewModel {
    private final ReviewService reviews;
    private final long documentId;
    private final TaskRunner runner;
    private final Consumer<Throwable> errors;
    private final Supplier<LocalDate> today;
    private Runnable onChanged = () -> { };

    private final ObjectProperty<ReviewFile> file = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final ObservableList<Articles.Article> articles = FXCollections.observableArrayList();
    private final ObjectProperty<ReviewDeadline> deadline = new SimpleObjectProperty<>();
    private final ObservableList<CheckEntry> checks = FXCollections.observableArrayList();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    private final ObservableList<OpinionTemplate> templates = FXCollections.observableArrayList();
    private final ObservableList<DocumentVersion> versions = FXCollections.observableArrayList();
    private final ObservableList<ArticleDiff.Pair> diff = FXCollections.observableArrayList();
    private final ObjectProperty<ReviewOutcome> outcome = new SimpleObjectProperty<>();
    private final ObjectProperty<OutcomeRefinement> refinement = new SimpleObjectProperty<>();
    private final StringProperty overall = new SimpleStringProperty("");
    private final StringProperty opinionNumber = new SimpleStringProperty("");
    private final BooleanProperty finished = new SimpleBooleanProperty();
    private final BooleanProperty accepted = new SimpleBooleanProperty();
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public WorkbenchViewModel(ReviewService reviews, long documentId, TaskRunner runner, Consumer<Throwable> errors,
                              Supplier<LocalDate> today) {
        this.reviews = reviews;
        this.documentId = documentId;
        this.runner = runner;
        this.errors = errors;
        this.today = today;
    }

    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    public void load() {
        busy.set(true);
        BackgroundTask.of(() -> reviews.file(documentId))
                .onSuccess(this::show)
                .onError(errors)
                .andFinally(() -> busy.set(false))
                .runOn(runner);
        BackgroundTask.of(reviews::templates).onSuccess(templates::setAll).onError(errors).runOn(runner);
    }

    private void show(ReviewFile f) {
        file.set(f);
        title.set(f.document().title());
        articles.setAll(Articles.split(f.document().fullText()));
        deadline.set(f.deadline());
        checks.setAll(f.checks());
        findings.setAll(f.findings());
        versions.setAll(f.versions());
        var c = f.reviewCase();
        accepted.set(c != null && c.clockStartedOn() != null);
        finished.set(c != null && c.isFinished());
        outcome.set(c == null ? null : c.outcome());
        refinement.set(c == null ? null : c.refinement());
        overall.set(c == null || c.overallOpinion() == null ? "" : c.overallOpinion());
        opinionNumber.set(c == null || c.opinionNumber() == null ? "" : c.opinionNumber());
    }

    /** Runs a change, then reloads the file and tells the other screens. */
    private <T> void change(Callable<T> work, Consumer<? super T> then) {
        busy.set(true);
        BackgroundTask.of(work)
                .onSuccess(result -> {
                    then.accept(result);
                    load();
                    onChanged.run();
                })
                .onError(errors)
                .andFinally(() -> busy.set(false))
                .runOn(runner);
    }

    public void extend(int days, String reason) {
        change(() -> reviews.extend(documentId, days, reason), c -> { });
    }

    public void putCheck(ChecklistItem item, CheckResult result, String note) {
        change(() -> {
            reviews.putCheck(documentId, new CheckEntry(item, result, note == null || note.isBlank() ? null : note));
            return null;
        }, r -> { });
    }

    /** The answer recorded for a checklist point, or null. */
    public CheckEntry check(ChecklistItem item) {
        return checks.stream().filter(e -> e.item() == item).findFirst().orElse(null);
    }

    public void saveFinding(Finding f) {
        change(() -> {
            if (f.id() == null) {
                return reviews.addFinding(documentId, f);
            }
            reviews.updateFinding(documentId, f);
            return f;
        }, r -> { });
    }

    public void removeFinding(Finding f) {
        change(() -> {
            reviews.removeFinding(documentId, f.id());
            return null;
        }, r -> { });
    }

    /** A new finding from an 常用意见, on the given article. */
    public static Finding fromTemplate(OpinionTemplate t, String articleRef) {
        return Finding.of(articleRef, t.category(), t.opinion(), t.legalBasis());
    }

    public void saveOpinion() {
        change(() -> reviews.setOpinion(documentId, outcome.get(), refinement.get(), overall.get()), c -> { });
    }

    /** Saves the opinion as shown, then closes the review; the number goes to {@code shown}. */
    public void finish(Consumer<String> shown) {
        change(() -> {
            reviews.setOpinion(documentId, outcome.get(), refinement.get(), overall.get());
            return reviews.finish(documentId, today.get());
        }, c -> shown.accept(c.opinionNumber()));
    }

    /** 《title》合法性审核意见书.docx */
    public String exportFileName() {
        return Texts.get("rui.export.fileName", title.get().replaceAll("[\\\\/:*?\"<>|]", "_"));
    }

    public void export(Path target, Runnable done) {
        busy.set(true);
        BackgroundTask.of(() -> {
                    reviews.exportOpinion(documentId, target);
                    return target;
                })
                .onSuccess(p -> done.run())
                .onError(errors)
                .andFinally(() -> busy.set(false))
                .runOn(runner);
    }

    public void addRevision(String text, String note) {
        change(() -> reviews.addRevision(documentId, text, note), v -> { });
    }

    public void compare(int from, int to) {
        BackgroundTask.of(() -> reviews.compare(documentId, from, to)).onSuccess(diff::setAll).onError(errors)
                .runOn(runner);
    }

    public void recordAdoption(Finding f, Adoption adoption, String reason) {
        change(() -> {
            reviews.recordAdoption(documentId, f.id(), adoption, reason);
            return null;
        }, r -> { });
    }

    public long documentId() { return documentId; }
    public ObjectProperty<ReviewFile> fileProperty() { return file; }
    public StringProperty titleProperty() { return title; }
    public ObservableList<Articles.Article> articles() { return articles; }
    public ObjectProperty<ReviewDeadline> deadlineProperty() { return deadline; }
    public ObservableList<CheckEntry> checks() { return checks; }
    public ObservableList<Finding> findings() { return findings; }
    public ObservableList<OpinionTemplate> templates() { return templates; }
    public ObservableList<DocumentVersion> versions() { return versions; }
    public ObservableList<ArticleDiff.Pair> diff() { return diff; }
    public ObjectProperty<ReviewOutcome> outcomeProperty() { return outcome; }
    public ObjectProperty<OutcomeRefinement> refinementProperty() { return refinement; }
    public StringProperty overallProperty() { return overall; }
    public StringProperty opinionNumberProperty() { return opinionNumber; }
    public BooleanProperty finishedProperty() { return finished; }
    public BooleanProperty acceptedProperty() { return accepted; }
    public BooleanProperty busyProperty() { return busy; }

    static List<ChecklistItem> checklist() {
        return List.of(ChecklistItem.values());
    }
}
