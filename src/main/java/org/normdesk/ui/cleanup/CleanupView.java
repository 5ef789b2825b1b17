package org.normdesk.ui.cleanup;

import static org.normdesk.ui.common.Controls.choice;
import static org.normdesk.ui.common.Controls.button;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.scene.Parent;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.Labelled;
import org.normdesk.domain.Texts;
import org.normdesk.domain.cleanup.CampaignKind;
import org.normdesk.domain.cleanup.CleanupCampaign;
import org.normdesk.domain.cleanup.CleanupItem;
import org.normdesk.domain.cleanup.CleanupOutcome;
import org.normdesk.domain.cleanup.CleanupReason;
import org.normdesk.domain.cleanup.CleanupTally;
import org.normdesk.domain.cleanup.Decision;
import org.normdesk.domain.cleanup.TallyGroup;
import org.normdesk.ui.common.FormDialog;
import org.normdesk.ui.common.LabelConverter;
import org.normdesk.ui.common.ProgressDialog;
import org.normdesk.ui.common.Prompts;

/**
 * The 清理 screen: campaigns on the left (新建…); the chosen campaign's documents with the suggested
 * outcome, its signal and the decision, several rows decided at once; import from a sheet; the tally
 * with a chart and the report's paragraph; exports; 完成并公布 after a confirmation.
 */
public final class CleanupView {
    private final CleanupViewModel vm;
    private final TableView<CleanupItem> table = new TableView<>();
    private final ListView<CleanupCampaign> list = new ListView<>();

    private CleanupView(CleanupViewModel vm) {
        this.vm = vm;
    }

    public static Parent create(CleanupViewModel vm) {
        return new CleanupView(vm).build();
    }

