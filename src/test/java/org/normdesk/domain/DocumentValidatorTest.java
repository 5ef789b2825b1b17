package org.normdesk.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

class DocumentValidatorTest {
    private final NormativeDocument valid = NormativeDocument.draft("清河县城市道路挖掘管理办法", 1L, DocumentKind.MEASURES)
            .toBuilder().docNumber("清政发〔2024〕7号").signedOn(LocalDate.of(2024, 5, 6))
            .publishedOn(LocalDate.of(2024, 5, 10)).effectiveOn(LocalDate.of(2024, 6, 10))
            .validUntil(LocalDate.of(2029, 6, 9)).build();

    @Test
    void aCompleteDocumentPasses() {
        assertThat(DocumentValidator.validate(valid)).isEmpty();
    }

    @Test
    void requiredFieldsAreNamedInChinese() {
        NormativeDocument empty = valid.toBuilder().title(" ").leadIssuerId(null).kind(null).build();
        List<Problem> problems = DocumentValidator.validate(empty);
        assertThat(problems).extracting(Problem::message)
                .contains("请填写文件名称。", "请选择制定机关。", "请选择文种。");
        assertThat(DocumentValidator.hasErrors(problems)).isTrue();
    }

    @Test
    void datesMustBeInOrder() {
        NormativeDocument backwards = valid.toBuilder().publishedOn(LocalDate.of(2024, 5, 1))
                .validUntil(LocalDate.of(2024, 6, 1)).build();
        assertThat(DocumentValidator.validate(backwards)).extracting(Problem::field)
                .containsExactlyInAnyOrder("publishedOn", "validUntil");
    }

    @Test
    void aMalformedNumberIsAnErrorThatShowsTheExpectedShape() {
        List<Problem> problems = DocumentValidator.validate(valid.toBuilder().docNumber("清政发2024年7号").build());
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.isError()).isTrue();
            assertThat(p.message()).contains("清政发2024年7号", "江政发〔2017〕3号");
        });
    }

    @Test
    void aNumberAlreadyUsedIsOnlyAWarning() {
        List<Problem> problems = DocumentValidator.validate(valid.toBuilder().docNumber("清政发[2024]7号").build(),
                "清政发〔2024〕7号"::equals);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.isError()).isFalse();
            assertThat(p.message()).isEqualTo("文号“清政发〔2024〕7号”已被另一份文件使用，请核对。");
        });
    }

    @Test
    void leadIssuerCannotAlsoBeCoIssuer() {
        assertThat(DocumentValidator.validate(valid.toBuilder().coIssuerIds(List.of(2L, 1L)).build()))
                .extracting(Problem::field).containsExactly("coIssuerIds");
    }

    @Test
    void kindIsGuessedFromTheTitle() {
        assertThat(DocumentKind.guessFromTitle("清河县城市道路挖掘管理办法（试行）")).isEqualTo(DocumentKind.MEASURES);
        assertThat(DocumentKind.guessFromTitle("政策性粮食购销违法违规行为举报奖励实施细则（试行）")).isEqualTo(DocumentKind.RULES);
        assertThat(DocumentKind.guessFromTitle("关于加强农业用地管控的实施意见")).isEqualTo(DocumentKind.OPINIONS);
        assertThat(DocumentKind.guessFromTitle("不可移动文物保护暂行规定")).isEqualTo(DocumentKind.PROVISIONS);
        assertThat(DocumentKind.guessFromTitle("关于禁止燃放烟花爆竹的通告")).isEqualTo(DocumentKind.ANNOUNCEMENT);
        assertThat(DocumentKind.guessFromTitle("会议纪要")).isEqualTo(DocumentKind.OTHER);
    }
}
