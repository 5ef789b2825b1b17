package org.normdesk.eval;

import java.time.LocalDate;
import java.util.List;

/**
 * What a document really says, field by field. Title, 文号, issuer and date come from the corpus
 * header (the published metadata); effective date, validity and article count were read by hand
 * from the text (the header has none). Where the header and the text disagree, {@code notes} says
 * so and the field is compared with what the text says.
 *
 * @param docNumberInText whether the 文号 appears in the body at all (the Shanghai copies carry it only in the header)
 * @param issuerInText    the organ the text itself names, when the header names another
 */
record Truth(String name, String title, String wrapped, String docNumber, boolean docNumberInText,
             String issuer, String issuerInText, List<String> coIssuers, LocalDate signedOn,
             LocalDate effectiveOn, LocalDate validUntil, int articles, List<String> notes) {

    String textIssuer() {
        return issuerInText != null ? issuerInText : issuer;
    }

    String registerTitle() {
        return wrapped != null ? wrapped : title;
    }
}
