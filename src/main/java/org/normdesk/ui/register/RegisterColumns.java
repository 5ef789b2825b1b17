package org.normdesk.ui.register;

import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.TableColumn;

import org.normdesk.domain.RegisterColumn;
import org.normdesk.domain.RegisterRow;
import org.normdesk.ui.common.ChineseDates;

/** The table columns of the register, one per {@link RegisterColumn}, each knowing its column for sorting. */
final class RegisterColumns {

    private RegisterColumns() {
    }

    /** All shown columns; 最近修改 is only the default order, the row does not carry it. */
    static List<TableColumn<RegisterRow, String>> create() {
        return Arrays.stream(RegisterColumn.values()).filter(c -> c != RegisterColumn.UPDATED)
                .map(RegisterColumns::column).toList();
    }

    static RegisterColumn of(TableColumn<?, ?> column) {
        return (RegisterColumn) column.getUserData();
    }

    private static TableColumn<RegisterRow, String> column(RegisterColumn c) {
        TableColumn<RegisterRow, String> column = new TableColumn<>(c.label());
        column.setId("column-" + c.name());
        column.setUserData(c);
        Function<RegisterRow, String> text = text(c);
        column.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        column.setPrefWidth(width(c));
        return column;
    }

    static Function<RegisterRow, String> text(RegisterColumn c) {
        return switch (c) {
            case TITLE -> RegisterRow::title;
            case DOC_NUMBER -> r -> nullToEmpty(r.docNumber());
            case ISSUER -> RegisterRow::issuer;
            case STAGE -> r -> r.stage().label();
            case VALIDITY -> r -> r.validity() == null ? "" : r.validity().label();
            case SIGNED_ON -> r -> ChineseDates.format(r.signedOn());
            case PUBLISHED_ON -> r -> ChineseDates.format(r.publishedOn());
            case EFFECTIVE_ON -> r -> ChineseDates.format(r.effectiveOn());
            case VALID_UNTIL -> r -> ChineseDates.format(r.validUntil());
            case UPDATED -> r -> "";
        };
    }

    private static double width(RegisterColumn c) {
        return switch (c) {
            case TITLE -> 360;
            case DOC_NUMBER -> 150;
            case ISSUER -> 170;
            case STAGE, VALIDITY -> 90;
            default -> 112;
        };
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
