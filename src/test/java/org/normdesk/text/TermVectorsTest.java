package org.normdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;

class TermVectorsTest {
    private final TermVectors vectors = new TermVectors();

    @Test
    void aCitedLawIsOneTermWhateverWayItsNameIsWritten() {
        Map<String, Integer> counts = vectors.of("清河县餐饮服务食品安全管理办法",
                "第一条 根据《中华人民共和国食品安全法》和《食品安全法（2021年修正）》，制定本办法。").counts();
        assertThat(counts).containsEntry("《食品安全法》", 2);
        assertThat(counts.keySet()).noneMatch(k -> k.contains("中华人民共和国") || k.contains("修正"));
    }

    @Test
    void aTitleWordCountsThreeTimesABodyWordAndWordsEveryDocumentSaysAreDropped() {
        Map<String, Integer> counts = vectors.of("清河县储备粮管理办法",
                "第二条 承储企业应当办理储备粮登记。第三条 本办法自公布之日起施行。").counts();
        assertThat(counts).containsEntry("储备粮", TermVectors.TITLE_WEIGHT + 1).containsEntry("登记", 1);
        assertThat(counts.keySet()).doesNotContain("应当", "办理", "本办法", "第二条", "施行");
    }
}
