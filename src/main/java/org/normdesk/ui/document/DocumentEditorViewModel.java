package org.normdesk.ui.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.InvalidationListener;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Problem;
import org.normdesk.domain.Stage;
import org.normdesk.domain.StageMachine;
import org.normdesk.domain.Texts;
import org.normdesk.domain.Transition;
import org.normdesk.domain.TransitionRequest;
import org.normdesk.domain.Validity;
import org.normdesk.service.IssuerService;
import org.normdesk.service.PublicationService;
import org.normdesk.service.RegisterService;
import org.normdesk.service.ReviewService;
import org.normdesk.ui.common.BackgroundTask;
import org.normdesk.ui.common.TaskRunner;

/**
 * The document editor without its controls: loads a document (or starts a new one), checks it
 * with the register's rules as the user types, saves it and moves it through its stages. All
 * database work runs through the {@link TaskRunner}; failures go to the error consumer.
 */
public final class DocumentEditorViewModel {
    private final RegisterService register;
    private final IssuerService issuers;
    private ReviewService reviews;
    private PublicationService publication;
    private final TaskRunner runner;
    private final Consumer<Throwable> errors;

    private final DocumentForm form = new DocumentForm();
    private final DocumentHistory history = new DocumentHistory();
    private final ObservableList<Issuer> issuerChoices = FXCollections.observableArrayList();
    private final ObjectProperty<NormativeDocument> saved = new SimpleObjectProperty<>();
    private final ObjectProperty<Stage> initialStage = new SimpleObjectProperty<>(Stage.DRAFTING);
    private final ObservableList<Problem> problems = FXCollections.observableArrayList();
    private final ObservableList<Transition> transitions = FXCollections.observableArrayList();
    private final BooleanProperty dirty = new SimpleBooleanProperty(true);
    private final BooleanProperty busy = new SimpleBooleanProperty(true);
    private final ReadOnlyStringWrapper stageText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper validityText = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper windowTitle = new ReadOnlyStringWrapper(Texts.get("editor.newTitle"));
    private final BooleanBinding hasErrors = Bindings.createBooleanBinding(
            () -> problems.stream().anyMatch(Problem::isError), problems);

    private boolean kindChosenByUser;
    private boolean loading;
    private long validationRound;
    private Runnable onChanged = () -> { };

    public DocumentEditorViewModel(RegisterService register, IssuerService issuers, TaskRunner runner,
                                   Consumer<Throwable> errors) {
        this.register = register;
        this.issuers = issuers;
        this.runner = runner;
        this.errors = errors;
        InvalidationListener changed = o -> formChanged();
        for (var field : form.editableFields()) {
            field.addListener(changed);
        }
        initialStage.addListener(changed);
        // 文种 follows the title until the user picks one (…管理办法 → 办法).
        form.titleProperty().addListener((o, a, title) -> {
            if (!loading && !kindChosenByUser) {
                form.kindProperty().set(DocumentKind.guessFromTitle(title));
            }
        });
    }

    /** The workflow services behind 送审, 受理, 集体审议, 登记 and 公布; without them only plain transitions work. */
    public void setWorkflow(ReviewService reviews, PublicationService publication) {
        this.reviews = reviews;
        this.publication = publication;
    }

    public ReviewService reviews() {
        return reviews;
    }

    public PublicationService publication() {
        return publication;
    }

    /** The register's services (延长有效期 is recorded there). */
    public RegisterService register() {
        return register;
    }

    public LocalDate today() {
        return register.today();
    }

    /**
     * A step of the workflow on the open document: the work runs off the FX thread with the
     * document's id, then the document is reloaded and {@code then} gets the result.
     */
    public <T> void perform(Function<Long, T> work, Consumer<? super T> then) {
        NormativeDocument doc = saved.get();
        if (doc == null) {
            return;
        }
        busy.set(true);
        BackgroundTask.of(() -> work.apply(doc.id()))
                .onSuccess(result -> {
                    reload(doc.id());
                    then.accept(result);
                })
                .onError(errors)
                .andFinally(() -> busy.set(false))
                .runOn(runner);
    }

    /** A question to the services that changes nothing (a suggested reason, a check); no reload. */
    public <T> void ask(Function<Long, T> question, Consumer<? super T> answer) {
        NormativeDocument doc = saved.get();
        if (doc == null) {
            return;
        }
        BackgroundTask.of(() -> question.apply(doc.id())).onSuccess(answer).onError(errors).runOn(runner);
    }

    /** Reads the document again after a workflow step and tells the register. */
    public void reload(long id) {
        BackgroundTask.of(() -> register.find(id).orElseThrow(() -> new IllegalStateException(
                        Texts.get("store.documentGone"))))
                .onSuccess(this::changedInDatabase)
                .onError(errors)
                .runOn(runner);
    }

    /** Called after each save or stage change, e.g. to refresh the register. */
    public void setOnChanged(Runnable onChanged) {
        this.onChanged = onChanged;
    }

    public void startNew() {
        busy.set(true);
        BackgroundTask.of(issuers::all)
                .onSuccess(all -> {
                    issuerChoices.setAll(all.stream().filter(i -> !i.isRetired()).toList());
                    formChanged();
                })
                .onError(errors)
                .andFinally(() -> busy.set(false))
                .runOn(runner);
    }

