package org.normdesk.ui.filing;

import static org.normdesk.ui.common.Controls.choice;
import static org.normdesk.ui.common.Controls.button;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.LongConsumer;

import javafx.geometry.Insets;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.Texts;
import org.normdesk.domain.filing.Filing;
import org.normdesk.domain.filing.FilingAuthority;
import org.normdesk.domain.filing.FilingDirection;
import org.normdesk.domain.filing.FilingMaterial;
import org.normdesk.domain.filing.FilingRow;
import org.normdesk.domain.filing.FilingStatus;
import org.normdesk.domain.filing.RegistrationResult;
import org.normdesk.domain.filing.ReviewResult;
import org.normdesk.ui.common.ChineseDates;
import org.normdesk.ui.common.Controls;
import org.normdesk.ui.common.FormDialog;
import org.normdesk.ui.common.LabelConverter;
import org.normdesk.ui.common.Prompts;

/**
 * The 备案 screen: filings with their status (overdue and late rows red), filters, dialogs for
 * each step, the exports, and the authorities filed with (a small table below).
 */
public final class FilingView {
    /** Row style classes, shared with the review list's look (normdesk.css). */
    static final String BEHIND = "deadline-overdue";
    static final String DUE_SOON = "deadline-due-soon";

    private final FilingViewModel vm;
    private final LongConsumer openWorkbench;
    private final TableView<FilingRow> table = new TableView<>();
    private final TableView<FilingAuthority> authorityTable = new TableView<>();

    private FilingView(FilingViewModel vm, LongConsumer openWorkbench) {
        this.vm = vm;
        this.openWorkbench = openWorkbench;
    }

    /** The screen; {@code openWorkbench} opens the review workbench (text and 风险提示) on a document. */
    public static Parent create(FilingViewModel vm, LongConsumer openWorkbench) {
        return new FilingView(vm, openWorkbench).build();
    }

