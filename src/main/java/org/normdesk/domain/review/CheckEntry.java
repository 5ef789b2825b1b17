package org.normdesk.domain.review;

/** The answer to one checklist point, with the reviewer's note. */
public record CheckEntry(ChecklistItem item, CheckResult result, String note) {
}
