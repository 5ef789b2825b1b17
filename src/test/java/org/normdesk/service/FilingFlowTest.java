package org.normdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.ReviewOutcome;
import org.normdesk.domain.RuleViolation;
import org.normdesk.domain.Validity;
import org.normdesk.domain.filing.Filing;
import org.normdesk.domain.filing.FilingAuthority;
import org.normdesk.domain.filing.FilingFigures;
import org.normdesk.domain.filing.FilingMaterial;
import org.normdesk.domain.filing.FilingQuery;
import org.normdesk.domain.filing.FilingRow;
import org.normdesk.domain.filing.FilingStatus;
import org.normdesk.domain.filing.RegistrationResult;
import org.normdesk.domain.filing.ReviewResult;
import org.normdesk.domain.review.Deliberation;
import org.normdesk.domain.review.DeliberationDecision;
import org.normdesk.domain.review.Material;
import org.normdesk.domain.review.MeetingKind;
import org.normdesk.domain.review.Publication;
import org.normdesk.domain.review.Submission;

/** 备案 on a real H2 file: publication creates the filings, each step is recorded, exports read back with POI. */
class FilingFlowTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;
    private MutableClock clock;
    private Services s;
    private Issuer gov;
    private Issuer bureau;

    @BeforeEach
    void open() {
        clock = new MutableClock(LocalDate.of(2025, 3, 3).atStartOfDay(ZONE).toInstant(), ZONE);
        s = Services.open(dir, clock, "备案员");
        gov = s.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, null));
        bureau = s.issuers().add(Issuer.create("清河县市场监督管理局", "清市监", IssuerCategory.DEPARTMENT, null));
    }

    @AfterEach
    void close() {
        s.close();
    }

    private void at(LocalDate day) {
        clock.set(day.atStartOfDay(ZONE).toInstant());
    }

    /** A draft carried through review, deliberation and registration to publication on that day. */
    static long publish(Services s, MutableClock clock, long issuerId, String title, String docNumber, LocalDate on) {
        LocalDate start = on.minusDays(40);
        clock.set(start.atStartOfDay(ZONE).toInstant());
        long id = s.register().create(NormativeDocument.draft(title, issuerId, DocumentKind.MEASURES)
                .toBuilder().draftingUnit("县司法局").fullText("第一条 为了规范管理，制定本办法。").build()).id();
        s.reviews().submit(id, new Submission(null, start, "县司法局", 0,
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
        return id;
    }

    private FilingRow row(long documentId, String authority) {
        return s.filings().list(FilingQuery.all()).stream()
                .filter(r -> r.filing().documentId() == documentId && r.authority().equals(authority))
                .findFirst().orElseThrow();
    }

    @Test
    void publicationCreatesFilingsThatAreSubmittedRegisteredReviewedAndRevoked() {
        long doc = publish(s, clock, gov.id(), "清河县养犬管理办法", "清政发〔2025〕3号", LocalDate.of(2025, 3, 28));

        List<FilingRow> rows = s.filings().list(FilingQuery.all());
        assertThat(rows).extracting(FilingRow::authority).containsExactly("市人民政府", "县人大常委会");
        assertThat(rows).allSatisfy(r -> {
            assertThat(r.filing().dueOn()).isEqualTo(LocalDate.of(2025, 4, 27));
            assertThat(r.filing().required()).contains(FilingMaterial.REPORT, FilingMaterial.LEGALITY_OPINION);
        });
        at(LocalDate.of(2025, 4, 28));
        assertThat(s.filings().list(FilingQuery.all())).extracting(FilingRow::status)
                .containsOnly(FilingStatus.OVERDUE);
        assertThat(s.filings().attention().overdue()).hasSize(2);

        // the city on time, by the due day, with the report number from the pattern
        long city = row(doc, "市人民政府").id();
        Filing submitted = s.filings().submit(city, LocalDate.of(2025, 4, 27),
                List.of(FilingMaterial.REPORT, FilingMaterial.OFFICIAL_TEXT, FilingMaterial.DRAFTING_NOTE,
                        FilingMaterial.BASIS), null);
        assertThat(submitted.submission().reportNumber()).isEqualTo("清府规备字〔2025〕1号");
        assertThat(submitted.submission().firstComplete()).isFalse();
        assertThat(row(doc, "市人民政府").status()).isEqualTo(FilingStatus.ON_TIME);
        // 暂缓办理 and 补正, then 予以备案登记
        s.filings().recordRegistration(city, RegistrationResult.DEFERRED, LocalDate.of(2025, 5, 6), null);
        assertThat(row(doc, "市人民政府").filing().registration().correctionDue()).isEqualTo(LocalDate.of(2025, 5, 21));
        s.filings().submit(city, LocalDate.of(2025, 5, 12), List.of(FilingMaterial.values()), null);
        s.filings().recordCorrection(city, LocalDate.of(2025, 5, 12));
        s.filings().recordRegistration(city, RegistrationResult.REGISTERED, LocalDate.of(2025, 5, 20), null);
        s.filings().recordReview(city, ReviewResult.NO_OBJECTION, LocalDate.of(2025, 6, 10), null);

        // the congress a day late, with the next number; it revokes the document
        long congress = row(doc, "县人大常委会").id();
        assertThat(s.filings().submit(congress, LocalDate.of(2025, 4, 28), List.of(FilingMaterial.values()), null)
                .submission().reportNumber()).isEqualTo("清府规备字〔2025〕2号");
        assertThat(row(doc, "县人大常委会").status()).isEqualTo(FilingStatus.LATE);
        s.filings().recordRegistration(congress, RegistrationResult.REGISTERED, LocalDate.of(2025, 5, 8), null);
        at(LocalDate.of(2025, 7, 1));
        s.filings().recordReview(congress, ReviewResult.REVOKE, LocalDate.of(2025, 7, 1), "第三条与上位法相抵触");

        NormativeDocument revoked = s.register().find(doc).orElseThrow();
        assertThat(s.register().validityOf(revoked)).isEqualTo(Validity.REVOKED);
        assertThat(s.register().history(doc)).extracting(e -> e.action())
                .contains("FILING_CREATE", "FILING_SUBMIT", "FILING_REGISTRATION", "FILING_CORRECTION",
                        "FILING_REVIEW", "END_OF_FORCE");

        List<FilingFigures> figures = s.filings().statistics(2025);
        FilingFigures government = figures.stream().filter(f -> f.category() == IssuerCategory.GOVERNMENT)
                .findFirst().orElseThrow();
        assertThat(government.made()).isEqualTo(1);
        assertThat(government.filed()).isEqualTo(1);
        assertThat(government.onTime()).isZero(); // one of its two filings was late
        assertThat(government.complete()).isZero(); // the city's first submission lacked the review opinion
        assertThat(government.passed()).isZero(); // 暂缓 before 予以备案登记
        assertThat(government.corrected()).isEqualTo(1);
        assertThat(s.filings().statisticsParagraph(2025))
                .isEqualTo("全年共制发规范性文件1件，已按规定报市人民政府和县人大常委会备案，备案通过率0%。");
    }

    @Test
    void theCorrectionAndAnswerPeriodsAreSettings() {
        var p = s.rules().current();
        s.rules().save(new org.normdesk.domain.RulePack(p.reviewDays(), p.commentWorkingDays(), p.commentDaysMarket(),
                p.effectiveGapDays(), p.validityYears(), p.trialValidityYears(), p.announcementValidityYears(),
                p.registrationTemplate(), p.opinionTemplate(), p.reviewOffice(), p.expiryWindowMonths(), 10, 15));
        long doc = publish(s, clock, gov.id(), "清河县养犬管理办法", "清政发〔2025〕3号", LocalDate.of(2025, 3, 28));
        long city = row(doc, "市人民政府").id();
        s.filings().submit(city, LocalDate.of(2025, 4, 20), List.of(FilingMaterial.values()), null);
        s.filings().recordRegistration(city, RegistrationResult.DEFERRED, LocalDate.of(2025, 5, 6), null);
        assertThat(row(doc, "市人民政府").filing().registration().correctionDue()).isEqualTo(LocalDate.of(2025, 5, 16));
        s.filings().recordReview(city, ReviewResult.CORRECTION, LocalDate.of(2025, 6, 1), "第五条设定罚款无依据");
        assertThat(row(doc, "市人民政府").filing().followUp().answerDue()).isEqualTo(LocalDate.of(2025, 6, 16));
        assertThatThrownBy(() -> s.rules().save(new org.normdesk.domain.RulePack(p.reviewDays(), p.commentWorkingDays(),
                p.commentDaysMarket(), p.effectiveGapDays(), p.validityYears(), p.trialValidityYears(),
                p.announcementValidityYears(), p.registrationTemplate(), p.opinionTemplate(), p.reviewOffice(),
                p.expiryWindowMonths(), 0, 15))).isInstanceOf(RuleViolation.class);
    }

    @Test
    void aDepartmentsDocumentIsFiledWithTheCountyNotOutward() {
        long doc = publish(s, clock, bureau.id(), "清河县市场监督管理局行政处罚裁量基准", "清市监发〔2025〕2号",
                LocalDate.of(2025, 3, 10));
        List<FilingRow> rows = s.filings().list(FilingQuery.all());
        assertThat(rows).singleElement().satisfies(r -> assertThat(r.authority()).isEqualTo("县人民政府"));
        Filing received = s.filings().receiveIncoming(doc, "县市场监管局法规股", LocalDate.of(2025, 3, 20),
                List.of(FilingMaterial.values()));
        assertThat(received.filedBy()).isEqualTo("县市场监管局法规股");
        assertThat(received.status(LocalDate.of(2025, 3, 20))).isEqualTo(FilingStatus.ON_TIME);
    }

    @Test
    void authoritiesAreSettingsWithTheirOwnTimeLimit() {
        FilingAuthority city = s.filings().authorities().get(0);
        s.filings().saveAuthority(new FilingAuthority(city.id(), city.name(), city.direction(), 15, city.reportPattern(),
                city.categories(), city.materials(), true, city.sortOrder(), city.version()));
        long doc = publish(s, clock, gov.id(), "清河县户外广告管理办法", "清政发〔2025〕5号", LocalDate.of(2025, 3, 28));
        assertThat(row(doc, "市人民政府").filing().dueOn()).isEqualTo(LocalDate.of(2025, 4, 12));
        assertThat(row(doc, "县人大常委会").filing().dueOn()).isEqualTo(LocalDate.of(2025, 4, 27));
        assertThatThrownBy(() -> s.filings().saveAuthority(FilingAuthority.outgoing("市人民政府", "无编号",
                EnumSet.of(IssuerCategory.GOVERNMENT))))
                .isInstanceOf(RuleViolation.class).hasMessageContaining("已有名为“市人民政府”");
    }

    @Test
    void theRegisterAndTheCatalogReadBackFromWordAndExcel() throws Exception {
        long doc = publish(s, clock, gov.id(), "清河县养犬管理办法", "清政发〔2025〕3号", LocalDate.of(2025, 3, 28));
        publish(s, clock, gov.id(), "清河县城市绿化管理办法", "清政发〔2025〕4号", LocalDate.of(2025, 4, 2));
        long city = row(doc, "市人民政府").id();
        s.filings().submit(city, LocalDate.of(2025, 4, 20), List.of(FilingMaterial.values()), null);
        s.filings().recordRegistration(city, RegistrationResult.REGISTERED, LocalDate.of(2025, 5, 6), null);
        at(LocalDate.of(2025, 6, 1));
        String registration = s.register().find(doc).orElseThrow().registrationNumber();

        FilingQuery q = FilingQuery.all().between(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))
                .withAuthority(s.filings().authorities().get(0).id());
        Path xlsx = dir.resolve("备案登记表.xlsx");
        assertThat(s.filings().exportRegister(q, s.filings().registerHeading(q), xlsx)).isEqualTo(2);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter();
            assertThat(fmt.formatCellValue(sheet.getRow(0).getCell(0))).startsWith("规范性文件备案登记表").contains("市人民政府");
            List<String> head = new ArrayList<>();
            sheet.getRow(1).forEach(c -> head.add(fmt.formatCellValue(c)));
            assertThat(head).containsExactly("序号", "文件名称", "文号", "统一登记号", "制定机关", "公布日期", "施行日期",
                    "有效期至", "报送日期", "是否按期", "登记结论", "审查结论", "备注");
            Row first = sheet.getRow(2);
            assertThat(fmt.formatCellValue(first.getCell(1))).isEqualTo("清河县养犬管理办法");
            assertThat(fmt.formatCellValue(first.getCell(2))).isEqualTo("清政发〔2025〕3号");
            assertThat(fmt.formatCellValue(first.getCell(3))).isEqualTo(registration);
            assertThat(first.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 3, 28));
            assertThat(first.getCell(8).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 4, 20));
            assertThat(fmt.formatCellValue(first.getCell(9))).isEqualTo("是");
            assertThat(fmt.formatCellValue(first.getCell(10))).isEqualTo("予以备案登记");
            Row second = sheet.getRow(3);
            assertThat(fmt.formatCellValue(second.getCell(1))).isEqualTo("清河县城市绿化管理办法");
            assertThat(fmt.formatCellValue(second.getCell(9))).isEqualTo("否"); // due 5月2日, still not filed on 6月1日
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }

        Path docx = dir.resolve("备案登记表.docx");
        s.filings().exportRegister(q, s.filings().registerHeading(q), docx);
        try (InputStream in = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(in)) {
            assertThat(d.getDocument().getBody().getSectPr().getPgSz().getOrient().toString()).isEqualTo("landscape");
            XWPFTable t = d.getTables().get(0);
            assertThat(t.getRows()).hasSize(3);
            assertThat(t.getRow(0).getTableCells()).extracting(XWPFTableCell::getText).hasSize(13)
                    .startsWith("序号", "文件名称").endsWith("审查结论", "备注");
            assertThat(t.getRow(1).getTableCells()).extracting(XWPFTableCell::getText)
                    .contains("1", "清河县养犬管理办法", "清政发〔2025〕3号", "2025.3.28", "2025.4.20", "是", "予以备案登记");
        }

        s.register().endForce(doc, org.normdesk.domain.EndOfForce.REPEALED, LocalDate.of(2025, 5, 30), "已被新办法取代");
        Path catalog = dir.resolve("目录.xlsx");
        assertThat(s.filings().exportCatalog(2025, catalog)).isEqualTo(3);
        try (InputStream in = Files.newInputStream(catalog); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter();
            assertThat(fmt.formatCellValue(sheet.getRow(0).getCell(0))).isEqualTo("清河县人民政府2025年度规范性文件目录");
            assertThat(fmt.formatCellValue(sheet.getRow(2).getCell(0))).isEqualTo("一、制定（2件）");
            assertThat(fmt.formatCellValue(sheet.getRow(3).getCell(1))).isEqualTo("清河县养犬管理办法");
            assertThat(fmt.formatCellValue(sheet.getRow(5).getCell(0))).isEqualTo("二、修改（0件）");
            assertThat(fmt.formatCellValue(sheet.getRow(6).getCell(0))).startsWith("三、废止");
            assertThat(fmt.formatCellValue(sheet.getRow(7).getCell(7))).isEqualTo("2025年5月30日起已废止");
        }
        Path catalogDocx = dir.resolve("目录.docx");
        s.filings().exportCatalog(2025, catalogDocx);
        Path report = dir.resolve("备案报告.docx");
        s.filings().exportReport(city, report);
        try (InputStream in = Files.newInputStream(report); XWPFDocument d = new XWPFDocument(in)) {
            String text = String.join("\n", d.getParagraphs().stream().map(p -> p.getText()).toList());
            assertThat(text).contains("清府规备字〔2025〕1号", "关于《清河县养犬管理办法》的备案报告", "市人民政府：",
                    "现将我县2025年3月28日发布的《清河县养犬管理办法》（清政发〔2025〕3号）1份及起草说明、制定依据、合法性审核意见",
                    "清河县人民政府", "2025年4月20日");
        }
        assertThatThrownBy(() -> s.filings().exportRegister(q, "x", dir.resolve("表.pdf")))
                .isInstanceOf(RuleViolation.class).hasMessageContaining(".docx");
        // kept for a person to look at: target/filing-exports
        Path keep = Files.createDirectories(Path.of("target", "filing-exports"));
        for (Path p : List.of(docx, catalogDocx, report, xlsx)) {
            Files.copy(p, keep.resolve(p.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