    public void open(long id) {
        record Loaded(NormativeDocument document, List<Issuer> issuers) {
        }
        busy.set(true);
        BackgroundTask.of(() -> new Loaded(register.find(id).orElseThrow(() -> new IllegalStateException(
                        Texts.get("store.documentGone"))), issuers.all()))
                .onSuccess(loaded -> {
                    Set<Long> used = new HashSet<>(loaded.document().coIssuerIds());
                    used.add(loaded.document().leadIssuerId());
                    // A retired issuer stays choosable only for the documents that already name it.
                    issuerChoices.setAll(loaded.issuers().stream().filter(i -> !i.isRetired() || used.contains(i.id()))
                            .toList());
                    showSaved(loaded.document());
                })
                .onError(errors)
                .andFinally(() -> busy.set(false))
                .runOn(runner);
    }

    /** The user picked a 文种: from now on the title no longer guesses it. */
    public void chooseKind(DocumentKind kind) {
        kindChosenByUser = true;
        form.kindProperty().set(kind);
    }

    public void save() {
        if (!form.dateProblems().isEmpty()) {
            formChanged();
            return;
        }
        NormativeDocument doc = candidate();
        boolean isNew = saved.get() == null;
        busy.set(true);
        BackgroundTask.of(() -> isNew ? register.create(doc) : register.update(doc))
                .onSuccess(this::changedInDatabase)
                .onError(errors)
                .andFinally(() -> busy.set(false))
                .runOn(runner);
    }

    public void transition(TransitionRequest request) {
        NormativeDocument doc = saved.get();
        if (doc == null) {
            return;
        }
        busy.set(true);
        BackgroundTask.of(() -> register.transition(doc.id(), request))
                .onSuccess(this::changedInDatabase)
                .onError(errors)
                .andFinally(() -> busy.set(false))
                .runOn(runner);
    }

    private void changedInDatabase(NormativeDocument doc) {
        showSaved(doc);
        onChanged.run();
    }

    /** Shows a document as stored (the 文号 as the service normalised it) and reloads its history. */
    private void showSaved(NormativeDocument doc) {
        loading = true;
        try {
            form.load(doc, id -> issuerChoices.stream().filter(i -> i.id().equals(id)).findFirst().orElse(null));
        } finally {
            loading = false;
        }
        kindChosenByUser = true;
        saved.set(doc);
        transitions.setAll(StageMachine.offered(doc.stage()));
        windowTitle.set(Texts.get("editor.title", doc.title()));
        formChanged();
        BackgroundTask.of(() -> register.history(doc.id())).onSuccess(history::show).onError(errors).runOn(runner);
    }

    /** The document as the form holds it now, on top of the stored one (or a blank new one). */
    public NormativeDocument candidate() {
        NormativeDocument base = saved.get() != null ? saved.get()
                : NormativeDocument.draft(null, 0, DocumentKind.OTHER).toBuilder().leadIssuerId(null)
                .stage(initialStage.get()).build();
        return form.toDocument(base);
    }

    private void formChanged() {
        if (loading) {
            return;
        }
        NormativeDocument doc = candidate();
        List<Problem> dateProblems = form.dateProblems();
        dirty.set(saved.get() == null || !dateProblems.isEmpty() || !doc.equals(saved.get()));
        stageText.set(doc.stage().label());
        Validity validity = register.validityOf(doc);
        validityText.set(validity == null ? Texts.get("editor.validity.none") : validity.label());
        revalidate(doc, dateProblems);
    }

    /** Asks the service (it checks the 文号 against the database) off the FX thread; the latest answer wins. */
    private void revalidate(NormativeDocument doc, List<Problem> dateProblems) {
        long round = ++validationRound;
        Set<String> unreadable = dateProblems.stream().map(Problem::field).collect(Collectors.toSet());
        BackgroundTask.of(() -> register.validate(doc))
                .onSuccess(found -> {
                    if (round == validationRound) {
                        List<Problem> all = new ArrayList<>(dateProblems);
                        // A date the user typed wrongly is not also "missing".
                        found.stream().filter(p -> !unreadable.contains(p.field())).forEach(all::add);
                        problems.setAll(all);
                    }
                })
                .onError(errors)
                .runOn(runner);
    }

    public DocumentForm form() { return form; }
    public DocumentHistory history() { return history; }
    public ObservableList<Issuer> issuerChoices() { return issuerChoices; }
    public ObjectProperty<NormativeDocument> savedProperty() { return saved; }
    public ObjectProperty<Stage> initialStageProperty() { return initialStage; }
    public ObservableList<Problem> problems() { return problems; }
    public ObservableList<Transition> transitions() { return transitions; }
    public BooleanProperty dirtyProperty() { return dirty; }
    public BooleanProperty busyProperty() { return busy; }
    public BooleanBinding hasErrorsProperty() { return hasErrors; }
    public ReadOnlyStringProperty stageTextProperty() { return stageText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty validityTextProperty() { return validityText.getReadOnlyProperty(); }
    public ReadOnlyStringProperty windowTitleProperty() { return windowTitle.getReadOnlyProperty(); }
}
