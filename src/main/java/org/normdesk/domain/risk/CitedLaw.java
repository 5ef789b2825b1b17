package org.normdesk.domain.risk;

/** One 《…》 the text cites, where it stands (offsets in the text) and in which article and sentence. */
public record CitedLaw(String title, String article, int start, int end, String articleRef, String sentence,
                       int sentenceStart, int sentenceEnd) {
}
