package org.normdesk.ui.review;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.normdesk.domain.ArticleDiff;
import org.normdesk.domain.Articles;
import org.normdesk.domain.ReviewOutcome;
import org.normdesk.domain.Texts;
import org.normdesk.domain.review.Adoption;
import org.normdesk.domain.review.CheckEntry;
import org.normdesk.domain.review.CheckResult;
import org.normdesk.domain.review.ChecklistItem;
import org.normdesk.domain.review.DocumentVersion;
import org.normdesk.domain.review.Finding;
import org.normdesk.domain.review.OutcomeRefinement;
import org.normdesk.domain.risk.RiskFinding;
import org.normdesk.ui.common.ErrorDialog;
import org.normdesk.ui.common.FormDialog;
import org.normdesk.ui.common.FxmlView;
import org.normdesk.ui.common.LabelConverter;
import org.normdesk.ui.common.Prompts;
import org.normdesk.ui.common.WrappingTextCell;

/** The controls of review_workbench.fxml, bound to a {@link WorkbenchViewModel}. */
public final class WorkbenchView {
    public static final String FINDING_DIALOG_ID = "findingDialog";

    private final WorkbenchViewModel vm;

    @FXML private Label titleLabel;
    @FXML private ProgressIndicator busyIndicator;
    @FXML private Label deadlineLabel;
    @FXML private Button extendButton;
    @FXML private ListView<Articles.Article> articleList;
    @FXML private javafx.scene.control.TabPane tabs;
    @FXML private Button addFindingButton;
    @FXML private Button templateFindingButton;
    @FXML private Button editFindingButton;
    @FXML private Button removeFindingButton;
    @FXML private TableView<Finding> findingTable;
    @FXML private GridPane checklistGrid;
    @FXML private ComboBox<ReviewOutcome> outcomeBox;
    @FXML private ComboBox<OutcomeRefinement> refinementBox;
    @FXML private TextArea overallArea;
    @FXML private Button saveOpinionButton;
    @FXML private Button finishButton;
    @FXML private Button exportButton;
    @FXML private Label opinionNumberLabel;
    @FXML private Button pasteRevisionButton;
    @FXML private Button fileRevisionButton;
    @FXML private ComboBox<Integer> fromVersionBox;
    @FXML private ComboBox<Integer> toVersionBox;
    @FXML private Button compareButton;
    @FXML private VBox redlineBox;
    @FXML private Button adoptionButton;

    private final RiskViewModel risk;
    private final SimilarViewModel similar;
    private final org.normdesk.ui.common.DocumentOpener opener;

    private WorkbenchView(WorkbenchViewModel vm, RiskViewModel risk, SimilarViewModel similar,
                          org.normdesk.ui.common.DocumentOpener opener) {
        this.vm = vm;
        this.risk = risk;
        this.similar = similar;
        this.opener = opener;
    }

    public static Parent create(WorkbenchViewModel vm) {
        return create(vm, null);
    }

    /** With {@code risk}, the workbench has a 风险提示 tab and marks the articles the scan points at. */
    public static Parent create(WorkbenchViewModel vm, RiskViewModel risk) {
        return create(vm, risk, null, null);
    }

    /**
     * With {@code similar}, the workbench also has a 相似文件 tab, whose rows {@code opener} opens
     * (the document editor, as the register opens a document).
     */
    public static Parent create(WorkbenchViewModel vm, RiskViewModel risk, SimilarViewModel similar,
                                org.normdesk.ui.common.DocumentOpener opener) {
        return FxmlView.REVIEW_WORKBENCH.load(new WorkbenchView(vm, risk, similar, opener));
    }

    @FXML
    private void initialize() {
        titleLabel.textProperty().bind(vm.titleProperty());
        busyIndicator.visibleProperty().bind(vm.busyProperty());
        vm.deadlineProperty().addListener((o, a, d) -> {
            deadlineLabel.setText(DeadlineTexts.summary(d));
            deadlineLabel.getStyleClass().removeAll(DeadlineTexts.OVERDUE, DeadlineTexts.DUE_SOON);
            String style = DeadlineTexts.styleClass(d);
            if (style != null) {
                deadlineLabel.getStyleClass().add(style);
            }
        });
        var closed = vm.finishedProperty().or(vm.acceptedProperty().not()).or(vm.busyProperty());
        extendButton.disableProperty().bind(closed);
        extendButton.setOnAction(e -> extend());

        articleList.setItems(vm.articles());
        articleList.setCellFactory(list -> new ArticleCell(list, risk));

        bindFindings(closed);
        if (risk != null) {
            javafx.scene.control.Tab riskTab = new javafx.scene.control.Tab(Texts.get("risk.wb.tab"),
                    RiskPane.create(risk, this::editFinding, this::showArticle, closed));
            riskTab.setId("riskTab");
            tabs.getTabs().add(1, riskTab);
            risk.findings().addListener((ListChangeListener<RiskFinding>) c -> articleList.refresh());
            risk.scan();
        }
        if (similar != null) {
            javafx.scene.control.Tab similarTab = new javafx.scene.control.Tab(Texts.get("similar.wb.tab"),
                    SimilarPane.create(similar, opener));
            similarTab.setId("similarTab");
            tabs.getTabs().add(risk != null ? 2 : 1, similarTab);
            // Compared when first looked at, not on opening: the first list on a large register makes
            // the missing word vectors, work a reviewer who never opens the tab should not wait behind.
            similarTab.selectedProperty().addListener((o, was, is) -> {
                if (is && similar.documents().isEmpty() && similar.summaryProperty().get().isEmpty()) {
                    similar.load();
                }
            });
        }
        bindChecklist();
        bindOutcome();
        bindRevision();
    }

