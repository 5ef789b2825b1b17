package org.normdesk.ui.document;

import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import org.controlsfx.control.CheckComboBox;
import org.normdesk.domain.AuditEvent;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.Problem;
import org.normdesk.domain.Stage;
import org.normdesk.domain.Texts;
import org.normdesk.domain.Transition;
import org.normdesk.ui.common.ChineseDateConverter;
import org.normdesk.ui.common.ChineseDates;
import org.normdesk.ui.common.FxmlView;
import org.normdesk.ui.common.LabelConverter;
import org.normdesk.ui.common.ProblemDecorations;

/** The controls of document_editor.fxml, bound to a {@link DocumentEditorViewModel}. */
public final class DocumentEditorView {
    private final DocumentEditorViewModel viewModel;
    private final ProblemDecorations decorations = new ProblemDecorations();
    private boolean syncingCoIssuers;

    @FXML private Label headerLabel;
    @FXML private Label stageBadge;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Tab basicTab;
    @FXML private VBox basicPane;
    @FXML private HBox initialStageBox;
    @FXML private RadioButton newDraftRadio;
    @FXML private RadioButton existingPublishedRadio;
    @FXML private TextField titleField;
    @FXML private TextField docNumberField;
    @FXML private TextField registrationNumberField;
    @FXML private ComboBox<Issuer> leadIssuerBox;
    @FXML private CheckComboBox<Issuer> coIssuerBox;
    @FXML private TextField draftingUnitField;
    @FXML private ComboBox<DocumentKind> kindBox;
    @FXML private CheckBox trialCheck;
    @FXML private CheckBox marketRelatedCheck;
    @FXML private CheckBox majorDecisionCheck;
    @FXML private DatePicker signedOnPicker;
    @FXML private DatePicker publishedOnPicker;
    @FXML private DatePicker effectiveOnPicker;
    @FXML private DatePicker validUntilPicker;
    @FXML private TextField stageField;
    @FXML private TextField validityField;
    @FXML private Label problemsLabel;
    @FXML private TextArea fullTextArea;
    @FXML private TableView<AuditEvent> historyTable;
    @FXML private TextArea beforeArea;
    @FXML private TextArea afterArea;
    @FXML private HBox transitionButtons;
    @FXML private Label transitionHint;
    @FXML private Button saveButton;
    @FXML private Button closeButton;

    private final java.util.function.LongConsumer openWorkbench;
    private final String reviewer;

    private DocumentEditorView(DocumentEditorViewModel viewModel, java.util.function.LongConsumer openWorkbench,
                               String reviewer) {
        this.viewModel = viewModel;
        this.openWorkbench = openWorkbench;
        this.reviewer = reviewer;
    }

    public static Parent create(DocumentEditorViewModel viewModel) {
        return create(viewModel, id -> { }, null);
    }

    /**
     * @param openWorkbench opens the review workbench of a document (完成审核 happens there)
     * @param reviewer the name recorded on 受理, or null to ask
     */
    public static Parent create(DocumentEditorViewModel viewModel, java.util.function.LongConsumer openWorkbench,
                                String reviewer) {
        return FxmlView.DOCUMENT_EDITOR.load(new DocumentEditorView(viewModel, openWorkbench, reviewer));
    }

