package org.normdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.EndOfForce;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.ReviewOutcome;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Stage;
import org.normdesk.domain.Validity;
import org.normdesk.domain.cleanup.CampaignKind;
import org.normdesk.domain.cleanup.CampaignStatus;
import org.normdesk.domain.cleanup.CleanupCampaign;
import org.normdesk.domain.cleanup.CleanupItem;
import org.normdesk.domain.cleanup.CleanupOutcome;
import org.normdesk.domain.cleanup.CleanupReason;
import org.normdesk.domain.cleanup.Decision;
import org.normdesk.domain.cleanup.Signal;
import org.normdesk.domain.review.Deliberation;
import org.normdesk.domain.review.DeliberationDecision;
import org.normdesk.domain.review.Material;
import org.normdesk.domain.review.MeetingKind;
import org.normdesk.domain.review.Publication;
import org.normdesk.domain.review.Submission;

/** 清理 on a real H2 file: suggestions per signal, decisions, sheet import, closing in one transaction, exports. */
class CleanupServiceTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 16);

    @TempDir
    Path dir;
    private MutableClock clock;
    private Services s;
    private Issuer gov;
    private Issuer bureau;
    private Issuer town;
    private Map<String, Long> ids;

    @BeforeEach
    void open() {
        clock = new MutableClock(TODAY.atStartOfDay(ZONE).toInstant(), ZONE);
        s = Services.open(dir, clock, "清理员");
        gov = s.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, null));
        bureau = s.issuers().add(Issuer.create("清河县民政局", "清民", IssuerCategory.DEPARTMENT, null));
        town = s.issuers().add(Issuer.create("清河县城关镇人民政府", "城关", IssuerCategory.TOWNSHIP, null));
        List<NormativeDocument> docs = List.of(
                CleanupFixture.published(gov.id(), "清河县城区临时交通管制办法", "清政发〔2020〕5号",
                        LocalDate.of(2020, 3, 1), LocalDate.of(2025, 2, 28), "第一条 为保障施工期间交通，制定本办法。"),
                CleanupFixture.published(gov.id(), "清河县人民政府关于印发清河县养犬管理办法的通知", "清政发〔2012〕8号",
                        LocalDate.of(2012, 5, 1), null, "第一条 为规范养犬行为，制定本办法。"),
                CleanupFixture.published(gov.id(), "清河县人民政府关于印发清河县养犬管理办法（修订）的通知", "清政发〔2019〕2号",
                        LocalDate.of(2019, 6, 1), null, "第一条 为规范养犬行为，制定本办法。原办法同时废止。"),
                CleanupFixture.published(bureau.id(), "清河县乡镇企业扶持办法", "清民发〔2015〕3号",
                        LocalDate.of(2015, 4, 1), null, "第一条 根据《中华人民共和国乡镇企业法》，制定本办法。"),
                CleanupFixture.published(bureau.id(), "清河县婚姻登记服务规范", "清民发〔2016〕7号",
                        LocalDate.of(2016, 8, 1), null, "第一条 根据《中华人民共和国婚姻法》第八条，制定本规范。"),
                CleanupFixture.published(town.id(), "城关镇集贸市场管理规定", "城政发〔2018〕1号",
                        LocalDate.of(2018, 9, 1), null, "第一条 为规范集贸市场秩序，制定本规定。"),
                // made after the cut-off: outside the campaign
                CleanupFixture.published(town.id(), "城关镇2025年防汛工作方案", "城政发〔2025〕4号",
                        LocalDate.of(2025, 5, 1), null, "略"));
        ids = s.register().createAll(docs).stream().collect(Collectors.toMap(NormativeDocument::title, NormativeDocument::id));
    }

    @AfterEach
    void close() {
        s.close();
    }

    private CleanupCampaign campaign() {
        return s.cleanup().create(CleanupCampaign.draft("2024年度规范性文件全面清理", CampaignKind.COMPREHENSIVE, null,
                LocalDate.of(2024, 12, 31), EnumSet.noneOf(IssuerCategory.class), List.of(), "县司法局"), Progress.NONE);
    }

    private Map<String, CleanupItem> items(long campaign) {
        return s.cleanup().items(campaign).stream().collect(Collectors.toMap(CleanupItem::title, Function.identity()));
    }

    @Test
    void eachSignalSuggestsItsOutcome() {
        CleanupCampaign c = campaign();
        Map<String, CleanupItem> items = items(c.id());

        assertThat(items).hasSize(6).doesNotContainKey("城关镇2025年防汛工作方案");
        assertThat(items.get("清河县城区临时交通管制办法").suggestion())
                .satisfies(x -> {
                    assertThat(x.outcome()).isEqualTo(CleanupOutcome.DECLARE_EXPIRED);
                    assertThat(x.signal()).isEqualTo(Signal.VALIDITY_PASSED);
                    assertThat(x.detail()).contains("2025-02-28");
                });
        assertThat(items.get("清河县人民政府关于印发清河县养犬管理办法的通知").suggestion())
                .satisfies(x -> {
                    assertThat(x.outcome()).isEqualTo(CleanupOutcome.REPEAL);
                    assertThat(x.signal()).isEqualTo(Signal.SUPERSEDED);
                    assertThat(x.detail()).contains("清政发〔2019〕2号");
                });
        assertThat(items.get("清河县乡镇企业扶持办法").suggestion())
                .satisfies(x -> {
                    assertThat(x.outcome()).isEqualTo(CleanupOutcome.REPEAL);
                    assertThat(x.signal()).isEqualTo(Signal.UPPER_LAW_REPEALED);
                    assertThat(x.detail()).contains("乡镇企业法");
                });
        assertThat(items.get("清河县婚姻登记服务规范").suggestion())
                .satisfies(x -> {
                    assertThat(x.outcome()).isEqualTo(CleanupOutcome.AMEND);
                    assertThat(x.signal()).isEqualTo(Signal.UPPER_LAW_AMENDED);
                    assertThat(x.detail()).contains("婚姻法").contains("民法典");
                });
        assertThat(items.get("清河县人民政府关于印发清河县养犬管理办法（修订）的通知").suggestion().outcome())
                .isEqualTo(CleanupOutcome.KEEP);
        assertThat(items.get("城关镇集贸市场管理规定").suggestion().signal()).isEqualTo(Signal.NONE);
        assertThat(items.values()).noneMatch(CleanupItem::decided);
    }

    @Test
    void aCampaignNeedsANameATheme_andAScopeWithDocuments() {
        assertThatThrownBy(() -> s.cleanup().create(CleanupCampaign.draft(" ", CampaignKind.SPECIAL, null,
                LocalDate.of(2024, 12, 31), null, null, null), Progress.NONE))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("名称").hasMessageContaining("主题");
        assertThatThrownBy(() -> s.cleanup().create(CleanupCampaign.draft("民法典专项清理", CampaignKind.SPECIAL, "民法典",
                LocalDate.of(2000, 1, 1), null, null, null), Progress.NONE))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("范围内没有文件");
        CleanupCampaign special = s.cleanup().create(CleanupCampaign.draft("民法典专项清理", CampaignKind.SPECIAL, "民法典",
                LocalDate.of(2024, 12, 31), EnumSet.of(IssuerCategory.DEPARTMENT), List.of(), null), Progress.NONE);
        assertThat(special.kindText()).isEqualTo("民法典专项清理");
        assertThat(s.cleanup().items(special.id())).extracting(CleanupItem::title)
                .containsExactlyInAnyOrder("清河县乡镇企业扶持办法", "清河县婚姻登记服务规范");
        assertThatThrownBy(() -> s.cleanup().create(CleanupCampaign.draft("民法典专项清理", CampaignKind.SPECIAL, "民法典",
                LocalDate.of(2024, 12, 31), null, null, null), Progress.NONE))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("已有名为");
    }

    @Test
    void decisionsForASelectionAreRecordedAndAuditedOnEachDocument() {
        CleanupCampaign c = campaign();
        Map<String, CleanupItem> items = items(c.id());
        List<Long> selection = List.of(items.get("清河县城区临时交通管制办法").id(), items.get("城关镇集贸市场管理规定").id());

        assertThatThrownBy(() -> s.cleanup().decide(c.id(), selection, new Decision(CleanupOutcome.DECLARE_EXPIRED, null, " ",
                null, null))).isInstanceOf(RuleViolation.class).hasMessageContaining("须写明理由");

        s.cleanup().decide(c.id(), selection, new Decision(CleanupOutcome.DECLARE_EXPIRED, CleanupReason.PERIOD_PASSED,
                "施工已结束", "县交通运输局", null));

        Map<String, CleanupItem> after = items(c.id());
        assertThat(after.get("城关镇集贸市场管理规定").decision().reasonText()).isEqualTo("适用期已过；施工已结束");
        assertThat(after.get("清河县城区临时交通管制办法").decision().responsibleUnit()).isEqualTo("县交通运输局");
        assertThat(after.values().stream().filter(CleanupItem::decided)).hasSize(2);
        assertThat(s.register().history(ids.get("城关镇集贸市场管理规定")))
                .anySatisfy(e -> assertThat(e.summary()).contains("宣布失效").contains("2024年度规范性文件全面清理"));
        assertThat(s.cleanup().tally(c.id()).overall().undecided()).isEqualTo(4);
    }

    @Test
    void decisionsComeInFromASheet_aBadRowIsNamedAndTheOthersKept() throws Exception {
        CleanupCampaign c = campaign();
        Path sheet = dir.resolve("决定.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            XSSFSheet sh = wb.createSheet("清理意见");
            String[][] rows = {
                    {"2024年度清理意见汇总", "", "", "", "", ""},
                    {"文件名称", "文号", "清理结果", "理由", "实施部门", "备注"},
                    {"", "清政发〔2020〕5号", "宣布失效", "适用期已过", "县交通运输局", ""},
                    {"城关镇集贸市场管理规定", "", "继续有效", "", "城关镇", "拟明年评估"},
                    {"清河县婚姻登记服务规范", "清民发〔2016〕7号", "保持不变", "", "", ""},
                    {"清河县不存在的办法", "清政发〔2099〕1号", "废止", "调整对象已消失", "", ""},
                    {"清河县乡镇企业扶持办法", "清民发[2015]3号", "废止", "", "", ""},
                    {"清河县人民政府关于印发清河县养犬管理办法的通知", "", "废止", "已被新规定涵盖或替代；被2019年修订版替代", "县公安局", ""},
            };
            for (int i = 0; i < rows.length; i++) {
                Row r = sh.createRow(i);
                for (int j = 0; j < rows[i].length; j++) {
                    r.createCell(j).setCellValue(rows[i][j]);
                }
            }
            try (OutputStream out = Files.newOutputStream(sheet)) {
                wb.write(out);
            }
        }

        CleanupService.SheetImport result = s.cleanup().importDecisions(c.id(), sheet);

        assertThat(result.applied()).isEqualTo(3);
        assertThat(result.problems()).containsExactly(
                "第5行：清理结果“保持不变”无法识别，请填写继续有效、修改、废止、宣布失效或已明令废止。",
                "第6行：清理活动中没有文号为“清政发〔2099〕1号”或名称为“清河县不存在的办法”的文件，请核对。",
                "第7行：清理结果为“废止”时须写明理由（标准理由或说明）。");
        Map<String, CleanupItem> items = items(c.id());
        assertThat(items.get("清河县城区临时交通管制办法").decision().outcome()).isEqualTo(CleanupOutcome.DECLARE_EXPIRED);
        assertThat(items.get("城关镇集贸市场管理规定").decision().note()).isEqualTo("拟明年评估");
        Decision dogs = items.get("清河县人民政府关于印发清河县养犬管理办法的通知").decision();
        assertThat(dogs.reason()).isEqualTo(CleanupReason.SUPERSEDED);
        assertThat(dogs.reasonNote()).isEqualTo("被2019年修订版替代");
        assertThat(items.get("清河县婚姻登记服务规范").decided()).isFalse();

        Path notExcel = dir.resolve("决定.xlsx.txt");
        Files.writeString(notExcel, "文件名称,清理结果");
        assertThatThrownBy(() -> s.cleanup().importDecisions(c.id(), notExcel))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("无法读取");
    }

    @Test
    void closingPublishesTheDecisions_andTheRevisionWhenPublishedAmendsTheOld() {
        CleanupCampaign c = campaign();
        Map<String, CleanupItem> items = items(c.id());
        decide(c, items, "清河县城区临时交通管制办法", CleanupOutcome.DECLARE_EXPIRED, CleanupReason.PERIOD_PASSED);
        decide(c, items, "清河县人民政府关于印发清河县养犬管理办法的通知", CleanupOutcome.REPEAL, CleanupReason.SUPERSEDED);
        decide(c, items, "清河县婚姻登记服务规范", CleanupOutcome.AMEND, CleanupReason.UPPER_LAW_CHANGED);
        decide(c, items, "清河县人民政府关于印发清河县养犬管理办法（修订）的通知", CleanupOutcome.KEEP, null);
        decide(c, items, "城关镇集贸市场管理规定", CleanupOutcome.KEEP, null);
        LocalDate decided = LocalDate.of(2026, 3, 20);

        assertThatThrownBy(() -> s.cleanup().close(c.id(), decided, false))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("尚有1件文件未作出清理决定");
        assertThat(s.cleanup().campaign(c.id()).status()).isEqualTo(CampaignStatus.OPEN);

        s.cleanup().close(c.id(), decided, true);

        assertThat(s.cleanup().campaign(c.id()).status()).isEqualTo(CampaignStatus.CLOSED);
        assertThat(s.cleanup().campaign(c.id()).decidedOn()).isEqualTo(decided);
        // the not-listed document lost force with the reason the rule gives
        CleanupItem notListed = items(c.id()).get("清河县乡镇企业扶持办法");
        assertThat(notListed.decision().outcome()).isEqualTo(CleanupOutcome.DECLARE_EXPIRED);
        assertThat(notListed.decision().reason()).isEqualTo(CleanupReason.NOT_LISTED);
        // decisions take effect on the decision date, not before
        assertThat(validity("清河县人民政府关于印发清河县养犬管理办法的通知")).isEqualTo(Validity.IN_FORCE);
        assertThat(doc("清河县人民政府关于印发清河县养犬管理办法的通知").endOfForce()).isEqualTo(EndOfForce.REPEALED);
        clock.set(decided.atStartOfDay(ZONE).toInstant());
        s.register().refreshValidity();
        assertThat(validity("清河县人民政府关于印发清河县养犬管理办法的通知")).isEqualTo(Validity.REPEALED);
        assertThat(validity("清河县乡镇企业扶持办法")).isEqualTo(Validity.EXPIRED);
        assertThat(doc("清河县城区临时交通管制办法").endOfForce()).isEqualTo(EndOfForce.DECLARED_EXPIRED);
        assertThat(validity("城关镇集贸市场管理规定")).isEqualTo(Validity.IN_FORCE);
        // 修改: a linked draft, the old one still in force
        long old = ids.get("清河县婚姻登记服务规范");
        Long revision = items(c.id()).get("清河县婚姻登记服务规范").revisionId();
        assertThat(revision).isNotNull();
        NormativeDocument draft = s.register().find(revision).orElseThrow();
        assertThat(draft.stage()).isEqualTo(Stage.DRAFTING);
        assertThat(draft.title()).isEqualTo("清河县婚姻登记服务规范");
        assertThat(validity("清河县婚姻登记服务规范")).isEqualTo(Validity.IN_FORCE);
        assertThatThrownBy(() -> s.cleanup().decide(c.id(), List.of(notListed.id()),
                new Decision(CleanupOutcome.KEEP, null, null, null, null)))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("已完成并公布");

        // publishing the revision makes the old one 已修改 from the day the revision enters force
        publishThroughReview(revision, "清民发〔2026〕1号", LocalDate.of(2026, 6, 1));
        NormativeDocument before = s.register().find(old).orElseThrow();
        assertThat(before.endOfForce()).isEqualTo(EndOfForce.AMENDED);
        assertThat(before.endOfForceOn()).isEqualTo(LocalDate.of(2026, 7, 1));
        clock.set(LocalDate.of(2026, 7, 1).atStartOfDay(ZONE).toInstant());
        s.register().refreshValidity();
        assertThat(validity("清河县婚姻登记服务规范", old)).isEqualTo(Validity.AMENDED);
    }

    @Test
    void exportsReadBackWithTheirListsTallyAndParagraph() throws Exception {
        CleanupCampaign c = campaign();
        Map<String, CleanupItem> items = items(c.id());
        decide(c, items, "清河县城区临时交通管制办法", CleanupOutcome.DECLARE_EXPIRED, CleanupReason.PERIOD_PASSED);
        decide(c, items, "清河县人民政府关于印发清河县养犬管理办法的通知", CleanupOutcome.REPEAL, CleanupReason.SUPERSEDED);
        decide(c, items, "清河县婚姻登记服务规范", CleanupOutcome.AMEND, CleanupReason.UPPER_LAW_CHANGED);
        decide(c, items, "清河县乡镇企业扶持办法", CleanupOutcome.REPEAL, CleanupReason.UPPER_LAW_CHANGED);
        decide(c, items, "清河县人民政府关于印发清河县养犬管理办法（修订）的通知", CleanupOutcome.KEEP, null);
        decide(c, items, "城关镇集贸市场管理规定", CleanupOutcome.KEEP, null);
        String paragraph = s.cleanup().tally(c.id()).paragraph();
        assertThat(paragraph).isEqualTo("共清理规范性文件6件，其中保留2件，修改1件，废止2件，失效1件。"
                + "其中县政府制发规范性文件3件，保留1件，废止1件，失效1件；1个县政府部门制发规范性文件2件，修改1件，废止1件；"
                + "1个乡镇、管理区制发规范性文件1件，保留1件。");

        Path docx = dir.resolve("清理结果.docx");
        assertThat(s.cleanup().export(c.id(), docx)).isEqualTo(6);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument doc = new XWPFDocument(in)) {
            String text = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertThat(text).contains("2024年度规范性文件全面清理结果目录")
                    .contains("一、继续有效的规范性文件目录（2件）")
                    .contains("三、废止的规范性文件目录（2件）")
                    .contains("（一）县政府制发的规范性文件（1件）")
                    .contains(paragraph);
            List<XWPFTable> tables = doc.getTables();
            // 继续有效: 县政府 + 乡镇; 修改: 部门; 废止: 县政府 + 部门; 宣布失效: 县政府; the tally
            assertThat(tables).hasSize(7);
            assertThat(tables.get(0).getRow(0).getTableCells()).extracting(cell -> cell.getText())
                    .containsExactly("序号", "文件名称", "文号", "发布日期", "清理结果", "理由", "实施部门", "有效期至", "备注");
            assertThat(tables.get(3).getRow(0).getTableCells()).hasSize(8);
            assertThat(tables.get(3).getRow(1).getCell(1).getText()).isEqualTo("清河县人民政府关于印发清河县养犬管理办法的通知");
            assertThat(tables.get(3).getRow(1).getCell(5).getText()).isEqualTo("已被新规定涵盖或替代");
            XWPFTable tally = tables.get(6);
            assertThat(tally.getRow(4).getTableCells()).extracting(cell -> cell.getText())
                    .containsExactly("合计", "3", "6", "2", "1", "2", "1", "0", "0");
            assertThat(doc.getAllPictures()).hasSize(1);
        }

        Path xlsx = dir.resolve("清理结果.xlsx");
        s.cleanup().export(c.id(), xlsx);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            List<String> names = new ArrayList<>();
            wb.forEach(sh -> names.add(sh.getSheetName()));
            assertThat(names).containsExactly("继续有效", "修改", "废止", "宣布失效", "统计");
            DataFormatter f = new DataFormatter();
            Sheet repeal = wb.getSheet("废止");
            assertThat(f.formatCellValue(repeal.getRow(2).getCell(0))).isEqualTo("（一）县政府制发的规范性文件（1件）");
            assertThat(f.formatCellValue(repeal.getRow(3).getCell(2))).isEqualTo("清政发〔2012〕8号");
            assertThat(repeal.getRow(3).getCell(3).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2012, 5, 1));
            Sheet tally = wb.getSheet("统计");
            assertThat(f.formatCellValue(tally.getRow(5).getCell(2))).isEqualTo("6");
            assertThat(f.formatCellValue(tally.getRow(6).getCell(0))).isEqualTo(paragraph);
        }

        // the exported sheet comes back in as it is: every decision found again, none refused
        CleanupService.SheetImport again = s.cleanup().importDecisions(c.id(), xlsx);
        assertThat(again.problems()).isEmpty();
        assertThat(again.applied()).isEqualTo(6);
        assertThat(s.cleanup().tally(c.id()).paragraph()).isEqualTo(paragraph);
    }

    private void decide(CleanupCampaign c, Map<String, CleanupItem> items, String title, CleanupOutcome o, CleanupReason r) {
        s.cleanup().decide(c.id(), List.of(items.get(title).id()), new Decision(o, r, null, "县司法局", null));
    }

    private NormativeDocument doc(String title) {
        return s.register().find(ids.get(title)).orElseThrow();
    }

    private Validity validity(String title) {
        return validity(title, ids.get(title));
    }

    private Validity validity(String title, long id) {
        return s.register().validityOf(s.register().find(id).orElseThrow());
    }

    /** The revision draft through 送审, 审核, 审议, 登记 and 公布 (published on, in force 30 days later). */
    private void publishThroughReview(long id, String docNumber, LocalDate on) {
        LocalDate start = on.minusDays(40);
        clock.set(start.atStartOfDay(ZONE).toInstant());
        s.reviews().submit(id, new Submission(null, start, "县民政局", 0,
                EnumSet.of(Material.DRAFT_AND_EXPLANATION, Material.LEGAL_BASIS, Material.PUBLIC_COMMENTS,
                        Material.OWN_LEGAL_OPINION), start.minusDays(30), start.minusDays(1)));
        s.reviews().accept(id, "审核员甲");
        s.reviews().setOpinion(id, ReviewOutcome.LEGAL, null, "合法");
        s.reviews().finish(id, start.plusDays(7));
        s.publication().deliberate(id, new Deliberation(null, id, MeetingKind.STANDING, "第1次", start.plusDays(10),
                DeliberationDecision.APPROVED, "无"));
        s.publication().register(id, start.plusDays(12));
        clock.set(on.atStartOfDay(ZONE).toInstant());
        s.publication().publish(id, new Publication(docNumber, on, on.plusDays(30), null, null));
    }
}
