package org.normdesk.ui.main;

import java.io.File;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;

import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.TextField;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import org.normdesk.domain.DateText;
import org.normdesk.domain.Texts;
import org.normdesk.service.BackupService;
import org.normdesk.service.BackupSettings;
import org.normdesk.service.FullExportService;
import org.normdesk.ui.common.BackgroundTask;
import org.normdesk.ui.common.Controls;
import org.normdesk.ui.common.ErrorDialog;
import org.normdesk.ui.common.FormDialog;
import org.normdesk.ui.common.ProgressDialog;
import org.normdesk.ui.common.Prompts;
import org.normdesk.ui.common.TaskRunner;
import org.normdesk.ui.users.DataPasswordDialog;
import org.normdesk.service.DataPassword;
import org.normdesk.service.DataKey;

/**
 * 文件 → 备份与恢复 (立即备份, 恢复…, 备份设置…) and 导出全部台账…: each long step runs in the
 * background behind a progress window. A restore is checked and described before the user confirms
 * it, then handed to the window's owner ({@link DataRestorer}), which closes the data, swaps it and
 * opens a fresh main window: the simplest way to be sure no screen keeps showing the old data.
 */
final class BackupMenu {
    static final String SETTINGS_ID = "backupSettingsDialog";

    private final BackupService backups;
    private final FullExportService export;
    private final TaskRunner runner;
    private final DataRestorer restorer;
    private final BooleanSupplier closeEditors;

    BackupMenu(BackupService backups, FullExportService export, TaskRunner runner, DataRestorer restorer,
               BooleanSupplier closeEditors) {
        this.backups = backups;
        this.export = export;
        this.runner = runner;
        this.restorer = restorer;
        this.closeEditors = closeEditors;
    }

    boolean canRestore() {
        return restorer != null;
    }

    void backupNow(Window owner) {
        String title = Texts.get("backupUi.title");
        ProgressDialog dialog = ProgressDialog.open(owner, title, Texts.get("backupUi.running"));
        var handle = BackgroundTask.of(backups::backupGeneration)
                .onSuccess(g -> {
                    String message = Texts.get("backupUi.done", g.backup().file(), g.backup().documents());
                    if (g.secondCopy().isPresent()) {
                        message += "\n" + Texts.get("backupUi.secondCopy", g.secondCopy().get());
                    }
                    if (g.secondFolderProblem() != null) {
                        message += "\n\n" + g.secondFolderProblem();
                    }
                    Prompts.inform(owner, title, message);
                })
                .onError(e -> ErrorDialog.show(owner, e))
                .andFinally(dialog::close)
                .runOn(runner);
        dialog.track(handle);
    }