    @FXML
    private void initialize() {
        DocumentForm form = viewModel.form();
        headerLabel.textProperty().bind(viewModel.windowTitleProperty());
        stageBadge.textProperty().bind(viewModel.stageTextProperty());
        stageField.textProperty().bind(viewModel.stageTextProperty());
        validityField.textProperty().bind(viewModel.validityTextProperty());
        busyIndicator.visibleProperty().bind(viewModel.busyProperty());
        basicPane.disableProperty().bind(viewModel.busyProperty());
        fullTextArea.disableProperty().bind(viewModel.busyProperty());

        initialStageBox.visibleProperty().bind(viewModel.savedProperty().isNull());
        initialStageBox.managedProperty().bind(initialStageBox.visibleProperty());
        newDraftRadio.setOnAction(e -> viewModel.initialStageProperty().set(Stage.DRAFTING));
        existingPublishedRadio.setOnAction(e -> viewModel.initialStageProperty().set(Stage.PUBLISHED));

        titleField.textProperty().bindBidirectional(form.titleProperty());
        docNumberField.textProperty().bindBidirectional(form.docNumberProperty());
        registrationNumberField.textProperty().bind(form.registrationNumberProperty());
        draftingUnitField.textProperty().bindBidirectional(form.draftingUnitProperty());
        trialCheck.selectedProperty().bindBidirectional(form.trialProperty());
        marketRelatedCheck.selectedProperty().bindBidirectional(form.marketRelatedProperty());
        majorDecisionCheck.selectedProperty().bindBidirectional(form.majorDecisionProperty());
        fullTextArea.textProperty().bindBidirectional(form.fullTextProperty());
        leadIssuerBox.setItems(viewModel.issuerChoices());
        leadIssuerBox.setConverter(LabelConverter.of(Issuer::name));
        leadIssuerBox.valueProperty().bindBidirectional(form.leadIssuerProperty());
        bindKind(form);
        bindCoIssuers(form);
        bindDate(signedOnPicker, form.signedOnProperty());
        bindDate(publishedOnPicker, form.publishedOnProperty());
        bindDate(effectiveOnPicker, form.effectiveOnProperty());
        bindDate(validUntilPicker, form.validUntilProperty());
        bindProblems();
        bindHistory();
        bindActions();
    }

    /** 文种: the ViewModel guesses it from the title until the user picks one here. */
    private void bindKind(DocumentForm form) {
        kindBox.getItems().setAll(DocumentKind.values());
        kindBox.setConverter(LabelConverter.labelled());
        kindBox.setValue(form.kindProperty().get());
        form.kindProperty().addListener((o, a, kind) -> kindBox.setValue(kind));
        kindBox.valueProperty().addListener((o, a, picked) -> {
            if (picked != null && picked != form.kindProperty().get()) {
                viewModel.chooseKind(picked);
            }
        });
    }

    private void bindCoIssuers(DocumentForm form) {
        Bindings.bindContent(coIssuerBox.getItems(), viewModel.issuerChoices());
        coIssuerBox.setConverter(LabelConverter.of(Issuer::name));
        coIssuerBox.getCheckModel().getCheckedItems().addListener((ListChangeListener<Issuer>) c -> {
            if (!syncingCoIssuers) {
                syncingCoIssuers = true;
                form.coIssuers().setAll(coIssuerBox.getCheckModel().getCheckedItems());
                syncingCoIssuers = false;
            }
        });
        form.coIssuers().addListener((ListChangeListener<Issuer>) c -> {
            if (!syncingCoIssuers) {
                syncingCoIssuers = true;
                coIssuerBox.getCheckModel().clearChecks();
                form.coIssuers().forEach(coIssuerBox.getCheckModel()::check);
                syncingCoIssuers = false;
            }
        });
        // The title shows the chosen names, or 无 when there are none.
        coIssuerBox.titleProperty().bind(Bindings.createStringBinding(() -> form.coIssuers().isEmpty()
                ? Texts.get("editor.field.coIssuers.none")
                : form.coIssuers().stream().map(Issuer::name).collect(Collectors.joining("、")), form.coIssuers()));
    }

    /**
     * The picker's text is the form's text, so that validation sees every keystroke and an
     * unreadable date stays visible; the picker's value follows when the form loads a document.
     */
    private void bindDate(DatePicker picker, StringProperty text) {
        ChineseDateConverter converter = new ChineseDateConverter();
        picker.setConverter(converter);
        picker.getEditor().textProperty().bindBidirectional(text);
        viewModel.savedProperty().addListener((o, a, doc) -> {
            converter.forget();
            picker.setValue(ChineseDates.parse(text.get()).orElse(null));
        });
    }

