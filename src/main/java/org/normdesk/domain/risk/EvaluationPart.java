package org.normdesk.domain.risk;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import org.normdesk.domain.Labelled;

/**
 * The two parts of the risk evaluation set. A clause's part follows from its words alone (a CRC32
 * of the text), so the split was fixed when the set was written, before any rule was tuned, and a
 * clause added later falls into a part nobody chose for it. Rules are tuned on the development part
 * only; the held-out part tells how the rules do on clauses they were not tuned on.
 */
public enum EvaluationPart implements Labelled {
    DEVELOPMENT,
    HELD_OUT;

    /** Three clauses in ten are held out. */
    static final int HELD_OUT_TENTHS = 3;

    public static EvaluationPart of(String clauseText) {
        CRC32 crc = new CRC32();
        crc.update(clauseText.strip().getBytes(StandardCharsets.UTF_8));
        return crc.getValue() % 10 < HELD_OUT_TENTHS ? HELD_OUT : DEVELOPMENT;
    }

    @Override
    public String labelPrefix() {
        return "risk.eval.part";
    }
}
