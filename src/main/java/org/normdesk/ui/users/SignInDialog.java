package org.normdesk.ui.users;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import javafx.application.Platform;
import javafx.beans.binding.Bindings;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
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
 *
 * <p>The dialog can be shown while the data folder is still opening (a second of a start at
 * 100,000 documents): the user types meanwhile, and 登录 checks the password once the folder is
 * open. It opens as 登录 and turns into the first-start form should the folder have no users after
 * all; it closes itself, as if cancelled, when the folder cannot be opened (whoever opened it says why).
 */
public final class SignInDialog {
    public static final String FIRST_RUN_ID = "firstRunDialog";
    public static final String LOGIN_ID = "loginDialog";

    /**
     * What the dialog needs of the data folder, read once it is open (off the FX thread).
     *
     * @param any whether the folder has user accounts; if not, the first start creates the 管理员
     */
    public record Accounts(UserService users, boolean any, int minPasswordLength) {
        public static Accounts of(UserService users) {
            return new Accounts(users, users.hasUsers(), users.policy().minPasswordLength());
        }
    }

    private final CompletableFuture<Accounts> accounts;
    private final TaskRunner runner;
    private final BooleanProperty firstRun = new SimpleBooleanProperty();
    private final FormDialog<Actor> form;
    private final TextField name = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeated = new PasswordField();
    private final Label intro = new Label();
    private final Label message = new Label();
    private final BooleanProperty busy = new SimpleBooleanProperty();
    private Actor signedIn;

    private SignInDialog(Window owner, CompletableFuture<Accounts> accounts, TaskRunner runner) {
        this.accounts = accounts;
        this.runner = runner;
        form = new FormDialog<>(owner, Texts.get("signInUi.loginTitle"), LOGIN_ID);
        name.setId("signInName");
        password.setId("signInPassword");
        repeated.setId("signInRepeated");
        message.setId("signInMessage");
        message.setWrapText(true);
        message.getStyleClass().add("problem");
        message.setStyle("-fx-text-fill: #b00020;");
        intro.setWrapText(true);
        intro.setMaxWidth(480);
        intro.visibleProperty().bind(firstRun);
        intro.managedProperty().bind(firstRun);
        form.wide(intro);
        form.row(Texts.get("signInUi.name"), name).row(Texts.get("signInUi.password"), password);
        form.row(Texts.get("signInUi.repeated"), repeated, firstRun);
        form.wide(message);
        form.disableOkWhen(name.textProperty().isEmpty().or(password.textProperty().isEmpty()).or(busy));
        Button ok = okButton();
        ok.textProperty().bind(Bindings.when(firstRun).then(Texts.get("signInUi.create")).otherwise(Texts.get("signInUi.signIn")));
        form.dialog().titleProperty().bind(Bindings.when(firstRun).then(Texts.get("signInUi.firstRunTitle"))
                .otherwise(Texts.get("signInUi.loginTitle")));
        firstRun.addListener((o, was, is) -> form.dialog().getDialogPane().setId(is ? FIRST_RUN_ID : LOGIN_ID));
        // OK checks first and closes the dialog only once the user is in.
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            if (signedIn == null) {
                e.consume();
                submit();
            }
        });
        if (accounts.isDone() && !accounts.isCompletedExceptionally()) {
            fitTo(accounts.join());
        } else {
            accounts.whenComplete((known, failed) -> Platform.runLater(() -> {
                if (failed != null) {
                    form.dialog().close(); // the folder did not open: whoever opened it says why
                } else {
                    fitTo(known);
                    resizeIfShown();
                }
            }));
        }
    }

    /**
     * Shows the first-run or the sign-in dialog (whichever the folder needs) until someone is in.
     *
     * @return the signed-in actor; empty when the user closed the dialog
     */
    public static Optional<Actor> show(Window owner, UserService users, TaskRunner runner) {
        return show(owner, CompletableFuture.completedFuture(Accounts.of(users)), runner);
    }

    /**
     * The same while the data folder may still be opening: {@code accounts} completes once it is
     * open, or fails when it cannot be, which closes the dialog (the result is then empty).
     */
    public static Optional<Actor> show(Window owner, CompletableFuture<Accounts> accounts, TaskRunner runner) {
        return new SignInDialog(owner, accounts, runner).showAndWait();
    }

    /** The dialog without showing it (tests fill it in and look at it). */
    static SignInDialog create(Window owner, UserService users, TaskRunner runner) {
        return new SignInDialog(owner, CompletableFuture.completedFuture(Accounts.of(users)), runner);
    }

    Optional<Actor> showAndWait() {
        return form.showAndWait(() -> signedIn);
    }

    javafx.scene.control.Dialog<Actor> dialog() {
        return form.dialog();
    }

    private void fitTo(Accounts known) {
        intro.setText(Texts.get("signInUi.firstRunIntro", known.minPasswordLength()));
        firstRun.set(!known.any());
    }

    /** The first-start form is taller than 登录: a dialog already on screen grows to show it whole. */
    private void resizeIfShown() {
        Window window = form.dialog().getDialogPane().getScene().getWindow();
        if (window != null && window.isShowing()) {
            window.sizeToScene();
        }
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
        boolean creating = firstRun.get();
        busy.set(true);
        message.setText(Texts.get(accounts.isDone() ? "signInUi.checking" : "signInUi.waitingForData"));
        BackgroundTask.<Optional<String>>of(() -> {
            UserService users = accounts.join().users(); // the folder is open by the time anyone has typed
            if (creating) {
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
                signedIn = accounts.join().users().current();
                okButton().fire();
            }
        }).onError(e -> {
            busy.set(false);
            message.setText(UserMessages.describe(e));
        }).runOn(runner);
    }
}
