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
        // HanLP tags 重庆市财政局 as one organisation (nt) but 清河县/ns + 水利局/nis as a place and an
        // institution word: a run of places followed by an institution word is an organ too.
        StringBuilder place = new StringBuilder();
        for (Term t : terms) {
            String nature = t.nature == null ? "" : t.nature.toString();
            String name = null;
            if (nature.startsWith("nt")) {
                name = place + t.word;
            } else if (nature.equals("nis") && place.length() > 0) {
                name = place + t.word;
            }
            if (nature.equals("ns")) {
                place.append(t.word);
                continue;
            }
            place.setLength(0);
            if (name != null && name.length() >= 3 && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }
}
