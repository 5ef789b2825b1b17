package org.normdesk.word;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.usermodel.CharacterRun;
import org.apache.poi.hwpf.usermodel.Range;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.normdesk.domain.extract.Paragraph;

/** The paragraphs of a Word 97–2003 .doc: text, and from the first run alignment, bold and size. */
final class DocParagraphs {
    private static final int CENTER = 1;
    private static final int RIGHT = 2;

    private DocParagraphs() {
    }

    static List<Paragraph> read(POIFSFileSystem fs) throws IOException {
        try (HWPFDocument doc = new HWPFDocument(fs)) {
            Range range = doc.getRange();
            List<Paragraph> out = new ArrayList<>(range.numParagraphs());
            for (int i = 0; i < range.numParagraphs(); i++) {
                org.apache.poi.hwpf.usermodel.Paragraph p = range.getParagraph(i);
                // Field codes, cell marks (\u0007) and other control characters are not text.
                String text = Range.stripFields(p.text()).replaceAll("[\\u0000-\\u0008\\u000B-\\u001F]", " ").strip();
                boolean bold = false;
                float size = 0;
                if (p.numCharacterRuns() > 0) {
                    CharacterRun run = p.getCharacterRun(0);
                    bold = run.isBold();
                    size = run.getFontSize() / 2f; // half-points
                }
                int j = p.getJustification();
                out.add(new Paragraph(text, j == CENTER, bold, size, j == RIGHT));
            }
            return out;
        }
    }
}
