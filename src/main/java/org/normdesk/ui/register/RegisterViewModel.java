package org.normdesk.ui.register;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.Page;
import org.normdesk.domain.RegisterColumn;
import org.normdesk.domain.RegisterQuery;
import org.normdesk.domain.RegisterRow;
import org.normdesk.domain.Stage;
import org.normdesk.domain.Texts;
import org.normdesk.domain.Validity;
import org.normdesk.service.IssuerService;
import org.normdesk.service.RegisterService;
import org.normdesk.ui.common.BackgroundTask;
import org.normdesk.ui.common.Choice;
import org.normdesk.ui.common.TaskHandle;
import org.normdesk.ui.common.TaskRunner;

/**
 * The register screen without its controls: the filters, the search text, the sort and the page
 * window make one {@link RegisterQuery}; every change asks the database for that one page in the
 * background, and only the answer to the latest question is shown.
 */
public final class RegisterViewModel {
    private final RegisterService register;
    private final IssuerService issuers;
    private final TaskRunner runner;
    private final Consumer<Throwable> errors;

    private final ObservableList<RegisterRow> rows = FXCollections.observableArrayList();
    private final ObservableList<Choice<Stage>> stageChoices =
            FXCollections.observableList(Choice.allAnd(Arrays.asList(Stage.values()), Stage::label));
    private final ObservableList<Choice<Validity>> validityChoices =
            FXCollections.observableList(Choice.allAnd(Arrays.asList(Validity.values()), Validity::label));
    private final ObservableList<Choice<IssuerCategory>> categoryChoices = FXCollections.observableList(
            Choice.allAnd(Arrays.asList(IssuerCategory.values()), IssuerCategory::label));
    private final ObservableList<Choice<Issuer>> issuerChoices = FXCollections.observableArrayList(Choice.all());
    private final ObservableList<Choice<Integer>> yearChoices = FXCollections.observableArrayList(Choice.all());

    private final ObjectProperty<Choice<Stage>> stage = new SimpleObjectProperty<>(stageChoices.get(0));
    private final ObjectProperty<Choice<Validity>> validity = new SimpleObjectProperty<>(validityChoices.get(0));
    private final ObjectProperty<Choice<IssuerCategory>> category = new SimpleObjectProperty<>(categoryChoices.get(0));
    private final ObjectProperty<Choice<Issuer>> issuer = new SimpleObjectProperty<>(issuerChoices.get(0));
    private final ObjectProperty<Choice<Integer>> year = new SimpleObjectProperty<>(yearChoices.get(0));

    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper("");
    private final BooleanProperty loading = new SimpleBooleanProperty();
    private final BooleanProperty canGoBack = new SimpleBooleanProperty();
    private final BooleanProperty canGoForward = new SimpleBooleanProperty();

    private RegisterQuery query = RegisterQuery.firstPage();
    private TaskHandle pending;
    private long generation;

    public RegisterViewModel(RegisterService register, IssuerService issuers, TaskRunner runner,
                             Consumer<Throwable> errors) {
        this.register = register;
        this.issuers = issuers;
        this.runner = runner;
        this.errors = errors;
        onChoice(stage, c -> query.withStage(c.value()));
        onChoice(validity, c -> query.withValidity(c.value()));
        onChoice(category, c -> query.withIssuerCategory(c.value()));
        onChoice(issuer, c -> query.withIssuer(c.isAll() ? null : c.value().id()));
        onChoice(year, c -> query.withYear(c.value()));
    }

    /** Reloads the lists behind the issuer and year filters, keeping what is selected. */
    public void loadChoices() {
        record Lists(List<Issuer> issuers, List<Integer> years) {
        }
        BackgroundTask.of(() -> new Lists(issuers.all(), register.years()))
                .onSuccess(lists -> {
                    replaceKeeping(issuerChoices, issuer, Choice.allAnd(lists.issuers(), Issuer::name));
                    replaceKeeping(yearChoices, year, Choice.allAnd(lists.years(), y -> Texts.get("register.year", String.valueOf(y))));
                })
                .onError(errors)
                .runOn(runner);
    }

    public void refresh() {
        load(query);
    }

