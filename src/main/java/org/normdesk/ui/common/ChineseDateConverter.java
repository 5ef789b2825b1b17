package org.normdesk.ui.common;

import java.time.LocalDate;

import javafx.util.StringConverter;

/**
 * The converter of a DatePicker: shows 2025年3月16日 and reads the forms {@link ChineseDates}
 * accepts. When the typed text cannot be read, the picker's value becomes null; the converter
 * then gives the unreadable text back instead of an empty string, so that the picker does not
 * silently wipe what the user typed and the form can point at it.
 */
public final class ChineseDateConverter extends StringConverter<LocalDate> {
    private String unreadable;

    @Override
    public String toString(LocalDate date) {
        if (date != null) {
            return ChineseDates.format(date);
        }
        return unreadable == null ? "" : unreadable;
    }

    @Override
    public LocalDate fromString(String text) {
        if (ChineseDates.isBlank(text)) {
            unreadable = null;
            return null;
        }
        var date = ChineseDates.parse(text);
        unreadable = date.isPresent() ? null : text;
        return date.orElse(null);
    }

    /** Called when the form loads another record: old unreadable text must not come back. */
    public void forget() {
        unreadable = null;
    }
}
