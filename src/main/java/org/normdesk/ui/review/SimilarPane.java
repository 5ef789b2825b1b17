package org.normdesk.ui.review;

import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.normdesk.domain.Texts;
import org.normdesk.service.SimilarDocumentsService.SimilarDocument;
import org.normdesk.ui.common.DocumentOpener;
import org.normdesk.ui.common.WrappingTextCell;

/**
 * The 相似文件 tab of the workbench: the documents in force on the same matter, with their score
 * and the shared words that weigh most; a double-click or Enter opens one in the document editor,
 * as the register does.
 */
final class SimilarPane {
    static final String TABLE_ID = "similarTable";

    private SimilarPane() {
    }

    static Node create(SimilarViewModel vm, DocumentOpener opener) {
        Label summary = new Label();
        summary.setId("similarSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setId("similarBusy");
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(vm.busyProperty());
        busy.managedProperty().bind(vm.busyProperty());
        busy.progressProperty().bind(vm.progressProperty());
        Button refresh = new Button(Texts.get("similar.wb.refresh"));
        refresh.setId("similarRefreshButton");
        refresh.disableProperty().bind(vm.busyProperty());
        refresh.setOnAction(e -> vm.load());
        Button cancel = new Button(Texts.get("similar.wb.cancel"));
        cancel.setId("similarCancelButton");
        cancel.visibleProperty().bind(vm.busyProperty());
        cancel.managedProperty().bind(vm.busyProperty());
        cancel.setOnAction(e -> vm.cancel());
        Button open = new Button(Texts.get("similar.wb.open"));
        open.setId("similarOpenButton");

        TableView<SimilarDocument> table = new TableView<>(vm.documents());
        table.setId(TABLE_ID);
        table.setPlaceholder(new Label(Texts.get("similar.wb.placeholder")));
        table.getColumns().setAll(List.of(
                column("similar.col.title", SimilarDocument::title, 230),
                column("similar.col.docNumber", d -> nz(d.docNumber()), 130),
                column("similar.col.issuer", d -> nz(d.issuer()), 120),
                column("similar.col.status", d -> d.validity() == null ? "" : d.validity().label(), 80),
                column("similar.col.score", d -> SimilarViewModel.score(d.score()), 60),
                column("similar.col.terms", d -> SimilarViewModel.terms(d.sharedTerms()), 200)));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setRowFactory(t -> {
            TableRow<SimilarDocument> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !row.isEmpty()) {
                    open(opener, row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            SimilarDocument d = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && d != null) {
                open(opener, d);
                e.consume();
            }
        });
        var selected = table.getSelectionModel().selectedItemProperty();
        open.disableProperty().bind(selected.isNull());
        open.setOnAction(e -> open(opener, selected.get()));
        VBox.setVgrow(table, Priority.ALWAYS);

        Label hint = new Label(Texts.get("similar.wb.hint"));
        hint.getStyleClass().add("hint");
        HBox bar = new HBox(8, open, refresh, cancel, busy);
        bar.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(8, bar, summary, table, hint);
        box.setPadding(new Insets(8));
        return box;
    }

    private static TableColumn<SimilarDocument, String> column(String key, Function<SimilarDocument, String> text,
                                                               double width) {
        TableColumn<SimilarDocument, String> c = new TableColumn<>(Texts.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        WrappingTextCell.apply(c);
        return c;
    }

    /** Without an opener (a workbench built alone, as in some tests) a row opens nothing. */
    private static void open(DocumentOpener opener, SimilarDocument d) {
        if (opener != null && d != null) {
            opener.open(d.id());
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
