package org.normdesk.ui.settings;

import java.io.File;
import java.time.LocalDate;
import java.util.List;

import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;

import org.normdesk.domain.CalendarDay;
import org.normdesk.domain.CalendarYear;
import org.normdesk.domain.Texts;
import org.normdesk.ui.common.ChineseDates;
import org.normdesk.ui.common.FormDialog;

/** The 工作日历 tab: covered years with import of a newer one, days set by hand, and a one-day check. */
final class CalendarPane {
    private final CalendarViewModel vm;

    private CalendarPane(CalendarViewModel vm) {
        this.vm = vm;
    }

    static Node create(CalendarViewModel vm) {
        return new CalendarPane(vm).build();
    }

    private Node build() {
        Label coverage = new Label();
        coverage.setId("calendarCoverage");
        coverage.setWrapText(true);
        coverage.textProperty().bind(vm.coverageProperty());
        Label status = new Label();
        status.setId("calendarStatus");
        status.textProperty().bind(vm.statusProperty());

        TableView<CalendarYear> years = new TableView<>(vm.years());
        years.setId("calendarYearTable");
        years.getColumns().setAll(List.of(
                TextColumns.column(Texts.get("settings.calendar.year"), y -> String.valueOf(y.year()), 90),
                TextColumns.column(Texts.get("settings.calendar.source"), y -> y.source().label(), 90),
                TextColumns.column(Texts.get("settings.calendar.updatedAt"),
                        y -> y.updatedAt() == null ? "" : ChineseDates.format(y.updatedAt().toLocalDate()), 140)));
        years.setPrefHeight(220);
        Button importButton = new Button(Texts.get("settings.calendar.import"));
        importButton.setId("calendarImportButton");
        importButton.disableProperty().bind(vm.busyProperty());
        importButton.setOnAction(e -> chooseFile(importButton));

        TableView<CalendarDay> overrides = new TableView<>(vm.overrides());
        overrides.setId("calendarOverrideTable");
        overrides.setPlaceholder(new Label(Texts.get("settings.calendar.noOverrides")));
        overrides.getColumns().setAll(List.of(
                TextColumns.column(Texts.get("settings.calendar.date"), d -> ChineseDates.format(d.date()), 140),
                TextColumns.column(Texts.get("settings.calendar.kind"),
                        d -> Texts.get(d.offDay() ? "calendar.dayOff" : "calendar.workDay"), 90),
                TextColumns.column(Texts.get("settings.calendar.name"), d -> d.name() == null ? "" : d.name(), 160)));
        overrides.setPrefHeight(220);
        Button add = new Button(Texts.get("settings.calendar.addOverride"));
        add.setId("calendarAddOverrideButton");
        add.disableProperty().bind(vm.busyProperty());
        add.setOnAction(e -> addOverride(add));
        Button remove = new Button(Texts.get("settings.calendar.removeOverride"));
        remove.setId("calendarRemoveOverrideButton");
        remove.disableProperty().bind(overrides.getSelectionModel().selectedItemProperty().isNull()
                .or(vm.busyProperty()));
        remove.setOnAction(e -> vm.removeOverride(overrides.getSelectionModel().getSelectedItem()));

        DatePicker probe = FormDialog.datePicker("calendarProbeDate", null);
        Label verdict = new Label();
        verdict.setId("calendarProbeResult");
        verdict.textProperty().bind(vm.verdictProperty());
        probe.valueProperty().addListener((o, a, day) -> vm.lookUp(day));

        VBox yearsBox = new VBox(6, title("settings.calendar.years"), years, new HBox(8, importButton),
                hint("settings.calendar.importHint"));
        VBox overridesBox = new VBox(6, title("settings.calendar.overrides"), overrides, new HBox(8, add, remove),
                hint("settings.calendar.overrideHint"));
        HBox.setHgrow(overridesBox, Priority.ALWAYS);
        HBox tables = new HBox(16, yearsBox, overridesBox);
        HBox check = new HBox(8, new Label(Texts.get("settings.calendar.probe")), probe, verdict);
        VBox box = new VBox(10, coverage, tables, check, status);
        box.setPadding(new Insets(8, 0, 8, 0));
        return box;
    }

    private void chooseFile(Node anchor) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("settings.calendar.import"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                Texts.get("settings.calendar.fileType"), "*.json", "*.csv"));
        File file = chooser.showOpenDialog(anchor.getScene().getWindow());
        if (file != null) {
            vm.importFile(file.toPath());
        }
    }

    private void addOverride(Node anchor) {
        DatePicker date = FormDialog.datePicker("overrideDate", LocalDate.now());
        ComboBox<Boolean> kind = new ComboBox<>(FXCollections.observableArrayList(true, false));
        kind.setId("overrideKind");
        kind.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Boolean offDay) {
                return offDay == null ? "" : Texts.get(offDay ? "calendar.dayOff" : "calendar.workDay");
            }

            @Override
            public Boolean fromString(String s) {
                return Texts.get("calendar.dayOff").equals(s);
            }
        });
        kind.setValue(true);
        TextField name = new TextField();
        name.setId("overrideName");
        name.setPromptText(Texts.get("settings.calendar.name.prompt"));
        record Override(LocalDate date, boolean offDay, String name) {
        }
        new FormDialog<Override>(anchor.getScene().getWindow(), Texts.get("settings.calendar.addOverride"),
                "overrideDialog")
                .row(Texts.get("settings.calendar.date"), date)
                .row(Texts.get("settings.calendar.kind"), kind)
                .row(Texts.get("settings.calendar.name"), name)
                .disableOkWhen(date.valueProperty().isNull())
                .showAndWait(() -> new Override(date.getValue(), kind.getValue(), name.getText()))
                .ifPresent(o -> vm.setOverride(o.date(), o.offDay(), o.name()));
    }

    private static Label title(String key) {
        Label l = new Label(Texts.get(key));
        l.getStyleClass().add("section-title");
        return l;
    }

    private static Label hint(String key) {
        Label l = new Label(Texts.get(key));
        l.getStyleClass().add("hint");
        l.setWrapText(true);
        l.setMaxWidth(420);
        return l;
    }
}
