package org.normdesk.ui.users;

import java.util.Optional;

import javafx.event.ActionEvent;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Window;

import org.normdesk.domain.Texts;
import org.normdesk.domain.access.Actor;
import org.normdesk.domain.access.SignIn;
import org.normdesk.service.UserService;
import org.normdesk.ui.common.BackgroundTask;
import org.normdesk.ui.common.FormDialog;
import org.normdesk.ui.common.TaskRunner;
import org.normdesk.ui.common.UserMessages;

/**
 * Before the main window: the first start creates the 管理员 (name, password twice), any later start
 * asks who is there. The dialog stays open on a wrong password and says how many tries are left,
 * or until when the account is locked. Checking a password takes bcrypt's deliberate fraction of a
 * second, so it runs in the background.
 */
public final class SignInDialog {
    public static final String FIRST_RUN_ID = "firstRunDialog";
    public static final String LOGIN_ID = "loginDialog";

    private final UserService users;
    private final TaskRunner runner;
    private final boolean firstRun;
    private final FormDialog<Actor> form;
    private final TextField name = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeated = new PasswordField();
    private final Label message = new Label();
    private final javafx.beans.property.BooleanProperty busy = new javafx.beans.property.SimpleBooleanProperty();
    private Actor signedIn;

    private SignInDialog(Window owner, UserService users, TaskRunner runner) {
        this.users = users;
        this.runner = runner;
        this.firstRun = !users.hasUsers();
        form = new FormDialog<>(owner, Texts.get(firstRun ? "signInUi.firstRunTitle" : "signInUi.loginTitle"),
                firstRun ? FIRST_RUN_ID : LOGIN_ID);
        name.setId("signInName");
        password.setId("signInPassword");
        repeated.setId("signInRepeated");
        message.setId("signInMessage");
        message.setWrapText(true);
        message.getStyleClass().add("problem");
        message.setStyle("-fx-text-fill: #b00020;");
        if (firstRun) {
            Label intro = new Label(Texts.get("signInUi.firstRunIntro", users.policy().minPasswordLength()));
            intro.setWrapText(true);
            intro.setMaxWidth(480);
            form.wide(intro);
        }
        form.row(Texts.get("signInUi.name"), name).row(Texts.get("signInUi.password"), password);
        if (firstRun) {
            form.row(Texts.get("signInUi.repeated"), repeated);
        }
        form.wide(message);
        form.disableOkWhen(name.textProperty().isEmpty().or(password.textProperty().isEmpty()).or(busy));
        Button ok = okButton();
        ok.setText(Texts.get(firstRun ? "signInUi.create" : "signInUi.signIn"));
        // OK checks first and closes the dialog only once the user is in.
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (signedIn == null) {
                e.consume();
                submit();
            }
        });
    }

    /**
     * Shows the first-run or the sign-in dialog (whichever the folder needs) until someone is in.
     *
     * @return the signed-in actor; empty when the user closed the dialog
     */
    public static Optional<Actor> show(Window owner, UserService users, TaskRunner runner) {
        return new SignInDialog(owner, users, runner).showAndWait();
    }

    /** The dialog without showing it (tests fill it in and look at it). */
    static SignInDialog create(Window owner, UserService users, TaskRunner runner) {
        return new SignInDialog(owner, users, runner);
    }

    Optional<Actor> showAndWait() {
        return form.showAndWait(() -> signedIn);
    }

    javafx.scene.control.Dialog<Actor> dialog() {
        return form.dialog();
    }

    private Button okButton() {
        ButtonType okType = form.dialog().getDialogPane().getButtonTypes().stream()
                .filter(b -> b.getButtonData() == ButtonBar.ButtonData.OK_DONE).findFirst().orElseThrow();
        return (Button) form.dialog().getDialogPane().lookupButton(okType);
    }

    private void submit() {
        String n = name.getText();
        char[] p = password.getText().toCharArray();
        char[] r = repeated.getText().toCharArray();
        busy.set(true);
        message.setText(Texts.get("signInUi.checking"));
        BackgroundTask.<Optional<String>>of(() -> {
            if (firstRun) {
                users.createFirstAdministrator(n, p, r);
                return Optional.empty();
            }
            SignIn result = users.signIn(n, p);
            return result.ok() ? Optional.empty() : Optional.of(result.message());
        }).onSuccess(refusal -> {
            busy.set(false);
            if (refusal.isPresent()) {
                message.setText(refusal.get());
                password.clear();
                password.requestFocus();
            } else {
                signedIn = users.current();
                okButton().fire();
            }
        }).onError(e -> {
            busy.set(false);
            message.setText(UserMessages.describe(e));
        }).runOn(runner);
    }
}