    private void bindFindings(javafx.beans.binding.BooleanBinding closed) {
        findingTable.getColumns().setAll(List.of(
                column("rui.finding.article", f -> nz(f.articleRef()), 80),
                column("rui.finding.category", f -> f.category() == null ? "" : f.category().label(), 150),
                column("rui.finding.opinion", f -> nz(f.opinion()), 260),
                column("rui.finding.basis", f -> nz(f.legalBasis()), 160),
                column("rui.finding.adoption", f -> f.adoption() == null ? "" : f.adoption().label()
                        + (f.adoptionReason() == null ? "" : "：" + f.adoptionReason()), 140)));
        findingTable.setItems(vm.findings());
        var selected = findingTable.getSelectionModel().selectedItemProperty();
        addFindingButton.disableProperty().bind(closed);
        templateFindingButton.disableProperty().bind(closed.or(javafx.beans.binding.Bindings.isEmpty(vm.templates())));
        editFindingButton.disableProperty().bind(closed.or(selected.isNull()));
        removeFindingButton.disableProperty().bind(closed.or(selected.isNull()));
        addFindingButton.setOnAction(e -> editFinding(Finding.of(selectedArticle(), null, "", "")));
        templateFindingButton.setOnAction(e -> Prompts.choose(window(), Texts.get("rui.wb.finding.fromTemplate"),
                        Texts.get("rui.finding.template.ask"), vm.templates(),
                        t -> t.category().label() + "｜" + t.title())
                .ifPresent(t -> editFinding(WorkbenchViewModel.fromTemplate(t, selectedArticle()))));
        editFindingButton.setOnAction(e -> editFinding(selected.get()));
        removeFindingButton.setOnAction(e -> {
            if (Prompts.confirm(window(), Texts.get("rui.wb.finding.remove"), Texts.get("rui.finding.remove.confirm"))) {
                vm.removeFinding(selected.get());
            }
        });
    }

    private void extend() {
        TextField days = new TextField();
        days.setId("extendDays");
        TextArea reason = new TextArea();
        reason.setId("extendReason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        record Answer(String days, String reason) {
        }
        new FormDialog<Answer>(window(), Texts.get("rui.wb.extend"), "extendDialog")
                .row(Texts.get("rui.extend.days"), days)
                .row(Texts.get("rui.extend.reason"), reason)
                .showAndWait(() -> new Answer(days.getText().strip(), reason.getText()))
                .ifPresent(a -> {
                    int n;
                    try {
                        n = Integer.parseInt(a.days());
                    } catch (NumberFormatException ex) {
                        n = 0; // the service says in Chinese that the days must be positive
                    }
                    vm.extend(n, a.reason());
                });
    }

    /** Brings the article of a risk finding into view in the text list, where its clause is marked. */
    private void showArticle(String label) {
        for (int i = 0; i < articleList.getItems().size(); i++) {
            if (articleList.getItems().get(i).label().equals(label)) {
                articleList.getSelectionModel().select(i);
                articleList.scrollTo(i);
                return;
            }
        }
    }

    private String selectedArticle() {
        Articles.Article a = articleList.getSelectionModel().getSelectedItem();
        return a == null ? "" : a.label();
    }

