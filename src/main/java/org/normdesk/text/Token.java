package org.normdesk.text;

/** A word of a text as HanLP cut it, with its part of speech and its offsets in the text that was segmented. */
record Token(String word, String nature, int start, int end) {
    static final String TITLE = "《》";

    boolean isTitle() {
        return word.equals(TITLE);
    }

    boolean isPunctuation() {
        return nature.startsWith("w");
    }

    /**
     * Whether HanLP glued a function word onto its neighbour (经县/nz, 批准后/nz): such a token may
     * carry a pattern's word at its start or end.
     */
    boolean glued() {
        return nature.equals("nz") || nature.startsWith("nr") || nature.equals("nx");
    }
}
