package org.normdesk.service;

import java.util.List;

/**
 * A file the user gave (a rule pack, a law CSV) that cannot be used; the message lists, in Chinese,
 * every problem found and what to do. Nothing was saved.
 */
public final class InvalidFileException extends RuntimeException {
    private final transient List<String> problems;

    public InvalidFileException(String file, List<String> problems) {
        super(org.normdesk.domain.Texts.get("file.invalid", file, String.join("；", problems)));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
