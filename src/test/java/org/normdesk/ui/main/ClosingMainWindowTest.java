package org.normdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;
import static org.normdesk.ui.FxTestSupport.waitUntil;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.DialogPane;
import javafx.stage.Stage;
import javafx.stage.Window;
import javafx.stage.WindowEvent;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.normdesk.domain.Texts;
import org.normdesk.service.Services;
import org.normdesk.ui.FxTestSupport;
import org.normdesk.ui.common.FxTaskRunner;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Closing the main window as a user does: an editor with unsaved changes asks first, and the
 * automatic backup is written, with a note on screen, before normdesk exits.
 */
@ExtendWith(ApplicationExtension.class)
class ClosingMainWindowTest {
    private Path folder;
    private Services services;
    private Stage stage;
    private final AtomicInteger exits = new AtomicInteger();
    /** The id (else the text) of the dialog pane of every window shown during the test. */
    private final List<String> shownPanes = new ArrayList<>();

    @BeforeEach
    void open() {
        FxTestSupport.relaxTimeouts();
        folder = FxTestSupport.newDataFolder();
        services = Services.open(folder, Clock.systemDefaultZone(), "tester");
    }

    @AfterEach
    void close() {
        FxTestSupport.closeAllWindows();
        services.close();
        FxTestSupport.delete(folder);
    }

    @Start
    void start(Stage primary) {
        Window.getWindows().addListener((ListChangeListener<Window>) c -> {
            while (c.next()) {
                c.getAddedSubList().forEach(w -> {
                    if (w.getScene() != null && w.getScene().getRoot() instanceof DialogPane pane) {
                        shownPanes.add(pane.getId() != null ? pane.getId() : pane.getContentText());
                    }
                });
            }
        });
    }

    private void showMainWindow(FxRobot robot) {
        robot.interact(() -> {
            // a stage of its own: the shared primary stage keeps the close handlers of other tests' main windows
            stage = new Stage();
            stage.setScene(new Scene(MainWindow.create(services), 1280, 800));
            stage.show();
            ClosingMainWindow.install(stage, services::backups, new FxTaskRunner(1), exits::incrementAndGet);
        });
    }

    /** The window's own close button: the request goes through the event queue, as the system's does. */
    private void pressClose() {
        Platform.runLater(() -> stage.fireEvent(new WindowEvent(stage, WindowEvent.WINDOW_CLOSE_REQUEST)));
    }

    /** Answers the editor's question whether to discard its changes. */
    private void answerDiscard(FxRobot robot, ButtonBar.ButtonData answer) {
        String question = Texts.get("editor.discardChanges");
        waitUntil(() -> robot.lookup((DialogPane p) -> question.equals(p.getContentText())).tryQuery().isPresent());
        DialogPane pane = robot.lookup((DialogPane p) -> question.equals(p.getContentText())).query();
        Button b = (Button) pane.getButtonTypes().stream().filter(t -> t.getButtonData() == answer)
                .map(pane::lookupButton).findFirst().orElseThrow();
        robot.interact(b::fire);
    }

    @Test
    void closingBacksUpWithANoteOnScreenThenExits(FxRobot robot) {
        showMainWindow(robot);
        pressClose();
        waitUntil(() -> exits.get() == 1);
        assertThat(shownPanes).contains(ClosingMainWindow.NOTE_ID);
        assertThat(services.backups().generations()).hasSize(1);
        // the window stayed until the backup was written; exiting is left to the application
        assertThat(stage.isShowing()).isTrue();
    }

    @Test
    void anEditorsUnsavedChangesAreAskedAboutAndKeepingThemKeepsTheWindowOpen(FxRobot robot) {
        showMainWindow(robot);
        // as after 恢复…: the same window shows a fresh main window; the old one must not ask as well
        robot.interact(() -> stage.setScene(new Scene(MainWindow.create(services), 1280, 800)));
        robot.clickOn("#navRegister");
        robot.clickOn("#newDocumentButton");
        waitUntil(() -> robot.lookup("#titleField").tryQuery().isPresent());
        robot.clickOn("#titleField").write("江城县城市绿化管理办法");
        Window editor = robot.lookup("#titleField").<Node>query().getScene().getWindow();

        pressClose();
        answerDiscard(robot, ButtonBar.ButtonData.CANCEL_CLOSE); // keep the changes
        WaitForAsyncUtils.waitForFxEvents(); // whatever the answer set going has run
        waitUntil(() -> robot.lookup((DialogPane p) -> Texts.get("editor.discardChanges").equals(p.getContentText()))
                .tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shownPanes).as("asked once").containsOnlyOnce(Texts.get("editor.discardChanges"));
        assertThat(editor.isShowing()).isTrue();
        assertThat(stage.isShowing()).isTrue();
        assertThat(exits.get()).isZero();
        assertThat(services.backups().generations()).isEmpty();
        assertThat(shownPanes).doesNotContain(ClosingMainWindow.NOTE_ID);

        pressClose();
        answerDiscard(robot, ButtonBar.ButtonData.OK_DONE); // discard them
        waitUntil(() -> exits.get() == 1);
        assertThat(editor.isShowing()).isFalse();
        assertThat(services.backups().generations()).hasSize(1);
    }
}
