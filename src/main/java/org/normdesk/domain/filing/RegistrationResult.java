package org.normdesk.domain.filing;

import org.normdesk.domain.Labelled;

/** 备案登记 (RULES.md §4): 予以备案登记, 暂缓办理 (the maker 补正 by a date), 不予备案登记. */
public enum RegistrationResult implements Labelled {
    REGISTERED,
    DEFERRED,
    REFUSED;

    @Override
    public String labelPrefix() {
        return "filingRegistration";
    }
}
