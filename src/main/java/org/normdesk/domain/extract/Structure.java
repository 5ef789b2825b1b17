package org.normdesk.domain.extract;

/**
 * The outline of a document's text: 章, 节, 条, and for texts without 第X条 the
 * 一、 headings and （一） items.
 */
public record Structure(int chapters, int sections, int articles, int headings, int items) {

    public static final Structure EMPTY = new Structure(0, 0, 0, 0, 0);

    /** The number a register shows as "条数": the 条 when there are any, else the 一、 headings. */
    public int articleCount() {
        return articles > 0 ? articles : headings;
    }
}
