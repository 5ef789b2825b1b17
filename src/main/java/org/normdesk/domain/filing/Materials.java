package org.normdesk.domain.filing;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.normdesk.domain.IssuerCategory;

/** Lists of materials and categories as the store keeps them: enum names joined by commas. */
public final class Materials {
    private Materials() {
    }

    public static String join(java.util.Collection<? extends Enum<?>> values) {
        return values == null ? "" : values.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    public static List<FilingMaterial> materials(String text) {
        return split(text).stream().map(FilingMaterial::valueOf).toList();
    }

    public static Set<IssuerCategory> categories(String text) {
        Set<IssuerCategory> set = EnumSet.noneOf(IssuerCategory.class);
        split(text).forEach(s -> set.add(IssuerCategory.valueOf(s)));
        return set;
    }

    /** The required materials not among those given, in the order of the checklist. */
    public static List<FilingMaterial> missing(List<FilingMaterial> required, List<FilingMaterial> given) {
        return required.stream().filter(m -> given == null || !given.contains(m)).toList();
    }

    /** 备案报告、正式文本… as a reader would write them. */
    public static String labels(List<FilingMaterial> materials) {
        return materials.stream().map(FilingMaterial::label).collect(Collectors.joining("、"));
    }

    private static List<String> split(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(text.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }
}
