package org.normdesk.text;

import com.hankcs.hanlp.HanLP;

/** HanLP's default segmenter as it comes (the benchmark's reference figure). */
public final class HanLpSegmentation {
    private HanLpSegmentation() {
    }

    public static int defaultSegmentCount(String text) {
        return HanLP.segment(text).size();
    }
}
