package org.normdesk.domain;

/**
 * One page of the register: filters (null = any), a search text over title and 文号, the column to
 * sort by, and the window of rows.
 */
public record RegisterQuery(Stage stage, Validity validity, Long issuerId, IssuerCategory issuerCategory,
                            Integer year, String text, RegisterColumn sortBy, boolean descending,
                            int offset, int limit) {

    public static final int DEFAULT_PAGE = 50;

    public static RegisterQuery firstPage() {
        return new RegisterQuery(null, null, null, null, null, null, RegisterColumn.UPDATED, true, 0, DEFAULT_PAGE);
    }

    public RegisterQuery withText(String t) {
        return new RegisterQuery(stage, validity, issuerId, issuerCategory, year, t, sortBy, descending, 0, limit);
    }

    public RegisterQuery withStage(Stage s) {
        return new RegisterQuery(s, validity, issuerId, issuerCategory, year, text, sortBy, descending, 0, limit);
    }

    public RegisterQuery withValidity(Validity v) {
        return new RegisterQuery(stage, v, issuerId, issuerCategory, year, text, sortBy, descending, 0, limit);
    }

    public RegisterQuery withIssuer(Long id) {
        return new RegisterQuery(stage, validity, id, issuerCategory, year, text, sortBy, descending, 0, limit);
    }

    public RegisterQuery withIssuerCategory(IssuerCategory c) {
        return new RegisterQuery(stage, validity, issuerId, c, year, text, sortBy, descending, 0, limit);
    }

    public RegisterQuery withYear(Integer y) {
        return new RegisterQuery(stage, validity, issuerId, issuerCategory, y, text, sortBy, descending, 0, limit);
    }

    public RegisterQuery sortedBy(RegisterColumn column, boolean desc) {
        return new RegisterQuery(stage, validity, issuerId, issuerCategory, year, text, column, desc, 0, limit);
    }

    public RegisterQuery page(int newOffset, int newLimit) {
        return new RegisterQuery(stage, validity, issuerId, issuerCategory, year, text, sortBy, descending,
                newOffset, newLimit);
    }
}