    private void bindProblems() {
        decorations.bind("title", titleField).bind("docNumber", docNumberField).bind("leadIssuerId", leadIssuerBox)
                .bind("coIssuerIds", coIssuerBox).bind("kind", kindBox).bind("signedOn", signedOnPicker)
                .bind("publishedOn", publishedOnPicker).bind("effectiveOn", effectiveOnPicker)
                .bind("validUntil", validUntilPicker).bind("registrationNumber", registrationNumberField);
        viewModel.problems().addListener((ListChangeListener<Problem>) c -> {
            decorations.show(viewModel.problems());
            problemsLabel.setText(viewModel.problems().stream().map(p -> (p.isError() ? "✖ " : "⚠ ") + p.message())
                    .collect(Collectors.joining("\n")));
        });
        basicTab.selectedProperty().addListener((o, a, selected) -> decorations.setActive(selected));
    }

    private void bindHistory() {
        historyTable.getColumns().setAll(List.of(
                column("editor.history.at", e -> ChineseDates.format(e.at()), 175),
                column("editor.history.actor", AuditEvent::actor, 100),
                column("editor.history.action", e -> DocumentHistory.actionLabel(e.action()), 100),
                column("editor.history.summary", AuditEvent::summary, 520)));
        historyTable.setItems(viewModel.history().events());
        historyTable.getSelectionModel().selectedItemProperty().addListener((o, a, e) -> viewModel.history().select(e));
        beforeArea.textProperty().bind(viewModel.history().beforeProperty());
        afterArea.textProperty().bind(viewModel.history().afterProperty());
    }

    private void bindActions() {
        saveButton.disableProperty().bind(viewModel.busyProperty().or(viewModel.dirtyProperty().not())
                .or(viewModel.hasErrorsProperty()));
        saveButton.setOnAction(e -> viewModel.save());
        closeButton.setOnAction(e -> window().fireEvent(new WindowEvent(window(), WindowEvent.WINDOW_CLOSE_REQUEST)));
        transitionButtons.disableProperty().bind(viewModel.savedProperty().isNull().or(viewModel.dirtyProperty())
                .or(viewModel.busyProperty()));
        transitionHint.textProperty().bind(Bindings.createStringBinding(() -> viewModel.savedProperty().get() == null
                ? Texts.get("editor.actions.saveFirst")
                : viewModel.dirtyProperty().get() ? Texts.get("editor.actions.unsaved") : "",
                viewModel.savedProperty(), viewModel.dirtyProperty()));
        viewModel.transitions().addListener((ListChangeListener<Transition>) c -> showTransitionButtons());
        // A published document offers no stage change, so its list does not change: 延长有效期 follows the document.
        viewModel.savedProperty().addListener((o, a, d) -> showTransitionButtons());
    }

    /** One button per allowed stage change; while a 送审 waits for materials, also 补充材料. */
    private void showTransitionButtons() {
        List<Button> buttons = new java.util.ArrayList<>(viewModel.transitions().stream().map(this::transitionButton).toList());
        var saved = viewModel.savedProperty().get();
        if (saved != null && saved.stage() == org.normdesk.domain.Stage.SUBMITTED && viewModel.reviews() != null) {
            Button supplement = new Button(Texts.get("rui.supplement.button"));
            supplement.setId("supplementButton");
            supplement.setOnAction(e -> new WorkflowDialogs(viewModel, window(), openWorkbench, reviewer).supplement());
            buttons.add(supplement);
        }
        if (ExtendValidityDialog.offered(saved)) {
            Button extend = new Button(Texts.get("expiry.extend.button"));
            extend.setId("extendValidityButton");
            extend.setOnAction(e -> ExtendValidityDialog.show(viewModel, window()));
            buttons.add(extend);
        }
        transitionButtons.getChildren().setAll(buttons);
    }

    private Button transitionButton(Transition t) {
        Button b = new Button(t.label());
        b.setId("transition-" + t.name());
        b.setOnAction(e -> new WorkflowDialogs(viewModel, window(), openWorkbench, reviewer).run(t));
        return b;
    }

    private Window window() {
        return saveButton.getScene().getWindow();
    }

    private static TableColumn<AuditEvent, String> column(String key, Function<AuditEvent, String> text, double width) {
        TableColumn<AuditEvent, String> c = new TableColumn<>(Texts.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
