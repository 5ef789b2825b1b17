package org.normdesk.ui.common;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TableColumn;

import org.normdesk.domain.Labelled;
import org.normdesk.domain.Texts;

/** The small controls the screens build in code, made the same way everywhere (ids for the TestFX tests). */
public final class Controls {
    private Controls() {
    }

    /** A button with its text from the bundle and an id. */
    public static Button button(String id, String key, Runnable action) {
        Button b = new Button(Texts.get(key));
        b.setId(id);
        b.setOnAction(e -> action.run());
        return b;
    }

    /** A combo box of an enum's values shown by their Chinese labels, as wide as its cell. */
    public static <E extends Enum<E> & Labelled> ComboBox<E> choice(String id, E[] values) {
        ComboBox<E> box = new ComboBox<>();
        box.setId(id);
        box.getItems().setAll(values);
        box.setConverter(LabelConverter.of(e -> e == null ? "" : e.label()));
        box.setMaxWidth(Double.MAX_VALUE);
        return box;
    }

    /** A read-only column of text, headed by a message key, each cell the text of its row. */
    public static <T> TableColumn<T, String> textColumn(String key, Function<T, String> text, double width) {
        TableColumn<T, String> c = new TableColumn<>(Texts.get(key));
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