    void restore(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("backupUi.chooseFile"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("backupUi.zipFilter"), "*.zip"));
        File dir = backups.backupFolder().toFile();
        if (dir.isDirectory()) {
            chooser.setInitialDirectory(dir);
        }
        File chosen = chooser.showOpenDialog(owner);
        if (chosen != null) {
            restore(owner, chosen.toPath());
        }
    }

    /** Checks the file in the background, asks, then restores: the data is untouched until the user says yes. */
    void restore(Window owner, Path file) {
        String title = Texts.get("backupUi.title");
        ProgressDialog checking = ProgressDialog.open(owner, title, Texts.get("backupUi.checking"));
        // an encrypted backup made with the open data's key opens as it is; else its password is asked
        var handle = BackgroundTask.of(() -> BackupService.check(file, DataPassword.known(backups.dataKey(),
                        DataPasswordDialog.prompt(owner))))
                .onSuccess(info -> {
                    checking.close();
                    boolean yes = Prompts.confirm(owner, title, Texts.get("backupUi.confirm",
                            DateText.minute(info.manifest().createdAt()), info.documents(), info.originals()));
                    if (yes && closeEditors.getAsBoolean()) {
                        swap(owner, file, info.key());
                    }
                })
                .onError(e -> {
                    checking.close();
                    ErrorDialog.show(owner, e);
                })
                .runOn(runner);
        checking.track(handle);
    }

    private void swap(Window owner, Path file, DataKey backupKey) {
        String title = Texts.get("backupUi.title");
        ProgressDialog dialog = ProgressDialog.open(owner, title, Texts.get("backupUi.restoring"));
        var handle = BackgroundTask.of(() -> restorer.restore(file, backupKey))
                .onSuccess(r -> Prompts.inform(owner, title, r.safetyBackup() == null
                        ? Texts.get("backupUi.restoredNoSafety", DateText.minute(r.backupCreatedAt()), r.documents())
                        : Texts.get("backupUi.restored", DateText.minute(r.backupCreatedAt()), r.documents(),
                                r.safetyBackup())))
                .onError(e -> ErrorDialog.show(owner, e))
                .andFinally(dialog::close)
                .runOn(runner);
        dialog.track(handle);
    }

    void settings(Window owner) {
        BackupSettings now = backups.settings();
        Spinner<Integer> generations = Controls.integerSpinner(1, 999, now.generations());
        generations.setId("backupGenerations");
        TextField second = new TextField(now.secondFolder());
        second.setId("backupSecondFolder");
        Button choose = new Button(Texts.get("backupUi.settings.choose"));
        choose.setOnAction(e -> {
            DirectoryChooser chooser = new DirectoryChooser();
            File dir = chooser.showDialog(owner);
            if (dir != null) {
                second.setText(dir.getAbsolutePath());
            }
        });
        HBox secondRow = new HBox(6, second, choose);
        HBox.setHgrow(second, Priority.ALWAYS);
        Spinner<Integer> interval = Controls.integerSpinner(0, 365, now.intervalDays());
        interval.setId("backupInterval");
        Label hint = new Label(Texts.get("backupUi.settings.hint", backups.backupFolder()));
        hint.setWrapText(true);
        new FormDialog<BackupSettings>(owner, Texts.get("menu.file.backupSettings").replace("…", ""), SETTINGS_ID)
                .row(Texts.get("backupUi.settings.generations"), generations)
                .row(Texts.get("backupUi.settings.secondFolder"), secondRow)
                .row(Texts.get("backupUi.settings.interval"), interval)
                .wide(hint)
                .showAndWait(() -> {
                    // a number typed but not yet confirmed with Enter counts too
                    commit(generations);
                    commit(interval);
                    return new BackupSettings(generations.getValue(), second.getText(), interval.getValue());
                })
                .ifPresent(s -> runner.submit(BackgroundTask.of(() -> {
                    backups.saveSettings(s);
                    return s;
                }).onError(e -> ErrorDialog.show(owner, e))));
    }

    /** Takes the number typed in the spinner; text that is no number leaves the value it had. */
    private static void commit(Spinner<Integer> spinner) {
        try {
            spinner.commitValue();
        } catch (RuntimeException notANumber) {
            spinner.getEditor().setText(String.valueOf(spinner.getValue()));
        }
    }

    void exportAll(Window owner) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Texts.get("exportUi.title"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Texts.get("exportUi.zipFilter"), "*.zip"));
        chooser.setInitialFileName("normdesk-台账-" + java.time.LocalDate.now() + ".zip");
        File chosen = chooser.showSaveDialog(owner);
        if (chosen == null) {
            return;
        }
        String title = Texts.get("exportUi.title");
        ProgressDialog dialog = ProgressDialog.open(owner, title, Texts.get("exportUi.running"));
        var handle = BackgroundTask.withContext(context -> export.exportAll(chosen.toPath(), (done, total) -> {
                    context.progress(done, total);
                    return !context.isCancelled();
                }))
                .onSuccess(r -> r.ifPresent(x -> Prompts.inform(owner, title,
                        Texts.get("exportUi.done", x.file(), x.documents(), x.originals())
                                // the open formats are readable by anyone: say so when the data itself is encrypted
                                + (backups.dataKey().encrypted() ? "\n\n" + Texts.get("encryptionUi.exportPlain") : ""))))
                .onError(e -> ErrorDialog.show(owner, e))
                .andFinally(dialog::close)
                .runOn(runner);
        dialog.track(handle);
    }

}
