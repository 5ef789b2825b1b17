package org.normdesk.ui.cleanup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.normdesk.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.normdesk.domain.DocumentKind;
import org.normdesk.domain.EndOfForce;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.NormativeDocument;
import org.normdesk.domain.Texts;
import org.normdesk.domain.cleanup.CampaignStatus;
import org.normdesk.domain.cleanup.CleanupCampaign;
import org.normdesk.domain.cleanup.CleanupItem;
import org.normdesk.domain.cleanup.CleanupOutcome;
import org.normdesk.service.Services;
import org.normdesk.ui.FxTestSupport;
import org.normdesk.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The 清理 screen as a user drives it: create a campaign, see the suggestions, decide a selection of
 * two documents at once, take the suggestion for the rest, read the tally, close and publish.
 */
@ExtendWith(ApplicationExtension.class)
class CleanupScreenTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-06-16T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    private static Path folder;
    private static Services services;
    private Scene scene;

    @BeforeAll
    static void openServices() {
        FxTestSupport.relaxTimeouts();
        folder = FxTestSupport.newDataFolder();
        services = Services.open(folder, CLOCK, "tester");
        Issuer gov = services.issuers().add(Issuer.create("清河县人民政府", "清政", IssuerCategory.GOVERNMENT, null));
        Issuer bureau = services.issuers().add(Issuer.create("清河县农业农村局", "清农", IssuerCategory.DEPARTMENT, null));
        publish(gov, "清河县城区道路临时占用管理办法", "清政发〔2019〕3号", LocalDate.of(2019, 6, 1), LocalDate.of(2024, 5, 31));
        publish(gov, "清河县城市绿化管理办法", "清政发〔2020〕1号", LocalDate.of(2020, 3, 1), null);
        publish(bureau, "清河县秸秆禁烧工作方案", "清农发〔2021〕2号", LocalDate.of(2021, 3, 1), LocalDate.of(2022, 12, 31));
        publish(bureau, "清河县农机购置补贴实施细则", "清农发〔2022〕5号", LocalDate.of(2022, 4, 1), null);
    }

    private static void publish(Issuer issuer, String title, String number, LocalDate on, LocalDate validUntil) {
        services.register().create(NormativeDocument.draft(title, issuer.id(), DocumentKind.MEASURES)
                .toBuilder().stage(org.normdesk.domain.Stage.PUBLISHED).docNumber(number).publishedOn(on)
                .effectiveOn(on).validUntil(validUntil).fullText("第一条 为规范管理，制定本办法。").build());
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
    void aCampaignFromCreationToPublication(FxRobot robot) {
        robot.clickOn("#navCleanup");
        robot.clickOn("#cleanupNew");
        waitUntil(() -> robot.lookup("#cleanupCreateDialog").tryQuery().isPresent());
        robot.clickOn("#cleanupName").write("2025年规范性文件全面清理");
        robot.interact(() -> robot.lookup("#cleanupCutOff").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(LocalDate.of(2024, 12, 31)));
        FxTestSupport.snapshot(robot.lookup("#cleanupCreateDialog").query().getScene(), "cleanup-create-dialog");
        robot.clickOn(button(robot, "button.ok"));

        TableView<CleanupItem> table = robot.lookup("#cleanupTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 4);
        CleanupCampaign campaign = services.cleanup().campaigns().get(0);
        assertThat(campaign.name()).isEqualTo("2025年规范性文件全面清理");
        // the two documents whose 有效期 passed are suggested for 宣布失效, with the date shown as the signal
        assertThat(table.getItems()).filteredOn(i -> i.suggestion().outcome() == CleanupOutcome.DECLARE_EXPIRED)
                .extracting(CleanupItem::title)
                .containsExactlyInAnyOrder("清河县城区道路临时占用管理办法", "清河县秸秆禁烧工作方案");

        // 工作台 lists the open campaign
        robot.clickOn("#navHome");
        ListView<?> open = robot.lookup("#cleanupCampaignList").queryListView();
        waitUntil(() -> open.getItems().size() == 1);
        robot.clickOn("#navCleanup");
        waitUntil(() -> table.getItems().size() == 4);

        // select the two expired ones and decide them together
        robot.clickOn("清河县城区道路临时占用管理办法");
        robot.press(KeyCode.CONTROL).clickOn("清河县秸秆禁烧工作方案").release(KeyCode.CONTROL);
        waitUntil(() -> table.getSelectionModel().getSelectedItems().size() == 2);
        robot.clickOn("#cleanupDecide");
        waitUntil(() -> robot.lookup("#cleanupDecideDialog").tryQuery().isPresent());
        robot.clickOn("#cleanupReasonNote").write("工作已结束");
        robot.clickOn("#cleanupUnit").write("县司法局");
        FxTestSupport.snapshot(robot.lookup("#cleanupDecideDialog").query().getScene(), "cleanup-decide-dialog");
        robot.clickOn(button(robot, "button.ok"));
        waitUntil(() -> services.cleanup().items(campaign.id()).stream().filter(CleanupItem::decided).count() == 2);
        assertThat(services.cleanup().items(campaign.id())).filteredOn(CleanupItem::decided)
                .allSatisfy(i -> {
                    assertThat(i.decision().outcome()).isEqualTo(CleanupOutcome.DECLARE_EXPIRED);
                    assertThat(i.decision().reasonText()).isEqualTo("适用期已过；工作已结束");
                });

        // the other two as suggested
        waitUntil(() -> table.getItems().stream().filter(CleanupItem::decided).count() == 2);
        robot.clickOn("清河县城市绿化管理办法");
        robot.press(KeyCode.CONTROL).clickOn("清河县农机购置补贴实施细则").release(KeyCode.CONTROL);
        robot.clickOn("#cleanupAsSuggested");
        Label paragraph = robot.lookup("#cleanupParagraph").queryAs(Label.class);
        waitUntil(() -> paragraph.getText().equals("共清理规范性文件4件，其中保留2件，失效2件。"
                + "其中县政府制发规范性文件2件，保留1件，失效1件；1个县政府部门制发规范性文件2件，保留1件，失效1件。"));
        FxTestSupport.snapshot(scene, "cleanup-screen");

        // close and publish, after the dialog and the confirmation
        robot.clickOn("#cleanupClose");
        waitUntil(() -> robot.lookup("#cleanupCloseDialog").tryQuery().isPresent());
        robot.interact(() -> robot.lookup("#cleanupDecidedOn").queryAs(javafx.scene.control.DatePicker.class)
                .setValue(LocalDate.of(2025, 6, 30)));
        robot.clickOn(button(robot, "button.ok"));
        waitUntil(() -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        robot.clickOn(button(robot, "button.ok"));
        waitUntil(() -> services.cleanup().campaign(campaign.id()).status() == CampaignStatus.CLOSED);
        List<NormativeDocument> ended = services.cleanup().items(campaign.id()).stream()
                .map(i -> services.register().find(i.documentId()).orElseThrow())
                .filter(d -> d.endOfForce() != null).toList();
        assertThat(ended).hasSize(2).allSatisfy(d -> {
            assertThat(d.endOfForce()).isEqualTo(EndOfForce.DECLARED_EXPIRED);
            assertThat(d.endOfForceOn()).isEqualTo(LocalDate.of(2025, 6, 30));
        });
        waitUntil(() -> robot.lookup("#cleanupClose").queryAs(Button.class).isDisabled());
    }

    /** The button of the dialog open over the main window. */
    private Node button(FxRobot robot, String key) {
        return robot.lookup((Node n) -> n instanceof Button b && Texts.get(key).equals(b.getText()) && b.getScene() != scene)
                .<Node>query();
    }
}
