package org.normdesk.domain.risk;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import org.normdesk.domain.risk.ClauseMarks.Kind;
import org.normdesk.domain.risk.ClauseMarks.Segment;

class ClauseMarksTest {
    private static final String FULL = "第一条 为了规范管理，制定本办法。\n第五条 从事经营活动的，须经县住建局许可。违者由县住建局处以罚款。\n";
    private static final String ARTICLE_5 = "第五条 从事经营活动的，须经县住建局许可。违者由县住建局处以罚款。";

    private static RiskFinding finding(String article, String sentence, String words) {
        int start = FULL.indexOf(sentence);
        int w = FULL.indexOf(words, start);
        return new RiskFinding(article, start, start + sentence.length(), sentence, RiskCategory.values()[0], "why",
                "basis", RiskSeverity.HIGH, w, w + words.length(), "rule");
    }

    @Test
    void theSentenceIsShadedAndTheWordsThatRaisedItStandOut() {
        List<Segment> s = ClauseMarks.of(ARTICLE_5, "第五条", List.of(finding("第五条", "从事经营活动的，须经县住建局许可。", "许可")));
        assertThat(s).containsExactly(
                new Segment("第五条 ", Kind.PLAIN),
                new Segment("从事经营活动的，须经县住建局", Kind.SENTENCE),
                new Segment("许可", Kind.WORDS),
                new Segment("。", Kind.SENTENCE),
                new Segment("违者由县住建局处以罚款。", Kind.PLAIN));
        assertThat(s.stream().map(Segment::text).reduce("", String::concat)).isEqualTo(ARTICLE_5);
    }

    @Test
    void twoFindingsInOneArticleAreBothMarked() {
        List<Segment> s = ClauseMarks.of(ARTICLE_5, "第五条", List.of(
                finding("第五条", "从事经营活动的，须经县住建局许可。", "许可"),
                finding("第五条", "违者由县住建局处以罚款。", "处以罚款")));
        assertThat(s).filteredOn(x -> x.kind() == Kind.WORDS).extracting(Segment::text).containsExactly("许可", "处以罚款");
    }

    @Test
    void aWholeDocumentCheckOrAnotherArticleMarksNothingHere() {
        int start = FULL.indexOf("从事");
        RiskFinding wholeSentence = new RiskFinding("第五条", start, start + 17, "从事经营活动的，须经县住建局许可。",
                RiskCategory.values()[0], "why", "basis", RiskSeverity.LOW, start, start + 17, "rule");
        assertThat(ClauseMarks.of(ARTICLE_5, "第五条", List.of(wholeSentence)))
                .noneMatch(x -> x.kind() == Kind.WORDS).anyMatch(x -> x.kind() == Kind.SENTENCE);
        assertThat(ClauseMarks.of(ARTICLE_5, "第五条", List.of(finding("第一条", "为了规范管理，制定本办法。", "规范"))))
                .containsExactly(new Segment(ARTICLE_5, Kind.PLAIN));
        assertThat(ClauseMarks.of("", "第五条", List.of())).isEmpty();
    }
}
