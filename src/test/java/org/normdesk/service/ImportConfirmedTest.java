package org.normdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.RegisterQuery;
import org.normdesk.domain.Stage;
import org.normdesk.domain.extract.LedgerSheet;
import org.normdesk.store.Database;
import org.normdesk.store.Store;

/**
 * The window's two-step import on a real H2 register: examine without saving, then save the
 * confirmed (corrected) fields; a file's document and original are one transaction.
 */
class ImportConfirmedTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path data;
    @TempDir
    Path files;

    private Database database;
    private Store store;
    private RegisterService register;
    private IssuerService issuers;
    private final Clock clock = new MutableClock(LocalDate.of(2025, 6, 1).atStartOfDay(ZONE).toInstant(), ZONE);
    private Issuer government;
    private Issuer finance;

    @BeforeEach
    void open() {
        database = Database.open(data);
        store = new Store(database);
        register = new RegisterService(store, clock, Session.trusted("测试"));
        issuers = new IssuerService(store, clock, Session.trusted("测试"));
        government = issuers.add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, LocalDate.of(2018, 1, 1)));
        finance = issuers.add(Issuer.create("清河县财政局", "清财", IssuerCategory.DEPARTMENT, LocalDate.of(2018, 1, 1)));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ImportService imports() {
        return new ImportService(store, register, issuers, clock);
    }

    private Path published(String name, String number, String title) throws Exception {
        return Files.writeString(files.resolve(name), String.join("\n", "清河县人民政府文件", number, title,
                "第一条 为了加强城市道路管理，制定本办法。", "第二条 本办法自2025年3月1日起施行，有效期5年。",
                "清河县人民政府", "2025年2月14日"), StandardCharsets.UTF_8);
    }

    private long documents() {
        return register.page(RegisterQuery.firstPage()).total();
    }

    @Test
    void aFailureStoringTheOriginalLeavesNoDocumentBehind() throws Exception {
        Path file = published("a.txt", "清政发〔2025〕3号", "清河县城市道路管理办法");
        // A real database failure inside the transaction: the file name is longer than its column (500).
        ImportService failing = new ImportService(store, register, issuers, clock,
                (r, id, name, sha, textSha, content, at) -> r.originals().insert(id, "长".repeat(600), sha, textSha, content, at));

        ImportReport report = failing.importAll(List.of(file), Progress.NONE);

        assertThat(report.imported()).isEmpty();
        assertThat(report.failed()).singleElement().satisfies(s -> assertThat(s.reason()).contains("a.txt", "未导入"));
        assertThat(documents()).isZero();
        assertThat(register.history(1)).isEmpty();

        // Nothing half-saved blocks the next try: the same file imports, with its original.
        ImportReport again = imports().importAll(List.of(file), Progress.NONE);
        assertThat(again.imported()).hasSize(1);
        assertThat(documents()).isEqualTo(1);
        ImportCandidate c = imports().examineAll(List.of(file), Progress.NONE).get(0);
        java.util.Optional<Long> stored = store.read(r -> r.originals().documentWithFile(c.sha256()));
        assertThat(stored).contains(again.imported().get(0).documentId());
    }

    @Test
    void examiningSavesNothingAndFlagsDuplicatesOfTheRegisterAndOfTheBatch() throws Exception {
        Path a = published("a.txt", "清政发〔2025〕3号", "清河县城市道路管理办法");
        imports().importAll(List.of(a), Progress.NONE);
        Path sameText = Files.writeString(files.resolve("a-copy.txt"), Files.readString(a) + "\n\n");
        Path b = published("b.txt", "清政发〔2025〕4号", "清河县城市绿化管理办法");
        Path bAgain = Files.copy(b, files.resolve("b-again.txt"));
        Path broken = Files.write(files.resolve("c.docx"), "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));

        List<ImportCandidate> found = imports().examineAll(List.of(a, sameText, b, bAgain, broken), Progress.NONE);

        assertThat(found).extracting(ImportCandidate::status).containsExactly(ImportCandidate.Status.DUPLICATE,
                ImportCandidate.Status.DUPLICATE, ImportCandidate.Status.READY, ImportCandidate.Status.DUPLICATE,
                ImportCandidate.Status.UNREADABLE);
        assertThat(found.get(0).reason()).contains("已经导入过");
        assertThat(found.get(3).reason()).contains("b.txt");
        assertThat(found.get(2).proposed().issuerId()).isEqualTo(government.id());
        assertThat(found.get(2).proposed().docNumber()).isEqualTo("清政发〔2025〕4号");
        assertThat(documents()).isEqualTo(1);
    }

    @Test
    void savesTheCorrectedFieldsAndLooksForDuplicatesAgain() throws Exception {
        Path a = published("a.txt", "清政发〔2025〕3号", "清河县城市道路管理办法");
        Path b = published("b.txt", "清政发〔2025〕4号", "清河县城市绿化管理办法");
        List<ImportCandidate> found = imports().examineAll(List.of(a, b), Progress.NONE);
        ImportFields p = found.get(0).proposed();
        ImportFields corrected = new ImportFields("清河县城市道路养护管理办法", "清政发〔2025〕5号", finance.id(), List.of(),
                p.signedOn(), LocalDate.of(2025, 4, 1), LocalDate.of(2027, 3, 31), true);
        // b is confirmed with a.txt's corrected 文号: the second one to be saved is a duplicate.
        ImportFields bWithSameNumber = new ImportFields(found.get(1).proposed().title(), "清政发〔2025〕5号",
                government.id(), List.of(), p.signedOn(), p.effectiveOn(), p.validUntil(), false);

        ImportReport report = imports().importConfirmed(List.of(new ConfirmedImport(found.get(0), corrected),
                new ConfirmedImport(found.get(1), bWithSameNumber)), Progress.NONE);

        assertThat(report.imported()).singleElement().satisfies(i -> assertThat(i.published()).isTrue());
        assertThat(report.duplicates()).singleElement().satisfies(s -> assertThat(s.reason()).contains("清政发〔2025〕5号"));
        NormativeDocument doc = register.find(report.imported().get(0).documentId()).orElseThrow();
        assertThat(doc.title()).isEqualTo("清河县城市道路养护管理办法");
        assertThat(doc.docNumber()).isEqualTo("清政发〔2025〕5号");
        assertThat(doc.leadIssuerId()).isEqualTo(finance.id());
        assertThat(doc.effectiveOn()).isEqualTo(LocalDate.of(2025, 4, 1));
        assertThat(doc.validUntil()).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(doc.trial()).isTrue();
        assertThat(doc.stage()).isEqualTo(Stage.PUBLISHED);
        assertThat(doc.fullText()).contains("第一条 为了加强城市道路管理");
    }

    @Test
    void aFileChangedAfterItWasExaminedIsRefused() throws Exception {
        Path a = published("a.txt", "清政发〔2025〕3号", "清河县城市道路管理办法");
        ImportCandidate c = imports().examineAll(List.of(a), Progress.NONE).get(0);
        Files.writeString(a, "\n第三条 新增的一条。", StandardCharsets.UTF_8, java.nio.file.StandardOpenOption.APPEND);

        ImportReport report = imports().importConfirmed(List.of(new ConfirmedImport(c, c.proposed())), Progress.NONE);

        assertThat(report.failed()).singleElement().satisfies(s -> assertThat(s.reason()).contains("修改", "重新导入"));
        assertThat(documents()).isZero();
    }

    @Test
    void previewsALedgersHeadingsMappingAndRows() throws Exception {
        Path ledger = files.resolve("台账.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); var out = Files.newOutputStream(ledger)) {
            Sheet s = wb.createSheet("2024年台账");
            String[][] cells = {
                    {"清河县行政规范性文件目录"},
                    {"序号", "文件名称（全称）", "发文字号", "制定机关", "施行日期", "备注"},
                    {"1", "清河县城市道路管理办法", "清政发[2017]3号", "清河县人民政府", "2017.4.1", ""}};
            for (int r = 0; r < cells.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            wb.write(out);
        }
        LedgerPreview preview = imports().previewLedger(ledger);
        assertThat(preview.failure()).isNull();
        assertThat(preview.sheet().sheetName()).isEqualTo("2024年台账");
        assertThat(preview.sheet().headerRowNumber()).isEqualTo(2);
        assertThat(preview.sheet().mappings()).containsExactly(
                new LedgerSheet.Mapping("文件名称（全称）", "B", LedgerSheet.Field.TITLE),
                new LedgerSheet.Mapping("发文字号", "C", LedgerSheet.Field.DOC_NUMBER),
                new LedgerSheet.Mapping("制定机关", "D", LedgerSheet.Field.ISSUER),
                new LedgerSheet.Mapping("施行日期", "E", LedgerSheet.Field.EFFECTIVE_ON));
        assertThat(preview.sheet().rows()).singleElement().satisfies(r -> assertThat(r.effectiveOn()).isEqualTo(LocalDate.of(2017, 4, 1)));

        Path notExcel = Files.writeString(files.resolve("台账2.xlsx"), "不是表格");
        assertThat(imports().previewLedger(notExcel).failure().message()).contains("台账2.xlsx");
    }
}
