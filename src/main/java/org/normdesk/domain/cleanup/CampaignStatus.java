package org.normdesk.domain.cleanup;

import org.normdesk.domain.Labelled;

/** A campaign is worked while OPEN; closing publishes its decisions and freezes it. */
public enum CampaignStatus implements Labelled {
    OPEN, CLOSED;

    @Override
    public String labelPrefix() {
        return "cleanup.status";
    }
}
