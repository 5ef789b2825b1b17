package org.normdesk.ui.settings;

import java.util.Arrays;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import org.normdesk.domain.Texts;
import org.normdesk.domain.review.ChecklistItem;
import org.normdesk.domain.review.OpinionTemplate;
import org.normdesk.ui.common.FormDialog;
import org.normdesk.ui.common.LabelConverter;
import org.normdesk.ui.common.Prompts;

/** The 常用修改意见 tab: the list, add / edit / delete, and the starter list shipped with normdesk. */
final class TemplatesPane {
    private final TemplatesViewModel vm;
    private final TableView<OpinionTemplate> table;

    private TemplatesPane(TemplatesViewModel vm) {
        this.vm = vm;
        this.table = new TableView<>(vm.templates());
    }

    static Node create(TemplatesViewModel vm) {
        return new TemplatesPane(vm).build();
    }

    private Node build() {
        table.setId("templateTable");
        table.setPlaceholder(new Label(Texts.get("settings.templates.empty")));
        table.getColumns().setAll(List.of(
                TextColumns.<OpinionTemplate>column(Texts.get("settings.templates.category"),
                        t -> t.category().label(), 170),
                TextColumns.<OpinionTemplate>column(Texts.get("settings.templates.title"), OpinionTemplate::title, 150),
                TextColumns.<OpinionTemplate>column(Texts.get("settings.templates.opinion"), OpinionTemplate::opinion, 430),
                TextColumns.<OpinionTemplate>column(Texts.get("settings.templates.basis"),
                        t -> t.legalBasis() == null ? "" : t.legalBasis(), 260)));
        table.setRowFactory(t -> {
            TableRow<OpinionTemplate> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem());
                }
            });
            return row;
        });
        var selected = table.getSelectionModel().selectedItemProperty();
        Button add = button("templateAddButton", "settings.templates.add");
        add.setOnAction(e -> edit(null));
        Button edit = button("templateEditButton", "settings.templates.edit");
        edit.disableProperty().bind(selected.isNull().or(vm.busyProperty()));
        edit.setOnAction(e -> edit(selected.get()));
        Button delete = button("templateDeleteButton", "settings.templates.delete");
        delete.disableProperty().bind(selected.isNull().or(vm.busyProperty()));
        delete.setOnAction(e -> {
            if (Prompts.confirm(window(), Texts.get("settings.templates.delete"),
                    Texts.get("settings.templates.delete.confirm", selected.get().title()))) {
                vm.delete(selected.get());
            }
        });
        Button starters = button("templateStartersButton", "settings.templates.starters");
        starters.disableProperty().bind(vm.busyProperty());
        starters.setOnAction(e -> vm.addStarters());
        Label status = new Label();
        status.setId("templateStatus");
        status.textProperty().bind(vm.statusProperty());
        Label hint = new Label(Texts.get("settings.templates.explanation"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        VBox.setVgrow(table, Priority.ALWAYS);
        VBox box = new VBox(8, hint, new HBox(8, add, edit, delete, starters, status), table);
        box.setPadding(new Insets(8, 0, 8, 0));
        return box;
    }

    private void edit(OpinionTemplate existing) {
        ComboBox<ChecklistItem> category = new ComboBox<>(FXCollections.observableArrayList(
                Arrays.asList(ChecklistItem.values())));
        category.setId("templateCategory");
        category.setConverter(LabelConverter.labelled());
        category.setMaxWidth(Double.MAX_VALUE);
        TextField title = new TextField();
        title.setId("templateTitle");
        TextArea opinion = new TextArea();
        opinion.setId("templateOpinion");
        opinion.setWrapText(true);
        opinion.setPrefRowCount(5);
        opinion.setPrefColumnCount(36);
        TextField basis = new TextField();
        basis.setId("templateBasis");
        if (existing != null) {
            category.setValue(existing.category());
            title.setText(existing.title());
            opinion.setText(existing.opinion());
            basis.setText(existing.legalBasis());
        }
        new FormDialog<OpinionTemplate>(window(), Texts.get(existing == null ? "settings.templates.add"
                : "settings.templates.edit"), "templateDialog")
                .row(Texts.get("settings.templates.category"), category)
                .row(Texts.get("settings.templates.title"), title)
                .row(Texts.get("settings.templates.opinion"), opinion)
                .row(Texts.get("settings.templates.basis"), basis)
                .disableOkWhen(category.valueProperty().isNull().or(title.textProperty().isEmpty())
                        .or(opinion.textProperty().isEmpty()))
                .showAndWait(() -> new OpinionTemplate(existing == null ? null : existing.id(), category.getValue(),
                        title.getText().strip(), opinion.getText().strip(),
                        basis.getText() == null || basis.getText().isBlank() ? null : basis.getText().strip()))
                .ifPresent(vm::save);
    }

    private javafx.stage.Window window() {
        return table.getScene().getWindow();
    }

    private static Button button(String id, String key) {
        Button b = new Button(Texts.get(key));
        b.setId(id);
        return b;
    }
}
