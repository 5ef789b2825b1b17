package org.normdesk.ui.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.normdesk.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.normdesk.domain.access.Actor;
import org.normdesk.service.EncryptionService;
import org.normdesk.service.Services;
import org.normdesk.service.DataKey;
import org.normdesk.store.WrongDataPasswordException;
import org.normdesk.ui.FxTestSupport;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The 数据文件密码 prompt on a real encrypted data folder, opened from a background thread as the
 * window opens its data: a wrong password is said to be wrong and asked again, the right one opens
 * the data; closing the prompt gives up without calling the data damaged.
 */
@ExtendWith(ApplicationExtension.class)
class DataPasswordDialogTest {
    private Path folder;
    private Stage stage;
    private final AtomicReference<Object> opened = new AtomicReference<>();

    @BeforeEach
    void encryptedFolder() {
        FxTestSupport.relaxTimeouts();
        folder = FxTestSupport.newDataFolder();
        Services.open(folder, Clock.systemDefaultZone(), "测试").close();
        EncryptionService.encrypt(folder, Clock.systemDefaultZone(), Actor.system("测试"), DataKey.plain(),
                "清河县数据2025".toCharArray(), null);
    }

    @AfterEach
    void close() {
        FxTestSupport.closeAllWindows();
        if (opened.get() instanceof Services s) {
            s.close();
        }
        FxTestSupport.delete(folder);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    private void openInBackground() {
        Thread t = new Thread(() -> {
            try {
                opened.set(Services.open(folder, Clock.systemDefaultZone(), "测试", DataPasswordDialog.prompt(stage)));
            } catch (RuntimeException e) {
                opened.set(e);
            }
        }, "open-encrypted");
        t.setDaemon(true);
        t.start();
    }

    private void type(FxRobot robot, String text) {
        PasswordField field = robot.lookup("#dataPassword").queryAs(PasswordField.class);
        robot.interact(() -> field.setText(text));
    }

    private void press(FxRobot robot, ButtonBar.ButtonData which) {
        DialogPane pane = robot.lookup("#" + DataPasswordDialog.ID).queryAs(DialogPane.class);
        Button button = (Button) pane.getButtonTypes().stream().filter(b -> b.getButtonData() == which)
                .map(pane::lookupButton).findFirst().orElseThrow();
        robot.interact(button::fire);
    }

    private String message(FxRobot robot) {
        return robot.lookup("#dataPasswordMessage").queryAs(Label.class).getText();
    }

    @Test
    void aWrongPasswordIsAskedAgainAndTheRightOneOpensTheData(FxRobot robot) {
        openInBackground();
        waitUntil(() -> robot.lookup("#dataPassword").tryQuery().isPresent());
        assertThat(message(robot)).isEmpty();
        type(robot, "猜错的密码");
        press(robot, ButtonBar.ButtonData.OK_DONE);

        waitUntil(() -> robot.lookup("#dataPasswordMessage").tryQuery().map(n -> !((Label) n).getText().isEmpty())
                .orElse(false));
        assertThat(message(robot)).isEqualTo("数据文件密码不正确，请重新输入");
        FxTestSupport.snapshot(robot.lookup("#" + DataPasswordDialog.ID).query().getScene(), "data-password-wrong");
        assertThat(opened.get()).isNull();

        type(robot, "清河县数据2025");
        press(robot, ButtonBar.ButtonData.OK_DONE);
        waitUntil(() -> opened.get() != null);
        assertThat(opened.get()).isInstanceOf(Services.class);
        assertThat(((Services) opened.get()).encrypted()).isTrue();
    }

    @Test
    void closingThePromptGivesUpWithoutCallingTheDataDamaged(FxRobot robot) {
        openInBackground();
        waitUntil(() -> robot.lookup("#dataPassword").tryQuery().isPresent());
        press(robot, ButtonBar.ButtonData.CANCEL_CLOSE);
        waitUntil(() -> opened.get() != null);
        assertThat(opened.get()).isInstanceOfSatisfying(WrongDataPasswordException.class,
                e -> assertThat(e.missing()).isTrue());
    }
}
