package org.normdesk.ui.laws;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.AuditEvent;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.EndOfForce;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Stage;
import org.normdesk.domain.cleanup.CampaignKind;
import org.normdesk.domain.cleanup.CleanupCampaign;
import org.normdesk.domain.cleanup.CleanupItem;
import org.normdesk.domain.cleanup.CleanupOutcome;
import org.normdesk.domain.law.LawStatus;
import org.normdesk.domain.law.UpperLaw;
import org.normdesk.service.Services;
import org.normdesk.service.UpperLawService.CitingDocument;
import org.normdesk.ui.common.TaskRunner;
import org.normdesk.ui.common.UserMessages;

/**
 * The 上位法库's ViewModel on a real H2 folder: a law marked repealed lists the documents in force
 * citing it, and 发起专项清理 makes a 专项 campaign over exactly those documents, audited.
 */
class UpperLawsViewModelTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-16T01:00:00Z"), ZONE);

    @TempDir
    Path folder;

    private Services services;
    private final List<Throwable> errors = new ArrayList<>();
    private UpperLawsViewModel vm;
    private NormativeDocument licensing;
    private NormativeDocument market;
    private NormativeDocument notCiting;
    private NormativeDocument ended;

    @BeforeEach
    void open() {
        services = Services.open(folder, CLOCK, "tester");
        Issuer gov = services.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, null));
        Issuer bureau = services.issuers().add(Issuer.create("清河县市场监督管理局", "清市监", IssuerCategory.DEPARTMENT, null));
        licensing = publish(gov, "清河县行政审批事项管理办法", "清政发〔2020〕4号", LocalDate.of(2020, 5, 1),
                "第一条 根据《中华人民共和国行政许可法》第十二条，制定本办法。\n"
                        + "第二条 审批条件依照《行政许可法》第十四条确定。");
        market = publish(bureau, "清河县个体工商户登记实施细则", "清市监发〔2022〕1号", LocalDate.of(2022, 3, 1),
                "第一条 依照《行政许可法》和《促进个体工商户发展条例》，制定本细则。");
        notCiting = publish(gov, "清河县城市绿化管理办法", "清政发〔2021〕2号", LocalDate.of(2021, 3, 1),
                "第一条 为了加强城市绿化管理，制定本办法。");
        ended = services.register().create(published(gov, "清河县旧行政审批办法", "清政发〔2012〕9号",
                LocalDate.of(2012, 1, 1), "第一条 根据《中华人民共和国行政许可法》，制定本办法。").toBuilder()
                .endOfForce(EndOfForce.REPEALED).endOfForceOn(LocalDate.of(2020, 5, 1)).build());
        vm = new UpperLawsViewModel(services.laws(), services.cleanup(), TaskRunner.direct(), errors::add);
        vm.refresh();
    }

    private NormativeDocument publish(Issuer issuer, String title, String number, LocalDate on, String text) {
        return services.register().create(published(issuer, title, number, on, text));
    }

    private static NormativeDocument published(Issuer issuer, String title, String number, LocalDate on, String text) {
        return NormativeDocument.draft(title, issuer.id(), DocumentKind.MEASURES).toBuilder().stage(Stage.PUBLISHED)
                .docNumber(number).signedOn(on).publishedOn(on).effectiveOn(on).fullText(text).build();
    }

    @AfterEach
    void close() {
        services.close();
    }

    @Test
    void searchAndStatusFilterNarrowTheBuiltInTable() {
        assertThat(vm.total()).isGreaterThan(1000);
        vm.searchProperty().set("行政许可法");
        assertThat(vm.laws()).extracting(UpperLaw::name).contains("中华人民共和国行政许可法");
        vm.statusFilterProperty().set(LawStatus.REPEALED);
        assertThat(vm.laws()).isEmpty();
        vm.searchProperty().set("合同法");
        assertThat(vm.laws()).extracting(UpperLaw::name).contains("中华人民共和国合同法")
                .doesNotContain("中华人民共和国劳动合同法");
        assertThat(errors).isEmpty();
    }

    @Test
    void repealingALawListsItsCitingDocumentsAndStartsASpecialCleanupOverExactlyThem() {
        select("中华人民共和国行政许可法");
        vm.markRepealed(LocalDate.of(2025, 6, 1), "中华人民共和国行政许可法（2025年修订）");
        assertThat(errors).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("已将《中华人民共和国行政许可法》标记为已废止。");
        assertThat(vm.selectedProperty().get().status()).isEqualTo(LawStatus.REPEALED);
        assertThat(vm.citing()).extracting(CitingDocument::id).containsExactlyInAnyOrder(licensing.id(), market.id());
        assertThat(vm.citing()).filteredOn(d -> d.id() == licensing.id()).singleElement()
                .satisfies(d -> assertThat(UpperLawsViewModel.articles(d)).isEqualTo("第十二条、第十四条"));
        assertThat(vm.citing()).filteredOn(d -> d.id() == market.id()).singleElement()
                .satisfies(d -> assertThat(UpperLawsViewModel.articles(d)).isEqualTo("全文（未引具体条款）"));

        String name = vm.suggestedCampaignName();
        assertThat(name).isEqualTo("因《中华人民共和国行政许可法》废止开展的专项清理");
        AtomicReference<CleanupCampaign> created = new AtomicReference<>();
        vm.startCleanup(name, created::set);
        assertThat(errors).isEmpty();

        CleanupCampaign c = created.get();
        assertThat(c).isNotNull();
        assertThat(services.cleanup().campaigns()).extracting(CleanupCampaign::name).containsExactly(name);
        assertThat(c.kind()).isEqualTo(CampaignKind.SPECIAL);
        assertThat(c.kindText()).isEqualTo("中华人民共和国行政许可法专项清理");
        assertThat(c.cutOff()).isEqualTo(LocalDate.of(2025, 6, 16));
        List<CleanupItem> items = services.cleanup().items(c.id());
        assertThat(items).extracting(CleanupItem::documentId).containsExactlyInAnyOrder(licensing.id(), market.id())
                .doesNotContain(notCiting.id(), ended.id());
        // the repealed law is the signal behind each suggestion
        assertThat(items).allSatisfy(i -> {
            assertThat(i.suggestion().outcome()).isNotEqualTo(CleanupOutcome.KEEP);
            assertThat(i.suggestion().detail()).contains("行政许可法");
        });
        assertThat(services.cleanup().history(c.id())).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo("CREATE");
            assertThat(e.actor()).isEqualTo("tester");
            assertThat(e.summary()).contains(name).contains("2件");
        });
        assertThat(vm.messageProperty().get()).isEqualTo("已发起专项清理“" + name + "”，共2件文件，请到“清理”中办理。");

        // the same name again is refused in Chinese, and nothing more is saved
        vm.startCleanup(name, x -> { });
        assertThat(errors).singleElement().satisfies(e -> assertThat(UserMessages.describe(e)).contains(name));
        assertThat(services.cleanup().campaigns()).hasSize(1);
    }

    @Test
    void aBadCsvChangesNothingAndSaysWhichLine(@TempDir Path dir) throws Exception {
        Path csv = dir.resolve("省级法规.csv");
        Files.writeString(csv, "名称,层级,状态\n江西省优化营商环境条例,地方性法规,有效\n江西省某条例,,有效\n",
                StandardCharsets.UTF_8);
        int before = vm.total();
        vm.importCsv(csv);
        assertThat(errors).singleElement().satisfies(e -> assertThat(UserMessages.describe(e)).contains("第3行"));
        assertThat(vm.total()).isEqualTo(before);

        errors.clear();
        Files.writeString(csv, "名称,层级,状态\n江西省优化营商环境条例,地方性法规,有效\n", StandardCharsets.UTF_8);
        vm.importCsv(csv);
        assertThat(errors).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("已从 省级法规.csv 导入：新增 1 条，更新 0 条。");
        assertThat(vm.total()).isEqualTo(before + 1);
    }

    @Test
    void theFormShowsTheServicesProblemsInChinese() {
        UpperLaw blank = vm.blank();
        assertThat(vm.problems(blank)).containsExactly("请填写法律法规名称。",
                "请填写效力层级（如 法律、行政法规、地方性法规、政府规章）。");
        UpperLaw duplicate = new UpperLaw(null, "《行政许可法》", "法律", null, null, null, null, LawStatus.IN_FORCE,
                null, null, null, UpperLaw.USER, 0);
        assertThat(vm.problems(duplicate)).containsExactly("上位法库中已有《中华人民共和国行政许可法》。");
    }

    private void select(String name) {
        vm.selectedProperty().set(vm.laws().stream().filter(l -> l.name().equals(name)).findFirst().orElseThrow());
    }
}
