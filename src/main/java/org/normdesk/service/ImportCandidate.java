package org.normdesk.service;

import java.nio.file.Path;

import org.normdesk.domain.extract.ExtractionResult;
import org.normdesk.domain.extract.ImportFailure;

/**
 * One file examined for import, before anything is saved: what extraction read (with its snippets
 * and confidences), the fields proposed from it, the hashes that identify the file, and whether it
 * is already in the register or could not be read.
 *
 * @param issuerNote why no lead issuer is proposed (not on the list, or not found); null when one is
 */
public record ImportCandidate(Path file, ExtractionResult extraction, ImportFailure failure, String sha256,
                              String textSha256, ImportFields proposed, String duplicateReason, String issuerNote) {

    public enum Status { READY, DUPLICATE, UNREADABLE }

    static ImportCandidate unreadable(Path file, ImportFailure failure) {
        return new ImportCandidate(file, null, failure, null, null, null, null, null);
    }

    public Status status() {
        if (failure != null) {
            return Status.UNREADABLE;
        }
        return duplicateReason != null ? Status.DUPLICATE : Status.READY;
    }

    /** The sentence for a file that is not importable as it stands (unreadable or duplicate); null otherwise. */
    public String reason() {
        return failure != null ? failure.message() : duplicateReason;
    }

    ImportCandidate withDuplicate(String reason) {
        return new ImportCandidate(file, extraction, failure, sha256, textSha256, proposed, reason, issuerNote);
    }
}