    private Parent build() {
        Label heading = new Label(Texts.get("fui.heading"));
        heading.getStyleClass().add("screen-heading");
        Label hint = new Label(Texts.get("fui.hint"));
        hint.setWrapText(true);

        ComboBox<FilingStatus> statusBox = new ComboBox<>();
        statusBox.setId("filingStatusFilter");
        statusBox.getItems().add(null);
        statusBox.getItems().addAll(FilingStatus.values());
        statusBox.setConverter(LabelConverter.of(s -> s == null ? Texts.get("fui.all") : s.label()));
        statusBox.setCellFactory(lv -> allOr(s -> s.label()));
        statusBox.valueProperty().bindBidirectional(vm.statusProperty());
        ComboBox<FilingAuthority> authorityBox = new ComboBox<>();
        authorityBox.setId("filingAuthorityFilter");
        authorityBox.setConverter(LabelConverter.of(a -> a == null ? Texts.get("fui.all") : a.name()));
        authorityBox.setCellFactory(lv -> allOr(FilingAuthority::name));
        vm.authorities().addListener((javafx.collections.ListChangeListener<FilingAuthority>) c -> {
            List<FilingAuthority> items = new ArrayList<>();
            items.add(null);
            items.addAll(vm.authorities());
            authorityBox.getItems().setAll(items);
            authorityBox.setValue(vm.authorityProperty().get());
        });
        authorityBox.valueProperty().addListener((o, a, b) -> vm.authorityProperty().set(b));
        TextField search = new TextField();
        search.setId("filingSearch");
        search.setPromptText(Texts.get("fui.search"));
        search.textProperty().bindBidirectional(vm.textProperty());
        search.setOnAction(e -> vm.refresh());
        Button refresh = new Button(Texts.get("fui.refresh"));
        refresh.setId("filingRefresh");
        refresh.setOnAction(e -> vm.refresh());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(vm.busyProperty());
        HBox filters = new HBox(8, new Label(Texts.get("fui.status")), statusBox, new Label(Texts.get("fui.authority")),
                authorityBox, search, refresh, busy);
        HBox.setHgrow(search, Priority.ALWAYS);

        buildTable();
        var selected = table.getSelectionModel().selectedItemProperty();
        Button submit = button("filingSubmitButton", "fui.submit", () -> submitDialog(selected.get()));
        Button register = button("filingRegisterButton", "fui.register", () -> registrationDialog(selected.get()));
        Button correct = button("filingCorrectButton", "fui.correct", () -> correctionDialog(selected.get()));
        Button review = button("filingReviewButton", "fui.review", () -> reviewDialog(selected.get()));
        Button followUp = button("filingFollowUpButton", "fui.followUp", () -> followUpDialog(selected.get()));
        Button report = button("filingReportButton", "fui.report", () -> exportReport(selected.get()));
        Button examine = button("filingWorkbenchButton", "fui.openWorkbench",
                () -> openWorkbench.accept(selected.get().filing().documentId()));
        for (Button b : List.of(submit, register, correct, review, followUp, report, examine)) {
            b.disableProperty().bind(selected.isNull().or(vm.busyProperty()));
        }
        Button incoming = button("filingIncomingButton", "fui.incoming",
                () -> IncomingFilingDialog.start(window(), vm));
        incoming.disableProperty().bind(vm.busyProperty());
        Button stats = button("filingStatsButton", "fui.stats",
                () -> FilingStatisticsView.open(window(), vm.statistics()));
        Button exportRegister = button("filingExportRegister", "fui.exportRegister", this::exportRegister);
        Button exportCatalog = button("filingExportCatalog", "fui.exportCatalog", this::exportCatalog);
        exportRegister.disableProperty().bind(vm.busyProperty());
        exportCatalog.disableProperty().bind(vm.busyProperty());
        FlowPane actions = new FlowPane(8, 8, incoming, submit, register, correct, review, followUp, examine, report,
                exportRegister, exportCatalog, stats);
        Label message = new Label();
        message.setId("filingMessage");
        message.textProperty().bind(vm.messageProperty());

        TitledPane settings = new TitledPane(Texts.get("fui.authorities"), authorityPane());
        settings.setExpanded(false);
        settings.setId("filingAuthoritiesPane");

        VBox top = new VBox(8, heading, hint, filters, actions, message);
        BorderPane root = new BorderPane(table);
        root.setTop(top);
        root.setBottom(settings);
        BorderPane.setMargin(table, new Insets(8, 0, 8, 0));
        root.setPadding(new Insets(12));
        root.setId("filingScreen");
        vm.refresh();
        return root;
    }