    private void editFinding(Finding f) {
        TextField article = new TextField(nz(f.articleRef()));
        article.setId("findingArticle");
        ComboBox<ChecklistItem> category = new ComboBox<>();
        category.setId("findingCategory");
        category.getItems().setAll(ChecklistItem.values());
        category.setConverter(LabelConverter.labelled());
        category.setValue(f.category());
        category.setMaxWidth(Double.MAX_VALUE);
        TextArea opinion = new TextArea(nz(f.opinion()));
        opinion.setId("findingOpinion");
        opinion.setWrapText(true);
        opinion.setPrefRowCount(4);
        TextField basis = new TextField(nz(f.legalBasis()));
        basis.setId("findingBasis");
        new FormDialog<Finding>(window(), Texts.get(f.id() == null ? "rui.wb.finding.add" : "rui.wb.finding.edit"),
                FINDING_DIALOG_ID)
                .row(Texts.get("rui.finding.article"), article)
                .row(Texts.get("rui.finding.category"), category)
                .row(Texts.get("rui.finding.opinion"), opinion)
                .row(Texts.get("rui.finding.basis"), basis)
                .showAndWait(() -> new Finding(f.id(), article.getText().strip(), category.getValue(), opinion.getText(),
                        basis.getText().strip(), f.adoption(), f.adoptionReason()))
                .ifPresent(vm::saveFinding);
    }

    private void bindChecklist() {
        int row = 0;
        for (ChecklistItem item : ChecklistItem.values()) {
            Label label = new Label(item.label());
            label.setWrapText(true);
            label.setMaxWidth(300);
            ComboBox<CheckResult> result = new ComboBox<>();
            result.setId("check-" + item.name());
            result.getItems().setAll(CheckResult.values());
            result.setConverter(LabelConverter.labelled());
            TextField note = new TextField();
            note.setPromptText(Texts.get("rui.check.note"));
            Runnable fill = () -> {
                CheckEntry e = vm.check(item);
                result.setValue(e == null ? null : e.result());
                if (!note.isFocused()) {
                    note.setText(e == null || e.note() == null ? "" : e.note());
                }
            };
            vm.checks().addListener((ListChangeListener<CheckEntry>) c -> fill.run());
            result.setOnAction(e -> {
                CheckEntry now = vm.check(item);
                if (result.getValue() != null && (now == null || now.result() != result.getValue())) {
                    vm.putCheck(item, result.getValue(), note.getText());
                }
            });
            note.focusedProperty().addListener((o, was, focused) -> {
                CheckEntry now = vm.check(item);
                if (!focused && result.getValue() != null && (now == null
                        || !nz(now.note()).equals(note.getText().strip()))) {
                    vm.putCheck(item, result.getValue(), note.getText().strip());
                }
            });
            result.disableProperty().bind(vm.finishedProperty());
            note.disableProperty().bind(vm.finishedProperty());
            checklistGrid.addRow(row++, label, result, note);
        }
    }

