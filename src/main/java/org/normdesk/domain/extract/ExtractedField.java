package org.normdesk.domain.extract;

/**
 * A value read from a document, with the words it was read from (so a reviewer can check it)
 * and how sure the rule that found it is, from 0 (a guess) to 1 (certain).
 */
public record ExtractedField<T>(T value, String snippet, double confidence) {

    private static final ExtractedField<?> NONE = new ExtractedField<>(null, "", 0);

    public ExtractedField {
        snippet = snippet == null ? "" : snippet;
        confidence = Math.max(0, Math.min(1, confidence));
    }

    @SuppressWarnings("unchecked")
    public static <T> ExtractedField<T> none() {
        return (ExtractedField<T>) NONE;
    }

    public static <T> ExtractedField<T> of(T value, String snippet, double confidence) {
        return value == null ? none() : new ExtractedField<>(value, snippet, confidence);
    }

    public boolean isPresent() {
        return value != null;
    }

    public T orElse(T other) {
        return value != null ? value : other;
    }
}
