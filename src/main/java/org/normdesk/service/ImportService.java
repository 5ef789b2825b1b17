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
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
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
import org.normdesk.domain.extract.ImportFailure;
import org.normdesk.domain.extract.LedgerMapping;
import org.normdesk.domain.extract.ReadProblem;
import org.normdesk.store.Store;
import org.normdesk.word.DocumentReader;
import org.normdesk.word.LedgerReader;
import org.normdesk.word.UnreadableDocumentException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings Word and text files into the register: extraction, a document (已公布 when its 文号 and
 * dates are known, else 起草中 for the user to complete), the original bytes with their SHA-256.
 * A file already imported (same bytes, same text) or a 文号 already in the register is a duplicate,
 * not an error. Each file is imported on its own: one bad file never stops the batch, and a file's
 * document and its original are saved in one transaction, so neither exists without the other.
 *
 * <p>The command line imports in one go ({@link #importAll}); the window first examines the files
 * ({@link #examineAll}), lets the user correct the fields, then saves them ({@link #importConfirmed}).
 * Both save through the same {@code save} step. An Excel ledger is previewed ({@link #previewLedger})
 * and imported all or nothing ({@link #importLedger}), from the window and the command line alike.
 */
public final class ImportService {
    private static final Logger LOG = LoggerFactory.getLogger(ImportService.class);

    /** Stores an imported file's original next to its new document, inside the document's transaction. */
    @FunctionalInterface
    interface OriginalSaver {
        void save(Store.Repositories r, long documentId, String fileName, String sha256, String textSha256,
                  byte[] content, LocalDateTime importedAt);
    }

    private static final OriginalSaver ORIGINALS = (r, documentId, fileName, sha, textSha, content, at) ->
            r.originals().insert(documentId, fileName, sha, textSha, content, at);

    private final Store store;
    private final RegisterService register;
    private final IssuerService issuers;
    private final Clock clock;
    private final OriginalSaver originals;
    private final LedgerImporter ledgers;

    public ImportService(Store store, RegisterService register, IssuerService issuers, Clock clock) {
        this(store, register, issuers, clock, ORIGINALS, LedgerImporter.AUDIT);
    }

    /** With another way to store originals: tests use it to make that step fail. */
    ImportService(Store store, RegisterService register, IssuerService issuers, Clock clock, OriginalSaver originals) {
        this(store, register, issuers, clock, originals, LedgerImporter.AUDIT);
    }

    /** With other ways to store originals and to record a ledger: tests use them to make those steps fail. */
    ImportService(Store store, RegisterService register, IssuerService issuers, Clock clock, OriginalSaver originals,
                  LedgerImporter.LedgerRecorder ledgerRecorder) {
        this.store = store;
        this.register = register;
        this.issuers = issuers;
        this.clock = clock;
        this.originals = originals;
        this.ledgers = new LedgerImporter(register, issuers, ledgerRecorder);
    }

    /** Imports the files, and every file under the folders given, as extracted; progress may cancel between files. */
    public ImportReport importAll(List<Path> paths, Progress progress) {
        register.requireDrafting();
        List<Path> files = expand(paths);
        List<Issuer> known = issuers.all();
        ExtractionService extraction = new ExtractionService(known);
        Outcomes outcomes = new Outcomes();
        for (int i = 0; i < files.size(); i++) {
            if (!progress.report(i, files.size())) {
                return outcomes.report(true);
            }
            ImportCandidate candidate = examine(files.get(i), extraction, known);
            save(new ConfirmedImport(candidate, candidate.proposed()), outcomes);
        }
        progress.report(files.size(), files.size());
        return outcomes.report(false);
    }

    /**
     * Reads and extracts the files (folders walked) without saving anything, for the user to check:
     * each file with its proposed fields, or why it cannot be imported. A file repeating an earlier
     * one of the same batch (same bytes, text or 文号) is a duplicate too. Stops early when
     * progress says cancel, returning the files examined so far.
     */
    public List<ImportCandidate> examineAll(List<Path> paths, Progress progress) {
        List<Path> files = expand(paths);
        List<Issuer> known = issuers.all();
        ExtractionService extraction = new ExtractionService(known);
        List<ImportCandidate> out = new ArrayList<>(files.size());
        Map<String, Path> seen = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            if (!progress.report(i, files.size())) {
                return out;
            }
            ImportCandidate c = examine(files.get(i), extraction, known);
            if (c.status() == ImportCandidate.Status.READY) {
                Path earlier = Stream.of("file:" + c.sha256(), "text:" + c.textSha256(), "number:" + c.proposed().docNumber())
                        .map(seen::get).filter(p -> p != null).findFirst().orElse(null);
                if (earlier != null) {
                    c = c.withDuplicate(Texts.get("import.duplicate.inBatch", earlier.getFileName()));
                }
            }
            if (c.status() != ImportCandidate.Status.UNREADABLE) {
                seen.putIfAbsent("file:" + c.sha256(), c.file());
                seen.putIfAbsent("text:" + c.textSha256(), c.file());
                if (c.proposed().docNumber() != null) {
                    seen.putIfAbsent("number:" + c.proposed().docNumber(), c.file());
                }
            }
            out.add(c);
        }
        progress.report(files.size(), files.size());
        return out;
    }

    /**
     * Saves the files the user confirmed, each with its (possibly corrected) fields, each on its
     * own: duplicates are looked up again (another file of the batch may have come in first), a
     * file changed on disk since it was examined is refused. Progress may cancel between files.
     */
    public ImportReport importConfirmed(List<ConfirmedImport> confirmed, Progress progress) {
        register.requireDrafting();
        Outcomes outcomes = new Outcomes();
        for (int i = 0; i < confirmed.size(); i++) {
            if (!progress.report(i, confirmed.size())) {
                return outcomes.report(true);
            }
            save(confirmed.get(i), outcomes);
        }
        progress.report(confirmed.size(), confirmed.size());
        return outcomes.report(false);
    }

    /** One file read and extracted, its fields proposed, its duplicate looked up; nothing saved. */
    private ImportCandidate examine(Path file, ExtractionService extraction, List<Issuer> known) {
        FileExtraction x = extraction.extract(file);
        if (!x.succeeded()) {
            return ImportCandidate.unreadable(file, x.failure());
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return ImportCandidate.unreadable(file, ioFailure(file, e));
        }
        ExtractionResult r = x.result();
        String sha = sha256(bytes);
        String textSha = textSha256(r.text());
        Optional<Issuer> lead = find(known, r.issuer().value());
        String issuerNote = lead.isPresent() ? null : r.issuer().isPresent()
                ? Texts.get("import.unknownIssuer", r.issuer().value()) : Texts.get("import.noIssuer");
        List<Long> co = r.coIssuers().orElse(List.of()).stream()
                .map(name -> find(known, name)).flatMap(Optional::stream).map(Issuer::id).toList();
        ImportFields proposed = proposedFields(r, lead.map(Issuer::id).orElse(null), co);
        String duplicate = duplicateReason(proposed.docNumber(), sha, textSha).orElse(null);
        return new ImportCandidate(file, r, null, sha, textSha, proposed, duplicate, issuerNote);
    }

    /** The one place a confirmed file becomes a document with its original: checks, then one transaction. */
    private void save(ConfirmedImport confirmed, Outcomes outcomes) {
        ImportCandidate c = confirmed.candidate();
        ImportFields f = confirmed.fields();
        Path file = c.file();
        if (c.status() == ImportCandidate.Status.UNREADABLE) {
            outcomes.failed.add(new ImportReport.Skipped(file, c.reason()));
            return;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            outcomes.failed.add(new ImportReport.Skipped(file, ioFailure(file, e).message()));
            return;
        }
        String sha = sha256(bytes);
        if (!sha.equals(c.sha256())) {
            outcomes.failed.add(new ImportReport.Skipped(file, Texts.get("import.changedSinceExamined", file.getFileName())));
            return;
        }
        Optional<String> duplicate = duplicateReason(f.docNumber(), sha, c.textSha256());
        if (duplicate.isPresent()) {
            outcomes.duplicates.add(new ImportReport.Skipped(file, duplicate.get()));
            return;
        }
        if (f.issuerId() == null) {
            outcomes.failed.add(new ImportReport.Skipped(file, c.issuerNote() != null ? c.issuerNote() : Texts.get("import.noIssuer")));
            return;
        }
        NormativeDocument doc = toDocument(f, c.extraction().text());
        String fileName = String.valueOf(file.getFileName());
        LocalDateTime now = LocalDateTime.now(clock);
        try {
            NormativeDocument saved = register.create(doc, (r, created) ->
                    originals.save(r, created.id(), fileName, sha, c.textSha256(), bytes, now));
            outcomes.imported.add(new ImportReport.Imported(file, saved.id(), saved.title(), saved.stage() == Stage.PUBLISHED));
        } catch (RuleViolation e) {
            outcomes.failed.add(new ImportReport.Skipped(file, e.problems().stream().map(Problem::message)
                    .reduce((a, b) -> a + "；" + b).orElse(e.getMessage())));
        } catch (RuntimeException e) {
            // The transaction rolled back: neither document nor original is left; the batch goes on.
            LOG.warn("saving {} failed", file, e);
            outcomes.failed.add(new ImportReport.Skipped(file, Texts.get("import.saveFailed", fileName, e.getMessage())));
        }
    }

    /**
     * The heading row, column mapping and rows of an Excel ledger, for the user to check before
     * {@link #importLedger}; or why it cannot be read.
     */
    public LedgerPreview previewLedger(Path file) {
        try {
            return new LedgerPreview(file, new LedgerReader(DocumentReader.DEFAULT_MAX_BYTES).readSheet(file), null);
        } catch (UnreadableDocumentException e) {
            return new LedgerPreview(file, null, e.failure());
        }
    }

    /** Imports an Excel ledger as its headings map it: what {@code normdesk import 台账.xlsx} does. */
    public ImportReport importLedger(Path file, Progress progress) {
        LedgerPreview preview = previewLedger(file);
        return importLedger(preview, preview.sheet() == null ? null : preview.sheet().detectedMapping(), progress);
    }

    /**
     * Imports the previewed ledger's rows through the mapping (as detected, or as the user corrected
     * it), all in one transaction; rows that cannot be documents are skipped and reported as
     * {@code 台账.xlsx#12} (the row number in Excel) with the reason. See {@link LedgerImporter}.
     */
    public ImportReport importLedger(LedgerPreview preview, LedgerMapping mapping, Progress progress) {
        return ledgers.importLedger(preview, mapping, progress);
    }

    /** What extraction proposes; a title it could not find becomes （无标题） for the user to replace. */
    static ImportFields proposedFields(ExtractionResult r, Long leadIssuerId, List<Long> coIssuerIds) {
        String title = r.title().orElse(r.wrapperTitle().orElse("（无标题）"));
        String number = r.docNumber().value();
        return new ImportFields(title, number == null ? null : DocNumber.normalize(number).orElse(number), leadIssuerId,
                coIssuerIds, r.signedOn().value(), r.effectiveOn().value(), r.validUntil().value(),
                Boolean.TRUE.equals(r.trial().value()));
    }

    /**
     * The register document the fields describe. 已公布 needs a 文号, a 公布 and a 施行 date; the
     * file never states its 公布 date, so the 成文日期 stands in for it (the user can correct it).
     */
    static NormativeDocument toDocument(ImportFields f, String text) {
        boolean complete = f.docNumber() != null && f.signedOn() != null && f.effectiveOn() != null;
        return NormativeDocument.draft(f.title(), f.issuerId(), DocumentKind.guessFromTitle(f.title() == null ? "" : f.title()))
                .toBuilder()
                .coIssuerIds(f.coIssuerIds().stream().filter(id -> !id.equals(f.issuerId())).toList())
                .docNumber(f.docNumber())
                .trial(f.trial())
                .signedOn(f.signedOn())
                .publishedOn(complete ? f.signedOn() : null)
                .effectiveOn(f.effectiveOn())
                .validUntil(f.validUntil())
                .fullText(text)
                .stage(complete ? Stage.PUBLISHED : Stage.DRAFTING)
                .build();
    }

    private Optional<String> duplicateReason(String docNumber, String sha, String textSha) {
        return store.read(repos -> {
            if (repos.originals().documentWithFile(sha).isPresent()) {
                return Optional.of(Texts.get("import.duplicate.file"));
            }
            if (repos.originals().documentWithText(textSha).isPresent()) {
                return Optional.of(Texts.get("import.duplicate.text"));
            }
            if (docNumber != null && !docNumber.isBlank()) {
                String normalized = DocNumber.normalize(docNumber.strip()).orElse(docNumber.strip());
                if (repos.documents().docNumberTaken(normalized, null)) {
                    return Optional.of(Texts.get("import.duplicate.docNumber", normalized));
                }
            }
            return Optional.empty();
        });
    }

    private static Optional<Issuer> find(List<Issuer> known, String name) {
        return name == null ? Optional.empty() : known.stream().filter(i -> i.name().equals(name)).findFirst();
    }

    private static ImportFailure ioFailure(Path file, IOException e) {
        return new ImportFailure(String.valueOf(file.getFileName()), ReadProblem.IO_ERROR, e.getMessage());
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

    /** The hash that finds the same text again in another file or format: whitespace does not count. */
    private static String textSha256(String text) {
        return sha256(text.replaceAll("\\s+", "").getBytes(StandardCharsets.UTF_8));
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }

    /** What a batch has done so far. */
    private static final class Outcomes {
        final List<ImportReport.Imported> imported = new ArrayList<>();
        final List<ImportReport.Skipped> duplicates = new ArrayList<>();
        final List<ImportReport.Skipped> failed = new ArrayList<>();

        ImportReport report(boolean cancelled) {
            return new ImportReport(imported, duplicates, failed, cancelled);
        }
    }
}
