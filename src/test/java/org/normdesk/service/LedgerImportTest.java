package org.normdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.normdesk.domain.AuditEvent;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.RegisterQuery;
import org.normdesk.domain.Stage;
import org.normdesk.domain.extract.LedgerMapping;
import org.normdesk.domain.extract.LedgerSheet.Field;
import org.normdesk.store.Database;
import org.normdesk.store.Store;

/**
 * Excel ledgers (.xlsx and .xls written with POI) imported into a real H2 register: every spelling
 * of a date and Excel's own date cells, a mapping corrected by the user, rows skipped with their row
 * number and reason, and one transaction for the whole ledger (a failure while writing leaves nothing).
 */
class LedgerImportTest {
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
    private Issuer development;

    @BeforeEach
    void open() {
        database = Database.open(data);
        store = new Store(database);
        register = new RegisterService(store, clock, Session.trusted("测试"));
        issuers = new IssuerService(store, clock, Session.trusted("测试"));
        government = issuers.add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, LocalDate.of(2015, 1, 1)));
        finance = issuers.add(Issuer.create("清河县财政局", "清财", IssuerCategory.DEPARTMENT, LocalDate.of(2015, 1, 1)));
        development = issuers.add(Issuer.create("清河县发展和改革局", "清发改", IssuerCategory.DEPARTMENT, LocalDate.of(2015, 1, 1)));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private ImportService imports() {
        return new ImportService(store, register, issuers, clock);
    }

    /** A ledger as offices keep it: a caption, the headings, then one document a row; a LocalDate becomes an Excel date cell. */
    private Path ledger(String name, String[] headings, Object[]... rows) throws Exception {
        Path file = files.resolve(name);
        try (Workbook wb = name.endsWith(".xls") ? new HSSFWorkbook() : new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("规范性文件目录");
            s.createRow(0).createCell(0).setCellValue("清河县行政规范性文件目录");
            Row h = s.createRow(1);
            for (int c = 0; c < headings.length; c++) {
                h.createCell(c).setCellValue(headings[c]);
            }
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy\"年\"m\"月\"d\"日\""));
            for (int r = 0; r < rows.length; r++) {
                Row row = s.createRow(r + 2);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(dateStyle);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
        }
        return file;
    }

    private static final String[] HEADINGS = {"序号", "文件名称", "发文字号", "制定机关", "成文日期", "公布日期", "施行日期", "有效期", "时效性", "备注"};

    private Map<String, NormativeDocument> byTitle() {
        return register.page(RegisterQuery.firstPage()).rows().stream()
                .map(r -> register.find(r.id()).orElseThrow())
                .collect(Collectors.toMap(NormativeDocument::title, Function.identity()));
    }

    private long documents() {
        return register.page(RegisterQuery.firstPage()).total();
    }

    private static String name(ImportReport.Skipped s) {
        return s.file().getFileName().toString();
    }

    @ParameterizedTest
    @ValueSource(strings = {"xlsx", "xls"})
    void readsEveryDateSpellingAndExcelDateCells(String ext) throws Exception {
        Path file = ledger("台账." + ext, HEADINGS,
                new Object[] {1, "清河县城市道路管理办法", "清政发[2017]3号", "清河县人民政府", "2017.3.1", "2017.3.1", "2017.4.1", "2022.3.31", "现行有效", ""},
                new Object[] {2, "清河县财政资金管理办法", "清财规〔2017〕1号", "清河县财政局", "2017-03-01", "2017-03-01", "2017-04-01", "5年", "现行有效", ""},
                new Object[] {3, "清河县政府投资项目管理办法", "清政发〔2017〕9号", "清河县人民政府", "2017年3月1日", "2017年3月1日", "2017年4月1日", "—", "", ""},
                new Object[] {4, "清河县价格调节基金管理办法", "清发改规〔2017〕2号", "清河县发展和改革局",
                        LocalDate.of(2017, 3, 1), LocalDate.of(2017, 3, 1), LocalDate.of(2017, 4, 1), LocalDate.of(2019, 3, 31), "", ""},
                new Object[] {5, "清河县殡葬管理暂行办法", "清政发〔2017〕12号", "清河县人民政府", 20170301, 20170301, 20170401, "", "", ""});

        ImportReport report = imports().importLedger(file, Progress.NONE);

        assertThat(report.failed()).isEmpty();
        assertThat(report.imported()).hasSize(5).allSatisfy(i -> assertThat(i.published()).isTrue());
        assertThat(report.imported()).extracting(i -> i.file().getFileName().toString())
                .containsExactly("台账." + ext + "#3", "台账." + ext + "#4", "台账." + ext + "#5", "台账." + ext + "#6", "台账." + ext + "#7");
        Map<String, NormativeDocument> docs = byTitle();
        for (NormativeDocument d : docs.values()) {
            assertThat(d.signedOn()).as(d.title()).isEqualTo(LocalDate.of(2017, 3, 1));
            assertThat(d.publishedOn()).as(d.title()).isEqualTo(LocalDate.of(2017, 3, 1));
            assertThat(d.effectiveOn()).as(d.title()).isEqualTo(LocalDate.of(2017, 4, 1));
            assertThat(d.stage()).isEqualTo(Stage.PUBLISHED);
        }
        assertThat(docs.get("清河县城市道路管理办法").docNumber()).isEqualTo("清政发〔2017〕3号");
        assertThat(docs.get("清河县城市道路管理办法").validUntil()).isEqualTo(LocalDate.of(2022, 3, 31));
        assertThat(docs.get("清河县财政资金管理办法").validUntil()).as("5年 from 施行").isEqualTo(LocalDate.of(2022, 3, 31));
        assertThat(docs.get("清河县价格调节基金管理办法").validUntil()).isEqualTo(LocalDate.of(2019, 3, 31));
        assertThat(docs.get("清河县价格调节基金管理办法").leadIssuerId()).isEqualTo(development.id());
        assertThat(docs.get("清河县殡葬管理暂行办法").trial()).isTrue();
        // Each document's creation is audited, and the ledger itself once.
        NormativeDocument road = docs.get("清河县城市道路管理办法");
        assertThat(register.history(road.id())).extracting(AuditEvent::action).containsExactly("CREATE");
        List<AuditEvent> ledgerEvents = store.read(r -> r.audit().history(LedgerImporter.ENTITY, 0));
        assertThat(ledgerEvents).singleElement().satisfies(e -> assertThat(e.summary()).contains("台账." + ext, "新增 5 件", "跳过 0 行"));
    }

    @Test
    void skipsInvalidRowsAndSaysWhichAndWhy() throws Exception {
        imports().importLedger(ledger("旧台账.xlsx", HEADINGS,
                new Object[] {1, "清河县城市道路管理办法", "清政发〔2017〕3号", "清河县人民政府", "2017.3.1", "2017.3.1", "2017.4.1"}), Progress.NONE);
        String[] headings = {"序号", "文件名称", "发文字号", "制定机关", "联合发文机关", "公布日期", "施行日期", "备注"};
        Path file = ledger("台账.xlsx", headings,
                new Object[] {1, "清河县财政资金管理办法", "清财规〔2018〕1号", "清河县财政局", "", "2018.1.5", "2018.2.1"},
                new Object[] {2, "", "清财规〔2018〕2号", "清河县财政局", "", "2018.1.5", "2018.2.1", "标题漏填"},
                new Object[] {3, "清河县政府采购管理办法", "清财规〔2018〕3号", "清河县财政局", "", "2018.13.45", "2018.2.1"},
                new Object[] {4, "清河县城市道路管理办法（重复）", "清政发[2017]3号", "清河县人民政府", "", "2017.3.1", "2017.4.1"},
                new Object[] {5, "清河县财政资金管理办法（又一行）", "清财规〔2018〕1号", "清河县财政局", "", "2018.1.5", "2018.2.1"},
                new Object[] {6, "某某县农药管理办法", "某农发〔2018〕1号", "某某县农业局", "", "2018.1.5", "2018.2.1"},
                new Object[] {7, "清河县物价和财政联合管理办法", "清财规〔2018〕7号", "清河县财政局、清河县发展和改革局", "某某县物价局", "2018.1.5", "2018.2.1"},
                new Object[] {8, "清河县价格监测办法", "清发改规〔2018〕8号", "清河县发展和改革局", "清河县财政局", "2018.3.5", "2018.4.1"},
                new Object[] {9, "清河县节能管理办法", "", "清河县发展和改革局", "", "", ""});

        ImportReport report = imports().importLedger(file, Progress.NONE);

        assertThat(report.imported()).extracting(ImportReport.Imported::title)
                .containsExactly("清河县财政资金管理办法", "清河县价格监测办法", "清河县节能管理办法");
        assertThat(report.imported()).extracting(ImportReport.Imported::published).containsExactly(true, true, false);
        assertThat(report.duplicates()).extracting(LedgerImportTest::name).containsExactly("台账.xlsx#6", "台账.xlsx#7");
        assertThat(report.duplicates().get(0).reason()).contains("清政发〔2017〕3号");
        assertThat(report.duplicates().get(1).reason()).contains("清财规〔2018〕1号", "第 3 行");
        assertThat(report.failed()).extracting(LedgerImportTest::name).containsExactly("台账.xlsx#4", "台账.xlsx#5",
                "台账.xlsx#8", "台账.xlsx#9");
        assertThat(report.failed().get(0).reason()).contains("文件名称", "没有文件标题");
        assertThat(report.failed().get(1).reason()).contains("公布日期", "2018.13.45", "不是可识别的日期");
        assertThat(report.failed().get(2).reason()).contains("某某县农业局", "制定主体清单");
        assertThat(report.failed().get(3).reason()).contains("某某县物价局", "联合发文机关");
        // Two issuers in one cell: the first leads, the other is a co-issuer; a co-issuer column adds more.
        NormativeDocument price = byTitle().get("清河县价格监测办法");
        assertThat(price.leadIssuerId()).isEqualTo(development.id());
        assertThat(price.coIssuerIds()).containsExactly(finance.id());
        assertThat(documents()).isEqualTo(4);
    }

    @Test
    void importsThroughTheMappingTheUserCorrected() throws Exception {
        // The office wrote 发文日期 for the day it published, and the joint issuers under 备注.
        String[] headings = {"序号", "标题", "文号", "发文机关", "发文日期", "施行日期", "备注"};
        Path file = ledger("台账.xlsx", headings,
                new Object[] {1, "清河县政府投资项目资金管理办法", "清政发〔2019〕5号", "清河县人民政府", "2019.5.10", "2019.6.10", "清河县财政局、清河县发展和改革局"});
        LedgerPreview preview = imports().previewLedger(file);
        LedgerMapping detected = preview.sheet().detectedMapping();
        assertThat(detected.fieldOf(4)).contains(Field.SIGNED_ON);
        assertThat(detected.fieldOf(6)).isEmpty();

        LedgerMapping corrected = detected.with(4, Field.PUBLISHED_ON).with(6, Field.CO_ISSUERS);
        ImportReport report = imports().importLedger(preview, corrected, Progress.NONE);

        assertThat(report.imported()).singleElement().satisfies(i -> assertThat(i.published()).isTrue());
        NormativeDocument doc = register.find(report.imported().get(0).documentId()).orElseThrow();
        assertThat(doc.publishedOn()).isEqualTo(LocalDate.of(2019, 5, 10));
        assertThat(doc.signedOn()).isNull();
        assertThat(doc.leadIssuerId()).isEqualTo(government.id());
        assertThat(doc.coIssuerIds()).containsExactlyInAnyOrder(finance.id(), development.id());
        String audit = store.read(r -> r.audit().history(LedgerImporter.ENTITY, 0)).get(0).after();
        assertThat(audit).contains("PUBLISHED_ON", "CO_ISSUERS", "备注");
    }

    @Test
    void aMappingWithoutTitleOrIssuerIsRefusedAndWritesNothing() throws Exception {
        Path file = ledger("台账.xlsx", HEADINGS,
                new Object[] {1, "清河县城市道路管理办法", "清政发〔2017〕3号", "清河县人民政府", "2017.3.1", "2017.3.1", "2017.4.1"});
        LedgerPreview preview = imports().previewLedger(file);
        LedgerMapping noTitle = preview.sheet().detectedMapping().with(1, null);
        assertThat(noTitle.problem().orElseThrow()).contains("标题");

        ImportReport report = imports().importLedger(preview, noTitle, Progress.NONE);

        assertThat(report.failed()).singleElement().satisfies(s -> {
            assertThat(s.file()).isEqualTo(file);
            assertThat(s.reason()).contains("“标题”", "不能导入");
        });
        assertThat(documents()).isZero();
        // Choosing the title column again for another field moves it: the mapping stays one column per field.
        LedgerMapping moved = preview.sheet().detectedMapping().with(2, Field.TITLE);
        assertThat(moved.fieldOf(1)).isEmpty();
        assertThat(moved.fieldOf(2)).contains(Field.TITLE);
        assertThat(moved.columnOf(Field.DOC_NUMBER)).isEmpty();
    }

    @Test
    void aFailureWhileWritingLeavesNothingOfTheLedger() throws Exception {
        Path file = ledger("台账.xlsx", HEADINGS,
                new Object[] {1, "清河县城市道路管理办法", "清政发〔2017〕3号", "清河县人民政府", "2017.3.1", "2017.3.1", "2017.4.1"},
                new Object[] {2, "清河县财政资金管理办法", "清财规〔2017〕1号", "清河县财政局", "2017.3.1", "2017.3.1", "2017.4.1"},
                new Object[] {3, "", "清财规〔2017〕2号", "清河县财政局"});
        // A real database failure inside the ledger's transaction, after the documents and their
        // audit events are written: the ledger's event names an entity longer than its column (30).
        ImportService failing = new ImportService(store, register, issuers, clock,
                (r, id, name, sha, textSha, content, at) -> r.originals().insert(id, name, sha, textSha, content, at),
                (r, event) -> r.audit().append(new AuditEvent(null, event.at(), event.actor(), "长".repeat(40),
                        event.entityId(), event.action(), event.summary(), event.before(), event.after())));
        long eventsBefore = store.read(r -> r.audit().count());

        ImportReport report = failing.importLedger(file, Progress.NONE);

        assertThat(report.imported()).isEmpty();
        assertThat(report.failed()).extracting(LedgerImportTest::name).containsExactly("台账.xlsx", "台账.xlsx#5");
        assertThat(report.failed().get(0).reason()).contains("台账.xlsx", "一件也没有导入", "没有任何改变");
        assertThat(documents()).isZero();
        long eventsAfter = store.read(r -> r.audit().count());
        assertThat(eventsAfter).isEqualTo(eventsBefore);
        assertThat(new AuditService(store).verify().intact()).isTrue();

        // Nothing half-written blocks the next try: the same ledger imports whole.
        ImportReport again = imports().importLedger(file, Progress.NONE);
        assertThat(again.imported()).hasSize(2);
        assertThat(again.failed()).extracting(LedgerImportTest::name).containsExactly("台账.xlsx#5");
        assertThat(documents()).isEqualTo(2);
    }

    @Test
    void cancellingWritesNothing() throws Exception {
        Path file = ledger("台账.xlsx", HEADINGS,
                new Object[] {1, "清河县城市道路管理办法", "清政发〔2017〕3号", "清河县人民政府", "2017.3.1", "2017.3.1", "2017.4.1"},
                new Object[] {2, "清河县财政资金管理办法", "清财规〔2017〕1号", "清河县财政局", "2017.3.1", "2017.3.1", "2017.4.1"});
        ImportReport report = imports().importLedger(file, (done, total) -> done < 1);
        assertThat(report.cancelled()).isTrue();
        assertThat(report.imported()).isEmpty();
        assertThat(documents()).isZero();
    }
}
