package org.normdesk.ui.home;

import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;

import org.normdesk.domain.RegisterRow;
import org.normdesk.domain.Texts;
import org.normdesk.ui.common.ChineseDates;
import org.normdesk.ui.common.DocumentOpener;

/**
 * The two 有效期 tables of the home screen: 即将到期 (in force, ending within the evaluation window)
 * and 已过有效期 (lapsed by time within the same span back, awaiting a decision). Their headings name
 * the window, which is a setting; a double-click opens the document, where 延长有效期 is recorded.
 */
final class ExpiryTables {
    private ExpiryTables() {
    }

    static void bind(HomeViewModel vm, TableView<RegisterRow> soon, Label soonLabel, Label soonNone,
                     TableView<RegisterRow> lapsed, Label lapsedLabel, Label lapsedNone, DocumentOpener opener) {
        soonLabel.textProperty().bind(heading(vm, "home.expiry.soon", vm.moreExpiringProperty(), vm.expiringSoon()));
        soonNone.textProperty().bind(months(vm, "home.expiry.soon.none"));
        lapsedLabel.textProperty().bind(heading(vm, "home.expiry.lapsed", vm.moreLapsedProperty(), vm.lapsed()));
        lapsedNone.textProperty().bind(months(vm, "home.expiry.lapsed.none"));
        soon.setId("expiringTable");
        lapsed.setId("lapsedTable");
        soon.getColumns().setAll(columns(
                column("home.expiry.daysLeft", r -> Texts.get("home.expiry.daysLeft.value",
                        ChronoUnit.DAYS.between(vm.today(), r.validUntil())), 80)));
        lapsed.getColumns().setAll(columns(
                // 有效期至 is the last day in force: a document lapsed on the day after it
                column("home.expiry.lapsedSince", r -> Texts.get("home.expiry.lapsedSince.value",
                        ChronoUnit.DAYS.between(r.validUntil(), vm.today())), 80)));
        soon.setItems(vm.expiringSoon());
        lapsed.setItems(vm.lapsed());
        openOnDoubleClick(soon, opener);
        openOnDoubleClick(lapsed, opener);
    }

    /** A list's heading, which says so when the list shows only the first of more documents. */
    private static javafx.beans.binding.StringBinding heading(HomeViewModel vm, String key,
            javafx.beans.property.BooleanProperty more, javafx.collections.ObservableList<RegisterRow> rows) {
        javafx.beans.binding.StringBinding title = months(vm, key);
        return Bindings.createStringBinding(() -> title.get()
                + (more.get() ? Texts.get("home.expiry.more", rows.size()) : ""), title, more, rows);
    }

    private static javafx.beans.binding.StringBinding months(HomeViewModel vm, String key) {
        return Bindings.createStringBinding(() -> Texts.get(key, vm.windowMonthsProperty().get()),
                vm.windowMonthsProperty());
    }

    private static List<TableColumn<RegisterRow, String>> columns(TableColumn<RegisterRow, String> days) {
        return List.of(
                column("home.expiring.title", RegisterRow::title, 340),
                column("home.expiring.docNumber", r -> r.docNumber() == null ? "" : r.docNumber(), 160),
                column("home.expiring.issuer", RegisterRow::issuer, 170),
                column("home.expiring.validUntil", r -> ChineseDates.format(r.validUntil()), 130),
                days);
    }

    private static void openOnDoubleClick(TableView<RegisterRow> table, DocumentOpener opener) {
        table.setRowFactory(t -> {
            TableRow<RegisterRow> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    opener.open(row.getItem().id());
                }
            });
            return row;
        });
        // Enter opens the selected document too, for those who work from the keyboard
        table.setOnKeyPressed(e -> {
            RegisterRow selected = table.getSelectionModel().getSelectedItem();
            if (e.getCode() == javafx.scene.input.KeyCode.ENTER && selected != null) {
                opener.open(selected.id());
                e.consume();
            }
        });
    }

    private static TableColumn<RegisterRow, String> column(String key, Function<RegisterRow, String> text, double width) {
        TableColumn<RegisterRow, String> column = new TableColumn<>(Texts.get(key));
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width);
        column.setSortable(false);
        return column;
    }
}
