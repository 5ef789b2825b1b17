package org.normdesk.ui.users;

import static org.assertj.core.api.Assertions.assertThat;
import static org.normdesk.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.normdesk.domain.Texts;
import org.normdesk.domain.access.Actor;
import org.normdesk.domain.access.LoginPolicy;
import org.normdesk.domain.access.Role;
import org.normdesk.service.Services;
import org.normdesk.store.DataFolderException;
import org.normdesk.ui.FxTestSupport;
import org.normdesk.ui.common.FxTaskRunner;
import org.normdesk.ui.main.MainWindow;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The first start and the sign-in, driven as a person would on a real data folder, then the main
 * window as the 管理员 (with its 用户 tab) and as a 审核员 (without it, and without 恢复…).
 */
@ExtendWith(ApplicationExtension.class)
class SignInDialogTest {
    private Path folder;
    private Services services;
    private Stage stage;
    private final AtomicReference<Optional<Actor>> result = new AtomicReference<>();

    @BeforeEach
    void open() {
        FxTestSupport.relaxTimeouts();
        folder = FxTestSupport.newDataFolder();
        services = Services.openSignedOut(folder, Clock.systemDefaultZone(), "os-user");
    }

    @AfterEach
    void close() {
        FxTestSupport.closeAllWindows();
        services.close();
        FxTestSupport.delete(folder);
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new StackPane(), 400, 300));
        stage.show();
    }

    private void showDialog() {
        Platform.runLater(() -> result.set(SignInDialog.show(stage, services.users(), new FxTaskRunner(1))));
    }

    private void type(FxRobot robot, String id, String text) {
        TextField field = robot.lookup(id).queryAs(TextField.class);
        robot.interact(() -> field.setText(text));
    }

    private void pressOk(FxRobot robot, String dialogId) {
        DialogPane pane = robot.lookup("#" + dialogId).queryAs(DialogPane.class);
        Button ok = (Button) pane.getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).map(pane::lookupButton).findFirst()
                .orElseThrow();
        robot.interact(ok::fire);
    }

    private String message(FxRobot robot) {
        return robot.lookup("#signInMessage").queryAs(Label.class).getText();
    }

    @Test
    void theFirstStartCreatesTheAdministratorAndRefusesAWeakPasswordFirst(FxRobot robot) {
        showDialog();
        waitUntil(() -> robot.lookup("#" + SignInDialog.FIRST_RUN_ID).tryQuery().isPresent());
        type(robot, "#signInName", "王管理");
        type(robot, "#signInPassword", "12345678");
        type(robot, "#signInRepeated", "12345678");
        pressOk(robot, SignInDialog.FIRST_RUN_ID);
        waitUntil(() -> message(robot).contains("密码太简单"));
        assertThat(result.get()).isNull(); // still open: nothing typed is lost but the password
        assertThat(services.users().hasUsers()).isFalse();
        FxTestSupport.snapshot(robot.lookup("#" + SignInDialog.FIRST_RUN_ID).query().getScene(), "first-run");

        type(robot, "#signInPassword", "Qinghe#2025");
        type(robot, "#signInRepeated", "Qinghe#2025");
        pressOk(robot, SignInDialog.FIRST_RUN_ID);
        waitUntil(() -> result.get() != null);
        assertThat(result.get()).contains(Actor.user("王管理", Role.ADMIN));
        assertThat(services.session().current()).isEqualTo(Actor.user("王管理", Role.ADMIN));
    }

    @Test
    void aWrongPasswordSaysHowManyTriesAreLeftAndTheRightOneOpensTheWindowAsThatUser(FxRobot robot) {
        services.users().createFirstAdministrator("王管理", "Qinghe#2025".toCharArray(), "Qinghe#2025".toCharArray());
        services.users().savePolicy(new LoginPolicy(3, 15, 8));
        services.users().add("李四", Role.REVIEWER, "shenhe-2025".toCharArray(), "shenhe-2025".toCharArray());
        services.close();
        services = Services.openSignedOut(folder, Clock.systemDefaultZone(), "os-user");

        showDialog();
        waitUntil(() -> robot.lookup("#" + SignInDialog.LOGIN_ID).tryQuery().isPresent());
        assertThat(robot.lookup("#signInRepeated").tryQuery().filter(Node::isVisible)).isEmpty();
        type(robot, "#signInName", "李四");
        type(robot, "#signInPassword", "wrong-pass");
        pressOk(robot, SignInDialog.LOGIN_ID);
        waitUntil(() -> message(robot).startsWith("密码不对"));
        assertThat(message(robot)).isEqualTo("密码不对。还可再试 2 次，之后账户将被锁定一段时间。");
        FxTestSupport.snapshot(robot.lookup("#" + SignInDialog.LOGIN_ID).query().getScene(), "login");

        type(robot, "#signInPassword", "shenhe-2025");
        pressOk(robot, SignInDialog.LOGIN_ID);
        waitUntil(() -> result.get() != null);
        assertThat(result.get()).contains(Actor.user("李四", Role.REVIEWER));

        // the reviewer's window: their name at the bottom, no 用户 tab, no 恢复…
        robot.interact(() -> stage.setScene(new Scene(MainWindow.create(services), 1280, 800)));
        assertThat(robot.lookup("#dataFolderLabel").queryAs(Label.class).getText()).contains("当前用户：李四（审核员）");
        robot.clickOn("#navSettings");
        waitUntil(() -> robot.lookup(".tab-pane").tryQueryAs(TabPane.class).isPresent());
        assertThat(robot.lookup(".tab-pane").queryAs(TabPane.class).getTabs())
                .noneMatch(t -> t.getText().equals(Texts.get("settings.users")));
        MenuItem restore = menuItem(robot, Texts.get("menu.file.restore"));
        assertThat(restore).isNotNull();
        assertThat(restore.isDisable()).isTrue();
    }

    /** 登录 shown while the folder is still opening, as a start at 100,000 documents shows it: typing need not wait. */
    @Test
    void aPasswordTypedWhileTheFolderStillOpensIsCheckedOnceItIsOpen(FxRobot robot) {
        services.users().createFirstAdministrator("王管理", "Qinghe#2025".toCharArray(), "Qinghe#2025".toCharArray());
        services.close();
        CompletableFuture<SignInDialog.Accounts> opening = new CompletableFuture<>();
        Platform.runLater(() -> result.set(SignInDialog.show(stage, opening, new FxTaskRunner(1))));
        waitUntil(() -> robot.lookup("#" + SignInDialog.LOGIN_ID).tryQuery().isPresent());
        assertThat(robot.lookup("#signInRepeated").queryAs(TextField.class).isVisible()).isFalse();
        type(robot, "#signInName", "王管理");
        type(robot, "#signInPassword", "Qinghe#2025");
        pressOk(robot, SignInDialog.LOGIN_ID);
        waitUntil(() -> message(robot).equals(Texts.get("signInUi.waitingForData")));
        assertThat(result.get()).isNull();

        services = Services.openSignedOut(folder, Clock.systemDefaultZone(), "os-user");
        opening.complete(SignInDialog.Accounts.of(services.users()));
        waitUntil(() -> result.get() != null);
        assertThat(result.get()).contains(Actor.user("王管理", Role.ADMIN));
        assertThat(services.session().current()).isEqualTo(Actor.user("王管理", Role.ADMIN));
    }

    /** A folder that had a database but no users yet (made from the command line): 登录 becomes the first-start form. */
    @Test
    void aFolderWithoutUsersAfterAllTurnsTheSignInIntoTheFirstStart(FxRobot robot) {
        CompletableFuture<SignInDialog.Accounts> opening = new CompletableFuture<>();
        Platform.runLater(() -> result.set(SignInDialog.show(stage, opening, new FxTaskRunner(1))));
        waitUntil(() -> robot.lookup("#" + SignInDialog.LOGIN_ID).tryQuery().isPresent());
        DialogPane pane = robot.lookup("#" + SignInDialog.LOGIN_ID).queryAs(DialogPane.class);
        double loginHeight = pane.getScene().getWindow().getHeight();

        opening.complete(SignInDialog.Accounts.of(services.users()));
        waitUntil(() -> robot.lookup("#" + SignInDialog.FIRST_RUN_ID).tryQuery().isPresent());
        TextField repeated = robot.lookup("#signInRepeated").queryAs(TextField.class);
        assertThat(repeated.isVisible()).isTrue();
        assertThat(((javafx.stage.Stage) pane.getScene().getWindow()).getTitle()).isEqualTo(Texts.get("signInUi.firstRunTitle"));
        assertThat(robot.lookup((Label l) -> l.getText().contains("密码至少 8 个字符")).tryQuery()).isPresent();
        // the dialog grew to show the introduction and the third field whole
        waitUntil(() -> pane.getScene().getWindow().getHeight() > loginHeight);
        assertThat(repeated.localToScreen(repeated.getBoundsInLocal()).getMaxY())
                .isLessThan(pane.getScene().getWindow().getY() + pane.getScene().getWindow().getHeight());
        FxTestSupport.snapshot(pane.getScene(), "first-run-after-opening");

        type(robot, "#signInName", "王管理");
        type(robot, "#signInPassword", "Qinghe#2025");
        type(robot, "#signInRepeated", "Qinghe#2025");
        pressOk(robot, SignInDialog.FIRST_RUN_ID);
        waitUntil(() -> result.get() != null);
        assertThat(result.get()).contains(Actor.user("王管理", Role.ADMIN));
        assertThat(services.users().hasUsers()).isTrue();
    }

    /** The folder could not be opened: the dialog goes without a sign-in, and the start says why (not here). */
    @Test
    void aFolderThatCannotBeOpenedClosesTheSignInWithoutAnyoneSignedIn(FxRobot robot) {
        CompletableFuture<SignInDialog.Accounts> opening = new CompletableFuture<>();
        Platform.runLater(() -> result.set(SignInDialog.show(stage, opening, new FxTaskRunner(1))));
        waitUntil(() -> robot.lookup("#" + SignInDialog.LOGIN_ID).tryQuery().isPresent());
        type(robot, "#signInName", "王管理");

        opening.completeExceptionally(new DataFolderException("数据文件夹正被另一个 normdesk 使用"));
        waitUntil(() -> result.get() != null);
        assertThat(result.get()).isEmpty();
        assertThat(robot.lookup("#" + SignInDialog.LOGIN_ID).tryQuery()).isEmpty();
    }

    @Test
    void theAdministratorsUsersTabListsTheAccounts(FxRobot robot) {
        services.users().createFirstAdministrator("王管理", "Qinghe#2025".toCharArray(), "Qinghe#2025".toCharArray());
        services.users().add("张三", Role.DRAFTER, "qicao-2025".toCharArray(), "qicao-2025".toCharArray());
        services.users().add("李四", Role.REVIEWER, "shenhe-2025".toCharArray(), "shenhe-2025".toCharArray());
        services.users().add("赵六", Role.HEAD, "fuze-2025!".toCharArray(), "fuze-2025!".toCharArray());
        services.users().setDisabled(services.users().byName("张三").id(), true);

        Scene scene = new Scene(MainWindow.create(services), 1280, 800);
        robot.interact(() -> stage.setScene(scene));
        assertThat(robot.lookup("#dataFolderLabel").queryAs(Label.class).getText()).contains("当前用户：王管理（管理员）");
        robot.clickOn("#navSettings");
        robot.clickOn(Texts.get("settings.users"));
        TableView<?> table = robot.lookup("#userTable").queryTableView();
        waitUntil(() -> table.getItems().size() == 4);
        assertThat(robot.lookup(".table-cell").match((javafx.scene.control.TableCell<?, ?> c) ->
                "已停用".equals(c.getText())).tryQuery()).isPresent();
        // the sign-in rules show their stored values (the defaults), not the spinners' minimums
        waitUntil(() -> robot.lookup("#policyMaxFailures").queryAs(javafx.scene.control.Spinner.class).getValue()
                .equals(LoginPolicy.DEFAULTS.maxFailures()));
        assertThat(robot.lookup("#policyLockMinutes").queryAs(javafx.scene.control.Spinner.class).getValue())
                .isEqualTo(LoginPolicy.DEFAULTS.lockMinutes());
        FxTestSupport.snapshot(scene, "settings-users");
    }

    private static MenuItem menuItem(FxRobot robot, String text) {
        for (Node bar : robot.lookup(".menu-bar").queryAll()) {
            for (var menu : ((javafx.scene.control.MenuBar) bar).getMenus()) {
                MenuItem found = find(menu, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static MenuItem find(javafx.scene.control.Menu menu, String text) {
        for (MenuItem item : menu.getItems()) {
            if (text.equals(item.getText())) {
                return item;
            }
            if (item instanceof javafx.scene.control.Menu sub) {
                MenuItem found = find(sub, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
