package org.normdesk.service;

import java.nio.file.Path;

import org.normdesk.domain.extract.ExtractionResult;
import org.normdesk.domain.extract.ImportFailure;

/** The outcome for one file: what was extracted, or why the file could not be read (exactly one is set). */
public record FileExtraction(Path file, ExtractionResult result, ImportFailure failure) {

    public boolean succeeded() {
        return result != null;
    }
}
