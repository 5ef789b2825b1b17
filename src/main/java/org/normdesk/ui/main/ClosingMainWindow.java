package org.normdesk.ui.main;

import java.util.function.Supplier;

import javafx.scene.control.Alert;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;

import org.normdesk.domain.Texts;
import org.normdesk.service.BackupService;
import org.normdesk.ui.common.BackgroundTask;
import org.normdesk.ui.common.ErrorDialog;
import org.normdesk.ui.common.Prompts;
import org.normdesk.ui.common.TaskRunner;
import org.normdesk.ui.common.UserMessages;

/**
 * Closing the main window (its close button, or 文件 → 退出): once its editors have closed (the main
 * window asks them first, and one whose changes the user keeps keeps the window open), the
 * automatic backup on exit runs while a note says so, and only then does normdesk exit. The window
 * used to vanish at once while the backup went on unseen for seconds (about 13 at 100,000
 * documents), and a quick restart then failed with "folder in use". A failed backup is said in a
 * dialog before the exit; the data itself stays as it is.
 */
public final class ClosingMainWindow {
    public static final String NOTE_ID = "closingNote";

    private final Stage stage;
    private final Supplier<BackupService> backups;
    private final TaskRunner runner;
    private final Runnable exit;
    private boolean closing;

    private ClosingMainWindow(Stage stage, Supplier<BackupService> backups, TaskRunner runner, Runnable exit) {
        this.stage = stage;
        this.backups = backups;
        this.runner = runner;
        this.exit = exit;
    }

    /**
     * Makes closing {@code stage} back up first, then run {@code exit} (which ends the application).
     *
     * @param backups the backups of the data shown now (a restore opens the folder anew)
     */
    public static void install(Stage stage, Supplier<BackupService> backups, TaskRunner runner, Runnable exit) {
        ClosingMainWindow closing = new ClosingMainWindow(stage, backups, runner, exit);
        stage.setOnCloseRequest(closing::closeRequested);
    }

    private void closeRequested(WindowEvent e) {
        // the main window's own handler ran first: consumed, an editor's changes were kept
        boolean kept = e.isConsumed();
        e.consume(); // the window stays until the backup is written
        if (kept || closing) {
            return;
        }
        closing = true;
        Alert note = note();
        note.show();
        BackgroundTask.of(() -> backups.get().backupGeneration())
                .onSuccess(g -> {
                    Prompts.closeNote(note);
                    if (g.secondFolderProblem() == null) {
                        exit.run();
                    } else {
                        // the backup in the data folder stands; the user learns that the second copy is missing
                        Prompts.inform(stage, Texts.get("backupUi.title"), g.secondFolderProblem())
                                .setOnHidden(h -> exit.run());
                    }
                })
                .onError(failure -> {
                    Prompts.closeNote(note);
                    ErrorDialog.show(stage, new IllegalStateException(Texts.get("backupUi.autoFailed",
                            UserMessages.describe(failure)), failure)).setOnHidden(h -> exit.run());
                })
                .runOn(runner);
    }

    private Alert note() {
        Alert note = new Alert(Alert.AlertType.NONE);
        note.initOwner(stage);
        note.setTitle(Texts.get("app.title"));
        note.getDialogPane().setId(NOTE_ID);
        ProgressBar bar = new ProgressBar(-1);
        bar.setPrefWidth(380);
        note.getDialogPane().setContent(new VBox(10, new Label(Texts.get("backupUi.onExit")), bar));
        return note;
    }

}