    private Parent build() {
        Label heading = new Label(Texts.get("cui.heading"));
        heading.getStyleClass().add("screen-heading");
        Label hint = new Label(Texts.get("cui.hint"));
        hint.setWrapText(true);

        list.setId("cleanupCampaigns");
        list.setItems(vm.campaigns());
        list.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(CleanupCampaign c, boolean empty) {
                super.updateItem(c, empty);
                setText(empty || c == null ? null : c.name() + "\n" + c.kindText() + "　" + c.status().label());
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> {
            if (b != null) {
                vm.campaignProperty().set(b);
            }
        });
        vm.campaignProperty().addListener((o, a, b) -> {
            if (b != null && list.getSelectionModel().getSelectedItem() != b) {
                list.getSelectionModel().select(b);
            }
        });
        Button create = button("cleanupNew", "cui.new", this::createDialog);
        VBox left = new VBox(8, create, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPrefWidth(190);

        buildTable();
        var noCampaign = vm.campaignProperty().isNull();
        var closed = Bindings.createBooleanBinding(() -> vm.campaignProperty().get() == null
                || !vm.campaignProperty().get().isOpen(), vm.campaignProperty());
        var noSelection = Bindings.isEmpty(table.getSelectionModel().getSelectedItems());
        Button decide = button("cleanupDecide", "cui.decide", this::decideDialog);
        decide.disableProperty().bind(closed.or(noSelection).or(vm.busyProperty()));
        Button asSuggested = button("cleanupAsSuggested", "cui.asSuggested", () -> vm.decideAsSuggested(selectedIds()));
        asSuggested.disableProperty().bind(closed.or(noSelection).or(vm.busyProperty()));
        Button importSheet = button("cleanupImport", "cui.import", this::importSheet);
        importSheet.disableProperty().bind(closed.or(vm.busyProperty()));
        Button docx = button("cleanupExportDocx", "cui.exportDocx", () -> export("docx"));
        Button xlsx = button("cleanupExportXlsx", "cui.exportXlsx", () -> export("xlsx"));
        docx.disableProperty().bind(noCampaign.or(vm.busyProperty()));
        xlsx.disableProperty().bind(noCampaign.or(vm.busyProperty()));
        Button close = button("cleanupClose", "cui.close", this::closeDialog);
        close.disableProperty().bind(closed.or(vm.busyProperty()));
        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(20, 20);
        busy.visibleProperty().bind(vm.busyProperty());
        FlowPane actions = new FlowPane(8, 8, decide, asSuggested, importSheet, docx, xlsx, close, busy);
        Label info = new Label();
        info.setId("cleanupInfo");
        info.setWrapText(true);
        info.textProperty().bind(Bindings.createStringBinding(() -> describe(vm.campaignProperty().get()),
                vm.campaignProperty()));
        Label message = new Label();
        message.setId("cleanupMessage");
        message.textProperty().bind(vm.messageProperty());

        SplitPane center = new SplitPane(table, tallyPane());
        center.setOrientation(Orientation.VERTICAL);
        center.setDividerPositions(0.58);
        BorderPane main = new BorderPane(center);
        main.setTop(new VBox(8, info, actions, message));
        BorderPane.setMargin(center, new Insets(8, 0, 0, 0));

        BorderPane root = new BorderPane(main);
        root.setTop(new VBox(6, heading, hint));
        root.setLeft(left);
        BorderPane.setMargin(left, new Insets(8, 12, 0, 0));
        BorderPane.setMargin(main, new Insets(8, 0, 0, 0));
        root.setPadding(new Insets(16));
        root.setId("cleanupScreen");
        return root;
    }

    private static String describe(CleanupCampaign c) {
        if (c == null) {
            return Texts.get("cui.noCampaign");
        }
        return Texts.get("cui.info", c.name(), c.kindText(), c.cutOff().toString(), c.status().label(),
                c.responsibleUnits() == null ? "—" : c.responsibleUnits(),
                c.decidedOn() == null ? "—" : c.decidedOn().toString());
    }

    private void buildTable() {
        table.setId("cleanupTable");
        table.setItems(vm.items());
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setPlaceholder(new Label(Texts.get("cui.empty")));
        table.getColumns().add(column("filingCol.title", CleanupItem::title, 250));
        table.getColumns().add(column("filingCol.docNumber", i -> text(i.docNumber()), 120));
        table.getColumns().add(column("filingCol.issuer", CleanupItem::issuer, 120));
        table.getColumns().add(column("cleanupCol.publishedOn", i -> i.publishedOn() == null ? "" : i.publishedOn().toString(), 90));
        table.getColumns().add(column("cui.col.suggested", i -> i.suggestion().outcome().label(), 80));
        table.getColumns().add(column("cui.col.signal", i -> i.suggestion().detail().isEmpty()
                ? i.suggestion().signal().label() : i.suggestion().detail(), 170));
        table.getColumns().add(column("cleanupCol.outcome", i -> i.decided() ? i.decision().outcome().label() : "", 80));
        table.getColumns().add(column("cleanupCol.reason", i -> i.decided() ? i.decision().reasonText() : "", 200));
        table.getColumns().add(column("cleanupCol.unit", i -> i.decided() ? text(i.decision().responsibleUnit()) : "", 110));
    }

    private Parent tallyPane() {
        CategoryAxis x = new CategoryAxis();
        NumberAxis y = new NumberAxis();
        y.setMinorTickVisible(false);
        // documents are counted whole: no 0.25 ticks
        y.setTickLabelFormatter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Number n) {
                return n.doubleValue() % 1 == 0 ? String.valueOf(n.intValue()) : "";
            }

            @Override
            public Number fromString(String s) {
                return Integer.valueOf(s);
            }
        });
        BarChart<String, Number> chart = new BarChart<>(x, y);
        chart.setId("cleanupChart");
        chart.setAnimated(false);
        chart.setTitle(Texts.get("cleanup.export.tally"));
        chart.setPrefHeight(240);
        chart.setLegendSide(javafx.geometry.Side.RIGHT);
        Label paragraph = new Label();
        paragraph.setId("cleanupParagraph");
        paragraph.setWrapText(true);
        Label figures = new Label();
        figures.setId("cleanupFigures");
        figures.setWrapText(true);
        vm.tallyProperty().addListener((o, a, t) -> {
            chart.getData().setAll(series(t));
            paragraph.setText(t == null ? "" : t.paragraph());
            figures.setText(t == null ? "" : figures(t));
        });
        VBox text = new VBox(8, figures, paragraph);
        text.setPrefWidth(420);
        HBox box = new HBox(12, chart, text);
        HBox.setHgrow(chart, Priority.ALWAYS);
        box.setPadding(new Insets(8));
        return box;
    }

    /** One series per outcome, one category per issuer group: the report's table as bars. */
    private static List<XYChart.Series<String, Number>> series(CleanupTally t) {
        List<XYChart.Series<String, Number>> out = new ArrayList<>();
        if (t == null) {
            return out;
        }
        for (CleanupOutcome o : CleanupOutcome.values()) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(o.reportWord());
            for (TallyGroup g : TallyGroup.values()) {
                s.getData().add(new XYChart.Data<>(g.label(), t.of(g).of(o)));
            }
            out.add(s);
        }
        return out;
    }

    private static String figures(CleanupTally t) {
        StringBuilder b = new StringBuilder();
        for (TallyGroup g : TallyGroup.values()) {
            b.append(line(g.label(), t.of(g))).append('\n');
        }
        return b.append(line(Texts.get("cleanupCol.all"), t.overall())).toString();
    }

    private static String line(String label, CleanupTally.Counts c) {
        StringBuilder b = new StringBuilder(Texts.get("cui.figures", label, c.issuers(), c.total()));
        for (CleanupOutcome o : CleanupOutcome.values()) {
            if (c.of(o) > 0) {
                b.append(Texts.get("cui.figure", o.reportWord(), c.of(o)));
            }
        }
        if (c.undecided() > 0) {
            b.append(Texts.get("cui.figure", Texts.get("cleanupCol.undecided"), c.undecided()));
        }
        return b.toString();
    }

    // ---- dialogs

    private void createDialog() {
        TextField name = new TextField();
        name.setId("cleanupName");
        ComboBox<CampaignKind> kind = choice("cleanupKind", CampaignKind.values());
        kind.setValue(CampaignKind.COMPREHENSIVE);
        ComboBox<String> theme = new ComboBox<>();
        theme.setId("cleanupTheme");
        theme.setEditable(true);
        theme.getItems().setAll(CleanupCampaign.STANDARD_THEMES);
        theme.setMaxWidth(Double.MAX_VALUE);
        theme.disableProperty().bind(kind.valueProperty().isNotEqualTo(CampaignKind.SPECIAL));
        DatePicker cutOff = FormDialog.datePicker("cleanupCutOff", vm.today());
        Map<IssuerCategory, CheckBox> categories = new EnumMap<>(IssuerCategory.class);
        FlowPane categoryPane = new FlowPane(8, 4);
        for (IssuerCategory c : IssuerCategory.values()) {
            CheckBox box = new CheckBox(c.label());
            box.setId("cleanupCategory-" + c.name());
            categories.put(c, box);
            categoryPane.getChildren().add(box);
        }
        ListView<Issuer> issuers = new ListView<>(vm.issuers());
        issuers.setId("cleanupIssuers");
        issuers.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        issuers.setPrefHeight(120);
        issuers.setCellFactory(lv -> new ListCell<>() {
            @Override
            protected void updateItem(Issuer i, boolean empty) {
                super.updateItem(i, empty);
                setText(empty || i == null ? null : i.name());
            }
        });
        TextField units = new TextField();
        units.setId("cleanupUnits");
        Label note = new Label(Texts.get("cui.create.note"));
        note.setWrapText(true);
        new FormDialog<Boolean>(window(), Texts.get("cui.new.title"), "cleanupCreateDialog")
                .row(Texts.get("cui.create.name"), name)
                .row(Texts.get("cui.create.kind"), kind)
                .row(Texts.get("cui.create.theme"), theme)
                .row(Texts.get("cui.create.cutOff"), cutOff)
                .row(Texts.get("cui.create.categories"), categoryPane)
                .row(Texts.get("cui.create.issuers"), issuers)
                .row(Texts.get("cui.create.units"), units)
                .wide(note)
                .disableOkWhen(name.textProperty().isEmpty())
                .showAndWait(() -> true)
                .ifPresent(ok -> {
                    EnumSet<IssuerCategory> cats = EnumSet.noneOf(IssuerCategory.class);
                    categories.forEach((c, box) -> {
                        if (box.isSelected()) {
                            cats.add(c);
                        }
                    });
                    List<Long> ids = issuers.getSelectionModel().getSelectedItems().stream().map(Issuer::id).toList();
                    String themeText = theme.getEditor().getText();
                    CleanupCampaign draft = CleanupCampaign.draft(name.getText(), kind.getValue(),
                            kind.getValue() == CampaignKind.SPECIAL ? themeText : null, cutOff.getValue(), cats, ids,
                            units.getText());
                    ProgressDialog progress = ProgressDialog.open(window(), Texts.get("cui.new.title"),
                            Texts.get("cui.create.running"));
                    var handle = vm.create(draft);
                    progress.track(handle);
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

    private void decideDialog() {
        List<CleanupItem> selected = List.copyOf(table.getSelectionModel().getSelectedItems());
        CleanupItem first = selected.get(0);
        ComboBox<CleanupOutcome> outcome = choice("cleanupOutcome", CleanupOutcome.values());
        ComboBox<CleanupReason> reason = choice("cleanupReason", CleanupReason.values());
        reason.getItems().add(0, null);
        TextField reasonNote = new TextField();
        reasonNote.setId("cleanupReasonNote");
        TextField unit = new TextField();
        unit.setId("cleanupUnit");
        TextField note = new TextField();
        note.setId("cleanupNote");
        if (first.decided()) {
            outcome.setValue(first.decision().outcome());
            reason.setValue(first.decision().reason());
            reasonNote.setText(text(first.decision().reasonNote()));
            unit.setText(text(first.decision().responsibleUnit()));
            note.setText(text(first.decision().note()));
        } else {
            outcome.setValue(first.suggestion().outcome());
            reason.setValue(first.suggestion().reason());
        }
        String title = selected.size() == 1 ? Texts.get("cui.decide.one", first.title())
                : Texts.get("cui.decide.many", selected.size());
        new FormDialog<Decision>(window(), title, "cleanupDecideDialog")
                .row(Texts.get("cleanupCol.outcome"), outcome)
                .row(Texts.get("cleanupCol.reason"), reason)
                .row(Texts.get("cui.decide.reasonNote"), reasonNote)
                .row(Texts.get("cleanupCol.unit"), unit)
                .row(Texts.get("filingCol.remark"), note)
                .disableOkWhen(outcome.valueProperty().isNull())
                .showAndWait(() -> new Decision(outcome.getValue(), reason.getValue(), reasonNote.getText(),
                        unit.getText(), note.getText()))
                .ifPresent(d -> vm.decide(selected.stream().map(CleanupItem::id).toList(), d));
    }

    private void importSheet() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("cui.import"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("cui.xlsxFilter"), "*.xlsx"));
        File f = chooser.showOpenDialog(window());
        if (f != null) {
            vm.importSheet(f.toPath(), r -> {
                if (!r.problems().isEmpty()) {
                    Prompts.inform(window(), Texts.get("cui.import"), Texts.get("cui.import.problems", r.applied(),
                            String.join("\n", r.problems())));
                }
            });
        }
    }

    private void export(String extension) {
        CleanupCampaign c = vm.campaignProperty().get();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get(extension.equals("docx") ? "cui.exportDocx" : "cui.exportXlsx"));
        chooser.setInitialFileName(c.name() + "结果目录." + extension);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("*." + extension, "*." + extension));
        File f = chooser.showSaveDialog(window());
        if (f != null) {
            Path target = f.toPath();
            vm.export(target, p -> vm.messageProperty().set(Texts.get("cui.exported", p)));
        }
    }

    private void closeDialog() {
        CleanupCampaign c = vm.campaignProperty().get();
        int undecided = vm.undecided();
        DatePicker on = FormDialog.datePicker("cleanupDecidedOn", vm.today());
        CheckBox expire = new CheckBox(Texts.get("cui.close.expire", undecided));
        expire.setId("cleanupExpireUndecided");
        expire.setWrapText(true);
        Label note = new Label(Texts.get("cui.close.note"));
        note.setWrapText(true);
        FormDialog<Boolean> form = new FormDialog<Boolean>(window(), Texts.get("cui.close.title", c.name()), "cleanupCloseDialog")
                .row(Texts.get("cui.close.on"), on)
                .wide(note);
        if (undecided > 0) {
            form.wide(expire);
            form.disableOkWhen(expire.selectedProperty().not().or(on.valueProperty().isNull()));
        } else {
            form.disableOkWhen(on.valueProperty().isNull());
        }
        form.showAndWait(() -> true).ifPresent(ok -> {
            if (Prompts.confirm(window(), Texts.get("cui.close.title", c.name()),
                    Texts.get("cui.close.confirm", c.name(), on.getValue().toString(), vm.items().size()))) {
                vm.close(on.getValue(), expire.isSelected());
            }
        });
    }

    // ---- helpers

    private List<Long> selectedIds() {
        return table.getSelectionModel().getSelectedItems().stream().map(CleanupItem::id).toList();
    }



    private static TableColumn<CleanupItem, String> column(String key, Function<CleanupItem, String> text, double width) {
        TableColumn<CleanupItem, String> c = new TableColumn<>(Texts.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private Window window() {
        return table.getScene() == null ? null : table.getScene().getWindow();
    }
}
