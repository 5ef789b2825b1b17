package org.normdesk.ui.review;

import java.util.List;
import java.util.function.Function;
import java.util.function.LongConsumer;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.ListChangeListener;
import javafx.fxml.FXML;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import org.normdesk.domain.Texts;
import org.normdesk.ui.common.ChineseDates;
import org.normdesk.ui.common.FxmlView;

/** 合法性审核 (review_list.fxml): overdue rows red, due-soon orange; a double-click opens the workbench. */
public final class ReviewListView {
    private final ReviewListViewModel vm;
    private final LongConsumer openWorkbench;

    @FXML private TableView<ReviewListViewModel.Row> reviewTable;
    @FXML private Label calendarNote;
    @FXML private Button refreshButton;
    @FXML private Button openButton;
    @FXML private ProgressIndicator loadingIndicator;

    private ReviewListView(ReviewListViewModel vm, LongConsumer openWorkbench) {
        this.vm = vm;
        this.openWorkbench = openWorkbench;
    }

    public static Parent create(ReviewListViewModel vm, LongConsumer openWorkbench) {
        return FxmlView.REVIEW_LIST.load(new ReviewListView(vm, openWorkbench));
    }

    @FXML
    private void initialize() {
        reviewTable.getColumns().setAll(List.of(
                column("rui.list.title", ReviewListViewModel.Row::title, 300),
                column("rui.list.submittedBy", r -> r.submittedBy() == null ? "" : r.submittedBy(), 150),
                column("rui.list.startedOn", r -> ChineseDates.format(r.startedOn()), 130),
                column("rui.list.dueOn", r -> r.deadline() == null ? "" : ChineseDates.format(r.deadline().dueOn()), 130),
                column("rui.list.left", r -> r.deadline() == null ? "" : DeadlineTexts.left(r.deadline()), 140),
                column("rui.list.state", ReviewListViewModel.Row::state, 100)));
        reviewTable.setItems(vm.rows());
        reviewTable.setRowFactory(table -> {
            TableRow<ReviewListViewModel.Row> row = new TableRow<>() {
                @Override
                protected void updateItem(ReviewListViewModel.Row item, boolean empty) {
                    super.updateItem(item, empty);
                    getStyleClass().removeAll(DeadlineTexts.OVERDUE, DeadlineTexts.DUE_SOON);
                    String style = empty || item == null ? null : DeadlineTexts.styleClass(item.deadline());
                    if (style != null) {
                        getStyleClass().add(style);
                    }
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    openWorkbench.accept(row.getItem().documentId());
                }
            });
            return row;
        });
        vm.rows().addListener((ListChangeListener<ReviewListViewModel.Row>) c -> {
            boolean weekdaysOnly = vm.rows().stream().anyMatch(r -> r.deadline() != null && r.deadline().weekdaysOnly());
            calendarNote.setText(weekdaysOnly ? Texts.get("rui.deadline.weekdaysOnly") : "");
        });
        calendarNote.managedProperty().bind(calendarNote.textProperty().isNotEmpty());
        loadingIndicator.visibleProperty().bind(vm.loadingProperty());
        refreshButton.setOnAction(e -> vm.refresh());
        var selected = reviewTable.getSelectionModel().selectedItemProperty();
        openButton.disableProperty().bind(selected.isNull());
        openButton.setOnAction(e -> openWorkbench.accept(selected.get().documentId()));
    }

    private static TableColumn<ReviewListViewModel.Row, String> column(String key,
            Function<ReviewListViewModel.Row, String> text, double width) {
        TableColumn<ReviewListViewModel.Row, String> c = new TableColumn<>(Texts.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