    private void buildTable() {
        table.setId("filingTable");
        table.getColumns().setAll(List.of(
                column("filingCol.title", FilingRow::title, 260),
                column("filingCol.docNumber", r -> text(r.docNumber()), 140),
                column("fui.col.authority", FilingRow::authority, 110),
                column("filingCol.publishedOn", r -> ChineseDates.format(r.publishedOn()), 120),
                column("fui.col.dueOn", r -> ChineseDates.format(r.filing().dueOn()), 120),
                column("filingCol.submittedOn", r -> ChineseDates.format(r.filing().submittedOn()), 120),
                column("fui.col.status", r -> r.status().label(), 90),
                column("filingCol.registration", r -> r.filing().registration() == null ? ""
                        : r.filing().registration().result().label(), 100),
                column("filingCol.review", r -> r.filing().review() == null ? "" : r.filing().review().result().label(), 80),
                column("filingCol.remark", FilingRow::remark, 200)));
        table.setItems(vm.rows());
        table.setPlaceholder(new Label(Texts.get("fui.none")));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(FilingRow item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll(BEHIND, DUE_SOON);
                String style = empty || item == null ? null : styleOf(item, vm.today());
                if (style != null) {
                    getStyleClass().add(style);
                }
            }
        });
    }

    /** Red for overdue and late, orange for a filing due within the coming week. */
    static String styleOf(FilingRow row, LocalDate today) {
        if (row.status().behind()) {
            return BEHIND;
        }
        LocalDate due = row.filing().dueOn();
        if (row.status() == FilingStatus.NOT_SUBMITTED && due != null
                && !due.isAfter(today.plusDays(org.normdesk.service.FilingService.DUE_SOON_DAYS))) {
            return DUE_SOON;
        }
        return null;
    }

    // ---- dialogs

    private void submitDialog(FilingRow row) {
        Filing f = row.filing();
        DatePicker on = FormDialog.datePicker("filingSubmittedOn", f.submittedOn() != null ? f.submittedOn() : vm.today());
        TextField number = new TextField(f.submission() == null || f.submission().reportNumber() == null ? ""
                : f.submission().reportNumber());
        number.setId("filingReportNumber");
        number.setPromptText(Texts.get("fui.submit.numberPrompt"));
        Map<FilingMaterial, CheckBox> boxes = new EnumMap<>(FilingMaterial.class);
        FlowPane materials = new FlowPane(10, 6);
        for (FilingMaterial m : FilingMaterial.values()) {
            CheckBox box = new CheckBox(m.label());
            box.setId("filingMaterial-" + m.name());
            box.setSelected(f.submission() != null ? f.submission().given().contains(m) : f.required().contains(m));
            boxes.put(m, box);
            materials.getChildren().add(box);
        }
        new FormDialog<Boolean>(window(), Texts.get("fui.submit.title", row.title(), row.authority()), "filingSubmitDialog")
                .row(Texts.get("filingCol.submittedOn"), on)
                .row(Texts.get("fui.submit.materials"), materials)
                .row(Texts.get("fui.submit.number"), number)
                .showAndWait(() -> true)
                .ifPresent(ok -> vm.submit(f.id(), on.getValue(),
                        boxes.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey).toList(),
                        number.getText()));
    }

    private void registrationDialog(FilingRow row) {
        ComboBox<RegistrationResult> result = choice("filingRegistrationResult", RegistrationResult.values());
        DatePicker on = FormDialog.datePicker("filingRegisteredOn", vm.today());
        DatePicker due = FormDialog.datePicker("filingCorrectionDue", null);
        due.setPromptText(Texts.get("fui.register.duePrompt"));
        new FormDialog<Boolean>(window(), Texts.get("fui.register.title", row.title()), "filingRegisterDialog")
                .row(Texts.get("filingCol.registration"), result)
                .row(Texts.get("fui.date"), on)
                .row(Texts.get("fui.register.due"), due)
                .disableOkWhen(result.valueProperty().isNull())
                .showAndWait(() -> true)
                .ifPresent(ok -> vm.register(row.id(), result.getValue(), on.getValue(), due.getValue()));
    }

    private void correctionDialog(FilingRow row) {
        DatePicker on = FormDialog.datePicker("filingCorrectedOn", vm.today());
        new FormDialog<Boolean>(window(), Texts.get("fui.correct.title", row.title()), "filingCorrectDialog")
                .row(Texts.get("fui.date"), on)
                .showAndWait(() -> true)
                .ifPresent(ok -> vm.correct(row.id(), on.getValue()));
    }

    private void reviewDialog(FilingRow row) {
        ComboBox<ReviewResult> result = choice("filingReviewResult", ReviewResult.values());
        DatePicker on = FormDialog.datePicker("filingReviewedOn", vm.today());
        TextArea note = new TextArea();
        note.setId("filingReviewNote");
        note.setPrefRowCount(3);
        note.setWrapText(true);
        Label warning = new Label(Texts.get("fui.review.revokeWarning"));
        warning.setWrapText(true);
        warning.visibleProperty().bind(result.valueProperty().isEqualTo(ReviewResult.REVOKE));
        new FormDialog<Boolean>(window(), Texts.get("fui.review.title", row.title()), "filingReviewDialog")
                .row(Texts.get("filingCol.review"), result)
                .row(Texts.get("fui.date"), on)
                .row(Texts.get("fui.review.note"), note)
                .wide(warning)
                .disableOkWhen(result.valueProperty().isNull())
                .showAndWait(() -> true)
                .ifPresent(ok -> vm.review(row.id(), result.getValue(), on.getValue(), note.getText()));
    }

    private void followUpDialog(FilingRow row) {
        DatePicker answered = FormDialog.datePicker("filingAnsweredOn", vm.today());
        TextArea answer = new TextArea();
        answer.setId("filingAnswer");
        answer.setPrefRowCount(3);
        answer.setWrapText(true);
        DatePicker refiled = FormDialog.datePicker("filingRefiledOn", null);
        new FormDialog<Boolean>(window(), Texts.get("fui.followUp.title", row.title()), "filingFollowUpDialog")
                .row(Texts.get("fui.followUp.answeredOn"), answered)
                .row(Texts.get("fui.followUp.answer"), answer)
                .row(Texts.get("fui.followUp.refiledOn"), refiled)
                .showAndWait(() -> true)
                .ifPresent(ok -> vm.followUp(row.id(), answered.getValue(), answer.getText(), refiled.getValue()));
    }

    // ---- exports

    private void exportReport(FilingRow row) {
        File file = chooser(Texts.get("fui.report"), Texts.get("filingReport.title", row.title()) + ".docx", false)
                .showSaveDialog(window());
        if (file != null) {
            vm.exportReport(row.id(), file.toPath(), this::exported);
        }
    }

    private void exportRegister() {
        File file = chooser(Texts.get("fui.exportRegister"), Texts.get("filing.register.title") + ".docx", true)
                .showSaveDialog(window());
        if (file != null) {
            vm.exportRegister(file.toPath(), this::exported);
        }
    }

    private void exportCatalog() {
        int lastYear = vm.today().getYear() - 1;
        Prompts.askText(window(), Texts.get("fui.exportCatalog"), Texts.get("fui.catalog.year"), 1,
                String.valueOf(lastYear)).ifPresent(text -> {
                    int year;
                    try {
                        year = Integer.parseInt(text.strip().replace("年", ""));
                    } catch (NumberFormatException e) {
                        Prompts.inform(window(), Texts.get("fui.exportCatalog"), Texts.get("fui.catalog.badYear", text));
                        return;
                    }
                    File file = chooser(Texts.get("fui.exportCatalog"), Texts.get("fui.catalog.file", year) + ".docx", true)
                            .showSaveDialog(window());
                    if (file != null) {
                        vm.exportCatalog(year, file.toPath(), this::exported);
                    }
                });
    }

    private void exported(Path file) {
        vm.messageProperty().set(Texts.get("fui.exported", file));
    }

    private static FileChooser chooser(String title, String name, boolean excelToo) {
        FileChooser c = new FileChooser();
        c.setTitle(title);
        c.setInitialFileName(name.replaceAll("[\\\\/:*?\"<>|]", ""));
        c.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("fui.docx"), "*.docx"));
        if (excelToo) {
            c.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("fui.xlsx"), "*.xlsx"));
        }
        return c;
    }

    // ---- authorities

    private Parent authorityPane() {
        authorityTable.setId("authorityTable");
        authorityTable.setPrefHeight(140);
        authorityTable.getColumns().setAll(List.of(
                authorityColumn("fui.auth.name", FilingAuthority::name, 160),
                authorityColumn("fui.auth.direction", a -> a.direction().label(), 90),
                authorityColumn("fui.auth.dueDays", a -> String.valueOf(a.dueDays()), 80),
                authorityColumn("fui.auth.pattern", a -> text(a.reportPattern()), 200),
                authorityColumn("fui.auth.categories", a -> String.join("、",
                        a.categories().stream().sorted().map(IssuerCategory::label).toList()), 260),
                authorityColumn("fui.auth.active", a -> a.active() ? Texts.get("filing.onTime.yes")
                        : Texts.get("filing.onTime.no"), 60)));
        authorityTable.setItems(vm.authorities());
        Button add = button("authorityAdd", "fui.auth.add", () -> authorityDialog(null));
        Button edit = button("authorityEdit", "fui.auth.edit",
                () -> authorityDialog(authorityTable.getSelectionModel().getSelectedItem()));
        edit.disableProperty().bind(authorityTable.getSelectionModel().selectedItemProperty().isNull());
        return new VBox(6, authorityTable, new HBox(8, add, edit));
    }

    private void authorityDialog(FilingAuthority a) {
        TextField name = new TextField(a == null ? "" : a.name());
        name.setId("authorityName");
        ComboBox<FilingDirection> direction = choice("authorityDirection", FilingDirection.values());
        direction.setValue(a == null ? FilingDirection.OUTGOING : a.direction());
        Spinner<Integer> days = Controls.integerSpinner(1, FilingAuthority.MAX_DUE_DAYS,
                a == null ? FilingAuthority.DEFAULT_DUE_DAYS : a.dueDays());
        TextField pattern = new TextField(a == null ? "" : text(a.reportPattern()));
        pattern.setPromptText("江府规备字〔{year}〕{seq}号");
        FlowPane categories = new FlowPane(10, 6);
        Map<IssuerCategory, CheckBox> categoryBoxes = new EnumMap<>(IssuerCategory.class);
        for (IssuerCategory c : IssuerCategory.values()) {
            CheckBox box = new CheckBox(c.label());
            box.setSelected(a == null ? c == IssuerCategory.GOVERNMENT || c == IssuerCategory.GOVERNMENT_OFFICE
                    : a.categories().contains(c));
            categoryBoxes.put(c, box);
            categories.getChildren().add(box);
        }
        FlowPane materials = new FlowPane(10, 6);
        Map<FilingMaterial, CheckBox> materialBoxes = new EnumMap<>(FilingMaterial.class);
        for (FilingMaterial m : FilingMaterial.values()) {
            CheckBox box = new CheckBox(m.label());
            box.setSelected(a == null ? m != FilingMaterial.ELECTRONIC_TEXT : a.materials().contains(m));
            materialBoxes.put(m, box);
            materials.getChildren().add(box);
        }
        CheckBox active = new CheckBox(Texts.get("fui.auth.activeBox"));
        active.setSelected(a == null || a.active());
        new FormDialog<Boolean>(window(), Texts.get(a == null ? "fui.auth.add" : "fui.auth.edit"), "authorityDialog")
                .row(Texts.get("fui.auth.name"), name)
                .row(Texts.get("fui.auth.direction"), direction)
                .row(Texts.get("fui.auth.dueDays"), days)
                .row(Texts.get("fui.auth.pattern"), pattern)
                .row(Texts.get("fui.auth.categories"), categories)
                .row(Texts.get("fui.auth.materials"), materials)
                .wide(active)
                .showAndWait(() -> true)
                .ifPresent(ok -> vm.saveAuthority(new FilingAuthority(a == null ? null : a.id(), name.getText(),
                        direction.getValue(), days.getValue(), pattern.getText(),
                        java.util.EnumSet.copyOf(categoryBoxes.entrySet().stream().filter(e -> e.getValue().isSelected())
                                .map(Map.Entry::getKey).collect(java.util.stream.Collectors.toCollection(
                                        () -> java.util.EnumSet.noneOf(IssuerCategory.class)))),
                        materialBoxes.entrySet().stream().filter(e -> e.getValue().isSelected()).map(Map.Entry::getKey)
                                .toList(),
                        active.isSelected(), a == null ? vm.authorities().size() + 1 : a.sortOrder(),
                        a == null ? 0 : a.version())));
    }

    // ---- helpers

    /** A list cell that shows the null entry as 全部: the default cell would leave it blank and unpickable. */
    private static <T> javafx.scene.control.ListCell<T> allOr(Function<T, String> label) {
        return new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item == null ? Texts.get("fui.all") : label.apply(item));
            }
        };
    }



    private static TableColumn<FilingRow, String> column(String key, Function<FilingRow, String> text, double width) {
        return org.normdesk.ui.common.Controls.textColumn(key, text, width);
    }

    private static TableColumn<FilingAuthority, String> authorityColumn(String key, Function<FilingAuthority, String> text,
                                                                        double width) {
        return org.normdesk.ui.common.Controls.textColumn(key, text, width);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private Window window() {
        return table.getScene() == null ? null : table.getScene().getWindow();
    }
}
