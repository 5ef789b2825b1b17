package org.normdesk.ui.common;

import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.util.StringConverter;

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

    /**
     * An editable whole-number spinner that forgives typing. JavaFX's own converter throws on "abc"
     * or "" when the value is committed; here such text is put back to the last good number, full-width
     * digits (２０２５) count, and a number out of range is brought to the nearest bound.
     */
    public static Spinner<Integer> integerSpinner(int min, int max, int value) {
        Spinner<Integer> spinner = new Spinner<>();
        SpinnerValueFactory.IntegerSpinnerValueFactory factory =
                new SpinnerValueFactory.IntegerSpinnerValueFactory(min, max, Math.max(min, Math.min(max, value)));
        factory.setConverter(new StringConverter<>() {
            @Override
            public String toString(Integer n) {
                return n == null ? "" : n.toString();
            }

            @Override
            public Integer fromString(String text) {
                String digits = text == null ? "" : java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC).strip();
                try {
                    return Math.max(min, Math.min(max, Integer.parseInt(digits)));
                } catch (NumberFormatException e) {
                    // not a number: keep the value the spinner had, and show it again
                    spinner.getEditor().setText(toString(factory.getValue()));
                    return factory.getValue();
                }
            }
        });
        spinner.setValueFactory(factory);
        spinner.setEditable(true);
        return spinner;
    }
}
