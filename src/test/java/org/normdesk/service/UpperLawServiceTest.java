package org.normdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Stage;
import org.normdesk.domain.law.LawStatus;
import org.normdesk.domain.law.UpperLaw;

/** The upper-law table on a real H2 file: the built-in rows, citation links, edits and CSV import. */
class UpperLawServiceTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;
    @TempDir
    Path files;
    private Services services;
    private Issuer government;

    @BeforeEach
    void open() {
        MutableClock clock = new MutableClock(LocalDate.of(2026, 11, 20).atStartOfDay(ZONE).toInstant(), ZONE);
        services = Services.open(dir, clock, "审核员甲");
        government = services.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT,
                LocalDate.of(2019, 1, 1)));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void theBuiltInTableHoldsNationalLawsRegulationsAndTheRepeals() {
        List<UpperLaw> all = services.laws().all();
        assertThat(all).hasSizeGreaterThan(1000);
        assertThat(all).extracting(UpperLaw::level).contains("法律", "行政法规", "宪法");
        UpperLaw contract = services.laws().lookup("中华人民共和国合同法").orElseThrow();
        assertThat(contract.status()).isEqualTo(LawStatus.REPEALED);
        assertThat(contract.statusOn()).isEqualTo(LocalDate.of(2021, 1, 1));
        assertThat(contract.replacedBy()).isEqualTo("中华人民共和国民法典");
        assertThat(services.laws().lookup("乡镇企业法").orElseThrow().statusOn()).isEqualTo(LocalDate.of(2025, 12, 27));
        assertThat(services.laws().lookup("全民所有制工业企业法").orElseThrow().status()).isEqualTo(LawStatus.REPEALED);
        UpperLaw penalty = services.laws().lookup("行政处罚法").orElseThrow();
        assertThat(penalty.status()).isEqualTo(LawStatus.IN_FORCE);
        assertThat(penalty.amendedOn()).isEqualTo(LocalDate.of(2021, 1, 22));
        assertThat(services.laws().lookup("行政许可法").orElseThrow().level()).isEqualTo("法律");
        assertThat(services.laws().lookup("优化营商环境条例").orElseThrow().level()).isEqualTo("行政法规");
        // seeding twice adds nothing
        services.laws().ensureSeeded();
        assertThat(services.laws().all()).hasSameSizeAs(all);
    }

    @Test
    void citationsLinkWithOrWithoutTheNationalPrefixAndWhateverTheBrackets() {
        for (String cited : List.of("中华人民共和国行政许可法", "行政许可法", "《行政许可法》", "〈中华人民共和国行政许可法〉",
                "<<行政许可法>>", "《中华人民共和国行政许可法（2019年修正）》", " 行政许可法 ")) {
            assertThat(services.laws().lookup(cited)).as(cited).get()
                    .satisfies(l -> assertThat(l.name()).isEqualTo("中华人民共和国行政许可法"));
        }
        assertThat(services.laws().lookup("行政许可办法")).isEmpty();
    }

    @Test
    void aDocumentCitingRepealedLawsIsFlaggedWithTheReplacement() {
        NormativeDocument d = services.register().create(published("清河县农村土地承包合同管理办法", "清政发〔2019〕5号",
                LocalDate.of(2019, 5, 10), null,
                "第一条 根据《合同法》、〈中华人民共和国物权法〉和《中华人民共和国农村土地承包法》，制定本办法。\n"
                        + "第二条 本办法自2019年6月10日起施行。"));
        List<UpperLawService.OutdatedCitation> outdated = services.laws().outdatedCitations(d.id());
        assertThat(outdated).extracting(o -> o.citation().title()).containsExactly("合同法", "中华人民共和国物权法");
        assertThat(outdated).allSatisfy(o -> assertThat(o.law().replacedBy()).isEqualTo("中华人民共和国民法典"));
        assertThat(outdated).extracting(o -> o.citation().articleRef()).containsOnly("第一条");
    }

    @Test
    void whenALawIsMarkedRepealedTheDocumentsInForceCitingItAreListed() {
        NormativeDocument citing = services.register().create(published("清河县乡镇企业扶持办法", "清政发〔2023〕2号",
                LocalDate.of(2023, 3, 1), LocalDate.of(2028, 2, 28),
                "第一条 根据《乡镇企业法》第十条，制定本办法。\n第二条 依照《中华人民共和国乡镇企业法》第二十条执行。"));
        services.register().create(published("清河县农业机械管理办法", "清政发〔2023〕3号", LocalDate.of(2023, 4, 1),
                LocalDate.of(2028, 3, 31), "第一条 乡镇企业法律服务另行规定。"));
        services.register().create(published("清河县旧乡镇企业办法", "清政发〔2015〕3号", LocalDate.of(2015, 4, 1),
                LocalDate.of(2020, 3, 31), "第一条 根据《乡镇企业法》，制定本办法。"));
        UpperLaw law = services.laws().lookup("乡镇企业法").orElseThrow();

        List<UpperLawService.CitingDocument> inForce = services.laws().citingDocuments(law.id(), true);
        assertThat(inForce).singleElement().satisfies(c -> {
            assertThat(c.id()).isEqualTo(citing.id());
            assertThat(c.articles()).containsExactly("第十条", "第二十条");
        });
        assertThat(services.laws().citingDocuments(law.id(), false)).hasSize(2);

        UpperLaw statute = services.laws().lookup("中华人民共和国城乡规划法").orElseThrow();
        UpperLaw marked = services.laws().markAmended(statute.id(), LocalDate.of(2026, 6, 1));
        assertThat(marked.status()).isEqualTo(LawStatus.AMENDED);
        assertThat(services.laws().lookup("城乡规划法").orElseThrow().amendedOn()).isEqualTo(LocalDate.of(2026, 6, 1));
        assertThat(services.laws().withStatus(LawStatus.AMENDED)).extracting(UpperLaw::name)
                .contains("中华人民共和国城乡规划法");
    }

    @Test
    void anOfficeImportsItsProvincialRulesFromCsv() throws Exception {
        Path csv = files.resolve("省级法规.csv");
        Files.writeString(csv, "\uFEFF名称,层级,制定机关,公布日期,施行日期,状态,替代文件,备注\n"
                + "某某省城乡规划条例,地方性法规,某某省人民代表大会常务委员会,2019-09-28,2020-01-01,有效,,\n"
                + "\"某某省行政规范性文件管理办法\",政府规章,某某省人民政府,2018年6月1日,2018-08-01,已废止,某某省行政规范性文件制定和监督管理办法,2024年废止\n",
                StandardCharsets.UTF_8);
        UpperLawService.ImportResult r = services.laws().importCsv(csv);
        assertThat(r.added()).isEqualTo(2);
        UpperLaw repealed = services.laws().lookup("《某某省行政规范性文件管理办法》").orElseThrow();
        assertThat(repealed.status()).isEqualTo(LawStatus.REPEALED);
        assertThat(repealed.madeOn()).isEqualTo(LocalDate.of(2018, 6, 1));
        assertThat(repealed.source()).isEqualTo(UpperLaw.IMPORTED);
        // importing the same file again updates, it does not duplicate
        assertThat(services.laws().importCsv(csv).updated()).isEqualTo(2);
    }

    @Test
    void aBadCsvIsRefusedWithEveryProblemByLineAndNothingIsSaved() throws Exception {
        int before = services.laws().all().size();
        Path csv = files.resolve("bad.csv");
        Files.writeString(csv, "名称,层级,公布日期,状态\n"
                + "某某市养犬管理条例,地方性法规,2020-13-01,有效\n"
                + "某某市物业管理办法,政府规章,2021-01-01,作废\n"
                + ",政府规章,,\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> services.laws().importCsv(csv))
                .isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("bad.csv").hasMessageContaining("未作任何更改")
                .hasMessageContaining("第2行：日期“2020-13-01”无法识别")
                .hasMessageContaining("第3行：状态“作废”无法识别")
                .hasMessageContaining("第4行：缺少名称");
        assertThat(services.laws().all()).hasSize(before);
        Path noHeader = Files.writeString(files.resolve("x.csv"), "法规,日期\n甲,2020-01-01\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> services.laws().importCsv(noHeader)).hasMessageContaining("找不到“名称”和“层级”");
    }

    private NormativeDocument published(String title, String number, LocalDate publishedOn, LocalDate validUntil,
                                        String text) {
        return NormativeDocument.draft(title, government.id(), DocumentKind.MEASURES).toBuilder()
                .docNumber(number).signedOn(publishedOn).publishedOn(publishedOn).effectiveOn(publishedOn.plusDays(30))
                .validUntil(validUntil).stage(Stage.PUBLISHED).fullText(text).build();
    }
}
