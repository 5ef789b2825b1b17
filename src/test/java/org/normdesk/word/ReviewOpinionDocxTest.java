package org.normdesk.word;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.ReviewOutcome;
import org.normdesk.domain.review.ChecklistItem;
import org.normdesk.domain.review.Finding;
import org.normdesk.domain.review.ReviewOpinion;

/** Reads the exported 审核意见书 back as Word would and checks what a reviewer checks. */
class ReviewOpinionDocxTest {
    @TempDir
    Path dir;

    @Test
    void theOpinionCarriesNumberAddresseeOpinionFindingsOfficeAndDate() throws Exception {
        ReviewOpinion o = new ReviewOpinion("清司审〔2025〕1号", "县公安局", "清河县养犬管理办法", ReviewOutcome.AMEND, null,
                "送审稿部分条款设定收费和行政处罚，应当予以修改。",
                List.of(Finding.of("第二条", ChecklistItem.SETS_LICENSING_OR_PENALTY, "建议删除“并缴纳管理费200元”。",
                                "《中华人民共和国行政许可法》第五十八条"),
                        Finding.of("第三条", ChecklistItem.SETS_LICENSING_OR_PENALTY, "建议改为依照有关法律、法规的规定处理。",
                                "《中华人民共和国行政处罚法》第十六条")),
                "清河县司法局", LocalDate.of(2025, 3, 20));
        Path file = dir.resolve("意见书.docx");
        ReviewOpinionDocx.write(o, file);

        try (InputStream in = Files.newInputStream(file); XWPFDocument doc = new XWPFDocument(in)) {
            List<XWPFParagraph> ps = doc.getParagraphs();
            List<String> lines = ps.stream().map(XWPFParagraph::getText).toList();
            assertThat(lines.get(0)).isEqualTo("合法性审核意见书");
            assertThat(ps.get(0).getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
            assertThat(ps.get(0).getRuns().get(0).getFontFamily(org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange.eastAsia))
                    .isEqualTo("方正小标宋简体");
            assertThat(lines.get(1)).isEqualTo("清司审〔2025〕1号");
            assertThat(lines).contains("县公安局：", "经审核，该送审稿应当予以修改。",
                    "（一）关于第二条。建议删除“并缴纳管理费200元”。（依据：《中华人民共和国行政许可法》第五十八条）",
                    "（二）关于第三条。建议改为依照有关法律、法规的规定处理。（依据：《中华人民共和国行政处罚法》第十六条）",
                    "清河县司法局", "2025年3月20日");
            assertThat(String.join("\n", lines)).contains("《清河县养犬管理办法》（送审稿）");
            // the signature never stands alone on a page: the closing paragraph keeps with it
            XWPFParagraph closing = ps.stream().filter(p -> p.getText().startsWith("请根据上述意见")).findFirst().orElseThrow();
            assertThat(closing.isKeepNext()).isTrue();
            assertThat(ps.get(ps.size() - 2).isKeepNext()).isTrue();
            var pgSz = doc.getDocument().getBody().getSectPr().getPgSz();
            assertThat(((java.math.BigInteger) pgSz.getW()).intValue()).isEqualTo(11906);
        }
    }

    @Test
    void chineseNumeralsForItems() {
        assertThat(ChineseNumerals.of(1)).isEqualTo("一");
        assertThat(ChineseNumerals.of(10)).isEqualTo("十");
        assertThat(ChineseNumerals.of(12)).isEqualTo("十二");
        assertThat(ChineseNumerals.of(20)).isEqualTo("二十");
        assertThat(ChineseNumerals.of(35)).isEqualTo("三十五");
    }
}
