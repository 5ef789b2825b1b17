package org.normdesk.ui.common;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;

import javafx.beans.value.ObservableBooleanValue;
import javafx.scene.Node;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.stage.Window;

/** A modal form: labelled rows, 确定/取消, and a result built from the controls when 确定 is pressed. */
public final class FormDialog<T> {
    private final Dialog<T> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private final ButtonType ok = Prompts.ok();
    private int row;

    public FormDialog(Window owner, String title, String id) {
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setResizable(true);
        dialog.getDialogPane().setId(id);
        grid.setHgap(10);
        grid.setVgap(8);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(110);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setPrefWidth(380);
        grid.getColumnConstraints().setAll(labels, fields);
        dialog.getDialogPane().setContent(grid);
        dialog.getDialogPane().getButtonTypes().setAll(ok, Prompts.cancel());
    }

    public FormDialog<T> row(String label, Node control) {
        addRow(label, control);
        return this;
    }

    /**
     * A row that takes its place in the form only while {@code shown} holds: a form that learns
     * what it is for after it has been opened.
     */
    public FormDialog<T> row(String label, Node control, ObservableBooleanValue shown) {
        for (Node n : addRow(label, control)) {
            n.visibleProperty().bind(shown);
            n.managedProperty().bind(shown);
        }
        return this;
    }

    /** @return the row's label and control */
    private Node[] addRow(String label, Node control) {
        Label l = new Label(label);
        l.setWrapText(true);
        grid.addRow(row++, l, control);
        GridPane.setHgrow(control, Priority.ALWAYS);
        return new Node[] {l, control};
    }

    /** A node over the whole width (a note, the problems found). */
    public FormDialog<T> wide(Node node) {
        grid.add(node, 0, row++, 2, 1);
        return this;
    }

    public FormDialog<T> disableOkWhen(ObservableBooleanValue condition) {
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(condition);
        return this;
    }

    public Dialog<T> dialog() {
        return dialog;
    }

    public Optional<T> showAndWait(Supplier<T> result) {
        dialog.setResultConverter(b -> b == ok ? result.get() : null);
        return dialog.showAndWait();
    }

    /** A date picker showing 2025年3月16日 and reading what people type. */
    public static DatePicker datePicker(String id, LocalDate value) {
        DatePicker picker = new DatePicker(value);
        picker.setId(id);
        picker.setConverter(new ChineseDateConverter());
        picker.setMaxWidth(Double.MAX_VALUE);
        // Typed text counts without pressing Enter.
        picker.getEditor().textProperty().addListener((o, a, text) -> {
            if (picker.getEditor().isFocused()) {
                ChineseDates.parse(text).ifPresent(picker::setValue);
                if (ChineseDates.isBlank(text)) {
                    picker.setValue(null);
                }
            }
        });
        return picker;
    }
}
