package org.normdesk.domain;

/** 时效性 of a published document. Never typed: {@link ValidityRule} derives it. */
public enum Validity implements Labelled {
    NOT_YET_EFFECTIVE,
    IN_FORCE,
    AMENDED,
    REPEALED,
    EXPIRED,
    REVOKED;

    @Override
    public String labelPrefix() {
        return "validity";
    }
}
