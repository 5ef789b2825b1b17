package org.normdesk.domain;

/**
 * Something wrong (ERROR: cannot be saved) or worth a look (WARNING: can be saved) with what the
 * user entered, tied to a field and worded through a message key.
 */
public record Problem(String field, Severity severity, String key, Object... args) {

    public enum Severity { ERROR, WARNING }

    public static Problem error(String field, String key, Object... args) {
        return new Problem(field, Severity.ERROR, key, args);
    }

    public static Problem warning(String field, String key, Object... args) {
        return new Problem(field, Severity.WARNING, key, args);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The sentence shown to the user. */
    public String message() {
        return Texts.get(key, args);
    }
}
