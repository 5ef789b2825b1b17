package org.normdesk.domain.extract;

/**
 * One paragraph as a reader saw it. The style hints help to tell the 红头, the title and the
 * signature apart in a Word file; a plain-text file has none ({@link #plain}), and extraction
 * then relies on the words alone.
 *
 * @param fontSize in points, 0 when unknown
 */
public record Paragraph(String text, boolean centered, boolean bold, float fontSize, boolean rightAligned) {

    public Paragraph {
        text = text == null ? "" : text;
    }

    public Paragraph(String text, boolean centered, boolean bold, float fontSize) {
        this(text, centered, bold, fontSize, false);
    }

    public static Paragraph plain(String text) {
        return new Paragraph(text, false, false, 0f, false);
    }

    /** Whether any style hint is known at all (a .txt paragraph has none). */
    public boolean hasHints() {
        return centered || bold || fontSize > 0 || rightAligned;
    }
}
