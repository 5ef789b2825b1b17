package org.normdesk.ui.settings;

import static org.normdesk.ui.common.Controls.button;

import java.io.File;
import java.util.function.Function;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.normdesk.domain.Texts;
import org.normdesk.ui.common.Prompts;
import org.normdesk.ui.settings.RiskRulesViewModel.CategoryCount;

/** The 风险规则 tab: the pack's version, its rules per category, 导出… / 导入… / 恢复内置规则. */
final class RiskRulesPane {
    private final RiskRulesViewModel vm;
    private final TableView<CategoryCount> table = new TableView<>();

    private RiskRulesPane(RiskRulesViewModel vm) {
        this.vm = vm;
    }

    static Node create(RiskRulesViewModel vm) {
        return new RiskRulesPane(vm).build();
    }

    private Node build() {
        Label explanation = new Label(Texts.get("riskui.explanation"));
        explanation.getStyleClass().add("hint");
        explanation.setWrapText(true);
        Label version = new Label();
        version.setId("riskRulesVersion");
        version.setWrapText(true);
        version.textProperty().bind(vm.versionProperty());
        Button export = button("riskRulesExport", "riskui.export", this::export);
        Button importButton = button("riskRulesImport", "riskui.import", this::importFile);
        Button reset = button("riskRulesReset", "riskui.resetButton", this::reset);
        for (Button b : new Button[] {export, importButton, reset}) {
            b.disableProperty().bind(vm.busyProperty());
        }
        Label status = new Label();
        status.setId("riskRulesStatus");
        status.textProperty().bind(vm.statusProperty());
        HBox buttons = new HBox(8, export, importButton, reset, status);
        buttons.setAlignment(Pos.CENTER_LEFT);

        table.setId("riskRulesTable");
        table.setItems(vm.categories());
        table.getColumns().add(column("riskui.col.category", CategoryCount::label, 260));
        table.getColumns().add(column("riskui.col.level", CategoryCount::level, 120));
        table.getColumns().add(column("riskui.col.rules", c -> String.valueOf(c.rules()), 100));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setMaxWidth(640);
        VBox box = new VBox(8, explanation, version, buttons, table);
        VBox.setVgrow(table, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 8, 0));
        return box;
    }

    private void export() {
        FileChooser chooser = chooser(Texts.get("riskui.export"));
        chooser.setInitialFileName("risk-rules.json");
        File f = chooser.showSaveDialog(window());
        if (f != null) {
            vm.export(f.toPath());
        }
    }

    private void importFile() {
        File f = chooser(Texts.get("riskui.import")).showOpenDialog(window());
        if (f != null) {
            vm.importFrom(f.toPath());
        }
    }

    private void reset() {
        if (Prompts.confirm(window(), Texts.get("riskui.resetButton"), Texts.get("riskui.reset.confirm"))) {
            vm.resetToBuiltIn();
        }
    }

    private static FileChooser chooser(String title) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("riskui.jsonFilter"), "*.json"));
        return chooser;
    }

    private Window window() {
        return table.getScene() == null ? null : table.getScene().getWindow();
    }

    private static TableColumn<CategoryCount, String> column(String key, Function<CategoryCount, String> text,
                                                            double width) {
        return org.normdesk.ui.common.Controls.textColumn(key, text, width);
    }
}
