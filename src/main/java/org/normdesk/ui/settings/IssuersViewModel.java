package org.normdesk.ui.settings;

import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.normdesk.domain.Issuer;
import org.normdesk.domain.Texts;
import org.normdesk.service.IssuerService;
import org.normdesk.ui.common.BackgroundTask;
import org.normdesk.ui.common.ChineseDates;
import org.normdesk.ui.common.TaskRunner;

/** 制定主体清单: the list of issuers, read and retired in the background. Adding and editing go through {@link IssuerFormViewModel}. */
public final class IssuersViewModel {
    private final IssuerService service;
    private final TaskRunner runner;
    private final Consumer<Throwable> errors;
    private final ObservableList<Issuer> issuers = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Runnable onChanged = () -> { };

    public IssuersViewModel(IssuerService service, TaskRunner runner, Consumer<Throwable> errors) {
        this.service = service;
        this.runner = runner;
        this.errors = errors;
    }

    /** Called after every change to the list, e.g. so that the register's issuer filter follows. */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    public void refresh() {
        busy.set(true);
        BackgroundTask.of(service::all)
                .onSuccess(issuers::setAll)
                .onError(errors)
                .andFinally(() -> busy.set(false))
                .runOn(runner);
    }

    /** Takes the issuer off the list from today; its documents stay as they are. */
    public void retire(Issuer issuer) {
        busy.set(true);
        BackgroundTask.of(() -> service.retire(issuer))
                .onSuccess(retired -> changed())
                .onError(errors)
                .andFinally(() -> busy.set(false))
                .runOn(runner);
    }

    public IssuerFormViewModel newForm() {
        return new IssuerFormViewModel(service, runner, errors, null);
    }

    public IssuerFormViewModel editForm(Issuer issuer) {
        return new IssuerFormViewModel(service, runner, errors, issuer);
    }

    void changed() {
        refresh();
        onChanged.run();
    }

    public static String status(Issuer issuer) {
        return issuer.isRetired() ? Texts.get("issuers.status.retired", ChineseDates.format(issuer.retiredOn()))
                : Texts.get("issuers.status.listed");
    }

    public ObservableList<Issuer> issuers() { return issuers; }
    public BooleanProperty busyProperty() { return busy; }
}
