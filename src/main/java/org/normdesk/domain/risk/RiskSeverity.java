package org.normdesk.domain.risk;

import org.normdesk.domain.Labelled;

/** How urgently a finding asks for the reviewer's look: HIGH is a likely illegality, LOW a reminder. */
public enum RiskSeverity implements Labelled {
    HIGH, MEDIUM, LOW;

    @Override
    public String labelPrefix() {
        return "risk.severity";
    }

    /** One step milder (a clause that cites the law setting the measure is a reminder, not a finding). */
    public RiskSeverity milder() {
        return this == HIGH ? MEDIUM : LOW;
    }
}
