package org.normdesk.service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.normdesk.domain.DocNumber;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Problem;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Stage;
import org.normdesk.domain.Texts;
import org.normdesk.domain.extract.ExtractionResult;
import org.normdesk.domain.extract.LedgerRow;
import org.normdesk.store.Store;
import org.normdesk.word.DocumentReader;
import org.normdesk.word.LedgerReader;
import org.normdesk.word.UnreadableDocumentException;

/**
 * Brings Word and text files into the register: extraction, a document (已公布 when its 文号 and
 * dates are known, else 起草中 for the user to complete), the original bytes with their SHA-256.
 * A file already imported (same bytes, same text) or a 文号 already in the register is a duplicate,
 * not an error. Each file is imported on its own: one bad file never stops the batch.
 */
public final class ImportService {
    private final Store store;
    private final RegisterService register;
    private final IssuerService issuers;
    private final Clock clock;

    public ImportService(Store store, RegisterService register, IssuerService issuers, Clock clock) {
        this.store = store;
        this.register = register;
        this.issuers = issuers;
        this.clock = clock;
    }

    /** Imports the files, and every file under the folders given; progress may cancel between files. */
    public ImportReport importAll(List<Path> paths, Progress progress) {
        List<Path> files = expand(paths);
        List<Issuer> known = issuers.all();
        ExtractionService extraction = new ExtractionService(known);
        List<ImportReport.Imported> imported = new ArrayList<>();
        List<ImportReport.Skipped> duplicates = new ArrayList<>();
        List<ImportReport.Skipped> failed = new ArrayList<>();
        boolean cancelled = false;
        for (int i = 0; i < files.size(); i++) {
            if (!progress.report(i, files.size())) {
                cancelled = true;
                break;
            }
            Path file = files.get(i);
            importOne(file, extraction, known, imported, duplicates, failed);
        }
        if (!cancelled) {
            progress.report(files.size(), files.size());
        }
        return new ImportReport(imported, duplicates, failed, cancelled);
    }

    private void importOne(Path file, ExtractionService extraction, List<Issuer> known,
                           List<ImportReport.Imported> imported, List<ImportReport.Skipped> duplicates,
                           List<ImportReport.Skipped> failed) {
        FileExtraction x = extraction.extract(file);
        if (!x.succeeded()) {
            failed.add(new ImportReport.Skipped(file, x.failure().message()));
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            failed.add(new ImportReport.Skipped(file, Texts.get("import.fail.IO_ERROR", file.getFileName(), e.getMessage())));
            return;
        }
        ExtractionResult r = x.result();
        String sha = sha256(bytes);
        String textSha = sha256(r.text().replaceAll("\\s+", "").getBytes(StandardCharsets.UTF_8));
        Optional<String> duplicate = duplicateReason(r, sha, textSha);
        if (duplicate.isPresent()) {
            duplicates.add(new ImportReport.Skipped(file, duplicate.get()));
            return;
        }
        Optional<Issuer> lead = find(known, r.issuer().value());
        if (lead.isEmpty()) {
            failed.add(new ImportReport.Skipped(file, r.issuer().isPresent()
                    ? Texts.get("import.unknownIssuer", r.issuer().value())
                    : Texts.get("import.noIssuer")));
            return;
        }
        List<Long> co = r.coIssuers().orElse(List.of()).stream()
                .map(name -> find(known, name)).flatMap(Optional::stream).map(Issuer::id).toList();
        NormativeDocument doc = toDocument(r, lead.get().id(), co);
        try {
            NormativeDocument saved = register.create(doc);
            store.inTransaction(repos -> repos.originals().insert(saved.id(), String.valueOf(file.getFileName()), sha,
                    textSha, bytes, LocalDateTime.now(clock)));
            imported.add(new ImportReport.Imported(file, saved.id(), saved.title(), saved.stage() == Stage.PUBLISHED));
        } catch (RuleViolation e) {
            failed.add(new ImportReport.Skipped(file, e.problems().stream().map(Problem::message)
                    .reduce((a, b) -> a + "；" + b).orElse(e.getMessage())));
        }
    }

