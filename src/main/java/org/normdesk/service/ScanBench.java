package org.normdesk.service;

import java.time.LocalDate;
import java.util.List;
import java.util.function.ToIntFunction;

import org.normdesk.domain.risk.DocumentFacts;
import org.normdesk.domain.risk.ScanContext;
import org.normdesk.text.HanLpSegmentation;
import org.normdesk.text.RiskScanner;

/**
 * The scan benchmark: the risk scan's speed in characters per second beside HanLP's raw segmentation
 * of the same text (with the scanner's settings, and HanLP's default segmenter), and the time the
 * scan of that draft takes. Each figure is the median of 31 calls after a warm-up of a few seconds.
 * It measures and returns figures; it asserts nothing.
 */
public final class ScanBench {
    private static final List<String> CLAUSES = List.of(
            "第一条 为加强本县城市道路管理，根据《中华人民共和国城市道路管理条例》等有关规定，结合本县实际，制定本办法。",
            "第二条 本办法适用于本县行政区域内城市道路的规划、建设、养护、维修和路政管理。",
            "第三条 县住房和城乡建设局是本县城市道路的主管部门，负责本办法的组织实施。",
            "第四条 任何单位和个人不得擅自占用或者挖掘城市道路。",
            "第五条 经营者在城市道路上设置临时摊点的，应当向街道办事处备案，经县住房和城乡建设局同意后方可设置。",
            "第六条 违反本办法规定擅自占用城市道路的，由县城市管理局责令限期改正，处以五百元以上二千元以下罚款。",
            "第七条 违反本办法第四条规定的，由县城市管理局依照《城市道路管理条例》第四十二条规定予以处罚。",
            "第八条 申请占用城市道路的，申请人应当提交申请书、场地平面图和村民委员会出具的无异议证明。",
            "第九条 县住房和城乡建设局应当在受理申请之日起五个工作日内作出决定，不得要求申请人重复提交材料。",
            "第十条 本县道路养护工程优先选用本县企业承建，外地企业须在本县设立分支机构方可参与投标。",
            "第十一条 占用城市道路的，按照每平方米每日二元的标准缴纳道路占用费。",
            "第十二条 本办法施行前已经发生的占道行为，按照本办法处理。",
            "第十三条 本办法自印发之日起施行。");

    /** Timed calls of each measure; the figure is their median. */
    private static final int SAMPLES = 31;
    /** The length of the draft the speeds are measured on, as the 10,000-character .docx. */
    private static final int DRAFT_CHARS = 10_000;
    /** Warm-up until the JIT has compiled the scanner's loops: a cold scan runs ten times slower. */
    private static final long WARM_UP_NANOS = 9_000_000_000L;

    /** The figures of one run of the benchmark. */
    public record Figures(int chars, double scanCharsPerSecond, double segmentCharsPerSecond,
                          double defaultSegmentCharsPerSecond, double draftMillis, int draftFindings) {
        /** The scan's speed as a share of segmentation with the same settings, in percent. */
        public double percentOfSegmentation() {
            return 100 * scanCharsPerSecond / segmentCharsPerSecond;
        }
    }

    private ScanBench() {
    }

    /**
     * Measures on a draft of at least 10,000 characters made of the text (the built-in rule pack, no
     * law table: the scan's own cost). The scan and the two segmentations take turns call by call,
     * warm-up and samples alike, so that the JIT's, the caches' and the collector's moods fall on all
     * three. Measured one after the other on the 532-character sample, each repeated for 20 ms, the
     * ratio swung between 30 % and 85 % from run to run: a short text segmented again and again
     * stays in the processor's caches as no document a reviewer scans does.
     */
    public static Figures measure(String text) {
        RiskScanner scanner = new RiskScanner(RiskRulesService.builtIn());
        ScanContext context = new ScanContext(DocumentFacts.none(), 30, LocalDate.now(), null);
        List<ToIntFunction<String>> works = List.of(t -> scanner.scan(t, context).findings().size(),
                scanner::segmentOnly, HanLpSegmentation::defaultSegmentCount);
        String draft = draftOf(text, Math.max(DRAFT_CHARS, text.length()));
        long warmUntil = System.nanoTime() + WARM_UP_NANOS;
        do {
            works.forEach(w -> w.applyAsInt(draft)); // dictionaries, JIT
        } while (System.nanoTime() < warmUntil);
        long[][] samples = new long[works.size()][SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            for (int w = 0; w < works.size(); w++) {
                long t0 = System.nanoTime();
                works.get(w).applyAsInt(draft);
                samples[w][i] = System.nanoTime() - t0;
            }
        }
        double[] rates = new double[works.size()];
        for (int w = 0; w < works.size(); w++) {
            rates[w] = draft.length() / (median(samples[w]) / 1e9);
        }
        int findings = works.get(0).applyAsInt(draft);
        return new Figures(draft.length(), rates[0], rates[1], rates[2], median(samples[0]) / 1e6, findings);
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    public static String sampleText() {
        return String.join("\n", CLAUSES);
    }

    /** The text repeated (or cut) to the given number of characters: a long draft of the same kind. */
    public static String draftOf(String text, int chars) {
        StringBuilder b = new StringBuilder(chars + text.length());
        while (b.length() < chars) {
            b.append(text).append('\n');
        }
        return b.substring(0, chars);
    }
}
