package org.normdesk.ui.imports;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.normdesk.domain.Texts;
import org.normdesk.domain.extract.LedgerRow;
import org.normdesk.domain.extract.LedgerSheet;
import org.normdesk.ui.common.ChineseDates;
import org.normdesk.ui.common.LabelConverter;

/**
 * The mapping step of a ledger import: every column of the sheet with its heading, first value and
 * a choice of what to import it as (不导入 included); below, what the mapping makes of the first
 * rows, rows that would be skipped in red with the reason. All state is the {@link LedgerMappingModel}.
 */
final class LedgerPane {
    /** Rows of the mapping table shown without scrolling; a wider ledger scrolls. */
    private static final int MAPPING_ROWS_SHOWN = 8;
    private static final ObservableList<LedgerTarget> CHOICES = FXCollections.observableList(LedgerTarget.choices());

    private LedgerPane() {
    }

    static Node create(LedgerMappingModel model) {
        TableView<LedgerColumnChoice> mapping = mappingTable(model);
        Label problem = new Label();
        problem.setId("ledgerMappingProblem");
        problem.getStyleClass().add("problems");
        problem.setWrapText(true);
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        TableView<LedgerRow> rows = rowsTable(model);
        VBox.setVgrow(rows, Priority.ALWAYS);
        Label mappingTitle = new Label(Texts.get("import.ledger.mappingTitle", model.sheet().headerRowNumber()));
        mappingTitle.getStyleClass().add("section-title");
        Label rowsTitle = new Label();
        rowsTitle.getStyleClass().add("section-title");
        rowsTitle.textProperty().bind(Bindings.createStringBinding(() -> Texts.get("import.ledger.rowsTitle",
                model.previewRows().size(), model.sheet().lines().size()), model.previewRows()));
        VBox pane = new VBox(8, mappingTitle, mapping, problem, rowsTitle, rows);
        pane.setId("ledgerPane");
        return pane;
    }

    private static TableView<LedgerColumnChoice> mappingTable(LedgerMappingModel model) {
        TableView<LedgerColumnChoice> table = new TableView<>(model.columns());
        table.setId("ledgerMapping");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        TableColumn<LedgerColumnChoice, LedgerTarget> target = new TableColumn<>(Texts.get("import.ledger.target"));
        target.setCellValueFactory(c -> c.getValue().targetProperty());
        target.setCellFactory(c -> new TargetCell());
        target.setPrefWidth(260);
        target.setSortable(false);
        table.getColumns().setAll(List.of(
                column("import.ledger.column", 56, LedgerColumnChoice::letter),
                column("import.ledger.heading", 240, LedgerColumnChoice::heading),
                target,
                column("import.ledger.sample", 400, LedgerColumnChoice::sample)));
        table.setFixedCellSize(34);
        int shown = Math.max(3, Math.min(MAPPING_ROWS_SHOWN, model.columns().size()));
        // The mapping is what the user came to check: it keeps its rows; the preview below takes what is left.
        table.setPrefHeight(34 * (shown + 1) + 4);
        table.setMinHeight(table.getPrefHeight());
        return table;
    }

    /** The column's choice of field, as a drop-down always shown (one click to change, as in a form). */
    private static final class TargetCell extends TableCell<LedgerColumnChoice, LedgerTarget> {
        private final ComboBox<LedgerTarget> box = new ComboBox<>(CHOICES);
        private LedgerColumnChoice bound;

        TargetCell() {
            box.setConverter(LabelConverter.of(LedgerTarget::label));
            box.setMaxWidth(Double.MAX_VALUE);
            box.setVisibleRowCount(CHOICES.size());
        }

        @Override
        protected void updateItem(LedgerTarget item, boolean empty) {
            super.updateItem(item, empty);
            if (bound != null) {
                box.valueProperty().unbindBidirectional(bound.targetProperty());
                bound = null;
            }
            LedgerColumnChoice choice = empty || getIndex() < 0 || getIndex() >= getTableView().getItems().size()
                    ? null : getTableView().getItems().get(getIndex());
            if (choice == null) {
                setGraphic(null);
                return;
            }
            bound = choice;
            box.setId("ledgerTarget-" + choice.letter());
            box.valueProperty().bindBidirectional(choice.targetProperty());
            setGraphic(box);
        }
    }

    private static TableView<LedgerRow> rowsTable(LedgerMappingModel model) {
        TableView<LedgerRow> table = new TableView<>(model.previewRows());
        table.setId("ledgerRows");
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().setAll(List.of(
                column("import.ledger.rowNumber", 48, r -> String.valueOf(r.rowNumber())),
                column("import.column.title", 230, LedgerRow::title),
                shownIfMapped(model, LedgerSheet.Field.DOC_NUMBER, column("import.column.docNumber", 150, LedgerRow::docNumber)),
                column("import.column.issuer", 150, LedgerRow::issuer),
                shownIfMapped(model, LedgerSheet.Field.CO_ISSUERS, column("import.ledger.coIssuers", 150,
                        r -> String.join("、", r.coIssuers()))),
                date(model, LedgerSheet.Field.SIGNED_ON, "import.column.signedOn", LedgerRow::signedOn),
                date(model, LedgerSheet.Field.PUBLISHED_ON, "import.ledger.publishedOn", LedgerRow::publishedOn),
                date(model, LedgerSheet.Field.EFFECTIVE_ON, "import.column.effectiveOn", LedgerRow::effectiveOn),
                date(model, LedgerSheet.Field.VALID_UNTIL, "import.column.validUntil", LedgerRow::validUntil),
                column("import.ledger.problem", 260, LedgerRow::problem)));
        table.setRowFactory(t -> new TableRow<>() {
            @Override
            protected void updateItem(LedgerRow row, boolean empty) {
                super.updateItem(row, empty);
                getStyleClass().remove("import-failed");
                if (!empty && row != null && !row.isValid()) {
                    getStyleClass().add("import-failed");
                }
            }
        });
        return table;
    }

    private static TableColumn<LedgerRow, String> date(LedgerMappingModel model, LedgerSheet.Field field, String key,
                                                       Function<LedgerRow, LocalDate> value) {
        // Wide enough for 2019年10月31日 in the table's font.
        return shownIfMapped(model, field, column(key, 124, r -> ChineseDates.format(value.apply(r))));
    }

    /** The preview shows the optional fields the mapping imports, so that what it shows fits the window. */
    private static <S> TableColumn<S, String> shownIfMapped(LedgerMappingModel model, LedgerSheet.Field field,
                                                           TableColumn<S, String> column) {
        column.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.mappingProperty().get() != null
                && model.mappingProperty().get().columnOf(field).isPresent(), model.mappingProperty()));
        return column;
    }

    private static <S> TableColumn<S, String> column(String key, double width, Function<S, String> value) {
        TableColumn<S, String> c = new TableColumn<>(Texts.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
        c.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(String item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : item);
                // Titles and reasons are longer than their columns: the whole text on hover.
                setTooltip(empty || item == null || item.isBlank() ? null : new Tooltip(item));
            }
        });
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
