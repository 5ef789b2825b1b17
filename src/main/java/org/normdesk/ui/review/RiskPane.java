package org.normdesk.ui.review;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.normdesk.domain.Texts;
import org.normdesk.domain.review.Finding;
import org.normdesk.domain.risk.RiskFinding;
import org.normdesk.domain.risk.RiskSeverity;
import org.normdesk.ui.common.Prompts;
import org.normdesk.ui.common.WrappingTextCell;

/** The 风险提示 tab of the workbench: each suspect clause with its rule, turned into an opinion or dismissed. */
final class RiskPane {
    static final String TABLE_ID = "riskTable";

    private RiskPane() {
    }

    /**
     * @param toOpinion   opens the opinion dialog prefilled from the finding (the reviewer edits, then saves)
     * @param showArticle brings the finding's article into view in the text, where its clause is marked
     */
    static Node create(RiskViewModel vm, Consumer<Finding> toOpinion, Consumer<String> showArticle,
                       javafx.beans.value.ObservableBooleanValue closed) {
        Label summary = new Label();
        summary.setId("riskSummary");
        summary.setWrapText(true);
        summary.textProperty().bind(vm.summaryProperty());
        TableView<RiskFinding> table = new TableView<>(vm.findings());
        table.setId(TABLE_ID);
        table.setPlaceholder(new Label(Texts.get("risk.wb.placeholder")));
        table.getColumns().setAll(List.of(
                column("risk.wb.article", RiskFinding::articleRef, 70),
                column("risk.wb.severity", f -> f.severity().label(), 50),
                column("risk.wb.category", f -> f.category().label(), 130),
                column("risk.wb.sentence", RiskFinding::sentence, 260),
                column("risk.wb.why", RiskFinding::why, 220),
                column("risk.wb.basis", RiskFinding::basis, 160)));
        table.setRowFactory(t -> new javafx.scene.control.TableRow<>() {
            @Override
            protected void updateItem(RiskFinding f, boolean empty) {
                super.updateItem(f, empty);
                getStyleClass().removeAll("risk-high");
                if (!empty && f != null && f.severity() == RiskSeverity.HIGH) {
                    getStyleClass().add("risk-high");
                }
            }
        });
        VBox.setVgrow(table, Priority.ALWAYS);
        var selected = table.getSelectionModel().selectedItemProperty();
        selected.addListener((o, a, f) -> {
            if (f != null) {
                showArticle.accept(f.articleRef());
            }
        });
        Button scan = new Button(Texts.get("risk.wb.rescan"));
        scan.setId("riskScanButton");
        scan.disableProperty().bind(vm.busyProperty());
        scan.setOnAction(e -> vm.scan());
        Button opinion = new Button(Texts.get("risk.wb.toOpinion"));
        opinion.setId("riskToOpinionButton");
        opinion.disableProperty().bind(selected.isNull().or(closed));
        opinion.setOnAction(e -> toOpinion.accept(RiskViewModel.opinionFor(selected.get())));
        Button dismiss = new Button(Texts.get("risk.wb.dismiss"));
        dismiss.setId("riskDismissButton");
        dismiss.disableProperty().bind(selected.isNull().or(vm.busyProperty()));
        dismiss.setOnAction(e -> {
            RiskFinding f = selected.get();
            Prompts.askText(table.getScene().getWindow(), Texts.get("risk.wb.dismiss"),
                    Texts.get("risk.wb.dismiss.ask", f.articleRef(), f.category().label()), 3)
                    .ifPresent(reason -> vm.dismiss(f, reason));
        });
        VBox box = new VBox(8, new HBox(8, opinion, dismiss, scan), summary, table);
        box.setPadding(new Insets(8));
        return box;
    }

    private static TableColumn<RiskFinding, String> column(String key, Function<RiskFinding, String> text, double width) {
        TableColumn<RiskFinding, String> c = new TableColumn<>(Texts.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        WrappingTextCell.apply(c);
        return c;
    }
}
