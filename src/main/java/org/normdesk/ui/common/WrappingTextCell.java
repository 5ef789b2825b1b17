package org.normdesk.ui.common;

import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.text.Text;

/**
 * A table cell that wraps its text to the column's width, so that a row grows to show a whole
 * opinion or clause instead of cutting it off with “…”.
 */
public final class WrappingTextCell<S> extends TableCell<S, String> {
    private final Text shown = new Text();

    private WrappingTextCell(TableColumn<S, String> column) {
        shown.wrappingWidthProperty().bind(column.widthProperty().subtract(12));
        shown.getStyleClass().add("text");
    }

    /** Makes the column's cells wrap. */
    public static <S> void apply(TableColumn<S, String> column) {
        column.setCellFactory(c -> new WrappingTextCell<>(c));
    }

    @Override
    protected void updateItem(String item, boolean empty) {
        super.updateItem(item, empty);
        shown.setText(empty || item == null ? "" : item);
        setGraphic(empty ? null : shown);
        setText(null);
    }
}
