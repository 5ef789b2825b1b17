package org.normdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.normdesk.ui.FxTestSupport.waitUntil;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;

import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Spinner;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.normdesk.domain.Issuer;
import org.normdesk.domain.IssuerCategory;
import org.normdesk.domain.Texts;
import org.normdesk.service.BackupService;
import org.normdesk.service.Services;
import org.normdesk.ui.FxTestSupport;
import org.normdesk.ui.common.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** 文件 → 备份与恢复 driven as a user would, headless, on a temporary data folder. */
@ExtendWith(ApplicationExtension.class)
class BackupMenuTest {
    private static Path folder;
    private static volatile Services services;
    private Stage stage;

    @BeforeAll
    static void openServices() {
        FxTestSupport.relaxTimeouts();
        folder = FxTestSupport.newDataFolder();
        services = Services.open(folder, Clock.systemDefaultZone(), "tester");
        services.issuers().add(Issuer.create("江城县人民政府", "江政", IssuerCategory.GOVERNMENT, LocalDate.of(2020, 1, 1)));
    }

    @AfterAll
    static void closeServices() {
        services.close();
        FxTestSupport.delete(folder);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(scene());
        stage.show();
    }

    private Scene scene() {
        return new Scene(MainWindow.create(services, new FxTaskRunner(2), this::restoreAndReopen), 1280, 800);
    }

    /** What the application does (NormDeskApp): close, restore, reopen, fresh window. */
    private BackupService.RestoreReport restoreAndReopen(Path file) {
        services.close();
        try {
            return Services.restore(folder, file, Clock.systemDefaultZone(), "tester");
        } finally {
            services = Services.open(folder, Clock.systemDefaultZone(), "tester");
            Platform.runLater(() -> stage.setScene(scene()));
        }
    }

    @AfterEach
    void closeWindows() {
        FxTestSupport.closeAllWindows();
    }

    /** Menu popups of earlier tests linger without a window: click the one on screen. */
    private static void clickShowing(FxRobot robot, String text) {
        waitUntil(() -> robot.lookup(text).match(BackupMenuTest::onScreen).tryQuery().isPresent());
        robot.clickOn(robot.lookup(text).match(BackupMenuTest::onScreen).<javafx.scene.Node>query());
    }

    private static boolean onScreen(javafx.scene.Node n) {
        return n.getScene() != null && n.getScene().getWindow() != null && n.getScene().getWindow().isShowing();
    }

    private static boolean dialogSays(FxRobot robot, String text) {
        return robot.lookup(".dialog-pane").tryQueryAs(DialogPane.class)
                .map(p -> p.getContentText() != null && p.getContentText().contains(text)).orElse(false);
    }

    @Test
    void backUpNowFromTheMenuWritesAVerifiedBackup(FxRobot robot) throws Exception {
        clickShowing(robot, Texts.get("menu.file"));
        clickShowing(robot, Texts.get("menu.file.backup"));
        clickShowing(robot, Texts.get("menu.file.backupNow"));
        waitUntil(() -> dialogSays(robot, "已校验"));
        FxTestSupport.snapshot(robot.lookup(".dialog-pane").query().getScene(), "backup-done");
        try (var files = Files.list(folder.resolve("backups"))) {
            assertThat(files.filter(p -> p.getFileName().toString().startsWith("normdesk-backup-"))).hasSize(1);
        }
        robot.clickOn(Texts.get("button.ok"));
    }

    @Test
    void restoreAsksThenBringsBackTheBackupInAFreshWindow(FxRobot robot) throws Exception {
        Path backup = services.backups().backupTo(folder.resolveSibling(folder.getFileName() + "-b.zip")).file();
        services.issuers().add(Issuer.create("江城县财政局", "江财", IssuerCategory.DEPARTMENT, LocalDate.of(2020, 1, 1)));
        assertThat(services.issuers().all()).hasSize(2);
        BackupMenu menu = new BackupMenu(services.backups(), services.fullExport(), new FxTaskRunner(1),
                this::restoreAndReopen, () -> true);
        robot.interact(() -> menu.restore(stage, backup));
        waitUntil(() -> dialogSays(robot, "替换当前全部数据"));
        FxTestSupport.snapshot(robot.lookup(".dialog-pane").query().getScene(), "restore-confirm");
        robot.clickOn(Texts.get("button.ok"));
        waitUntil(() -> dialogSays(robot, "恢复前的数据已另存为"));
        assertThat(services.issuers().all()).hasSize(1);
        robot.clickOn(Texts.get("button.ok"));
        Files.deleteIfExists(backup);
    }

    @Test
    void settingsAreSavedFromTheDialog(FxRobot robot) {
        // the third item of a submenu is not reliably reached by moving the mouse in headless Monocle: fire it
        javafx.scene.control.MenuBar bar = robot.lookup("#menuBar").queryAs(javafx.scene.control.MenuBar.class);
        javafx.scene.control.Menu backup = (javafx.scene.control.Menu) bar.getMenus().get(0).getItems().stream()
                .filter(i -> "backupSubMenu".equals(i.getId())).findFirst().orElseThrow();
        javafx.scene.control.MenuItem settings = backup.getItems().stream()
                .filter(i -> Texts.get("menu.file.backupSettings").equals(i.getText())).findFirst().orElseThrow();
        Platform.runLater(settings::fire); // showAndWait: it must not block the robot
        waitUntil(() -> robot.lookup("#backupGenerations").tryQuery().isPresent());
        Spinner<?> generations = robot.lookup("#backupGenerations").queryAs(Spinner.class);
        robot.interact(() -> generations.getEditor().setText("4"));
        robot.clickOn("#backupSecondFolder").write(folder.resolveSibling("usb").toString());
        FxTestSupport.snapshot(generations.getScene(), "backup-settings");
        robot.clickOn(Texts.get("button.ok"));
        waitUntil(() -> services.backups().settings().generations() == 4);
        assertThat(services.backups().settings().secondFolder()).endsWith("usb");
    }
}
