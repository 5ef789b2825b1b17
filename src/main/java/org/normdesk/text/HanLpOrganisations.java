package org.normdesk.text;

import java.util.ArrayList;
import java.util.List;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

/**
 * HanLP's organisation recognition (nature nt…), used only when the layout and the words of a
 * document name no organ. HanLP reads its dictionaries on first use (about 300 ms and 40 MB), so
 * the segmenter is built once, lazily, by whoever first needs it; {@link #warmUp()} lets an
 * application pay that cost on a background thread at start.
 */
public final class HanLpOrganisations {

    private HanLpOrganisations() {
    }

    /** Holder idiom: the JVM builds the segmenter once, thread-safely, on first access. */
    private static final class Holder {
        static final Segment SEGMENT = HanLP.newSegment().enableOrganizationRecognize(true);
    }

    /** Loads HanLP's dictionaries now. Never call it on the FX thread. */
    public static void warmUp() {
        find("清河县人民政府办公室");
    }

    /** Organisation names HanLP recognises in the text, in order, without repeats. */
    public static List<String> find(String text) {
        List<String> out = new ArrayList<>();
        List<Term> terms;
        synchronized (Holder.SEGMENT) { // a Segment is not documented as thread-safe
            terms = Holder.SEGMENT.seg(text);
        }
        for (Term t : terms) {
            if (t.nature != null && t.nature.startsWith("nt") && t.word.length() >= 3 && !out.contains(t.word)) {
                out.add(t.word);
            }
        }
        return out;
    }
}
