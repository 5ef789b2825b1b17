package org.normdesk.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.normdesk.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.stage.Stage;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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
import org.normdesk.domain.extract.LedgerRow;
import org.normdesk.domain.extract.LedgerSheet;
import org.normdesk.service.Services;
import org.normdesk.ui.FxTestSupport;
import org.normdesk.ui.common.FxTaskRunner;
import org.normdesk.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The ledger's mapping step driven as a user would: the office kept its joint issuers under 备注;
 * the user picks 联合发文机关 for that column from its drop-down, sees the preview follow, sees the
 * import refused while no column is the title, imports, and finds the documents with their co-issuers.
 */
@ExtendWith(ApplicationExtension.class)
class LedgerImportDialogTest {
    @TempDir
    static Path files;
    private static Path folder;
    private static Services services;
    private static FxTaskRunner runner;
    private static Issuer finance;
    private static Issuer development;
    private Stage stage;

    @BeforeAll
    static void openServices() {
        FxTestSupport.relaxTimeouts();
        folder = FxTestSupport.newDataFolder();
        services = Services.open(folder, Clock.systemDefaultZone(), "张审核");
        services.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, LocalDate.of(2015, 1, 1)));
        finance = services.issuers().add(Issuer.create("清河县财政局", "清财", IssuerCategory.DEPARTMENT, LocalDate.of(2015, 1, 1)));
        development = services.issuers().add(Issuer.create("清河县发展和改革局", "清发改", IssuerCategory.DEPARTMENT, LocalDate.of(2015, 1, 1)));
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
        stage.setScene(new Scene(MainWindow.create(services), 1280, 800));
        stage.show();
    }

    @AfterEach
    void closeWindows() {
        FxTestSupport.closeAllWindows();
    }

    private static Path ledger() throws Exception {
        Path file = files.resolve("清河县规范性文件台账.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); var out = Files.newOutputStream(file)) {
            Sheet s = wb.createSheet("2019年");
            String[][] cells = {
                    {"清河县行政规范性文件目录（2019年）"},
                    {"序号", "文件名称", "发文字号", "制定机关", "发布日期", "施行日期", "备注", "时效性"},
                    {"1", "清河县政府投资项目资金管理办法", "清政发〔2019〕5号", "清河县人民政府", "2019.5.10", "2019年6月10日", "清河县财政局、清河县发展和改革局", "现行有效"},
                    {"2", "清河县财政专项资金绩效评价办法", "清财规〔2019〕2号", "清河县财政局", "2019-07-01", "2019-08-01", "", "现行有效"},
                    {"3", "清河县价格监测暂行办法", "清发改规〔2019〕1号", "清河县发展和改革局", "2019.9.31", "2019.10.1", "清河县财政局", "现行有效"}};
            for (int r = 0; r < cells.length; r++) {
                Row row = s.createRow(r);
                for (int c = 0; c < cells[r].length; c++) {
                    row.createCell(c).setCellValue(cells[r][c]);
                }
            }
            wb.write(out);
        }
        return file;
    }

    /** Opens the column's drop-down and clicks the choice, as a user does. */
    private static void choose(FxRobot robot, String column, String label) {
        TableView<LedgerColumnChoice> mapping = robot.lookup("#ledgerMapping").queryTableView();
        int row = mapping.getItems().stream().map(LedgerColumnChoice::letter).toList().indexOf(column);
        robot.interact(() -> mapping.scrollTo(row));
        // The table keeps a hidden cell for measuring rows: take the drop-down the user sees.
        ComboBox<?> box = robot.lookup("#ledgerTarget-" + column).queryAllAs(ComboBox.class).stream()
                .filter(LedgerImportDialogTest::shown).findFirst().orElseThrow();
        robot.clickOn(box);
        waitUntil(box::isShowing);
        Node item = robot.lookup(".list-cell").match((Node n) -> n instanceof ListCell<?> cell && label.equals(cell.getText())
                && shown(cell) && inList(cell)).query();
        robot.clickOn(item);
        waitUntil(() -> !box.isShowing());
    }

    /** An entry of an open list, not the cell a closed drop-down shows its value in (also a list-cell). */
    private static boolean inList(Node node) {
        for (Node n = node.getParent(); n != null; n = n.getParent()) {
            if (n instanceof javafx.scene.control.ListView<?>) {
                return true;
            }
        }
        return false;
    }

    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        // Closed drop-downs keep their lists in hidden pop-up windows: only a showing window counts.
        return node.getScene() != null && node.getScene().getWindow() != null && node.getScene().getWindow().isShowing();
    }

    @Test
    void correctsAColumnsFieldThenImportsTheLedger(FxRobot robot) throws Exception {
        Path file = ledger();
        List<Throwable> errors = new ArrayList<>();
        ImportWindows windows = new ImportWindows(services.imports(), services.issuers(), runner, () -> stage,
                errors::add, () -> { }, MainWindow.STYLESHEET);
        robot.interact(() -> windows.open(List.of(file)));
        waitUntil(() -> robot.lookup("#ledgerRows").tryQuery().isPresent());

        TableView<LedgerColumnChoice> mapping = robot.lookup("#ledgerMapping").queryTableView();
        assertThat(mapping.getItems()).extracting(LedgerColumnChoice::heading)
                .containsExactly("序号", "文件名称", "发文字号", "制定机关", "发布日期", "施行日期", "备注", "时效性");
        assertThat(mapping.getItems()).extracting(c -> c.targetProperty().get().field()).containsExactly(null,
                LedgerSheet.Field.TITLE, LedgerSheet.Field.DOC_NUMBER, LedgerSheet.Field.ISSUER,
                LedgerSheet.Field.PUBLISHED_ON, LedgerSheet.Field.EFFECTIVE_ON, null, LedgerSheet.Field.STATUS);
        TableView<LedgerRow> rows = robot.lookup("#ledgerRows").queryTableView();
        assertThat(rows.getItems()).hasSize(3);
        assertThat(rows.getItems().get(0).coIssuers()).isEmpty();
        assertThat(rows.getItems().get(2).problem()).as("2019.9.31 is no day").contains("2019.9.31");

        // 备注 (column G) holds the joint issuers here: the user says so, and the preview follows.
        choose(robot, "G", "联合发文机关");
        waitUntil(() -> !rows.getItems().get(0).coIssuers().isEmpty());
        assertThat(rows.getItems().get(0).coIssuers()).containsExactly("清河县财政局", "清河县发展和改革局");
        FxTestSupport.snapshot(mapping.getScene(), "import-ledger-mapping");

        // Without a title column the import is refused, in words, until one is chosen again.
        choose(robot, "B", "不导入");
        Label problem = robot.lookup("#ledgerMappingProblem").queryAs(Label.class);
        Button importButton = robot.lookup("#importButton").queryButton();
        waitUntil(problem::isVisible);
        assertThat(problem.getText()).contains("“标题”", "不能导入");
        assertThat(importButton.isDisabled()).isTrue();
        FxTestSupport.snapshot(mapping.getScene(), "import-ledger-mapping-problem");
        choose(robot, "B", "标题");
        waitUntil(() -> !importButton.isDisabled());

        robot.clickOn(importButton);
        waitUntil(() -> robot.lookup("#reportTable").tryQuery().isPresent()
                && robot.lookup("#reportTable").queryTableView().getItems().size() == 3);
        TableView<ReportLine> report = robot.lookup("#reportTable").queryTableView();
        assertThat(report.getItems()).extracting(ReportLine::outcome).containsExactly(ReportLine.Outcome.FAILED,
                ReportLine.Outcome.PUBLISHED, ReportLine.Outcome.PUBLISHED);
        assertThat(report.getItems().get(0).file()).isEqualTo("清河县规范性文件台账.xlsx#5");
        assertThat(report.getItems().get(0).detail()).contains("2019.9.31");
        assertThat(robot.lookup("#importMessage").queryLabeled().getText()).contains("新增 2 件", "失败 1 件");
        FxTestSupport.snapshot(report.getScene(), "import-ledger-report");
        assertThat(errors).isEmpty();

        var found = services.register().page(RegisterQuery.firstPage().withText("政府投资项目资金管理办法")).rows();
        assertThat(found).hasSize(1);
        NormativeDocument doc = services.register().find(found.get(0).id()).orElseThrow();
        assertThat(doc.coIssuerIds()).containsExactlyInAnyOrder(finance.id(), development.id());
        assertThat(doc.publishedOn()).isEqualTo(LocalDate.of(2019, 5, 10));
    }
}
