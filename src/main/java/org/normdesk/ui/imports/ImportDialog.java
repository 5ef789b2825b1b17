package org.normdesk.ui.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;

import org.controlsfx.control.CheckComboBox;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.Texts;
import org.normdesk.domain.extract.ExtractedField;
import org.normdesk.domain.extract.LedgerSheet;
import org.normdesk.ui.common.ChineseDates;
import org.normdesk.ui.common.FormDialog;
import org.normdesk.ui.common.LabelConverter;

/**
 * The import window: the review table with the selected file's fields, snippets and confidences
 * below it; or an Excel ledger's preview; then the report. Progress and 取消 at the bottom while
 * work runs. All state lives in the {@link ImportViewModel}.
 */
public final class ImportDialog {
    /** Below this confidence a field is shown in orange for the reviewer to check. */
    static final double LOW_CONFIDENCE = 0.8;

    private final ImportViewModel viewModel;
    private final Stage stage = new Stage();
    private final BorderPane root = new BorderPane();
    private final Label heading = new Label();
    private final Label message = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button(Texts.get("button.cancel"));
    private final Button importButton = new Button(Texts.get("import.button.import"));
    private final Button close = new Button(Texts.get("import.button.close"));
    private final TableView<ImportRow> table = new TableView<>();
    private final FieldEditors editors;
    private Node review;
    private Node ledger;
    private Node report;

    private ImportDialog(Window owner, ImportViewModel viewModel, String stylesheet) {
        this.viewModel = viewModel;
        this.editors = new FieldEditors();
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.setTitle(Texts.get("import.window.title"));
        root.getStyleClass().addAll("screen", "import-dialog");
        root.setId("importDialog");
        heading.getStyleClass().add("screen-title");
        message.setId("importMessage");
        message.setWrapText(true);
        VBox top = new VBox(6, heading, message);
        top.setPadding(new Insets(0, 0, 8, 0));
        root.setTop(top);
        root.setBottom(bottomBar());
        message.textProperty().bind(viewModel.messageProperty());
        viewModel.stepProperty().addListener((o, a, step) -> show(step));
        show(viewModel.stepProperty().get());
        // While files are saved, the table they come from cannot be changed.
        viewModel.busyProperty().addListener((o, a, busy) -> {
            if (root.getCenter() != null) {
                root.getCenter().setDisable(busy);
            }
        });
        Scene scene = new Scene(root, 1260, 760);
        if (stylesheet != null) {
            scene.getStylesheets().add(stylesheet);
        }
        stage.setScene(scene);
        // Closing while work runs asks the work to stop; what is done stays and is not lost.
        stage.setOnHidden(e -> viewModel.cancel());
    }

    /** Opens the window; the caller then starts the view model's examine or ledger preview. */
    public static ImportDialog open(Window owner, ImportViewModel viewModel, String stylesheet) {
        ImportDialog dialog = new ImportDialog(owner, viewModel, stylesheet);
        dialog.stage.show();
        return dialog;
    }

    public Stage stage() {
        return stage;
    }

