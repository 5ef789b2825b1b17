package org.normdesk.domain;

import java.time.LocalDate;

/**
 * 制定主体: a body that may issue normative documents. It is on the 制定主体清单 from
 * {@code listedSince} until it is retired; a retired issuer stays in the register for its old documents.
 */
public record Issuer(Long id, String name, String shortName, IssuerCategory category,
                     LocalDate listedSince, LocalDate retiredOn, int version) {

    public static Issuer create(String name, String shortName, IssuerCategory category, LocalDate listedSince) {
        return new Issuer(null, name, shortName, category, listedSince, null, 0);
    }

    public boolean isRetired() {
        return retiredOn != null;
    }

    /** Whether the issuer stood on the list on that day. */
    public boolean isListedOn(LocalDate day) {
        boolean started = listedSince == null || !day.isBefore(listedSince);
        boolean ended = retiredOn != null && !day.isBefore(retiredOn);
        return started && !ended;
    }

    public Issuer retire(LocalDate on) {
        return new Issuer(id, name, shortName, category, listedSince, on, version);
    }

    public Issuer withId(long newId) {
        return new Issuer(newId, name, shortName, category, listedSince, retiredOn, version);
    }

    @Override
    public String toString() {
        return name;
    }
}
