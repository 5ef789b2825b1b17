package org.normdesk.domain.review;

import org.normdesk.domain.Labelled;

/** The reviewer's answer to one checklist point. */
public enum CheckResult implements Labelled {
    PASSED,
    ISSUE,
    NOT_APPLICABLE;

    @Override
    public String labelPrefix() {
        return "checkResult";
    }
}
