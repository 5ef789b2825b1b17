package org.normdesk.service;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.normdesk.domain.AuditEvent;
import org.normdesk.domain.DocNumber;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Problem;
import org.normdesk.domain.Stage;
import org.normdesk.domain.Texts;
import org.normdesk.domain.extract.LedgerMapping;
import org.normdesk.domain.extract.LedgerRow;
import org.normdesk.domain.extract.LedgerSheet;
import org.normdesk.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports an Excel ledger all or nothing. Every row is checked first: a row without a title, with a
 * date that is not one, with a 文号 already in the register or earlier in the ledger, or with an
 * issuer not on the 制定主体清单 is skipped and reported as {@code 台账.xlsx#12} with the reason.
 * The rows that pass are then written in one transaction, with their audit events and one event
 * for the ledger itself; if any write fails, nothing of the ledger is in the register.
 */
final class LedgerImporter {
    private static final Logger LOG = LoggerFactory.getLogger(LedgerImporter.class);

    /** The audit entity of a ledger import (entity id 0: the ledger is not a register record). */
    static final String ENTITY = "LEDGER";

    /** Writes the event that records the ledger import, inside the ledger's transaction; tests make it fail. */
    @FunctionalInterface
    interface LedgerRecorder {
        void record(Store.Repositories r, AuditEvent event);
    }

    /** The validator's warning that a 文号 is already in the register: for a ledger row, a duplicate. */
    private static final String DUPLICATE_NUMBER = "validation.docNumber.duplicate";

    static final LedgerRecorder AUDIT = (r, event) -> r.audit().append(event);

    /** What the ledger's audit event keeps: which file and sheet, how it was mapped, what came in. */
    record LedgerRecord(String file, String sheet, int headerRow, List<LedgerSheet.Mapping> mapping,
                        List<Long> documentIds, int skippedRows) {
    }

    private final RegisterService register;
    private final IssuerService issuers;
    private final LedgerRecorder recorder;

    LedgerImporter(RegisterService register, IssuerService issuers, LedgerRecorder recorder) {
        this.register = register;
        this.issuers = issuers;
        this.recorder = recorder;
    }

    ImportReport importLedger(LedgerPreview preview, LedgerMapping mapping, Progress progress) {
        register.requireDrafting();
        Path file = preview.file();
        if (preview.failure() != null) {
            return refused(file, preview.failure().message());
        }
        Optional<String> mappingProblem = mapping.problem();
        if (mappingProblem.isPresent()) {
            return refused(file, mappingProblem.get());
        }
        LedgerSheet sheet = preview.sheet();
        List<LedgerRow> rows = mapping.read(sheet);
        List<Issuer> known = issuers.all();
        List<ImportReport.Skipped> duplicates = new ArrayList<>();
        List<ImportReport.Skipped> failed = new ArrayList<>();
        List<NormativeDocument> accepted = new ArrayList<>();
        List<LedgerRow> acceptedRows = new ArrayList<>();
        Map<String, Integer> numbersSeen = new HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            if (!progress.report(i, rows.size() + 1)) {
                // Nothing is written before every row is checked: a cancel leaves the register as it was.
                return new ImportReport(List.of(), List.of(), List.of(), true);
            }
            LedgerRow row = rows.get(i);
            Path where = where(file, row.rowNumber());
            if (!row.isValid()) {
                failed.add(new ImportReport.Skipped(where, row.problem()));
                continue;
            }
            String number = row.docNumber() == null ? null : DocNumber.normalize(row.docNumber()).orElse(row.docNumber());
            if (number != null && numbersSeen.containsKey(number)) {
                duplicates.add(new ImportReport.Skipped(where, Texts.get("import.ledger.duplicateInLedger", number,
                        String.valueOf(numbersSeen.get(number)))));
                continue;
            }
            Optional<String> unknown = unknownIssuer(row, known);
            if (unknown.isPresent()) {
                failed.add(new ImportReport.Skipped(where, unknown.get()));
                continue;
            }
            NormativeDocument doc = toDocument(row, number, known);
            List<Problem> problems = register.validate(doc);
            if (problems.stream().anyMatch(p -> DUPLICATE_NUMBER.equals(p.key()))) {
                duplicates.add(new ImportReport.Skipped(where, Texts.get("import.duplicate.docNumber", number)));
                continue;
            }
            List<String> errors = problems.stream().filter(Problem::isError).map(Problem::message).toList();
            if (!errors.isEmpty()) {
                failed.add(new ImportReport.Skipped(where, String.join("；", errors)));
                continue;
            }
            if (number != null) {
                numbersSeen.put(number, row.rowNumber());
            }
            accepted.add(doc);
            acceptedRows.add(row);
        }
        if (accepted.isEmpty()) {
            progress.report(rows.size() + 1, rows.size() + 1);
            return new ImportReport(List.of(), duplicates, failed, false);
        }
        String fileName = String.valueOf(file.getFileName());
        int skipped = duplicates.size() + failed.size();
        try {
            List<NormativeDocument> saved = register.createAll(accepted, (r, docs) -> recorder.record(r,
                    register.auditor().event(ENTITY, 0, "IMPORT",
                            Texts.get("import.ledger.audit", fileName, sheet.sheetName(), docs.size(), skipped), null,
                            new LedgerRecord(fileName, sheet.sheetName(), sheet.headerRowNumber(), mapping.mappings(sheet),
                                    docs.stream().map(NormativeDocument::id).toList(), skipped))));
            progress.report(rows.size() + 1, rows.size() + 1);
            List<ImportReport.Imported> imported = new ArrayList<>(saved.size());
            for (int i = 0; i < saved.size(); i++) {
                NormativeDocument d = saved.get(i);
                imported.add(new ImportReport.Imported(where(file, acceptedRows.get(i).rowNumber()), d.id(), d.title(),
                        d.stage() == Stage.PUBLISHED));
            }
            return new ImportReport(imported, duplicates, failed, false);
        } catch (RuntimeException e) {
            // The transaction rolled back: not one row of the ledger is in the register.
            LOG.warn("writing ledger {} failed", file, e);
            List<ImportReport.Skipped> all = new ArrayList<>();
            all.add(new ImportReport.Skipped(file, Texts.get("import.ledger.writeFailed", fileName, accepted.size(),
                    String.valueOf(e.getMessage()).lines().findFirst().orElse(""))));
            all.addAll(failed);
            return new ImportReport(List.of(), duplicates, all, false);
        }
    }

    /** The ledger as a whole could not be imported: one line, naming the file, saying why. */
    private static ImportReport refused(Path file, String reason) {
        return new ImportReport(List.of(), List.of(), List.of(new ImportReport.Skipped(file, reason)), false);
    }

    /** A row is reported as 台账.xlsx#12, its row number in Excel. */
    static Path where(Path file, int rowNumber) {
        return file.resolveSibling(file.getFileName() + "#" + rowNumber);
    }

    private Optional<String> unknownIssuer(LedgerRow row, List<Issuer> known) {
        if (row.issuer() == null) {
            return Optional.of(Texts.get("import.ledger.noIssuer"));
        }
        if (find(known, row.issuer()).isEmpty()) {
            return Optional.of(Texts.get("import.unknownIssuer", row.issuer()));
        }
        return row.coIssuers().stream().filter(name -> find(known, name).isEmpty()).findFirst()
                .map(name -> Texts.get("import.ledger.unknownCoIssuer", name));
    }

    /**
     * The register document a row describes: 已公布 when its 文号, 公布 (else 成文) and 施行 dates are
     * known, else 起草中 for the user to complete.
     */
    private static NormativeDocument toDocument(LedgerRow row, String number, List<Issuer> known) {
        long lead = find(known, row.issuer()).orElseThrow().id();
        java.time.LocalDate published = row.publishedOn() != null ? row.publishedOn() : row.signedOn();
        boolean complete = number != null && published != null && row.effectiveOn() != null;
        return NormativeDocument.draft(row.title(), lead, DocumentKind.guessFromTitle(row.title()))
                .toBuilder().docNumber(number)
                .coIssuerIds(row.coIssuers().stream().map(n -> find(known, n).orElseThrow().id()).filter(id -> id != lead).toList())
                .trial(row.title().contains("试行") || row.title().contains("暂行"))
                .signedOn(row.signedOn()).publishedOn(complete ? published : null)
                .effectiveOn(row.effectiveOn()).validUntil(row.validUntil())
                .stage(complete ? Stage.PUBLISHED : Stage.DRAFTING).build();
    }

    private static Optional<Issuer> find(List<Issuer> known, String name) {
        return name == null ? Optional.empty() : known.stream().filter(i -> i.name().equals(name)).findFirst();
    }
}
