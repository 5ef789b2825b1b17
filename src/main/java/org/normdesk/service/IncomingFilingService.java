package org.normdesk.service;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.Problem;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.filing.Filing;
import org.normdesk.domain.filing.FilingAuthority;
import org.normdesk.domain.filing.FilingDirection;
import org.normdesk.domain.filing.FilingMaterial;

/**
 * 收到备案 from a Word file: a department's or township's published document arrives as its Word
 * file; it is read like any import, the reviewer confirms the fields, and it goes into the register
 * with its incoming filing (received that day with those materials), ready for 备案审查 in the
 * review workbench and its risk scan.
 */
public final class IncomingFilingService {
    private final ImportService imports;
    private final IssuerService issuers;
    private final FilingService filings;

    IncomingFilingService(ImportService imports, IssuerService issuers, FilingService filings) {
        this.imports = imports;
        this.issuers = issuers;
        this.filings = filings;
    }

    /**
     * The file read and its fields proposed, with the issuers that may file with the county and the
     * materials the receiving authority asks for; nothing saved. An unreadable file says why in its
     * candidate.
     */
    public Draft examine(Path file) {
        List<ImportCandidate> found = imports.examineAll(List.of(file), Progress.NONE);
        if (found.isEmpty()) {
            throw new RuleViolation(Problem.error("file", "filing.incoming.noFile", String.valueOf(file.getFileName())));
        }
        List<FilingAuthority> receiving = receivingAuthorities();
        List<IssuerCategory> received = categories(receiving);
        return new Draft(found.get(0),
                issuers.all().stream().filter(i -> received.contains(i.category())).toList(),
                receiving.stream().flatMap(a -> a.materials().stream()).distinct().toList());
    }

    /** What the reviewer confirms: the file as read, the issuers filing with the county, the materials asked for. */
    public record Draft(ImportCandidate candidate, List<Issuer> issuers, List<FilingMaterial> materials) {
    }

    /**
     * Puts the document in the register and records its incoming filing. Everything that could
     * refuse the filing is checked before the document is saved, so that a refusal leaves the
     * register as it was.
     */
    public Received receive(ConfirmedImport confirmed, String filedBy, LocalDate receivedOn, List<FilingMaterial> given) {
        filings.requireFiling();
        ImportFields f = confirmed.fields();
        List<Problem> problems = new ArrayList<>();
        if (f.title() == null || f.title().isBlank()) {
            problems.add(Problem.error("title", "filing.incoming.titleRequired"));
        }
        // a filing is of a published document: the import makes one of a file with all three
        if (f.docNumber() == null || f.docNumber().isBlank() || f.signedOn() == null || f.effectiveOn() == null) {
            problems.add(Problem.error("docNumber", "filing.incoming.unpublished"));
        }
        if (f.issuerId() == null) {
            problems.add(Problem.error("issuer", "filing.incoming.issuerRequired"));
        } else {
            Issuer issuer = issuers.all().stream().filter(i -> i.id().equals(f.issuerId())).findFirst().orElse(null);
            if (issuer == null || !categories(receivingAuthorities()).contains(issuer.category())) {
                problems.add(Problem.error("issuer", "filing.incoming.none"));
            }
        }
        if (receivedOn == null) {
            problems.add(Problem.error("receivedOn", "filing.submit.dateRequired"));
        } else if (f.signedOn() != null && receivedOn.isBefore(f.signedOn())) {
            problems.add(Problem.error("receivedOn", "filing.submit.beforePublication", f.signedOn()));
        }
        if (given == null || given.isEmpty()) {
            problems.add(Problem.error("materials", "filing.submit.materialsRequired"));
        }
        if (!problems.isEmpty()) {
            throw new RuleViolation(problems);
        }
        ImportReport report = imports.importConfirmed(List.of(confirmed), Progress.NONE);
        if (report.imported().isEmpty()) {
            String why = Stream.concat(report.duplicates().stream(), report.failed().stream())
                    .map(ImportReport.Skipped::reason).findFirst().orElse("");
            throw new RuleViolation(Problem.error("file", "filing.incoming.notImported", why));
        }
        long documentId = report.imported().get(0).documentId();
        return new Received(documentId, filings.receiveIncoming(documentId, filedBy, receivedOn, given));
    }

    /** The document now in the register, and its incoming filing. */
    public record Received(long documentId, Filing filing) {
    }

    /** The active authorities that receive incoming filings (the county government, as seeded). */
    private List<FilingAuthority> receivingAuthorities() {
        return filings.authorities().stream()
                .filter(a -> a.active() && a.direction() == FilingDirection.INCOMING).toList();
    }

    private static List<IssuerCategory> categories(List<FilingAuthority> authorities) {
        return authorities.stream().map(FilingAuthority::categories).flatMap(java.util.Set::stream).distinct().toList();
    }
}