    public void search(String text) {
        String t = text == null || text.isBlank() ? null : text.strip();
        if (!Objects.equals(t, query.text())) {
            load(query.withText(t));
        }
    }

    /** Sorts in the database; a repeated request (the table asks again after new rows) changes nothing. */
    public void sortBy(RegisterColumn column, boolean descending) {
        if (column != query.sortBy() || descending != query.descending()) {
            load(query.sortedBy(column, descending));
        }
    }

    public void nextPage() {
        load(query.page(query.offset() + query.limit(), query.limit()));
    }

    public void previousPage() {
        load(query.page(Math.max(0, query.offset() - query.limit()), query.limit()));
    }

    private void load(RegisterQuery q) {
        query = q;
        if (pending != null) {
            pending.cancel();
        }
        long mine = ++generation;
        loading.set(true);
        pending = BackgroundTask.of(() -> register.page(q))
                .onSuccess(page -> {
                    if (mine == generation) {
                        show(page);
                    }
                })
                .onError(e -> {
                    if (mine == generation) {
                        errors.accept(e);
                    }
                })
                .andFinally(() -> {
                    if (mine == generation) {
                        loading.set(false);
                    }
                })
                .runOn(runner);
    }

    private void show(Page<RegisterRow> page) {
        // The page may have emptied since (documents moved out of the filter): go to the last one.
        if (page.rows().isEmpty() && page.offset() > 0 && page.total() > 0) {
            long lastOffset = (page.total() - 1) / query.limit() * query.limit();
            load(query.page((int) lastOffset, query.limit()));
            return;
        }
        rows.setAll(page.rows());
        long pages = Math.max(1, (page.total() + query.limit() - 1) / query.limit());
        long current = page.offset() / query.limit() + 1;
        pageText.set(Texts.get("register.pageInfo", String.valueOf(current), String.valueOf(pages),
                String.valueOf(page.total())));
        canGoBack.set(current > 1);
        canGoForward.set(current < pages);
    }

    private <T> void onChoice(ObjectProperty<Choice<T>> property, java.util.function.Function<Choice<T>, RegisterQuery> next) {
        property.addListener((o, before, now) -> {
            if (now != null && !Objects.equals(now, before)) {
                load(next.apply(now));
            }
        });
    }

    /** Swaps a choice list for a fresh one and reselects the same value, or 全部 when it is gone. */
    private static <T> void replaceKeeping(ObservableList<Choice<T>> list, ObjectProperty<Choice<T>> selected,
                                           List<Choice<T>> fresh) {
        Object kept = selected.get() == null ? null : key(selected.get().value());
        list.setAll(fresh);
        selected.set(fresh.stream().filter(c -> Objects.equals(key(c.value()), kept)).findFirst().orElse(fresh.get(0)));
    }

    /** Issuers compare by id: the same issuer may come back with a new version. */
    private static Object key(Object value) {
        return value instanceof Issuer i ? i.id() : value;
    }

    public RegisterQuery query() {
        return query;
    }

    public ObservableList<RegisterRow> rows() { return rows; }
    public ObservableList<Choice<Stage>> stageChoices() { return stageChoices; }
    public ObservableList<Choice<Validity>> validityChoices() { return validityChoices; }
    public ObservableList<Choice<IssuerCategory>> categoryChoices() { return categoryChoices; }
    public ObservableList<Choice<Issuer>> issuerChoices() { return issuerChoices; }
    public ObservableList<Choice<Integer>> yearChoices() { return yearChoices; }
    public ObjectProperty<Choice<Stage>> stageProperty() { return stage; }
    public ObjectProperty<Choice<Validity>> validityProperty() { return validity; }
    public ObjectProperty<Choice<IssuerCategory>> categoryProperty() { return category; }
    public ObjectProperty<Choice<Issuer>> issuerProperty() { return issuer; }
    public ObjectProperty<Choice<Integer>> yearProperty() { return year; }
    public ReadOnlyStringProperty pageTextProperty() { return pageText.getReadOnlyProperty(); }
    public BooleanProperty loadingProperty() { return loading; }
    public BooleanProperty canGoBackProperty() { return canGoBack; }
    public BooleanProperty canGoForwardProperty() { return canGoForward; }
}
