package org.normdesk.ui.laws;

import static org.assertj.core.api.Assertions.assertThat;
import static org.normdesk.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Texts;
import org.normdesk.domain.cleanup.CampaignKind;
import org.normdesk.domain.cleanup.CleanupCampaign;
import org.normdesk.domain.cleanup.CleanupItem;
import org.normdesk.domain.law.LawStatus;
import org.normdesk.domain.law.UpperLaw;
import org.normdesk.service.Services;
import org.normdesk.service.UpperLawService.CitingDocument;
import org.normdesk.ui.FxTestSupport;
import org.normdesk.ui.main.MainWindow;
import org.normdesk.ui.settings.RiskRulesViewModel.CategoryCount;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The 上位法库 screen as a user drives it: find a law, mark it repealed, see the documents in force
 * citing it, start the 专项清理 and find it on the 清理 screen; and the 风险规则 tab of 设置.
 */
@ExtendWith(ApplicationExtension.class)
class UpperLawsScreenTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-16T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static final String LAW = "中华人民共和国行政许可法";
    private static Path folder;
    private static Services services;
    private static NormativeDocument approvals;
    private static NormativeDocument traders;
    private Scene scene;

    @BeforeAll
    static void openServices() {
        FxTestSupport.relaxTimeouts();
        folder = FxTestSupport.newDataFolder();
        services = Services.open(folder, CLOCK, "tester");
        Issuer gov = services.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, null));
        Issuer bureau = services.issuers().add(Issuer.create("清河县市场监督管理局", "清市监", IssuerCategory.DEPARTMENT, null));
        approvals = publish(gov, "清河县行政审批事项管理办法", "清政发〔2020〕4号", LocalDate.of(2020, 5, 1),
                "第一条 根据《中华人民共和国行政许可法》第十二条，制定本办法。");
        traders = publish(bureau, "清河县个体工商户登记实施细则", "清市监发〔2022〕1号", LocalDate.of(2022, 3, 1),
                "第一条 依照《行政许可法》，制定本细则。");
        publish(gov, "清河县城市绿化管理办法", "清政发〔2021〕2号", LocalDate.of(2021, 3, 1), "第一条 为了加强城市绿化管理，制定本办法。");
    }

    private static NormativeDocument publish(Issuer issuer, String title, String number, LocalDate on, String text) {
        return services.register().create(NormativeDocument.draft(title, issuer.id(), DocumentKind.MEASURES)
                .toBuilder().stage(org.normdesk.domain.Stage.PUBLISHED).docNumber(number).signedOn(on).publishedOn(on)
                .effectiveOn(on).fullText(text).build());
    }

    @AfterAll
    static void closeServices() {
        services.close();
        FxTestSupport.delete(folder);
    }

    @Start
    void start(Stage stage) {
        scene = new Scene(MainWindow.create(services), 1280, 820);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void closeWindows() {
        FxTestSupport.closeAllWindows();
    }

    @Test
    void markALawRepealedAndStartTheSpecialCleanupOverTheDocumentsCitingIt(FxRobot robot) {
        robot.clickOn("#navLaws");
        TableView<UpperLaw> laws = robot.lookup("#lawTable").queryTableView();
        waitUntil(() -> laws.getItems().size() > 1000);
        robot.clickOn("#lawSearch").write("行政许可法");
        waitUntil(() -> laws.getItems().size() < 10);
        robot.clickOn(LAW);
        TableView<CitingDocument> citing = robot.lookup("#lawCitingTable").queryTableView();
        waitUntil(() -> citing.getItems().size() == 2);

        robot.clickOn("#lawRepeal");
        waitUntil(() -> robot.lookup("#lawRepealDialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#lawRepealedOn").queryAs(DatePicker.class).setValue(LocalDate.of(2025, 6, 1)));
        robot.clickOn("#lawReplacedBy").write("中华人民共和国行政许可法（2025年修订）");
        FxTestSupport.snapshot(robot.lookup("#lawRepealDialog").query().getScene(), "laws-repeal-dialog");
        robot.clickOn(button(robot, "button.ok"));
        waitUntil(() -> services.laws().lookup(LAW).orElseThrow().status() == LawStatus.REPEALED);
        UpperLaw repealed = services.laws().lookup(LAW).orElseThrow();
        assertThat(repealed.statusOn()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(repealed.replacedBy()).isEqualTo("中华人民共和国行政许可法（2025年修订）");
        // the row shows its new status and the documents citing it stay listed
        waitUntil(() -> laws.getSelectionModel().getSelectedItem() != null
                && laws.getSelectionModel().getSelectedItem().status() == LawStatus.REPEALED);
        waitUntil(() -> citing.getItems().size() == 2);
        assertThat(citing.getItems()).extracting(CitingDocument::title)
                .containsExactlyInAnyOrder("清河县行政审批事项管理办法", "清河县个体工商户登记实施细则");
        assertThat(robot.lookup("#lawMessage").queryAs(Label.class).getText())
                .isEqualTo("已将《中华人民共和国行政许可法》标记为已废止。");
        FxTestSupport.snapshot(scene, "laws-screen");

        robot.clickOn("#lawStartCleanup");
        waitUntil(() -> robot.lookup("#lawCleanupDialog").tryQuery().isPresent());
        assertThat(robot.lookup("#lawCleanupName").queryAs(TextField.class).getText())
                .isEqualTo("因《中华人民共和国行政许可法》废止开展的专项清理");
        FxTestSupport.snapshot(robot.lookup("#lawCleanupDialog").query().getScene(), "laws-cleanup-dialog");
        robot.clickOn(button(robot, "button.ok"));
        waitUntil(() -> services.cleanup().campaigns().size() == 1);
        CleanupCampaign campaign = services.cleanup().campaigns().get(0);
        assertThat(campaign.kind()).isEqualTo(CampaignKind.SPECIAL);
        assertThat(services.cleanup().items(campaign.id())).extracting(CleanupItem::documentId)
                .containsExactlyInAnyOrder(approvals.id(), traders.id());
        // the user is told where to find it
        waitUntil(() -> robot.lookup((Label l) -> l.getText() != null && l.getText().startsWith("已发起专项清理"))
                .tryQuery().isPresent());
        robot.clickOn(button(robot, "button.ok"));

        robot.clickOn("#navCleanup");
        TableView<CleanupItem> items = robot.lookup("#cleanupTable").queryTableView();
        waitUntil(() -> items.getItems().size() == 2);
    }

    @Test
    void theRiskRulesTabShowsThePackAndItsRulesPerCategory(FxRobot robot) {
        robot.clickOn("#navSettings");
        robot.clickOn(Texts.get("settings.riskRules"));
        TableView<CategoryCount> table = robot.lookup("#riskRulesTable").queryTableView();
        waitUntil(() -> !table.getItems().isEmpty());
        String version = services.riskRules().current().version();
        assertThat(robot.lookup("#riskRulesVersion").queryAs(Label.class).getText()).contains(version);
        assertThat(table.getItems()).allSatisfy(c -> assertThat(c.rules()).isGreaterThan(0));
        FxTestSupport.snapshot(scene, "settings-risk-rules");

        // 恢复内置规则 asks first; 取消 changes nothing
        robot.clickOn("#riskRulesReset");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn(button(robot, "button.cancel"));
        assertThat(robot.lookup("#riskRulesStatus").queryAs(Label.class).getText()).isEmpty();
        robot.clickOn("#riskRulesReset");
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn(button(robot, "button.ok"));
        waitUntil(() -> "已恢复内置规则。".equals(robot.lookup("#riskRulesStatus").queryAs(Label.class).getText()));
    }

    /** The button of the dialog open over the main window. */
    private Node button(FxRobot robot, String key) {
        return robot.lookup((Node n) -> n instanceof Button b && Texts.get(key).equals(b.getText()) && b.getScene() != scene)
                .<Node>query();
    }
}
