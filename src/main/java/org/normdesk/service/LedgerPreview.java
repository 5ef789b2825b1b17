package org.normdesk.service;

import java.nio.file.Path;

import org.normdesk.domain.extract.ImportFailure;
import org.normdesk.domain.extract.LedgerSheet;

/** An Excel ledger as the import will read it (exactly one of sheet and failure is set). */
public record LedgerPreview(Path file, LedgerSheet sheet, ImportFailure failure) {
}
