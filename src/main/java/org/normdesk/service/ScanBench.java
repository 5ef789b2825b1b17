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
 * of the same text (with the scanner's settings, and HanLP's default segmenter), and the time for a
 * 10,000-character draft. Each figure is the best of several runs after a warm-up of a few seconds. It measures and
 * returns figures; it asserts nothing.
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

    private static final int RUNS = 7;
    /** Warm-up until the JIT has compiled the scanner's loops: a cold scan runs ten times slower. */
    private static final long WARM_UP_NANOS = 3_000_000_000L;

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

    /** Measures on the text (the built-in rule pack, no law table: the scan's own cost). */
    public static Figures measure(String text) {
        RiskScanner scanner = new RiskScanner(RiskRulesService.builtIn());
        ScanContext context = new ScanContext(DocumentFacts.none(), 30, LocalDate.now(), null);
        double scan = charsPerSecond(text, t -> scanner.scan(t, context).findings().size());
        double segment = charsPerSecond(text, scanner::segmentOnly);
        double defaultSegment = charsPerSecond(text, HanLpSegmentation::defaultSegmentCount);
        String draft = draftOf(text, 10_000);
        int findings = scanner.scan(draft, context).findings().size();
        double millis = draft.length() / charsPerSecond(draft, t -> scanner.scan(t, context).findings().size()) * 1000;
        return new Figures(text.length(), scan, segment, defaultSegment, millis, findings);
    }

    private static double charsPerSecond(String text, ToIntFunction<String> work) {
        long warmUntil = System.nanoTime() + WARM_UP_NANOS;
        do {
            work.applyAsInt(text); // warm-up: dictionaries, JIT
        } while (System.nanoTime() < warmUntil);
        long best = Long.MAX_VALUE;
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            work.applyAsInt(text);
            best = Math.min(best, System.nanoTime() - t0);
        }
        return text.length() / (best / 1e9);
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