    private void bindOutcome() {
        outcomeBox.getItems().setAll(ReviewOutcome.values());
        outcomeBox.setConverter(LabelConverter.labelled());
        outcomeBox.valueProperty().bindBidirectional(vm.outcomeProperty());
        refinementBox.getItems().add(null);
        refinementBox.getItems().addAll(OutcomeRefinement.values());
        refinementBox.setConverter(LabelConverter.of(r -> r == null ? Texts.get("rui.wb.refinement.none") : r.label()));
        refinementBox.valueProperty().bindBidirectional(vm.refinementProperty());
        overallArea.textProperty().bindBidirectional(vm.overallProperty());
        var editable = vm.finishedProperty().or(vm.acceptedProperty().not()).or(vm.busyProperty());
        outcomeBox.disableProperty().bind(vm.finishedProperty());
        refinementBox.disableProperty().bind(vm.finishedProperty());
        overallArea.editableProperty().bind(vm.finishedProperty().not());
        saveOpinionButton.disableProperty().bind(editable);
        finishButton.disableProperty().bind(editable);
        exportButton.disableProperty().bind(vm.finishedProperty().not().or(vm.busyProperty()));
        saveOpinionButton.setOnAction(e -> vm.saveOpinion());
        finishButton.setOnAction(e -> {
            if (Prompts.confirm(window(), Texts.get("rui.wb.finish"), Texts.get("rui.finish.confirm"))) {
                vm.finish(number -> Prompts.inform(window(), Texts.get("rui.wb.finish"),
                        Texts.get("rui.finish.done", number)));
            }
        });
        opinionNumberLabel.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> vm.opinionNumberProperty().get().isEmpty() ? ""
                        : Texts.get("rui.wb.opinionNumber", vm.opinionNumberProperty().get()),
                vm.opinionNumberProperty()));
        exportButton.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle(Texts.get("rui.wb.export"));
            chooser.setInitialFileName(vm.exportFileName());
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("rui.export.docx"), "*.docx"));
            File target = chooser.showSaveDialog(window());
            if (target != null) {
                vm.export(target.toPath(), () -> Prompts.inform(window(), Texts.get("rui.wb.export"),
                        Texts.get("rui.export.done", target)));
            }
        });
    }

    private void bindRevision() {
        var notAmend = javafx.beans.binding.Bindings.createBooleanBinding(
                () -> vm.outcomeProperty().get() != ReviewOutcome.AMEND || !vm.finishedProperty().get(),
                vm.outcomeProperty(), vm.finishedProperty());
        pasteRevisionButton.disableProperty().bind(notAmend.or(vm.busyProperty()));
        fileRevisionButton.disableProperty().bind(notAmend.or(vm.busyProperty()));
        adoptionButton.disableProperty().bind(notAmend.or(findingTable.getSelectionModel().selectedItemProperty()
                .isNull()));
        pasteRevisionButton.setOnAction(e -> Prompts.askText(window(), Texts.get("rui.wb.revision.paste"),
                Texts.get("rui.revision.ask"), 14).ifPresent(text -> vm.addRevision(text, null)));
        fileRevisionButton.setOnAction(e -> {
            FileChooser chooser = new FileChooser();
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("rui.revision.txt"), "*.txt"));
            File f = chooser.showOpenDialog(window());
            if (f != null) {
                try {
                    vm.addRevision(Files.readString(f.toPath(), StandardCharsets.UTF_8), f.getName());
                } catch (IOException | java.io.UncheckedIOException ex) {
                    ErrorDialog.show(window(), new IllegalStateException(Texts.get("rui.revision.unreadable", f), ex));
                }
            }
        });
        vm.versions().addListener((ListChangeListener<DocumentVersion>) c -> {
            List<Integer> numbers = vm.versions().stream().map(DocumentVersion::number).toList();
            fromVersionBox.getItems().setAll(numbers);
            toVersionBox.getItems().setAll(numbers);
            if (numbers.size() >= 2) {
                fromVersionBox.setValue(numbers.get(numbers.size() - 2));
                toVersionBox.setValue(numbers.get(numbers.size() - 1));
            }
        });
        fromVersionBox.setConverter(LabelConverter.of(n -> Texts.get("rui.version", n)));
        toVersionBox.setConverter(LabelConverter.of(n -> Texts.get("rui.version", n)));
        compareButton.disableProperty().bind(fromVersionBox.valueProperty().isNull()
                .or(toVersionBox.valueProperty().isNull()));
        compareButton.setOnAction(e -> vm.compare(fromVersionBox.getValue(), toVersionBox.getValue()));
        vm.diff().addListener((ListChangeListener<ArticleDiff.Pair>) c ->
                redlineBox.getChildren().setAll(vm.diff().stream().map(WorkbenchView::redline).toList()));
        adoptionButton.setOnAction(e -> adoption(findingTable.getSelectionModel().getSelectedItem()));
    }

    /** One compared article: its label, then the text with deletions struck through in red and insertions in green. */
    static VBox redline(ArticleDiff.Pair p) {
        Articles.Article a = p.after() != null ? p.after() : p.before();
        Label label = new Label((a == null ? "" : a.label()) + "  " + Texts.get("rui.change." + p.change().name()));
        label.getStyleClass().add("card-title");
        TextFlow flow = new TextFlow();
        for (ArticleDiff.Segment s : p.segments()) {
            Text t = new Text(s.text());
            switch (s.kind()) {
                case DELETED -> {
                    t.getStyleClass().add("redline-deleted");
                    t.setStrikethrough(true);
                    t.setFill(javafx.scene.paint.Color.web("#c00000"));
                }
                case INSERTED -> {
                    t.getStyleClass().add("redline-inserted");
                    t.setUnderline(true);
                    t.setFill(javafx.scene.paint.Color.web("#007a2f"));
                }
                default -> { }
            }
            flow.getChildren().add(t);
        }
        return new VBox(2, label, flow);
    }

    private void adoption(Finding f) {
        ComboBox<Adoption> choice = new ComboBox<>();
        choice.setId("adoptionChoice");
        choice.getItems().setAll(Arrays.asList(Adoption.values()));
        choice.setConverter(LabelConverter.labelled());
        choice.setValue(f.adoption());
        TextArea reason = new TextArea(nz(f.adoptionReason()));
        reason.setId("adoptionReason");
        reason.setPrefRowCount(3);
        reason.setWrapText(true);
        record Answer(Adoption adoption, String reason) {
        }
        new FormDialog<Answer>(window(), Texts.get("rui.wb.adoption"), "adoptionDialog")
                .wide(new Label(nz(f.articleRef()) + " " + f.opinion()))
                .row(Texts.get("rui.finding.adoption"), choice)
                .row(Texts.get("rui.adoption.reason"), reason)
                .disableOkWhen(choice.valueProperty().isNull())
                .showAndWait(() -> new Answer(choice.getValue(), reason.getText()))
                .ifPresent(a -> vm.recordAdoption(f, a.adoption(), a.reason()));
    }

    private Window window() {
        return titleLabel.getScene().getWindow();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static TableColumn<Finding, String> column(String key, Function<Finding, String> text, double width) {
        TableColumn<Finding, String> c = new TableColumn<>(Texts.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        WrappingTextCell.apply(c);
        return c;
    }
}
