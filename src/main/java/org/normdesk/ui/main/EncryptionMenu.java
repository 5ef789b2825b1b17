package org.normdesk.ui.main;

import java.util.Optional;
import java.util.function.BooleanSupplier;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Window;

import org.normdesk.domain.Texts;
import org.normdesk.service.EncryptionService;
import org.normdesk.ui.common.BackgroundTask;
import org.normdesk.ui.common.ErrorDialog;
import org.normdesk.ui.common.FormDialog;
import org.normdesk.ui.common.ProgressDialog;
import org.normdesk.ui.common.Prompts;
import org.normdesk.ui.common.TaskRunner;

/**
 * 文件 → 备份与恢复 → 数据文件加密…: shows whether the data file is encrypted and offers 启用加密,
 * 更改数据文件密码 or 取消加密, each with what it means (a forgotten password cannot be recovered;
 * backups made before stay as they were). The switch itself is the window owner's
 * ({@link EncryptionSwitcher}): it closes the data, like a restore.
 */
final class EncryptionMenu {
    static final String ID = "encryptionDialog";
    static final String NEW_PASSWORD_ID = "newDataPasswordDialog";

    private final boolean encrypted;
    private final TaskRunner runner;
    private final EncryptionSwitcher switcher;
    private final BooleanSupplier closeEditors;

    EncryptionMenu(boolean encrypted, TaskRunner runner, EncryptionSwitcher switcher, BooleanSupplier closeEditors) {
        this.encrypted = encrypted;
        this.runner = runner;
        this.switcher = switcher;
        this.closeEditors = closeEditors;
    }

    boolean available() {
        return switcher != null;
    }

    void open(Window owner) {
        String title = Texts.get("encryptionUi.title");
        ButtonType on = new ButtonType(Texts.get("encryptionUi.turnOn"), ButtonBar.ButtonData.OK_DONE);
        ButtonType change = new ButtonType(Texts.get("encryptionUi.change"), ButtonBar.ButtonData.OK_DONE);
        ButtonType off = new ButtonType(Texts.get("encryptionUi.turnOff"), ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType(Texts.get("encryptionUi.close"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert dialog = encrypted
                ? new Alert(Alert.AlertType.INFORMATION, Texts.get("encryptionUi.statusOn"), change, off, close)
                : new Alert(Alert.AlertType.INFORMATION, Texts.get("encryptionUi.statusOff"), on, close);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(Texts.get(encrypted ? "encryptionUi.headerOn" : "encryptionUi.headerOff"));
        dialog.getDialogPane().setId(ID);
        dialog.getDialogPane().setMinWidth(560);
        Optional<ButtonType> chosen = dialog.showAndWait();
        if (chosen.filter(b -> b == on || b == change).isPresent()) {
            newPassword(owner).ifPresent(pw -> run(owner, pw, encrypted ? "encryptionUi.changed" : "encryptionUi.turnedOn"));
        } else if (chosen.filter(off::equals).isPresent()
                && Prompts.confirm(owner, title, Texts.get("encryptionUi.confirmOff"))) {
            run(owner, null, "encryptionUi.turnedOff");
        }
    }

    /** The new password, typed twice, checked against the rules before anything is closed. */
    private Optional<char[]> newPassword(Window owner) {
        PasswordField first = new PasswordField();
        first.setId("newDataPassword");
        PasswordField second = new PasswordField();
        second.setId("newDataPasswordRepeated");
        Label warning = new Label(Texts.get("encryptionUi.warning", EncryptionService.MIN_PASSWORD_LENGTH));
        warning.setWrapText(true);
        warning.setMaxWidth(520);
        Optional<char[][]> typed = new FormDialog<char[][]>(owner, Texts.get(encrypted ? "encryptionUi.change"
                : "encryptionUi.turnOn"), NEW_PASSWORD_ID)
                .wide(warning)
                .row(Texts.get("encryptionUi.newPassword"), first)
                .row(Texts.get("encryptionUi.repeated"), second)
                .disableOkWhen(first.textProperty().isEmpty().or(second.textProperty().isEmpty()))
                .showAndWait(() -> new char[][] {first.getText().toCharArray(), second.getText().toCharArray()});
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        try {
            EncryptionService.requireGood(typed.get()[0], typed.get()[1]);
        } catch (RuntimeException e) {
            ErrorDialog.show(owner, e);
            return Optional.empty();
        }
        return Optional.of(typed.get()[0]);
    }

    private void run(Window owner, char[] newPassword, String doneKey) {
        if (!closeEditors.getAsBoolean()) {
            return;
        }
        String title = Texts.get("encryptionUi.title");
        ProgressDialog progress = ProgressDialog.open(owner, title, Texts.get("encryptionUi.running"));
        var handle = BackgroundTask.of(() -> switcher.switchTo(newPassword))
                .onSuccess(now -> Prompts.inform(owner, title, Texts.get(doneKey)))
                .onError(e -> ErrorDialog.show(owner, e))
                .andFinally(progress::close)
                .runOn(runner);
        progress.track(handle);
    }
}
