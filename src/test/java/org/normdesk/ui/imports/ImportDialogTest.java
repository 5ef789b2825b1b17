package org.normdesk.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.normdesk.ui.FxTestSupport.waitUntil;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.RegisterQuery;
import org.normdesk.domain.RegisterRow;
import org.normdesk.service.ImportCandidate;
import org.normdesk.service.Progress;
import org.normdesk.service.Services;
import org.normdesk.ui.FxTestSupport;
import org.normdesk.ui.common.FxTaskRunner;
import org.normdesk.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The import window driven as a user would, on three real corpus files: review, correct the 文号
 * the text copy lacks, untick one file, import, read the report, find the document in the register.
 */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {
    /** The development corpus, beside the project (as the evaluation finds it). */
    private static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final String CHANGNING_NUMBER = "长规划资源规〔2025〕2号";

    @TempDir
    static Path copies;
    private static Path folder;
    private static Services services;
    private static FxTaskRunner runner;
    private Scene scene;
    private Stage stage;

    @BeforeAll
    static void openServices() {
        FxTestSupport.relaxTimeouts();
        folder = FxTestSupport.newDataFolder();
        services = Services.open(folder, Clock.systemDefaultZone(), "张审核");
        for (String name : List.of("上海市长宁区规划和自然资源局", "上海市黄浦区人民政府", "上海市奉贤区财政局")) {
            services.issuers().add(Issuer.create(name, name.substring(3, 5), name.endsWith("政府")
                    ? IssuerCategory.GOVERNMENT : IssuerCategory.DEPARTMENT, LocalDate.of(2015, 1, 1)));
        }
        runner = new FxTaskRunner(1);
    }

    @AfterAll
    static void closeServices() {
        runner.close();
        services.close();
        FxTestSupport.delete(folder);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        scene = new Scene(MainWindow.create(services), 1280, 800);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeWindows() {
        FxTestSupport.closeAllWindows();
    }

    private static List<Path> copyCorpus(String... prefixes) throws IOException {
        List<Path> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.sorted().toList()) {
                for (String p : prefixes) {
                    if (f.getFileName().toString().startsWith(p)) {
                        out.add(Files.copy(f, copies.resolve(f.getFileName())));
                    }
                }
            }
        }
        assertThat(out).hasSize(prefixes.length);
        return out;
    }

    private static int indexOf(TableView<ImportRow> table, String prefix) {
        for (int i = 0; i < table.getItems().size(); i++) {
            if (table.getItems().get(i).fileName().startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no row for " + prefix);
    }

    @Test
    void reviewsCorrectsImportsAndReports(FxRobot robot) throws Exception {
        List<Path> files = new ArrayList<>(copyCorpus("sh-changning", "sh-fengxian", "sh-huangpu"));
        files.add(Files.copy(files.get(0), copies.resolve("长宁区办法（另存副本）.txt")));
        files.add(Files.write(copies.resolve("扫描件.docx"), "%PDF-1.4".getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        List<Throwable> errors = new ArrayList<>();
        ImportWindows windows = new ImportWindows(services.imports(), services.issuers(), runner, () -> stage,
                errors::add, () -> { }, MainWindow.STYLESHEET);
        robot.interact(() -> windows.open(files));

        waitUntil(() -> robot.lookup("#importTable").tryQuery().isPresent());
        TableView<ImportRow> table = robot.lookup("#importTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 5);
        assertThat(table.getItems()).extracting(r -> r.candidate().status()).containsExactly(
                ImportCandidate.Status.READY, ImportCandidate.Status.READY, ImportCandidate.Status.READY,
                ImportCandidate.Status.DUPLICATE, ImportCandidate.Status.UNREADABLE);

        int changning = indexOf(table, "sh-changning");
        robot.interact(() -> table.getSelectionModel().select(changning));
        TextField number = robot.lookup("#fieldDocNumber").queryAs(TextField.class);
        assertThat(number.getText()).as("the text copy carries no 文号: a real correction").isNotEqualTo(CHANGNING_NUMBER);
        robot.clickOn(number).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE).write(CHANGNING_NUMBER);
        waitUntil(() -> CHANGNING_NUMBER.equals(table.getItems().get(changning).docNumberProperty().get()));

        int fengxian = indexOf(table, "sh-fengxian");
        robot.interact(() -> table.getItems().get(fengxian).tickedProperty().set(false));
        robot.interact(() -> table.getSelectionModel().select(changning));
        Scene dialog = table.getScene();
        FxTestSupport.snapshot(dialog, "import-review");

        robot.clickOn("#importButton");
        waitUntil(() -> robot.lookup("#reportTable").tryQuery().isPresent()
                && !robot.lookup("#reportTable").queryTableView().getItems().isEmpty());
        FxTestSupport.snapshot(dialog, "import-report");
        TableView<ReportLine> report = robot.lookup("#reportTable").queryTableView();
        assertThat(report.getItems()).extracting(ReportLine::outcome).containsExactly(ReportLine.Outcome.FAILED,
                ReportLine.Outcome.DUPLICATE, ReportLine.Outcome.PUBLISHED, ReportLine.Outcome.DRAFT,
                ReportLine.Outcome.NOT_TICKED);
        assertThat(report.getItems().get(0).detail()).contains("扫描件.docx", "PDF");
        assertThat(report.getItems().get(1).detail()).contains("sh-changning");
        assertThat(robot.lookup("#importMessage").queryLabeled().getText()).contains("新增 2 件", "重复 1 件", "失败 1 件", "未勾选 1 件");
        assertThat(errors).isEmpty();

        // The register has the corrected 文号, and the ticked files only.
        var rows = services.register().page(RegisterQuery.firstPage().withText("长宁区未实施建设项目土地管理办法")).rows();
        assertThat(rows).hasSize(1);
        NormativeDocument doc = services.register().find(rows.get(0).id()).orElseThrow();
        assertThat(doc.docNumber()).isEqualTo(CHANGNING_NUMBER);
        assertThat(services.register().page(RegisterQuery.firstPage().withText("历史风貌区")).rows()).hasSize(1);
        assertThat(services.register().page(RegisterQuery.firstPage().withText("奉贤区")).rows()).as("unticked").isEmpty();
        // The original is stored: the same bytes are now recognised as already imported.
        ImportCandidate again = services.imports().examineAll(List.of(files.get(0)), Progress.NONE).get(0);
        assertThat(again.status()).isEqualTo(ImportCandidate.Status.DUPLICATE);
        assertThat(again.reason()).contains("已经导入过");

        robot.clickOn("#importClose");
        robot.clickOn("#navRegister");
        TableView<RegisterRow> register = robot.lookup("#registerTable").queryTableView();
        waitUntil(() -> register.getItems().stream().anyMatch(r -> CHANGNING_NUMBER.equals(r.docNumber())));
    }

    @Test
    void previewsAnExcelLedgerThenImportsIt(FxRobot robot) throws Exception {
        Path ledger = copies.resolve("规范性文件台账.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(ledger)) {
            var sheet = wb.createSheet("台账");
            String[][] cells = {
                    {"黄浦区行政规范性文件目录（2024年）"},
                    {"序号", "文件名称", "发文字号", "制定机关", "发布日期", "施行日期", "有效期至"},
                    {"1", "黄浦区既有多层住宅加装电梯管理办法", "黄府规〔2024〕2号", "上海市黄浦区人民政府", "2024-03-01", "2024-04-01", "2029-03-31"},
                    {"2", "黄浦区某某暂行规定", "", "上海市黄浦区某某办公室", "", "", ""}};
            for (int r = 0; r < cells.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            wb.write(out);
        }
        ImportWindows windows = new ImportWindows(services.imports(), services.issuers(), runner, () -> stage,
                e -> { }, () -> { }, MainWindow.STYLESHEET);
        robot.interact(() -> windows.open(List.of(ledger)));
        waitUntil(() -> robot.lookup("#ledgerRows").tryQuery().isPresent());
        TableView<?> mapping = robot.lookup("#ledgerMapping").queryTableView();
        assertThat(mapping.getItems()).as("every column of the sheet, mapped or not").hasSize(7);
        assertThat(robot.lookup("#ledgerRows").queryTableView().getItems()).hasSize(2);
        FxTestSupport.snapshot(mapping.getScene(), "import-ledger");

        robot.clickOn("#importButton");
        waitUntil(() -> robot.lookup("#reportTable").tryQuery().isPresent()
                && robot.lookup("#reportTable").queryTableView().getItems().size() == 2);
        assertThat(robot.lookup("#importMessage").queryLabeled().getText()).contains("新增 1 件", "失败 1 件");
        assertThat(services.register().page(RegisterQuery.firstPage().withText("加装电梯")).rows()).hasSize(1);
    }
}
