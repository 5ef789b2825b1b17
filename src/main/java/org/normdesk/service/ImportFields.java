package org.normdesk.service;

import java.time.LocalDate;
import java.util.List;

/**
 * The register fields of one imported file as the reviewer confirmed them: what extraction read,
 * possibly corrected by hand. The lead 制定机关 is an issuer of the 制定主体清单 (null while unknown).
 */
public record ImportFields(String title, String docNumber, Long issuerId, List<Long> coIssuerIds,
                           LocalDate signedOn, LocalDate effectiveOn, LocalDate validUntil, boolean trial) {

    public ImportFields {
        coIssuerIds = coIssuerIds == null ? List.of() : List.copyOf(coIssuerIds);
    }
}
