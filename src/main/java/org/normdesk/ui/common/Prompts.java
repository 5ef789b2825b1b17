package org.normdesk.ui.common;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.normdesk.domain.Texts;

/** Small modal questions: a text (a reason, a number), a choice from a list, a yes/no. */
public final class Prompts {
    /** Ids of the input controls, for tests. */
    public static final String TEXT_ID = "promptText";
    public static final String CHOICE_ID = "promptChoice";

    private Prompts() {
    }

    public static ButtonType ok() {
        return new ButtonType(Texts.get("button.ok"), ButtonBar.ButtonData.OK_DONE);
    }

    public static ButtonType cancel() {
        return new ButtonType(Texts.get("button.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
    }

    /** Asks for a line or a few lines of text; empty when cancelled. Blank answers are returned as typed. */
    public static Optional<String> askText(Window owner, String title, String question, int rows) {
        return askText(owner, title, question, rows, "");
    }

    /** As {@link #askText(Window, String, String, int)}, with a suggested answer the user can change. */
    public static Optional<String> askText(Window owner, String title, String question, int rows, String initial) {
        TextArea text = new TextArea(initial == null ? "" : initial);
        text.setId(TEXT_ID);
        text.setPrefRowCount(rows);
        text.setWrapText(true);
        Dialog<String> dialog = dialog(owner, title, question, text);
        ButtonType ok = dialog.getDialogPane().getButtonTypes().get(0);
        dialog.setResultConverter(b -> b == ok ? text.getText() : null);
        dialog.setOnShown(e -> text.requestFocus());
        return dialog.showAndWait();
    }

    public static <T> Optional<T> choose(Window owner, String title, String question, List<T> options,
                                         Function<T, String> label) {
        ComboBox<T> box = new ComboBox<>();
        box.setId(CHOICE_ID);
        box.getItems().setAll(options);
        box.setConverter(LabelConverter.of(label));
        box.setMaxWidth(Double.MAX_VALUE);
        Dialog<T> dialog = dialog(owner, title, question, box);
        ButtonType ok = dialog.getDialogPane().getButtonTypes().get(0);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(box.valueProperty().isNull());
        dialog.setResultConverter(b -> b == ok ? box.getValue() : null);
        return dialog.showAndWait();
    }

    public static boolean confirm(Window owner, String title, String question) {
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, ok(), cancel());
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        return alert.showAndWait().filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).isPresent();
    }

    /** Closes a note shown without buttons (work in progress): such an alert refuses to close until it has one. */
    public static void closeNote(Alert note) {
        note.getButtonTypes().setAll(ButtonType.CLOSE);
        note.close();
    }

    /** Shows the message without waiting; the returned alert tells when it is closed. */
    public static Alert inform(Window owner, String title, String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message, ok());
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        alert.show();
        return alert;
    }

    private static <T> Dialog<T> dialog(Window owner, String title, String question, javafx.scene.Node input) {
        Dialog<T> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(title);
        Label label = new Label(question);
        label.setWrapText(true);
        VBox box = new VBox(8, label, input);
        box.setPrefWidth(420);
        dialog.getDialogPane().setContent(box);
        dialog.getDialogPane().getButtonTypes().setAll(ok(), cancel());
        return dialog;
    }
}
