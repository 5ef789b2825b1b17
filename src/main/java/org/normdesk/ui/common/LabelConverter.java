package org.normdesk.ui.common;

import java.util.function.Function;

import javafx.util.StringConverter;

import org.normdesk.domain.Labelled;

/** Shows values by a label (an enum's {@code label()}, an issuer's name) in combo boxes; one-way only. */
public final class LabelConverter<T> extends StringConverter<T> {
    private final Function<T, String> label;

    private LabelConverter(Function<T, String> label) {
        this.label = label;
    }

    public static <T> LabelConverter<T> of(Function<T, String> label) {
        return new LabelConverter<>(label);
    }

    public static <T extends Labelled> LabelConverter<T> labelled() {
        return new LabelConverter<>(Labelled::label);
    }

    @Override
    public String toString(T value) {
        return value == null ? "" : label.apply(value);
    }

    @Override
    public T fromString(String text) {
        throw new UnsupportedOperationException("choices are picked, not typed");
    }
}
