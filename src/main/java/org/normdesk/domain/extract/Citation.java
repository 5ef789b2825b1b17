package org.normdesk.domain.extract;

/**
 * A 《…》 reference in the text, with the article when the text names one (第十三条).
 *
 * @param law whether the title names a law or an administrative/local regulation (法, 条例, national 规定);
 *            decided by a rule on the title's ending, see {@code org.normdesk.text.CitationFinder}
 */
public record Citation(String title, String article, boolean law) {
}
