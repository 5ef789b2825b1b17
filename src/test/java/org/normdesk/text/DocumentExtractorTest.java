package org.normdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.normdesk.domain.extract.Citation;
import org.normdesk.domain.extract.ExtractionResult;
import org.normdesk.domain.extract.Paragraph;

/** Rules of extraction one at a time, on plain text without style hints. */
class DocumentExtractorTest {
    private final DocumentExtractor extractor = new DocumentExtractor(List.of());

    private ExtractionResult extract(String... lines) {
        return extractor.extract(Arrays.stream(lines).map(Paragraph::plain).toList());
    }

    @Test
    void chineseNumerals() {
        assertThat(ChineseNumbers.parse("十三")).isEqualTo(13);
        assertThat(ChineseNumbers.parse("二十")).isEqualTo(20);
        assertThat(ChineseNumbers.parse("一百零五")).isEqualTo(105);
        assertThat(ChineseNumbers.parse("两")).isEqualTo(2);
        assertThat(ChineseNumbers.parseDigitwise("二〇二五")).isEqualTo(2025);
        assertThat(DateParser.first("于二〇二五年十二月三十一日印发")).contains(LocalDate.of(2025, 12, 31));
        assertThat(DateParser.first("2025年2月30日")).isEmpty();
    }

    @Test
    void citationsWithArticleAndLawFlag() {
        ExtractionResult r = extract("清河县某某管理办法",
                "第一条 根据《中华人民共和国行政许可法》第十二条、《某某省物业管理条例》和《清河县物业服务收费管理办法》，"
                        + "参照《国务院关于加强法治政府建设的决定》和《某某省人民政府关于物业管理的规定》，制定本办法。");
        assertThat(r.citations()).containsExactly(
                new Citation("中华人民共和国行政许可法", "第十二条", true),
                new Citation("某某省物业管理条例", null, true),
                new Citation("清河县物业服务收费管理办法", null, false),
                new Citation("国务院关于加强法治政府建设的决定", null, true),
                new Citation("某某省人民政府关于物业管理的规定", null, false));
    }

    @Test
    void everyArticleOfAListIsACitation() {
        ExtractionResult r = extract("清河县某某管理办法",
                "第九条 依照《中华人民共和国行政处罚法》第十二条、第十四条和第二十条第二款规定，参照《某某省物业管理条例》第三条，"
                        + "以及本办法第五条执行。");
        assertThat(r.citations()).containsExactly(
                new Citation("中华人民共和国行政处罚法", "第十二条", true),
                new Citation("中华人民共和国行政处罚法", "第十四条", true),
                new Citation("中华人民共和国行政处罚法", "第二十条第二款", true),
                new Citation("某某省物业管理条例", "第三条", true));
    }

    @Test
    void effectiveFromSigningAndValidityInYears() {
        ExtractionResult r = extract("清河县人民政府文件", "清政发〔2024〕9号", "清河县某某办法",
                "第一条 本办法自公布之日起施行，有效期三年。", "清河县人民政府", "2024年3月5日");
        assertThat(r.signedOn().value()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(r.effectiveOn().value()).isEqualTo(LocalDate.of(2024, 3, 5));
        assertThat(r.effectiveOn().confidence()).isLessThan(0.9); // 公布 may be later than 成文
        assertThat(r.validUntil().value()).isEqualTo(LocalDate.of(2027, 3, 4));
        assertThat(r.validUntil().snippet()).contains("有效期三年");
        assertThat(r.docNumber().value()).isEqualTo("清政发〔2024〕9号");
        assertThat(r.issuer().value()).isEqualTo("清河县人民政府");
        assertThat(r.issuer().confidence()).isGreaterThan(0.9);
    }

    @Test
    void referenceToAnArticleIsNotAHeading() {
        ExtractionResult r = extract("清河县某某办法",
                "第一条 为了管理，制定本办法。",
                "第二条 依照本办法第一条的规定执行。",
                "第三条 本办法第二条所称的单位。",
                "附件：某某表", "第一条 表格说明");
        assertThat(r.structure().value().articles()).isEqualTo(3);
    }

    @Test
    void trialFromOwnTitleNotFromAQuotedOne() {
        assertThat(extract("清河县某某管理暂行办法", "第一条 略。").trial().value()).isTrue();
        assertThat(extract("关于延长《清河县某某暂行办法》有效期的通知", "经评估，继续实施。").trial().value()).isFalse();
    }

    @Test
    void hanlpFindsAnOrganWhenNothingElseDoes() {
        ExtractionResult r = extract("关于做好汛期安全工作的通知", "清河县水利局根据防汛工作安排，现就有关事项通知如下。");
        assertThat(r.issuer().value()).isNotNull().contains("水利局");
        assertThat(r.issuer().confidence()).isLessThanOrEqualTo(0.5);
    }
}
