package org.normdesk.ui.settings;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.Problem;
import org.normdesk.service.IssuerService;
import org.normdesk.ui.common.BackgroundTask;
import org.normdesk.ui.common.ChineseDates;
import org.normdesk.ui.common.TaskRunner;

/** One issuer being added or edited: its fields, the service's checks as the user types, and saving. */
public final class IssuerFormViewModel {
    private final IssuerService service;
    private final TaskRunner runner;
    private final Consumer<Throwable> errors;
    private final Issuer original;

    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty shortName = new SimpleStringProperty("");
    private final ObjectProperty<IssuerCategory> category = new SimpleObjectProperty<>();
    private final StringProperty listedSince = new SimpleStringProperty("");
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private final BooleanBinding hasErrors = Bindings.createBooleanBinding(
            () -> problems.stream().anyMatch(Problem::isError), problems);
    private long round;

    /** @param original the issuer to edit, or null for a new one */
    IssuerFormViewModel(IssuerService service, TaskRunner runner, Consumer<Throwable> errors, Issuer original) {
        this.service = service;
        this.runner = runner;
        this.errors = errors;
        this.original = original;
        if (original != null) {
            name.set(original.name());
            shortName.set(original.shortName() == null ? "" : original.shortName());
            category.set(original.category());
            listedSince.set(ChineseDates.format(original.listedSince()));
        }
        InvalidationListener changed = o -> validate();
        name.addListener(changed);
        shortName.addListener(changed);
        category.addListener(changed);
        listedSince.addListener(changed);
        validate();
    }

    public boolean isNew() {
        return original == null;
    }

    Issuer candidate() {
        var since = ChineseDates.parse(listedSince.get()).orElse(null);
        return original == null ? Issuer.create(name.get(), shortName.get(), category.get(), since)
                : new Issuer(original.id(), name.get(), shortName.get(), category.get(), since, original.retiredOn(),
                original.version());
    }

    /** Checks off the FX thread (the duplicate-name check reads the database); the latest answer wins. */
    public void validate() {
        Issuer issuer = candidate();
        List<Problem> local = new ArrayList<>();
        if (ChineseDates.isUnreadable(listedSince.get())) {
            local.add(Problem.error("listedSince", "validation.date.unreadable", listedSince.get().strip()));
        }
        long mine = ++round;
        BackgroundTask.of(() -> service.validate(issuer))
                .onSuccess(found -> {
                    if (mine == round) {
                        List<Problem> all = new ArrayList<>(local);
                        all.addAll(found);
                        problems.setAll(all);
                    }
                })
                .onError(errors)
                .runOn(runner);
    }

    /** Saves; {@code onSaved} runs with the stored issuer, refusals go to the error consumer. */
    public void save(Consumer<Issuer> onSaved) {
        if (ChineseDates.isUnreadable(listedSince.get())) {
            validate();
            return;
        }
        Issuer issuer = candidate();
        busy.set(true);
        BackgroundTask.of(() -> original == null ? service.add(issuer) : service.edit(issuer))
                .onSuccess(onSaved)
                .onError(errors)
                .andFinally(() -> busy.set(false))
                .runOn(runner);
    }

    public StringProperty nameProperty() { return name; }
    public StringProperty shortNameProperty() { return shortName; }
    public ObjectProperty<IssuerCategory> categoryProperty() { return category; }
    public StringProperty listedSinceProperty() { return listedSince; }
    public ObservableList<Problem> problems() { return problems; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanBinding hasErrorsProperty() { return hasErrors; }
}
