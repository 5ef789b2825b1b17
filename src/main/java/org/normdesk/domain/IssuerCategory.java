package org.normdesk.domain;

/** 制定主体类别. The county's cleanup tallies group GOVERNMENT with GOVERNMENT_OFFICE. */
public enum IssuerCategory implements Labelled {
    GOVERNMENT,
    GOVERNMENT_OFFICE,
    DEPARTMENT,
    TOWNSHIP,
    AUTHORIZED_ORG;

    @Override
    public String labelPrefix() {
        return "issuerCategory";
    }
}
