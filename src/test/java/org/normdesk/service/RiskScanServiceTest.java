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
import org.normdesk.domain.AuditEvent;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.risk.RiskCategory;
import org.normdesk.domain.risk.RiskFinding;
import org.normdesk.domain.risk.RiskRulePack;
import org.normdesk.domain.risk.RiskSeverity;

/** RiskScanService and RiskRulesService on a real H2 file: scans of register documents, dismissals, the rule pack. */
class RiskScanServiceTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;
    @TempDir
    Path files;
    private Services services;
    private Issuer government;
    private Issuer group;

    @BeforeEach
    void open() {
        MutableClock clock = new MutableClock(LocalDate.of(2026, 11, 20).atStartOfDay(ZONE).toInstant(), ZONE);
        services = Services.open(dir, clock, "审核员甲");
        government = services.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT,
                LocalDate.of(2019, 1, 1)));
        // a 领导小组 that was taken off the list: its documents are made by a body that may not make them
        group = services.issuers().add(Issuer.create("清河县创建工作领导小组", "清创", IssuerCategory.AUTHORIZED_ORG,
                LocalDate.of(2019, 1, 1)).retire(LocalDate.of(2022, 1, 1)));
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void aRegisterDocumentIsScannedWithItsIssuerDatesAndCitations() {
        NormativeDocument d = services.register().create(NormativeDocument.draft("清河县城市道路占用管理办法",
                        group.id(), DocumentKind.MEASURES).toBuilder()
                .signedOn(LocalDate.of(2026, 10, 8)).effectiveOn(LocalDate.of(2026, 10, 8))
                .fullText(String.join("\n",
                        "清河县城市道路占用管理办法",
                        "第一条 为加强城市道路管理，根据《合同法》和《城市道路管理条例》，制定本办法。",
                        "第二条 任何单位和个人不得擅自占用城市道路。",
                        "第三条 违反本办法规定的，由县城市管理局处以一千元以上五千元以下罚款。",
                        "第四条 本办法自印发之日起施行。"))
                .build());
        RiskScanService.RiskScan scan = services.risk().scan(d.id());
        assertThat(scan.packVersion()).isEqualTo("2026.2");
        assertThat(scan.findings()).extracting(RiskFinding::category).contains(RiskCategory.OUTDATED_LAW,
                RiskCategory.OBLIGATION, RiskCategory.PENALTY, RiskCategory.NO_VALIDITY, RiskCategory.SHORT_GAP,
                RiskCategory.ISSUER_NOT_LISTED);
        assertThat(scan.findings()).filteredOn(f -> f.category() == RiskCategory.PENALTY).singleElement()
                .satisfies(f -> assertThat(f.articleRef()).isEqualTo("第三条"))
                .satisfies(f -> assertThat(d.fullText().substring(f.start(), f.end())).startsWith("第三条"));
        assertThat(scan.findings()).filteredOn(f -> f.category() == RiskCategory.OUTDATED_LAW).singleElement()
                .satisfies(f -> assertThat(f.why()).contains("民法典"));
        assertThat(scan.citations()).extracting(c -> c.title()).containsExactly("合同法", "城市道路管理条例");
    }

    @Test
    void aDismissedFindingKeepsItsReasonStaysDismissedAndIsCounted() {
        NormativeDocument d = services.register().create(NormativeDocument.draft("清河县河道管理办法", government.id(),
                        DocumentKind.MEASURES).toBuilder()
                .fullText("第一条 任何单位和个人不得在河道管理范围内倾倒垃圾。\n第二条 本办法自2027年1月1日起施行，有效期5年。")
                .build());
        RiskFinding duty = services.risk().scan(d.id()).findings().stream()
                .filter(f -> f.category() == RiskCategory.OBLIGATION).findFirst().orElseThrow();
        assertThatThrownBy(() -> services.risk().dismiss(d.id(), duty, "  "))
                .isInstanceOf(RuleViolation.class).hasMessage("忽略风险提示时须填写理由。");

        services.risk().dismiss(d.id(), duty, "《中华人民共和国水法》第三十七条已有禁止性规定，本条为重申");
        RiskScanService.RiskScan again = services.risk().scan(d.id());
        assertThat(again.findings()).extracting(RiskFinding::category).doesNotContain(RiskCategory.OBLIGATION);
        assertThat(again.dismissed()).extracting(RiskFinding::category).containsExactly(RiskCategory.OBLIGATION);
        assertThat(services.risk().dismissals(d.id())).singleElement().satisfies(x -> {
            assertThat(x.reason()).startsWith("《中华人民共和国水法》");
            assertThat(x.dismissedBy()).isEqualTo("审核员甲");
            assertThat(x.articleRef()).isEqualTo("第一条");
        });
        assertThat(services.risk().dismissalCounts()).containsEntry(RiskCategory.OBLIGATION, 1).hasSize(1);
        assertThat(services.register().history(d.id())).extracting(AuditEvent::action).contains("RISK_DISMISS");
    }

    @Test
    void theRulePackGoesOutAndComesBackAndAnEditedPackTakesEffect() throws Exception {
        Path out = files.resolve("风险规则.json");
        services.riskRules().export(out);
        String json = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(json).contains("\"version\": \"2026.2\"").contains("行政许可法》第十七条");
        RiskRulePack back = services.riskRules().importFrom(out);
        assertThat(back).isEqualTo(RiskRulesService.builtIn());

        // the office lowers penalties to MEDIUM and gives the pack its own version
        Path edited = Files.writeString(files.resolve("本地规则.json"), json.replace("\"version\": \"2026.2\"",
                "\"version\": \"清河-2027.1\"").replace("\"id\": \"penalty.sets-sanction\",\n      \"category\": \"PENALTY\",\n      \"severity\": \"HIGH\"",
                "\"id\": \"penalty.sets-sanction\",\n      \"category\": \"PENALTY\",\n      \"severity\": \"MEDIUM\""),
                StandardCharsets.UTF_8);
        services.riskRules().importFrom(edited);
        RiskScanService.RiskScan scan = services.risk().scan("第一条 违反本办法的，处以二千元罚款。",
                org.normdesk.domain.risk.DocumentFacts.none());
        assertThat(scan.packVersion()).isEqualTo("清河-2027.1");
        assertThat(scan.findings()).filteredOn(f -> f.category() == RiskCategory.PENALTY)
                .extracting(RiskFinding::severity).containsExactly(RiskSeverity.MEDIUM);
        Path again = files.resolve("again.json");
        services.riskRules().export(again);
        assertThat(Files.readString(again, StandardCharsets.UTF_8)).contains("清河-2027.1");

        services.riskRules().resetToBuiltIn();
        assertThat(services.riskRules().current().version()).isEqualTo("2026.2");
    }

    @Test
    void aBadRuleFileIsRefusedWithAChineseMessageAndChangesNothing() throws Exception {
        Path broken = Files.writeString(files.resolve("broken.json"), "{\"version\": \"1\", \"rules\": [ {\"id\": ",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> services.riskRules().importFrom(broken)).isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("broken.json").hasMessageContaining("不是有效的 JSON").hasMessageContaining("第1行");

        String json = RiskRulesService.builtInJson()
                .replace("\"category\": \"COERCION\"", "\"category\": \"强制\"")
                .replace("\"经 … 批准|同意|审批|核准|许可|审核 … 方可|才能|方能|才可\"", "\"经 … … 批准\"");
        Path bad = Files.writeString(files.resolve("bad.json"), json, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> services.riskRules().importFrom(bad)).isInstanceOf(InvalidFileException.class)
                .hasMessageContaining("未作任何更改")
                .hasMessageContaining("coercion.measures：category 的值“强制”无法识别")
                .hasMessageContaining("模式“经 … … 批准”中的 … 只能放在两个词之间")
                .satisfies(e -> assertThat(((InvalidFileException) e).problems()).hasSize(2));

        Path missing = Files.writeString(files.resolve("missing.json"), RiskRulesService.builtInJson()
                .replace("\"category\": \"RETROACTIVE\"", "\"category\": \"PENALTY\""), StandardCharsets.UTF_8);
        assertThatThrownBy(() -> services.riskRules().importFrom(missing))
                .hasMessageContaining("缺少类别“溯及既往”（RETROACTIVE）");
        assertThat(services.riskRules().current().version()).isEqualTo("2026.2");
        assertThat(services.riskRules().rulesPerCategory()).hasSize(RiskCategory.values().length);
    }

    @Test
    void categoriesOfThePackAreExactlyThoseOfTheIssue() {
        assertThat(RiskRulesService.builtIn().rules()).extracting(r -> r.category().label())
                .containsAll(List.of("设定行政许可", "设定行政处罚", "设定行政强制", "设定收费或征收", "无依据增加义务或减损权益",
                        "增加许可条件", "证明事项", "排除限制竞争", "溯及既往", "缺少有效期", "施行日期距公布不足30日",
                        "制定主体不在清单", "引用已废止或已修改的上位法"));
    }
}
