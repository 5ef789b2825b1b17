package org.normdesk.ui.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.normdesk.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.chart.BarChart;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.Texts;
import org.normdesk.domain.filing.FilingFigures;
import org.normdesk.domain.filing.FilingQuery;
import org.normdesk.domain.filing.FilingRow;
import org.normdesk.domain.filing.FilingStatus;
import org.normdesk.service.Services;
import org.normdesk.ui.FxTestSupport;
import org.normdesk.ui.common.FxTaskRunner;
import org.normdesk.word.RedHeadDocx;
import org.normdesk.word.RedHeadDocx.Kind;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * 收到备案 as a reviewer does it: a township's Word file is read, its fields checked in the form,
 * saved with its filing, opened for 审查; then the year's figures in the statistics window.
 */
@ExtendWith(ApplicationExtension.class)
class IncomingAndStatisticsScreenTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-16T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static Path folder;
    private static Services services;
    private static Path word;
    private static FxTaskRunner runner;
    private final List<Long> opened = new CopyOnWriteArrayList<>();
    private FilingViewModel vm;
    private Stage stage;

    @BeforeAll
    static void openServices() throws Exception {
        FxTestSupport.relaxTimeouts();
        folder = FxTestSupport.newDataFolder();
        services = Services.open(folder, CLOCK, "tester");
        services.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, null));
        services.issuers().add(Issuer.create("清河县城关镇人民政府", "城关", IssuerCategory.TOWNSHIP, null));
        word = new RedHeadDocx()
                .add(Kind.RED_HEAD, "清河县城关镇人民政府文件")
                .add(Kind.DOC_NUMBER, "城政规〔2025〕1号")
                .add(Kind.TITLE, "城关镇农村集体资产管理办法")
                .add(Kind.BODY, "第一条 为了加强农村集体资产管理，制定本办法。")
                .add(Kind.BODY, "第二条 本办法自2025年6月1日起施行，有效期5年。")
                .add(Kind.SIGNATURE, "清河县城关镇人民政府")
                .add(Kind.SIGNATURE, "2025年5月20日")
                .write(folder.resolveSibling(folder.getFileName() + "-集体资产.docx"));
        runner = new FxTaskRunner(1);
    }

    @AfterAll
    static void closeServices() throws Exception {
        runner.close();
        services.close();
        FxTestSupport.delete(folder);
        java.nio.file.Files.deleteIfExists(word);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        vm = new FilingViewModel(services.filings(), services.incoming(), runner, e -> { throw new AssertionError(e); },
                () -> { });
        stage.setScene(new Scene(FilingView.create(vm, opened::add), 1280, 800));
        stage.show();
    }

    @AfterEach
    void closeWindows() {
        FxTestSupport.closeAllWindows();
    }

    @Test
    void aTownshipsWordFileIsReceivedExaminedAndCounted(FxRobot robot) {
        robot.interact(() -> vm.examineIncoming(word, draft -> IncomingFilingDialog.form(stage, vm, draft)));
        waitUntil(() -> robot.lookup("#incomingFilingDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#incomingTitle").queryAs(TextField.class).getText()).isEqualTo("城关镇农村集体资产管理办法");
        assertThat(robot.lookup("#incomingDocNumber").queryAs(TextField.class).getText()).isEqualTo("城政规〔2025〕1号");
        @SuppressWarnings("unchecked")
        ComboBox<Issuer> issuer = robot.lookup("#incomingIssuer").queryAs(ComboBox.class);
        assertThat(issuer.getValue().name()).isEqualTo("清河县城关镇人民政府");
        assertThat(issuer.getItems()).extracting(Issuer::name).containsExactly("清河县城关镇人民政府");
        assertThat(robot.lookup("#incomingFiledBy").queryAs(TextField.class).getText()).isEqualTo("清河县城关镇人民政府");
        FxTestSupport.snapshot(robot.lookup("#incomingFilingDialog").query().getScene(), "filing-incoming-dialog");
        robot.clickOn(robot.lookup((Node n) -> n instanceof Button b && Texts.get("button.ok").equals(b.getText()))
                .<Node>query());

        TableView<FilingRow> table = robot.lookup("#filingTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
        FilingRow row = table.getItems().get(0);
        assertThat(row.authority()).isEqualTo("县人民政府");
        assertThat(row.status()).isEqualTo(FilingStatus.ON_TIME);
        assertThat(row.filing().submittedOn()).isEqualTo(LocalDate.of(2025, 6, 16));
        assertThat(services.filings().list(FilingQuery.all())).hasSize(1);

        // the row's cells are drawn on a later pulse than the items arrive
        waitUntil(() -> robot.lookup("城关镇农村集体资产管理办法").tryQuery().isPresent());
        robot.clickOn("城关镇农村集体资产管理办法");
        robot.clickOn("#filingWorkbenchButton");
        waitUntil(() -> opened.contains(row.filing().documentId()));

        robot.clickOn("#filingStatsButton");
        waitUntil(() -> robot.lookup("#statsTable").tryQuery().isPresent());
        TableView<FilingFigures> stats = robot.lookup("#statsTable").queryTableView();
        waitUntil(() -> stats.getItems().size() == 2);
        assertThat(stats.getItems().get(0).category()).isEqualTo(IssuerCategory.TOWNSHIP);
        assertThat(stats.getItems().get(0).made()).isEqualTo(1);
        assertThat(stats.getItems().get(0).filed()).isEqualTo(1);
        BarChart<?, ?> chart = robot.lookup("#statsChart").queryAs(BarChart.class);
        waitUntil(() -> chart.getData().size() == 1);
        // the report's sentence is about the county government's own documents, of which there are none
        assertThat(robot.lookup("#statsParagraph").queryAs(TextArea.class).getText()).isEqualTo("全年未制发规范性文件。");
        FxTestSupport.snapshot(robot.lookup("#statsTable").query().getScene(), "filing-statistics");

        // a year typed wrongly is put back instead of failing; a good one is taken
        @SuppressWarnings("unchecked")
        Spinner<Integer> year = robot.lookup("#statsYear").queryAs(Spinner.class);
        int shown = year.getValue();
        robot.clickOn(year.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write("abc").type(KeyCode.ENTER);
        waitUntil(() -> year.getEditor().getText().equals(String.valueOf(shown)));
        assertThat(year.getValue()).isEqualTo(shown);
        robot.clickOn(year.getEditor()).press(KeyCode.CONTROL).type(KeyCode.A).release(KeyCode.CONTROL)
                .write(String.valueOf(shown - 1)).type(KeyCode.ENTER);
        waitUntil(() -> year.getValue() == shown - 1);
    }
}