    /**
     * Imports the rows of an Excel ledger (.xlsx/.xls), one document per row with a title. A row
     * is reported as {@code 台账.xlsx#12} (its row number in Excel). A row whose 文号 is already in
     * the register is a duplicate; an issuer not on the list fails the row, not the ledger.
     */
    public ImportReport importLedger(Path file, Progress progress) {
        List<ImportReport.Imported> imported = new ArrayList<>();
        List<ImportReport.Skipped> duplicates = new ArrayList<>();
        List<ImportReport.Skipped> failed = new ArrayList<>();
        List<LedgerRow> rows;
        try {
            rows = new LedgerReader(DocumentReader.DEFAULT_MAX_BYTES).read(file);
        } catch (UnreadableDocumentException e) {
            failed.add(new ImportReport.Skipped(file, e.failure().message()));
            return new ImportReport(imported, duplicates, failed, false);
        }
        List<Issuer> known = issuers.all();
        for (int i = 0; i < rows.size(); i++) {
            if (!progress.report(i, rows.size())) {
                return new ImportReport(imported, duplicates, failed, true);
            }
            LedgerRow row = rows.get(i);
            Path where = file.resolveSibling(file.getFileName() + "#" + row.rowNumber());
            String number = row.docNumber() == null ? null : DocNumber.normalize(row.docNumber()).orElse(row.docNumber());
            if (number != null && store.read(repos -> repos.documents().docNumberTaken(number, null))) {
                duplicates.add(new ImportReport.Skipped(where, Texts.get("import.duplicate.docNumber", number)));
                continue;
            }
            Optional<Issuer> lead = find(known, row.issuer());
            if (lead.isEmpty()) {
                failed.add(new ImportReport.Skipped(where, row.issuer() != null
                        ? Texts.get("import.unknownIssuer", row.issuer()) : Texts.get("import.noIssuer")));
                continue;
            }
            LocalDateRow dates = new LocalDateRow(row);
            boolean complete = number != null && dates.published() != null && row.effectiveOn() != null;
            NormativeDocument doc = NormativeDocument.draft(row.title(), lead.get().id(), DocumentKind.guessFromTitle(row.title()))
                    .toBuilder().docNumber(number).trial(row.title().contains("试行") || row.title().contains("暂行"))
                    .signedOn(row.signedOn()).publishedOn(complete ? dates.published() : null)
                    .effectiveOn(row.effectiveOn()).validUntil(row.validUntil())
                    .stage(complete ? Stage.PUBLISHED : Stage.DRAFTING).build();
            try {
                NormativeDocument saved = register.create(doc);
                imported.add(new ImportReport.Imported(where, saved.id(), saved.title(), complete));
            } catch (RuleViolation e) {
                failed.add(new ImportReport.Skipped(where, e.getMessage()));
            }
        }
        progress.report(rows.size(), rows.size());
        return new ImportReport(imported, duplicates, failed, false);
    }

    /** A ledger's 公布 date, or its 成文 date when it gives no 公布 date (the user can correct it). */
    private record LocalDateRow(LedgerRow row) {
        java.time.LocalDate published() {
            return row.publishedOn() != null ? row.publishedOn() : row.signedOn();
        }
    }

    /**
     * The register document an extraction describes. 已公布 needs a 文号, a 公布 and a 施行 date; the
     * file never states its 公布 date, so the 成文日期 stands in for it (the user can correct it).
     */
    static NormativeDocument toDocument(ExtractionResult r, long leadIssuerId, List<Long> coIssuerIds) {
        String title = r.title().orElse(r.wrapperTitle().orElse("（无标题）"));
        boolean complete = r.docNumber().isPresent() && r.signedOn().isPresent() && r.effectiveOn().isPresent();
        return NormativeDocument.draft(title, leadIssuerId, DocumentKind.guessFromTitle(title)).toBuilder()
                .coIssuerIds(coIssuerIds)
                .docNumber(r.docNumber().value())
                .trial(Boolean.TRUE.equals(r.trial().value()))
                .signedOn(r.signedOn().value())
                .publishedOn(complete ? r.signedOn().value() : null)
                .effectiveOn(r.effectiveOn().value())
                .validUntil(r.validUntil().value())
                .fullText(r.text())
                .stage(complete ? Stage.PUBLISHED : Stage.DRAFTING)
                .build();
    }

    private Optional<String> duplicateReason(ExtractionResult r, String sha, String textSha) {
        return store.read(repos -> {
            if (repos.originals().documentWithFile(sha).isPresent()) {
                return Optional.of(Texts.get("import.duplicate.file"));
            }
            if (repos.originals().documentWithText(textSha).isPresent()) {
                return Optional.of(Texts.get("import.duplicate.text"));
            }
            String number = r.docNumber().value();
            if (number != null && repos.documents().docNumberTaken(DocNumber.normalize(number).orElse(number), null)) {
                return Optional.of(Texts.get("import.duplicate.docNumber", number));
            }
            return Optional.empty();
        });
    }

    private static Optional<Issuer> find(List<Issuer> known, String name) {
        return name == null ? Optional.empty() : known.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    /** Files as given, folders walked (hidden files and Office lock files ~$… left out), in name order. */
    static List<Path> expand(List<Path> paths) {
        List<Path> out = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> !f.getFileName().toString().startsWith(".")
                                    && !f.getFileName().toString().startsWith("~$"))
                            .sorted().forEach(out::add);
                } catch (IOException e) {
                    out.add(p); // reported as unreadable by the reader
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
