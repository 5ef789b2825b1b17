package org.normdesk.domain.risk;

/** One sentence of a document (up to 。；！？ or a line break), with its article and offsets in the text. */
public record Sentence(String articleRef, int start, int end, String text) {
}
