package org.normdesk.domain;

/** A decision that takes a published document out of force, from the day it takes effect. */
public enum EndOfForce implements Labelled {
    /** Replaced by its revision (修改后重新发布). */
    AMENDED(Validity.AMENDED),
    /** 废止. */
    REPEALED(Validity.REPEALED),
    /** 宣布失效. */
    DECLARED_EXPIRED(Validity.EXPIRED),
    /** 撤销 by the filing authority. */
    REVOKED(Validity.REVOKED);

    private final Validity validity;

    EndOfForce(Validity validity) {
        this.validity = validity;
    }

    public Validity validity() {
        return validity;
    }

    @Override
    public String labelPrefix() {
        return "endOfForce";
    }
}
