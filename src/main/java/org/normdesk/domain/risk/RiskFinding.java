package org.normdesk.domain.risk;

/**
 * A clause that needs the reviewer's look. Offsets are in the scanned text (the document's full
 * text), so the workbench can highlight the sentence ({@code start}–{@code end}) and within it the
 * words that raised the finding ({@code matchStart}–{@code matchEnd}).
 *
 * @param articleRef 第五条, 前言, or 全文 for a check on the whole document
 * @param why        why the clause is suspect, in the reviewer's words
 * @param basis      the legal basis of the rule
 * @param ruleId     the rule of the pack that raised it
 */
public record RiskFinding(String articleRef, int start, int end, String sentence, RiskCategory category,
                          String why, String basis, RiskSeverity severity, int matchStart, int matchEnd,
                          String ruleId) {

    /** What identifies a finding across scans of a text that changed elsewhere: category and sentence. */
    public String key() {
        return key(category, sentence);
    }

    public static String key(RiskCategory category, String sentence) {
        return category.name() + "|" + (sentence == null ? "" : sentence.replaceAll("\\s+", ""));
    }
}
