package org.normdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ArticleDiffTest {
    private static final String V1 = """
            第一条 为了规范养犬行为，制定本办法。
            第二条 本县行政区域内的养犬管理适用本办法。
            第三条 养犬人应当办理养犬登记，并缴纳管理费200元。
            第四条 违反本办法的，由公安机关处以500元罚款。
            """;
    private static final String V2 = """
            第一条 为了规范养犬行为，制定本办法。
            第二条 本县行政区域内的养犬管理适用本办法。
            第三条 养犬人应当办理养犬登记。
            第四条 违反本办法的，依照《动物防疫法》的规定处理。
            第五条 本办法自2025年5月1日起施行。
            """;

    @Test
    void articlesAreSplitAlsoWhenLineBreaksWereLost() {
        assertThat(Articles.split(V1.replace("\n", ""))).extracting(Articles.Article::label)
                .containsExactly("第一条", "第二条", "第三条", "第四条");
        assertThat(Articles.split("一、总体要求\n二、主要任务")).extracting(Articles.Article::label)
                .containsExactly("第1段", "第2段");
    }

    @Test
    void comparesArticleByArticle() {
        List<ArticleDiff.Pair> pairs = ArticleDiff.compare(V1, V2);
        assertThat(pairs).extracting(ArticleDiff.Pair::change).containsExactly(ArticleDiff.Change.SAME,
                ArticleDiff.Change.SAME, ArticleDiff.Change.CHANGED, ArticleDiff.Change.CHANGED, ArticleDiff.Change.ADDED);
        ArticleDiff.Pair third = pairs.get(2);
        assertThat(third.segments()).filteredOn(s -> s.kind() == ArticleDiff.Segment.Kind.DELETED)
                .extracting(ArticleDiff.Segment::text).containsExactly("，并缴纳管理费200元");
        assertThat(pairs.get(4).after().text()).isEqualTo("第五条 本办法自2025年5月1日起施行。");
    }

    @Test
    void aRemovedArticleShowsAsRemoved() {
        List<ArticleDiff.Pair> pairs = ArticleDiff.compare(V1, V1.replace("第二条 本县行政区域内的养犬管理适用本办法。\n", ""));
        assertThat(pairs).extracting(ArticleDiff.Pair::change).containsExactly(ArticleDiff.Change.SAME,
                ArticleDiff.Change.REMOVED, ArticleDiff.Change.SAME, ArticleDiff.Change.SAME);
    }
}
