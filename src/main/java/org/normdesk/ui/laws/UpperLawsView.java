package org.normdesk.ui.laws;

import static org.normdesk.ui.common.Controls.button;

import java.io.File;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.normdesk.domain.Texts;
import org.normdesk.domain.law.LawStatus;
import org.normdesk.domain.law.UpperLaw;
import org.normdesk.service.UpperLawService.CitingDocument;
import org.normdesk.ui.common.ChineseDates;
import org.normdesk.ui.common.FormDialog;
import org.normdesk.ui.common.LabelConverter;
import org.normdesk.ui.common.ProgressDialog;
import org.normdesk.ui.common.Prompts;

/**
 * The 上位法库 screen: the law table with a status filter and a search box, the actions on the chosen
 * law, and below it the documents in force that cite it, with 发起专项清理… over exactly those.
 */
public final class UpperLawsView {
    private final UpperLawsViewModel vm;
    private final TableView<UpperLaw> table = new TableView<>();
    private final TableView<CitingDocument> citing = new TableView<>();

    private UpperLawsView(UpperLawsViewModel vm) {
        this.vm = vm;
    }

    public static Parent create(UpperLawsViewModel vm) {
        return new UpperLawsView(vm).build();
    }

    private Parent build() {
        Label heading = new Label(Texts.get("lawui.heading"));
        heading.getStyleClass().add("screen-heading");
        Label hint = new Label(Texts.get("lawui.hint"));
        hint.setWrapText(true);

        ComboBox<LawStatus> status = new ComboBox<>();
        status.setId("lawStatusFilter");
        status.getItems().add(null);
        status.getItems().addAll(LawStatus.values());
        status.setConverter(LabelConverter.of(s -> s == null ? Texts.get("lawui.allStatuses") : s.label()));
        status.setPromptText(Texts.get("lawui.allStatuses")); // what the box shows while no status is chosen
        status.valueProperty().bindBidirectional(vm.statusFilterProperty());
        TextField search = new TextField();
        search.setId("lawSearch");
        search.setPromptText(Texts.get("lawui.search"));
        search.setPrefColumnCount(18);
        search.textProperty().bindBidirectional(vm.searchProperty());
        Label count = new Label();
        count.setId("lawCount");
        count.textProperty().bind(Bindings.createStringBinding(() -> Texts.get("lawui.count", vm.laws().size()),
                vm.laws()));

        buildTable();
        var chosen = vm.selectedProperty();
        BooleanBinding none = chosen.isNull().or(vm.busyProperty());
        Button add = button("lawAdd", "lawui.add", () -> edit(vm.blank()));
        add.disableProperty().bind(vm.busyProperty());
        Button edit = button("lawEdit", "lawui.edit", () -> edit(chosen.get()));
        edit.disableProperty().bind(none);
        Button repeal = button("lawRepeal", "lawui.repeal", this::repealDialog);
        repeal.disableProperty().bind(none);
        Button amend = button("lawAmend", "lawui.amend", this::amendDialog);
        amend.disableProperty().bind(none);
        Button importCsv = button("lawImport", "lawui.import", this::importCsv);
        importCsv.disableProperty().bind(vm.busyProperty());
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(vm.busyProperty());
        HBox filters = new HBox(8, new Label(Texts.get("lawui.status")), status, search, count);
        filters.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        FlowPane actions = new FlowPane(8, 8, add, edit, repeal, amend, importCsv, busy);
        Label message = new Label();
        message.setId("lawMessage");
        message.setWrapText(true);
        message.textProperty().bind(vm.messageProperty());

        SplitPane center = new SplitPane(table, citingPane());
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.55);
        BorderPane root = new BorderPane(center);
        root.setTop(new VBox(8, heading, hint, filters, actions, message));
        BorderPane.setMargin(center, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(16));
        root.setId("lawScreen");
        return root;
    }

    private void buildTable() {
        table.setId("lawTable");
        table.setItems(vm.laws());
        table.setPlaceholder(new Label(Texts.get("lawui.empty")));
        table.getColumns().add(column("lawui.col.name", UpperLaw::name, 280));
        table.getColumns().add(column("lawui.col.level", UpperLaw::level, 80));
        table.getColumns().add(column("lawui.col.madeOn", l -> ChineseDates.format(l.madeOn()), 120));
        table.getColumns().add(column("lawui.col.effectiveOn", l -> ChineseDates.format(l.effectiveOn()), 120));
        table.getColumns().add(column("lawui.col.status", l -> statusText(l), 190));
        table.getColumns().add(column("lawui.col.replacedBy", UpperLawsViewModel::replacement, 250));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> vm.selectedProperty().set(b));
        table.setRowFactory(t -> {
            TableRow<UpperLaw> row = new TableRow<>();
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    edit(row.getItem());
                }
            });
            return row;
        });
        // After a refresh the same row is a new object: keep it selected.
        vm.selectedProperty().addListener((o, a, b) -> {
            if (b != null && table.getSelectionModel().getSelectedItem() != b) {
                table.getSelectionModel().select(b);
            }
        });
    }

    /** 已废止（2021年1月1日） — the status with the day it took that status, if known. */
    private static String statusText(UpperLaw l) {
        return l.statusOn() == null ? l.status().label()
                : Texts.get("lawui.statusOn", l.status().label(), ChineseDates.format(l.statusOn()));
    }

    private Parent citingPane() {
        Label title = new Label();
        title.setId("lawCitingTitle");
        title.getStyleClass().add("section-title");
        title.textProperty().bind(Bindings.createStringBinding(() -> vm.selectedProperty().get() == null
                ? Texts.get("lawui.citing.none")
                : Texts.get("lawui.citing.title", vm.selectedProperty().get().name(), vm.citing().size()),
                vm.selectedProperty(), vm.citing()));
        citing.setId("lawCitingTable");
        citing.setItems(vm.citing());
        citing.setPlaceholder(new Label(Texts.get("lawui.citing.empty")));
        citing.getColumns().add(citingColumn("filingCol.title", CitingDocument::title, 320));
        citing.getColumns().add(citingColumn("filingCol.docNumber", d -> d.docNumber() == null ? "" : d.docNumber(), 150));
        citing.getColumns().add(citingColumn("lawui.citing.validity",
                d -> d.validity() == null ? "" : d.validity().label(), 100));
        citing.getColumns().add(citingColumn("lawui.citing.articles", UpperLawsViewModel::articles, 260));
        Button start = button("lawStartCleanup", "lawui.cleanup", this::cleanupDialog);
        start.disableProperty().bind(Bindings.isEmpty(vm.citing()).or(vm.busyProperty())
                .or(vm.selectedProperty().isNull()));
        HBox top = new HBox(12, title, start);
        top.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox box = new VBox(6, top, citing);
        VBox.setVgrow(citing, Priority.ALWAYS);
        box.setPadding(new Insets(8, 0, 0, 0));
        return box;
    }

    // ---- dialogs

    private void edit(UpperLaw law) {
        LawForm form = new LawForm(law, vm::problems);
        form.show(window()).ifPresent(vm::save);
    }

    private void repealDialog() {
        UpperLaw law = vm.selectedProperty().get();
        DatePicker on = FormDialog.datePicker("lawRepealedOn", law.statusOn() != null && law.status() == LawStatus.REPEALED
                ? law.statusOn() : null);
        TextField by = new TextField(law.replacedBy() == null ? "" : law.replacedBy());
        by.setId("lawReplacedBy");
        by.setPromptText(Texts.get("lawui.repeal.byHint"));
        new FormDialog<Boolean>(window(), Texts.get("lawui.repeal.title", law.name()), "lawRepealDialog")
                .row(Texts.get("lawui.repeal.on"), on)
                .row(Texts.get("lawui.col.replacedBy"), by)
                .wide(note(Texts.get("lawui.repeal.note")))
                .disableOkWhen(on.valueProperty().isNull())
                .showAndWait(() -> true)
                .ifPresent(ok -> vm.markRepealed(on.getValue(), by.getText()));
    }

    private void amendDialog() {
        UpperLaw law = vm.selectedProperty().get();
        DatePicker on = FormDialog.datePicker("lawAmendedOn", null);
        new FormDialog<Boolean>(window(), Texts.get("lawui.amend.title", law.name()), "lawAmendDialog")
                .row(Texts.get("lawui.amend.on"), on)
                .wide(note(Texts.get("lawui.amend.note")))
                .disableOkWhen(on.valueProperty().isNull())
                .showAndWait(() -> true)
                .ifPresent(ok -> vm.markAmended(on.getValue()));
    }

    private void importCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("lawui.import"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("lawui.csvFilter"), "*.csv"));
        File f = chooser.showOpenDialog(window());
        if (f != null) {
            vm.importCsv(f.toPath());
        }
    }

    private void cleanupDialog() {
        TextField name = new TextField(vm.suggestedCampaignName());
        name.setId("lawCleanupName");
        new FormDialog<String>(window(), Texts.get("lawui.cleanup.title"), "lawCleanupDialog")
                .row(Texts.get("cui.create.name"), name)
                .wide(note(Texts.get("lawui.cleanup.note", vm.citing().size())))
                .disableOkWhen(name.textProperty().isEmpty())
                .showAndWait(name::getText)
                .ifPresent(text -> {
                    ProgressDialog progress = ProgressDialog.open(window(), Texts.get("lawui.cleanup.title"),
                            Texts.get("cui.create.running"));
                    progress.track(vm.startCleanup(text, c -> {
                        progress.close();
                        Prompts.inform(window(), Texts.get("lawui.cleanup.title"), vm.messageProperty().get());
                    }));
                    // a failure or a cancel closes the progress too
                    vm.busyProperty().addListener(new javafx.beans.value.ChangeListener<>() {
                        @Override
                        public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean a, Boolean b) {
                            if (!b) {
                                progress.close();
                                vm.busyProperty().removeListener(this);
                            }
                        }
                    });
                });
    }

    private static Label note(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.getStyleClass().add("hint");
        return l;
    }

    private static TableColumn<UpperLaw, String> column(String key, Function<UpperLaw, String> text, double width) {
        return org.normdesk.ui.common.Controls.textColumn(key, text, width);
    }

    private static TableColumn<CitingDocument, String> citingColumn(String key, Function<CitingDocument, String> text,
                                                                    double width) {
        return org.normdesk.ui.common.Controls.textColumn(key, text, width);
    }

    private Window window() {
        return table.getScene() == null ? null : table.getScene().getWindow();
    }
}
