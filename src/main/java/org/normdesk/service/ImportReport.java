package org.normdesk.service;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of a batch import: what came in, what was already there, what could not be read,
 * and whether the user stopped it before the end.
 */
public record ImportReport(List<Imported> imported, List<Skipped> duplicates, List<Skipped> failed, boolean cancelled) {

    public record Imported(Path file, long documentId, String title, boolean published) {
    }

    /** A file not imported, with the sentence that says why. */
    public record Skipped(Path file, String reason) {
    }

    public ImportReport {
        imported = List.copyOf(imported);
        duplicates = List.copyOf(duplicates);
        failed = List.copyOf(failed);
    }
}
