package org.normdesk.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * What the document form checks as the user types, and the service checks again before saving:
 * required fields, dates in order, the shape of the 文号, and a warning on a 文号 already used.
 * Field names are those of {@link NormativeDocument}.
 */
public final class DocumentValidator {

    private DocumentValidator() {
    }

    /**
     * @param docNumberTaken tells whether a normalised 文号 already belongs to another document
     */
    public static List<Problem> validate(NormativeDocument d, Predicate<String> docNumberTaken) {
        List<Problem> problems = new ArrayList<>();
        if (d.title() == null || d.title().isBlank()) {
            problems.add(Problem.error("title", "validation.title.required"));
        } else if (d.title().length() > 500) {
            problems.add(Problem.error("title", "validation.title.tooLong", 500));
        }
        if (d.leadIssuerId() == null) {
            problems.add(Problem.error("leadIssuerId", "validation.issuer.required"));
        } else if (d.coIssuerIds().contains(d.leadIssuerId())) {
            problems.add(Problem.error("coIssuerIds", "validation.coIssuer.isLead"));
        }
        if (d.kind() == null) {
            problems.add(Problem.error("kind", "validation.kind.required"));
        }
        checkDocNumber(d.docNumber(), docNumberTaken, problems);
        checkOrder(problems, "publishedOn", d.signedOn(), d.publishedOn(), "validation.date.publishedBeforeSigned");
        checkOrder(problems, "effectiveOn", d.signedOn(), d.effectiveOn(), "validation.date.effectiveBeforeSigned");
        checkOrder(problems, "validUntil", d.effectiveOn() != null ? d.effectiveOn() : d.publishedOn(), d.validUntil(),
                "validation.date.validUntilBeforeEffective");
        if (d.validUntil() != null && d.validUntil().equals(d.effectiveOn())) {
            problems.add(Problem.error("validUntil", "validation.date.validUntilBeforeEffective"));
        }
        return problems;
    }

    public static List<Problem> validate(NormativeDocument d) {
        return validate(d, n -> false);
    }

    private static void checkDocNumber(String docNumber, Predicate<String> taken, List<Problem> problems) {
        if (docNumber == null || docNumber.isBlank()) {
            return;
        }
        var normalized = DocNumber.normalize(docNumber);
        if (normalized.isEmpty()) {
            problems.add(Problem.error("docNumber", "validation.docNumber.shape", docNumber.strip()));
        } else if (taken.test(normalized.get())) {
            problems.add(Problem.warning("docNumber", "validation.docNumber.duplicate", normalized.get()));
        }
    }

    private static void checkOrder(List<Problem> problems, String field, LocalDate earlier, LocalDate later, String key) {
        if (earlier != null && later != null && later.isBefore(earlier)) {
            problems.add(Problem.error(field, key));
        }
    }

    public static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(Problem::isError);
    }
}
