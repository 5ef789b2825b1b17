package org.normdesk.ui.users;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

import javafx.application.Platform;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Window;

import org.normdesk.domain.Texts;
import org.normdesk.service.DataPassword;
import org.normdesk.ui.common.FormDialog;

/**
 * Asks for the 数据文件密码 of an encrypted data folder (or backup), before anything of it is shown:
 * at the start before the sign-in, and when a restore meets an encrypted backup. After a wrong one
 * it says so and asks again; closing it gives up (the start then ends, the restore is not done).
 */
public final class DataPasswordDialog {
    public static final String ID = "dataPasswordDialog";

    private final FormDialog<char[]> form;
    private final PasswordField password = new PasswordField();
    private final Label message = new Label();

    private DataPasswordDialog(Window owner, Path where, boolean retry) {
        form = new FormDialog<>(owner, Texts.get("encryptionUi.passwordTitle"), ID);
        Label intro = new Label(Texts.get("encryptionUi.passwordIntro", where));
        intro.setWrapText(true);
        intro.setMaxWidth(480);
        password.setId("dataPassword");
        message.setId("dataPasswordMessage");
        message.setWrapText(true);
        message.setStyle("-fx-text-fill: #b00020;");
        message.setText(retry ? Texts.get("encryptionUi.wrongPassword") : "");
        form.wide(intro).row(Texts.get("encryptionUi.password"), password).wide(message);
        form.disableOkWhen(password.textProperty().isEmpty());
        Platform.runLater(password::requestFocus);
    }

    /** The dialog without showing it (tests fill it in and look at it). */
    static DataPasswordDialog create(Window owner, Path where, boolean retry) {
        return new DataPasswordDialog(owner, where, retry);
    }

    Optional<char[]> showAndWait() {
        return form.showAndWait(() -> password.getText().toCharArray());
    }

    javafx.scene.control.Dialog<char[]> dialog() {
        return form.dialog();
    }

    /**
     * The dialog as the source of a folder's password: shown on the FX thread (waited for when asked
     * from a background thread, as the opening of the data is).
     */
    public static DataPassword prompt(Window owner) {
        return (where, retry) -> {
            if (Platform.isFxApplicationThread()) {
                return new DataPasswordDialog(owner, where, retry).showAndWait();
            }
            FutureTask<Optional<char[]>> ask = new FutureTask<>(() -> new DataPasswordDialog(owner, where, retry)
                    .showAndWait());
            Platform.runLater(ask);
            try {
                return ask.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            } catch (ExecutionException e) {
                throw new IllegalStateException(e.getCause());
            }
        };
    }
}
