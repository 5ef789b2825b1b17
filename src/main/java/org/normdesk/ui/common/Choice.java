package org.normdesk.ui.common;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.normdesk.domain.Texts;

/**
 * One entry of a filter list: a value with its label, or 全部 (no filter, value null). A wrapper,
 * because a ComboBox does not show a null item properly.
 */
public record Choice<T>(T value, String label) {

    public static <T> Choice<T> all() {
        return new Choice<>(null, Texts.get("filter.all"));
    }

    public boolean isAll() {
        return value == null;
    }

    /** 全部 followed by one choice per value. */
    public static <T> List<Choice<T>> allAnd(List<T> values, Function<T, String> label) {
        List<Choice<T>> choices = new ArrayList<>(values.size() + 1);
        choices.add(all());
        values.forEach(v -> choices.add(new Choice<>(v, label.apply(v))));
        return choices;
    }

    @Override
    public String toString() {
        return label;
    }
}
