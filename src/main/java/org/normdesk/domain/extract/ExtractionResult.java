package org.normdesk.domain.extract;

import java.time.LocalDate;
import java.util.List;

/**
 * What extraction read from one document. {@code title} is the title for the register: for a
 * 印发通知 (关于印发《X》的通知) it is X, and {@code wrapperTitle} keeps the notice's own title.
 *
 * @param docNumber normalised 文号 (GB/T 9704 form, 〔〕)
 * @param issuer    the lead 制定机关; {@code coIssuers} the others of a 联合发文
 * @param signedOn  成文日期
 * @param text      the paragraphs joined by line breaks, for the register's full text and its hash
 */
public record ExtractionResult(
        ExtractedField<String> title,
        ExtractedField<String> wrapperTitle,
        ExtractedField<String> docNumber,
        ExtractedField<String> issuer,
        ExtractedField<List<String>> coIssuers,
        ExtractedField<LocalDate> signedOn,
        ExtractedField<LocalDate> effectiveOn,
        ExtractedField<LocalDate> validUntil,
        ExtractedField<Boolean> trial,
        ExtractedField<Structure> structure,
        List<Citation> citations,
        String text) {

    public ExtractionResult {
        citations = List.copyOf(citations);
    }
}
