package org.normdesk.ui.review;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.normdesk.domain.Texts;
import org.normdesk.service.Progress;
import org.normdesk.service.SimilarDocumentsService;
import org.normdesk.service.SimilarDocumentsService.SimilarDocument;
import org.normdesk.service.SimilarDocumentsService.SimilarList;
import org.normdesk.ui.common.BackgroundTask;
import org.normdesk.ui.common.TaskHandle;
import org.normdesk.ui.common.TaskRunner;

/**
 * 相似文件 in the workbench: the documents in force that deal with the same matter as the draft,
 * found in the background (the first list on a register makes the missing word vectors, with
 * progress and cancel), and a summary saying how many were compared.
 */
public final class SimilarViewModel {
    private final SimilarDocumentsService similar;
    private final long documentId;
    private final TaskRunner runner;
    private final Consumer<Throwable> errors;
    private final ObservableList<SimilarDocument> documents = FXCollections.observableArrayList();
    private final StringProperty summary = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final DoubleProperty progress = new SimpleDoubleProperty(-1);
    private final AtomicBoolean cancel = new AtomicBoolean();

    public SimilarViewModel(SimilarDocumentsService similar, long documentId, TaskRunner runner,
                            Consumer<Throwable> errors) {
        this.similar = similar;
        this.documentId = documentId;
        this.runner = runner;
        this.errors = errors;
    }

    public void load() {
        if (busy.get()) {
            return;
        }
        busy.set(true);
        cancel.set(false);
        summary.set(Texts.get("similar.wb.working"));
        TaskHandle handle = BackgroundTask.withContext(context -> similar.similarTo(documentId, SimilarDocumentsService.DEFAULT_LIMIT,
                progressOf(context)))
                .onSuccess(this::show)
                .onError(e -> {
                    summary.set("");
                    errors.accept(e);
                })
                .andFinally(() -> busy.set(false))
                .runOn(runner);
        progress.unbind();
        progress.bind(handle.progressProperty());
    }

    /** Stops the making of vectors after the current batch; what was made is kept for the next time. */
    public void cancel() {
        cancel.set(true);
    }

    private Progress progressOf(BackgroundTask.TaskContext context) {
        return (done, total) -> {
            context.progress(done, total);
            return !cancel.get() && !context.isCancelled();
        };
    }

    private void show(SimilarList list) {
        documents.setAll(list.documents());
        String min = score(SimilarDocumentsService.MIN_SCORE);
        if (list.cancelled()) {
            summary.set(Texts.get("similar.wb.cancelled"));
        } else if (list.documents().isEmpty()) {
            summary.set(Texts.get("similar.wb.none", list.compared(), min));
        } else {
            summary.set(Texts.get("similar.wb.summary", list.compared(), list.documents().size(), min));
        }
    }

    /** A score as the table shows it: two decimals, 0.62. */
    public static String score(double score) {
        return String.format(Locale.ROOT, "%.2f", score);
    }

    /** The shared words, heaviest first: 储备粮、轮换、承储企业. */
    public static String terms(List<String> terms) {
        return String.join("、", terms);
    }

    public ObservableList<SimilarDocument> documents() { return documents; }
    public StringProperty summaryProperty() { return summary; }
    public BooleanProperty busyProperty() { return busy; }
    /** 0..1 while vectors are made, -1 while the amount of work is not known yet. */
    public DoubleProperty progressProperty() { return progress; }
}
