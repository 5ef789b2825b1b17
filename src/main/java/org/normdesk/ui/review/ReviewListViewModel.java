package org.normdesk.ui.review;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.normdesk.domain.RegisterQuery;
import org.normdesk.domain.RegisterRow;
import org.normdesk.domain.Stage;
import org.normdesk.domain.review.ReviewDeadline;
import org.normdesk.domain.review.Submission;
import org.normdesk.service.RegisterService;
import org.normdesk.service.ReviewFile;
import org.normdesk.service.ReviewService;
import org.normdesk.ui.common.BackgroundTask;
import org.normdesk.ui.common.TaskRunner;

/** 合法性审核: the documents awaiting 受理 and the running reviews with their deadlines. */
public final class ReviewListViewModel {

    /** One line of the list. {@code deadline} is null while the document awaits acceptance. */
    public record Row(long documentId, String title, String submittedBy, LocalDate startedOn, ReviewDeadline deadline) {
        public String state() {
            return DeadlineTexts.state(deadline);
        }
    }

    private final RegisterService register;
    private final ReviewService reviews;
    private final TaskRunner runner;
    private final Consumer<Throwable> errors;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final BooleanProperty loading = new SimpleBooleanProperty();

    public ReviewListViewModel(RegisterService register, ReviewService reviews, TaskRunner runner,
                               Consumer<Throwable> errors) {
        this.register = register;
        this.reviews = reviews;
        this.runner = runner;
        this.errors = errors;
    }

    public void refresh() {
        loading.set(true);
        BackgroundTask.of(this::read)
                .onSuccess(rows::setAll)
                .onError(errors)
                .andFinally(() -> loading.set(false))
                .runOn(runner);
    }

    private List<Row> read() {
        List<Row> out = new ArrayList<>();
        for (RegisterRow r : register.page(RegisterQuery.firstPage().withStage(Stage.SUBMITTED)
                .page(0, 500)).rows()) {
            ReviewFile f = reviews.file(r.id());
            String by = f.submissions().isEmpty() ? r.issuer()
                    : f.submissions().get(f.submissions().size() - 1).submittedBy();
            out.add(new Row(r.id(), r.title(), by, null, null));
        }
        for (ReviewFile f : reviews.running()) {
            List<Submission> s = f.submissions();
            out.add(new Row(f.document().id(), f.document().title(),
                    s.isEmpty() ? "" : s.get(s.size() - 1).submittedBy(), f.reviewCase().clockStartedOn(),
                    f.deadline()));
        }
        return out;
    }

    public ObservableList<Row> rows() { return rows; }
    public BooleanProperty loadingProperty() { return loading; }
}
