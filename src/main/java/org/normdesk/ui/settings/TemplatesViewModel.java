package org.normdesk.ui.settings;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.normdesk.domain.Texts;
import org.normdesk.domain.review.OpinionTemplate;
import org.normdesk.service.ReviewService;
import org.normdesk.ui.common.BackgroundTask;
import org.normdesk.ui.common.TaskRunner;

/** 常用修改意见 (高频修改意见): the office's reusable opinions, offered in the review workbench. */
public final class TemplatesViewModel {
    private final ReviewService service;
    private final TaskRunner runner;
    private final Consumer<Throwable> errors;
    private final ObservableList<OpinionTemplate> templates = FXCollections.observableArrayList();
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public TemplatesViewModel(ReviewService service, TaskRunner runner, Consumer<Throwable> errors) {
        this.service = service;
        this.runner = runner;
        this.errors = errors;
    }

    public void refresh() {
        run(service::templates, templates::setAll);
    }

    public void save(OpinionTemplate t) {
        run(() -> service.saveTemplate(t), saved -> refresh());
    }

    public void delete(OpinionTemplate t) {
        run(() -> {
            service.deleteTemplate(t.id());
            return t;
        }, deleted -> refresh());
    }

    public void addStarters() {
        run(service::addStarterTemplates, added -> {
            status.set(added == 0 ? Texts.get("settings.templates.startersNone")
                    : Texts.get("settings.templates.startersAdded", added));
            refresh();
        });
    }

    private <T> void run(Callable<T> work, Consumer<T> then) {
        busy.set(true);
        BackgroundTask.of(work).onSuccess(then).onError(errors).andFinally(() -> busy.set(false)).runOn(runner);
    }

    public ObservableList<OpinionTemplate> templates() { return templates; }
    public StringProperty statusProperty() { return status; }
    public BooleanProperty busyProperty() { return busy; }
}