    private Node bottomBar() {
        progress.setId("importProgress");
        progress.setPrefWidth(320);
        progress.progressProperty().bind(viewModel.progressProperty());
        cancel.setId("importCancel");
        importButton.setId("importButton");
        importButton.setDefaultButton(true);
        close.setId("importClose");
        progress.visibleProperty().bind(viewModel.busyProperty());
        cancel.visibleProperty().bind(viewModel.busyProperty());
        importButton.visibleProperty().bind(viewModel.stepProperty().isEqualTo(ImportViewModel.Step.REVIEW)
                .or(viewModel.stepProperty().isEqualTo(ImportViewModel.Step.LEDGER_PREVIEW)));
        importButton.managedProperty().bind(importButton.visibleProperty());
        importButton.disableProperty().bind(viewModel.canImportProperty().not());
        cancel.setOnAction(e -> viewModel.cancel());
        importButton.setOnAction(e -> viewModel.importConfirmed());
        close.setOnAction(e -> stage.close());
        close.disableProperty().bind(viewModel.busyProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox bar = new HBox(10, progress, cancel, spacer, importButton, close);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.getStyleClass().add("editor-actions");
        return bar;
    }

    private void show(ImportViewModel.Step step) {
        switch (step) {
            case EXAMINING -> {
                heading.setText(Texts.get("import.heading.examining"));
                root.setCenter(new Label());
            }
            case REVIEW -> {
                heading.setText(Texts.get("import.heading.review"));
                review = review == null ? reviewPane() : review;
                root.setCenter(review);
            }
            case LEDGER_PREVIEW -> {
                heading.setText(Texts.get("import.heading.ledger"));
                ledger = ledger == null ? ledgerPane() : ledger;
                root.setCenter(ledger);
            }
            case IMPORTING -> heading.setText(Texts.get("import.heading.importing"));
            case REPORT -> {
                heading.setText(Texts.get("import.heading.report"));
                report = report == null ? reportPane() : report;
                root.setCenter(report);
            }
            default -> throw new IllegalStateException(String.valueOf(step));
        }
    }

    // ---- review ----

    private Node reviewPane() {
        table.setId("importTable");
        table.setEditable(true);
        table.setItems(viewModel.rows());
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ImportRow, Boolean> ticked = new TableColumn<>(Texts.get("import.column.ticked"));
        ticked.setCellValueFactory(c -> c.getValue().tickedProperty());
        ticked.setCellFactory(CheckBoxTableCell.forTableColumn(ticked));
        ticked.setEditable(true);
        ticked.setPrefWidth(44);
        ticked.setSortable(false);
        table.getColumns().setAll(List.of(ticked,
                text("import.column.file", 140, r -> new ReadOnlyStringWrapper(r.fileName())),
                text("import.column.title", 210, ImportRow::titleProperty),
                text("import.column.docNumber", 150, ImportRow::docNumberProperty),
                text("import.column.issuer", 170, r -> Bindings.createStringBinding(
                        () -> r.issuerProperty().get() == null ? "" : r.issuerProperty().get().name(), r.issuerProperty())),
                date("import.column.signedOn", ImportRow::signedOnProperty),
                date("import.column.effectiveOn", ImportRow::effectiveOnProperty),
                date("import.column.validUntil", ImportRow::validUntilProperty),
                text("import.column.trial", 44, r -> Bindings.createStringBinding(
                        () -> r.trialProperty().get() ? Texts.get("import.yes") : "", r.trialProperty())),
                text("import.column.status", 160, ImportRow::statusTextProperty)));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ImportRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().removeAll("import-ready", "import-incomplete", "import-duplicate", "import-unreadable");
                if (!empty && row != null) {
                    getStyleClass().add("import-" + row.statusProperty().getValue().name().toLowerCase());
                }
            }
        });
        // Status changes as the reviewer corrects fields: repaint the rows' colours.
        viewModel.rows().addListener((javafx.collections.ListChangeListener<ImportRow>) c -> table.refresh());
        table.getSelectionModel().selectedItemProperty().addListener((o, a, row) -> viewModel.selectedProperty().set(row));
        if (viewModel.selectedProperty().get() != null) {
            table.getSelectionModel().select(viewModel.selectedProperty().get());
        }
        viewModel.selectedProperty().addListener((o, a, row) -> editors.show(row));
        editors.show(viewModel.selectedProperty().get());
        ScrollPane details = new ScrollPane(editors.grid);
        details.setFitToWidth(true);
        details.setId("importDetails");
        SplitPane split = new SplitPane(table, details);
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.48);
        return split;
    }

    private static <T> TableColumn<ImportRow, String> text(String key, double width,
                                                          Function<ImportRow, ObservableValue<String>> value) {
        TableColumn<ImportRow, String> c = new TableColumn<>(Texts.get(key));
        c.setCellValueFactory(cell -> value.apply(cell.getValue()));
        c.setCellFactory(col -> withTooltip());
        c.setPrefWidth(width);
        c.setMinWidth(Math.min(width, 60));
        c.setEditable(false);
        return c;
    }

    private static TableColumn<ImportRow, String> date(String key, Function<ImportRow, ObjectProperty<LocalDate>> value) {
        // Wide enough for 2025年12月31日 in the table's font.
        return text(key, 124, r -> Bindings.createStringBinding(() -> ChineseDates.format(value.apply(r).get()), value.apply(r)));
    }

    /** The form below the table: one editor per field, with what the text said and how sure extraction is. */
    private final class FieldEditors {
        final GridPane grid = new GridPane();
        final TextField title = new TextField();
        final TextField docNumber = new TextField();
        final ComboBox<Issuer> issuer = new ComboBox<>();
        final CheckComboBox<Issuer> coIssuers = new CheckComboBox<>();
        private boolean syncingCoIssuers;
        final DatePicker signedOn = FormDialog.datePicker("fieldSignedOn", null);
        final DatePicker effectiveOn = FormDialog.datePicker("fieldEffectiveOn", null);
        final DatePicker validUntil = FormDialog.datePicker("fieldValidUntil", null);
        final CheckBox trial = new CheckBox(Texts.get("import.field.trialBox"));
        final Label fileLabel = new Label();
        final Label statusLabel = new Label();
        final List<Label> evidence = new ArrayList<>();
        final List<Node> controls;
        ImportRow bound;

        FieldEditors() {
            title.setId("fieldTitle");
            docNumber.setId("fieldDocNumber");
            issuer.setId("fieldIssuer");
            issuer.setItems(viewModel.issuers());
            issuer.setConverter(LabelConverter.of(Issuer::name));
            issuer.setMaxWidth(Double.MAX_VALUE);
            coIssuers.setId("fieldCoIssuers");
            Bindings.bindContent(coIssuers.getItems(), viewModel.issuers());
            coIssuers.setConverter(LabelConverter.of(Issuer::name));
            coIssuers.setMaxWidth(Double.MAX_VALUE);
            coIssuers.getCheckModel().getCheckedItems().addListener((ListChangeListener<Issuer>) c -> {
                if (!syncingCoIssuers && bound != null) {
                    syncingCoIssuers = true;
                    bound.coIssuers().setAll(coIssuers.getCheckModel().getCheckedItems());
                    syncingCoIssuers = false;
                }
            });
            trial.setId("fieldTrial");
            fileLabel.getStyleClass().add("section-title");
            fileLabel.setId("importFileLabel");
            grid.setHgap(10);
            grid.setVgap(6);
            grid.setPadding(new Insets(8));
            ColumnConstraints labels = new ColumnConstraints();
            labels.setMinWidth(80);
            ColumnConstraints fields = new ColumnConstraints();
            fields.setPrefWidth(340);
            fields.setMinWidth(260);
            ColumnConstraints source = new ColumnConstraints();
            source.setHgrow(Priority.ALWAYS);
            source.setMinWidth(300);
            grid.getColumnConstraints().setAll(labels, fields, source);
            statusLabel.setId("importStatusLabel");
            statusLabel.setWrapText(true);
            grid.add(new VBox(2, fileLabel, statusLabel), 0, 0, 3, 1);
            controls = List.of(title, docNumber, issuer, coIssuers, signedOn, effectiveOn, validUntil, trial);
            ImportRow.Field[] all = ImportRow.Field.values();
            for (int i = 0; i < all.length; i++) {
                Label label = new Label(Texts.get("import.field." + all[i].name()));
                Label said = new Label();
                said.setWrapText(true);
                said.setId("evidence-" + all[i].name());
                said.getStyleClass().add("hint");
                evidence.add(said);
                grid.addRow(i + 1, label, controls.get(i), said);
            }
        }

        void show(ImportRow row) {
            unbind();
            bound = row;
            boolean editable = row != null && row.canBeTicked();
            controls.forEach(c -> c.setDisable(!editable));
            statusLabel.textProperty().unbind();
            if (row == null) {
                coIssuers.getCheckModel().clearChecks();
                coIssuers.setTitle(Texts.get("editor.field.coIssuers.none"));
                statusLabel.setText("");
                fileLabel.setText("");
                evidence.forEach(l -> l.setText(""));
                return;
            }
            fileLabel.setText(row.fileName());
            statusLabel.textProperty().bind(Bindings.concat(Texts.get("import.column.status"), "：", row.statusTextProperty()));
            title.textProperty().bindBidirectional(row.titleProperty());
            docNumber.textProperty().bindBidirectional(row.docNumberProperty());
            issuer.valueProperty().bindBidirectional(row.issuerProperty());
            signedOn.valueProperty().bindBidirectional(row.signedOnProperty());
            effectiveOn.valueProperty().bindBidirectional(row.effectiveOnProperty());
            validUntil.valueProperty().bindBidirectional(row.validUntilProperty());
            trial.selectedProperty().bindBidirectional(row.trialProperty());
            row.coIssuers().addListener(coIssuersChanged);
            showCoIssuers();
            ImportRow.Field[] all = ImportRow.Field.values();
            for (int i = 0; i < all.length; i++) {
                ExtractedField<?> f = row.evidence(all[i]);
                boolean low = editable && f.confidence() < LOW_CONFIDENCE;
                evidence.get(i).setText(describe(f, row.canBeTicked() ? null : row.candidate().reason()));
                mark(evidence.get(i), low);
                mark(controls.get(i), low);
            }
        }

        private void unbind() {
            if (bound == null) {
                return;
            }
            title.textProperty().unbindBidirectional(bound.titleProperty());
            docNumber.textProperty().unbindBidirectional(bound.docNumberProperty());
            issuer.valueProperty().unbindBidirectional(bound.issuerProperty());
            signedOn.valueProperty().unbindBidirectional(bound.signedOnProperty());
            effectiveOn.valueProperty().unbindBidirectional(bound.effectiveOnProperty());
            validUntil.valueProperty().unbindBidirectional(bound.validUntilProperty());
            trial.selectedProperty().unbindBidirectional(bound.trialProperty());
            bound.coIssuers().removeListener(coIssuersChanged);
            bound = null;
        }

        private final ListChangeListener<Issuer> coIssuersChanged = c -> showCoIssuers();

        /** The picker shows the bound row's co-issuers, checked, and their names as its title (无 when none). */
        private void showCoIssuers() {
            if (bound == null) {
                return;
            }
            if (!syncingCoIssuers) {
                syncingCoIssuers = true;
                try {
                    coIssuers.getCheckModel().clearChecks();
                    bound.coIssuers().forEach(coIssuers.getCheckModel()::check);
                } finally {
                    syncingCoIssuers = false;
                }
            }
            coIssuers.setTitle(bound.coIssuers().isEmpty() ? Texts.get("editor.field.coIssuers.none")
                    : String.join("、", bound.coIssuers().stream().map(Issuer::name).toList()));
        }
    }

    /** 原文：“…”（可信度 95%）, or that the text gave nothing for the field. */
    static String describe(ExtractedField<?> f, String unreadable) {
        if (unreadable != null) {
            return unreadable;
        }
        if (!f.isPresent()) {
            return Texts.get("import.evidence.none");
        }
        String snippet = f.snippet().isBlank() ? "—" : f.snippet().strip();
        return Texts.get("import.evidence", snippet, Math.round(f.confidence() * 100));
    }

    private static void mark(Node node, boolean low) {
        node.getStyleClass().remove("low-confidence");
        if (low) {
            node.getStyleClass().add("low-confidence");
        }
    }

    // ---- ledger ----

    private Node ledgerPane() {
        LedgerSheet sheet = viewModel.ledgerProperty().get() == null ? null : viewModel.ledgerProperty().get().sheet();
        return sheet == null ? new Label() : LedgerPane.create(viewModel.ledgerMapping());
    }

    private static <S> TableColumn<S, String> column(String key, double width, Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(Texts.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setCellFactory(col -> withTooltip());
        c.setPrefWidth(width);
        return c;
    }

    // ---- report ----

    private Node reportPane() {
        TableView<ReportLine> lines = new TableView<>(viewModel.reportLines());
        lines.setId("reportTable");
        lines.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<ReportLine, String> file = column("import.report.file", 360, ReportLine::file);
        file.setCellFactory(c -> wrapping(file));
        TableColumn<ReportLine, String> detail = column("import.report.detail", 600, ReportLine::detail);
        detail.setCellFactory(c -> wrapping(detail));
        lines.getColumns().setAll(List.of(column("import.report.outcome", 150, ReportLine::outcomeLabel), file, detail));
        lines.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(ReportLine line, boolean empty) {
                super.updateItem(line, empty);
                getStyleClass().removeAll("import-failed", "import-duplicate");
                if (!empty && line != null && line.outcome() == ReportLine.Outcome.FAILED) {
                    getStyleClass().add("import-failed");
                } else if (!empty && line != null && line.outcome() == ReportLine.Outcome.DUPLICATE) {
                    getStyleClass().add("import-duplicate");
                }
            }
        });
        lines.setPlaceholder(new Label(Texts.get("import.report.empty")));
        return lines;
    }

    /** A text cell that shows its whole text on hover: file names and reasons are longer than their columns. */
    private static <S> TableCell<S, String> withTooltip() {
        return new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                setTooltip(empty || item == null || item.isBlank() ? null : new Tooltip(item));
            }
        };
    }

    /** A cell whose long text wraps onto more lines (the row grows) instead of being cut with "…". */
    private static <S> TableCell<S, String> wrapping(TableColumn<S, String> column) {
        return new TableCell<>() {
            private final Text text = new Text();

            {
                text.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
                text.getStyleClass().add("text");
                setPrefHeight(Control.USE_COMPUTED_SIZE);
            }

            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                text.setText(empty || item == null ? "" : item);
                setGraphic(empty ? null : text);
            }
        };
    }

    Parent root() {
        return root;
    }
}
