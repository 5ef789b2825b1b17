package org.normdesk.service;

/** A file the reviewer chose to import, with the fields as confirmed (possibly corrected). */
public record ConfirmedImport(ImportCandidate candidate, ImportFields fields) {
}
