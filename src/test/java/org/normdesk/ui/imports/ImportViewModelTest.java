package org.normdesk.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.service.Progress;
import org.normdesk.service.Services;
import org.normdesk.ui.common.TaskRunner;

/** The review logic without a window: real services on a temporary H2 folder, work run at once. */
class ImportViewModelTest {
    @TempDir
    Path data;
    @TempDir
    Path files;

    private Services services;
    private final List<Throwable> errors = new ArrayList<>();
    private int importedCalls;
    private ImportViewModel viewModel;
    private Issuer finance;

    @BeforeEach
    void open() {
        services = Services.open(data, Clock.systemDefaultZone(), "测试");
        services.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, LocalDate.of(2018, 1, 1)));
        finance = services.issuers().add(Issuer.create("清河县财政局", "清财", IssuerCategory.DEPARTMENT, LocalDate.of(2018, 1, 1)));
        viewModel = new ImportViewModel(services.imports(), services.issuers(), TaskRunner.direct(), errors::add,
                () -> importedCalls++);
    }

    @AfterEach
    void close() {
        services.close();
        assertThat(errors).isEmpty();
    }

    private Path published(String name, String number, String title) throws Exception {
        return Files.writeString(files.resolve(name), String.join("\n", "清河县人民政府文件", number, title,
                "第一条 为了加强管理，制定本办法。", "第二条 本办法自2025年3月1日起施行，有效期5年。",
                "清河县人民政府", "2025年2月14日"), StandardCharsets.UTF_8);
    }

    private ImportRow row(String fileName) {
        return viewModel.rows().stream().filter(r -> r.fileName().equals(fileName)).findFirst().orElseThrow();
    }

    @Test
    void correctionsAreSavedAndUntickedRowsAreSkipped() throws Exception {
        Path a = published("a.txt", "清政发〔2025〕3号", "清河县城市道路管理办法");
        Path b = published("b.txt", "清政发〔2025〕4号", "清河县城市绿化管理办法");
        viewModel.examine(List.of(a, b));

        assertThat(viewModel.stepProperty().get()).isEqualTo(ImportViewModel.Step.REVIEW);
        assertThat(viewModel.rows()).extracting(r -> r.statusProperty().getValue())
                .containsExactly(ImportRow.Status.READY, ImportRow.Status.READY);
        ImportRow first = row("a.txt");
        assertThat(first.titleProperty().get()).isEqualTo("清河县城市道路管理办法");
        assertThat(first.evidence(ImportRow.Field.DOC_NUMBER).snippet()).contains("清政发〔2025〕3号");
        assertThat(first.evidence(ImportRow.Field.DOC_NUMBER).confidence()).isGreaterThan(0.5);

        first.titleProperty().set("清河县城市道路养护管理办法");
        first.issuerProperty().set(finance);
        first.validUntilProperty().set(LocalDate.of(2027, 2, 28));
        row("b.txt").tickedProperty().set(false);
        assertThat(first.corrected()).isTrue();
        assertThat(viewModel.summary()).contains("已勾选 1");
        viewModel.importConfirmed();

        assertThat(viewModel.stepProperty().get()).isEqualTo(ImportViewModel.Step.REPORT);
        var report = viewModel.reportProperty().get();
        assertThat(report.imported()).hasSize(1);
        assertThat(report.duplicates()).isEmpty();
        NormativeDocument doc = services.register().find(report.imported().get(0).documentId()).orElseThrow();
        assertThat(doc.title()).isEqualTo("清河县城市道路养护管理办法");
        assertThat(doc.leadIssuerId()).isEqualTo(finance.id());
        assertThat(doc.validUntil()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(services.register().page(org.normdesk.domain.RegisterQuery.firstPage()).total()).isEqualTo(1);
        assertThat(importedCalls).isEqualTo(1);
        assertThat(viewModel.reportLines()).extracting(ReportLine::outcome)
                .containsExactly(ReportLine.Outcome.PUBLISHED, ReportLine.Outcome.NOT_TICKED);
        assertThat(viewModel.messageProperty().get()).contains("新增 1 件");
    }

    @Test
    void duplicateAndUnreadableRowsAreFlaggedAndNotTicked() throws Exception {
        Path a = published("a.txt", "清政发〔2025〕3号", "清河县城市道路管理办法");
        services.imports().importAll(List.of(a), Progress.NONE);
        Path sameNumber = published("c.txt", "清政发〔2025〕3号", "另一个管理办法");
        Path pdf = Files.write(files.resolve("scan.docx"), "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));

        viewModel.examine(List.of(a, sameNumber, pdf));

        assertThat(viewModel.rows()).extracting(r -> r.statusProperty().getValue()).containsExactly(
                ImportRow.Status.DUPLICATE, ImportRow.Status.DUPLICATE, ImportRow.Status.UNREADABLE);
        assertThat(viewModel.rows()).allSatisfy(r -> assertThat(r.tickedProperty().get()).isFalse());
        assertThat(row("a.txt").statusTextProperty().getValue()).startsWith("重复").contains("已经导入过");
        assertThat(row("c.txt").statusTextProperty().getValue()).contains("清政发〔2025〕3号");
        assertThat(row("scan.docx").statusTextProperty().getValue()).startsWith("无法读取").contains("PDF");
        row("scan.docx").tickedProperty().set(true);
        assertThat(row("scan.docx").tickedProperty().get()).as("an unreadable file cannot be ticked").isFalse();
        assertThat(viewModel.canImportProperty().get()).isFalse();

        // The reviewer insists on the duplicate: the import looks again and reports it, saving nothing.
        row("c.txt").tickedProperty().set(true);
        viewModel.importConfirmed();
        // The report covers the batch: the unticked duplicate and the unreadable file are in it too.
        assertThat(viewModel.reportProperty().get().duplicates()).extracting(s -> s.file().getFileName().toString())
                .containsExactly("c.txt", "a.txt");
        assertThat(viewModel.reportProperty().get().failed()).extracting(s -> s.file().getFileName().toString())
                .containsExactly("scan.docx");
        assertThat(viewModel.reportProperty().get().imported()).isEmpty();
        assertThat(services.register().page(org.normdesk.domain.RegisterQuery.firstPage()).total()).isEqualTo(1);
        assertThat(importedCalls).isZero();
    }

    @Test
    void aRowWithoutAKnownIssuerWaitsForTheReviewerToPickOne() throws Exception {
        Path unknown = Files.writeString(files.resolve("d.txt"), String.join("\n", "某某县农业局文件", "某农发〔2025〕1号",
                "某某县农药管理办法", "第一条 为了加强管理，制定本办法。", "某某县农业局", "2025年2月14日"), StandardCharsets.UTF_8);
        viewModel.examine(List.of(unknown));

        ImportRow r = row("d.txt");
        assertThat(r.statusProperty().getValue()).isEqualTo(ImportRow.Status.INCOMPLETE);
        assertThat(r.statusTextProperty().getValue()).contains("制定主体清单");
        assertThat(viewModel.issuers()).extracting(Issuer::name).contains("清河县财政局");
        r.issuerProperty().set(finance);
        assertThat(r.statusProperty().getValue()).isEqualTo(ImportRow.Status.READY);
        r.titleProperty().set("  ");
        assertThat(r.statusProperty().getValue()).isEqualTo(ImportRow.Status.INCOMPLETE);
        assertThat(r.statusTextProperty().getValue()).contains("请填写标题");
    }

    @Test
    void coIssuersCanBeChosenInTheReview() throws Exception {
        Path a = published("a.txt", "清政发〔2025〕3号", "清河县城市道路管理办法");
        viewModel.examine(List.of(a));
        ImportRow r = row("a.txt");
        assertThat(r.coIssuers()).isEmpty();

        r.coIssuers().add(finance);
        assertThat(r.corrected()).isTrue();
        viewModel.importConfirmed();

        NormativeDocument doc = services.register().find(viewModel.reportProperty().get().imported().get(0).documentId()).orElseThrow();
        assertThat(doc.coIssuerIds()).containsExactly(finance.id());
    }

    @Test
    void theLedgerMappingCanBeCorrectedAndThePreviewFollows() throws Exception {
        Path ledger = files.resolve("台账.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(ledger)) {
            var sheet = wb.createSheet("台账");
            String[][] cells = {
                    {"序号", "文件名称", "文号", "制定机关", "发文日期", "施行日期", "备注"},
                    {"1", "清河县城市道路管理办法", "清政发〔2017〕3号", "清河县人民政府", "2017.3.1", "2017.4.1", "清河县财政局"},
                    {"2", "", "清政发〔2017〕4号", "清河县人民政府", "2017.3.1", "2017.4.1", ""}};
            for (int i = 0; i < cells.length; i++) {
                var row = sheet.createRow(i);
                for (int c = 0; c < cells[i].length; c++) {
                    row.createCell(c).setCellValue(cells[i][c]);
                }
            }
            wb.write(out);
        }
        viewModel.previewLedger(ledger);
        assertThat(viewModel.stepProperty().get()).isEqualTo(ImportViewModel.Step.LEDGER_PREVIEW);
        LedgerMappingModel mapping = viewModel.ledgerMapping();
        assertThat(mapping.columns()).hasSize(7);
        assertThat(mapping.previewRows()).hasSize(2);
        assertThat(mapping.previewRows().get(1).problem()).contains("没有文件标题");
        assertThat(viewModel.messageProperty().get()).contains("可导入 1 行", "有问题 1 行");
        assertThat(viewModel.canImportProperty().get()).isTrue();

        // 发文日期 meant the day of publication here, and 备注 the joint issuers.
        mapping.columns().get(4).targetProperty().set(new LedgerTarget(org.normdesk.domain.extract.LedgerSheet.Field.PUBLISHED_ON));
        mapping.columns().get(6).targetProperty().set(new LedgerTarget(org.normdesk.domain.extract.LedgerSheet.Field.CO_ISSUERS));
        assertThat(mapping.previewRows().get(0).publishedOn()).isEqualTo(LocalDate.of(2017, 3, 1));
        assertThat(mapping.previewRows().get(0).signedOn()).isNull();
        assertThat(mapping.previewRows().get(0).coIssuers()).containsExactly("清河县财政局");

        // Choosing the title for the 文号 column moves it there: the 文件名称 column is no longer imported.
        mapping.columns().get(2).targetProperty().set(new LedgerTarget(org.normdesk.domain.extract.LedgerSheet.Field.TITLE));
        assertThat(mapping.columns().get(1).targetProperty().get()).isEqualTo(LedgerTarget.IGNORE);
        mapping.columns().get(2).targetProperty().set(LedgerTarget.IGNORE);
        assertThat(mapping.problemProperty().get()).contains("“标题”");
        assertThat(viewModel.messageProperty().get()).contains("“标题”", "不能导入");
        assertThat(viewModel.canImportProperty().get()).isFalse();
        mapping.columns().get(1).targetProperty().set(new LedgerTarget(org.normdesk.domain.extract.LedgerSheet.Field.TITLE));
        mapping.columns().get(2).targetProperty().set(new LedgerTarget(org.normdesk.domain.extract.LedgerSheet.Field.DOC_NUMBER));
        assertThat(viewModel.canImportProperty().get()).isTrue();

        viewModel.importConfirmed();

        var report = viewModel.reportProperty().get();
        assertThat(report.imported()).singleElement().satisfies(i -> assertThat(i.published()).isTrue());
        assertThat(report.failed()).extracting(f -> f.file().getFileName().toString()).containsExactly("台账.xlsx#3");
        NormativeDocument doc = services.register().find(report.imported().get(0).documentId()).orElseThrow();
        assertThat(doc.publishedOn()).isEqualTo(LocalDate.of(2017, 3, 1));
        assertThat(doc.coIssuerIds()).containsExactly(finance.id());
        assertThat(viewModel.reportLines()).extracting(ReportLine::outcome)
                .containsExactly(ReportLine.Outcome.FAILED, ReportLine.Outcome.PUBLISHED);
    }
}
