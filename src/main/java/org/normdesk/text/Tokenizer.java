package org.normdesk.text;

import java.util.ArrayList;
import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * HanLP's segmentation and parts of speech for the risk scan. Person-name recognition is off: a
 * regulation names organs and roles, not people, and the name models cost two thirds of the time
 * and glue words together (向县/nr). A cited title 《…》 becomes one token, so that words inside a
 * law's name (行政处罚法) never look like the document's own words.
 */
final class Tokenizer {
    /**
     * Built on first use, not with the tokenizer: building a segment loads HanLP's dictionaries (a
     * second or more), which every start of the app and of each command paid for, since services
     * holding a tokenizer are made when the data folder opens.
     */
    private Segment segment;

    private synchronized Segment segment() {
        if (segment == null) {
            segment = HanLP.newSegment()
                    .enableNameRecognize(false)
                    .enableTranslatedNameRecognize(false)
                    .enableJapaneseNameRecognize(false)
                    .enableOffset(true);
        }
        return segment;
    }

    /** The tokens of a text, offsets in the text. One HanLP call for the whole text is the cheapest. */
    List<Token> tokens(String sentence) {
        List<Term> terms;
        synchronized (this) { // a Segment is not documented as thread-safe
            terms = segment().seg(sentence);
        }
        List<Token> out = new ArrayList<>(terms.size());
        int titleStart = -1;
        for (Term t : terms) {
            String nature = t.nature == null ? "" : t.nature.toString();
            int start = t.offset;
            int end = t.offset + t.word.length();
            if (titleStart >= 0 && (t.word.indexOf('\n') >= 0 || t.word.equals("《"))) {
                titleStart = -1; // an unclosed 《 on this line: not a title after all
            }
            if (titleStart < 0 && t.word.equals("《")) {
                titleStart = start;
            } else if (titleStart >= 0 && t.word.equals("》")) {
                out.add(new Token(Token.TITLE, "title", titleStart, end));
                titleStart = -1;
            } else if (titleStart < 0) {
                out.add(new Token(t.word, nature, start, end));
            }
        }
        return out;
    }

    /** Raw segmentation, as the benchmark compares: the words of the text and nothing else. */
    int count(String text) {
        synchronized (this) {
            return segment().seg(text).size();
        }
    }
}
