package org.normdesk.cli;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

import org.normdesk.domain.DocNumber;
import org.normdesk.domain.Labelled;
import org.normdesk.domain.Stage;
import org.normdesk.domain.Texts;
import org.normdesk.domain.Validity;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option values read the way a user types them, refused with a Chinese reason. */
final class Converters {

    private Converters() {
    }

    /** A constant by its name (any case) or its label in the bundle (已公布). */
    static <E extends Enum<E> & Labelled> E labelled(Class<E> type, String value, String errorKey) {
        String v = value.strip();
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(v) || e.label().equals(v)) {
                return e;
            }
        }
        String choices = Arrays.stream(type.getEnumConstants())
                .map(e -> e.name() + "（" + e.label() + "）")
                .collect(Collectors.joining("、"));
        throw new TypeConversionException(Texts.get(errorKey, v, choices));
    }

    static final class StageConverter implements ITypeConverter<Stage> {
        @Override
        public Stage convert(String value) {
            return labelled(Stage.class, value, "cli.error.stage");
        }
    }

    static final class ValidityConverter implements ITypeConverter<Validity> {
        @Override
        public Validity convert(String value) {
            return labelled(Validity.class, value, "cli.error.validity");
        }
    }

    /** A four-digit year such as 2021 (年 allowed: 2021年). */
    static final class YearConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            String v = value.strip().toLowerCase(Locale.ROOT);
            if (v.endsWith("年")) {
                v = v.substring(0, v.length() - 1);
            }
            try {
                int year = Integer.parseInt(v);
                if (year >= DocNumber.MIN_YEAR && year <= DocNumber.MAX_YEAR) {
                    return year;
                }
            } catch (NumberFormatException e) {
                // worded below
            }
            throw new TypeConversionException(Texts.get("cli.error.year", value, DocNumber.MIN_YEAR, DocNumber.MAX_YEAR));
        }
    }

    /** A whole number ≥ 1 (underscores and thousands commas allowed: 100_000, 100,000). */
    static final class CountConverter implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int n = Integer.parseInt(value.strip().replace("_", "").replace(",", ""));
                if (n >= 1) {
                    return n;
                }
            } catch (NumberFormatException e) {
                // worded below
            }
            throw new TypeConversionException(Texts.get("cli.error.count", value));
        }
    }
}
