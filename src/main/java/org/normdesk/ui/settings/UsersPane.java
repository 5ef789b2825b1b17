package org.normdesk.ui.settings;

import static org.normdesk.ui.common.Controls.button;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import org.normdesk.domain.Problem;
import org.normdesk.domain.Texts;
import org.normdesk.domain.access.LoginPolicy;
import org.normdesk.domain.access.Role;
import org.normdesk.domain.access.User;
import org.normdesk.ui.common.ChineseDates;
import org.normdesk.ui.common.Controls;
import org.normdesk.ui.common.FormDialog;
import org.normdesk.ui.common.LabelConverter;
import org.normdesk.ui.common.Prompts;

/**
 * The 用户 tab: accounts with role and state; add, 设角色, 重设密码, 解锁, 停用/启用 (never delete:
 * the audit log names them); and the sign-in rules (wrong passwords before the lock, its minutes,
 * the shortest password).
 */
final class UsersPane {
    private final UsersViewModel vm;
    private final TableView<User> table;

    private UsersPane(UsersViewModel vm) {
        this.vm = vm;
        this.table = new TableView<>(vm.users());
    }

    static Node create(UsersViewModel vm) {
        return new UsersPane(vm).build();
    }

    private Node build() {
        table.setId("userTable");
        table.getColumns().setAll(List.of(
                TextColumns.<User>column(Texts.get("usersUi.column.name"), User::name, 160),
                TextColumns.<User>column(Texts.get("usersUi.column.role"), u -> u.role().label(), 110),
                TextColumns.<User>column(Texts.get("usersUi.column.state"), UsersViewModel::state, 200),
                TextColumns.<User>column(Texts.get("usersUi.column.created"),
                        u -> ChineseDates.format(u.createdAt().toLocalDate()), 140)));
        var selected = table.getSelectionModel().selectedItemProperty();
        var none = selected.isNull().or(vm.busyProperty());
        Button add = button("userAddButton", "usersUi.add", this::add);
        add.disableProperty().bind(vm.busyProperty());
        Button role = button("userRoleButton", "usersUi.role", () -> setRole(selected.get()));
        role.disableProperty().bind(none);
        Button reset = button("userResetButton", "usersUi.reset", () -> reset(selected.get()));
        reset.disableProperty().bind(none);
        Button unlock = button("userUnlockButton", "usersUi.unlock", () -> vm.unlock(selected.get()));
        unlock.disableProperty().bind(none);
        Button disable = button("userDisableButton", "usersUi.disable", () -> toggle(selected.get()));
        disable.disableProperty().bind(none);
        disable.textProperty().bind(Bindings.createStringBinding(() -> Texts.get(
                selected.get() != null && selected.get().disabled() ? "usersUi.enable" : "usersUi.disable"), selected));

        Label hint = new Label(Texts.get("usersUi.hint"));
        hint.setWrapText(true);
        hint.getStyleClass().add("hint");
        Label status = new Label();
        status.setId("userStatus");
        status.textProperty().bind(vm.statusProperty());
        VBox box = new VBox(8, hint, new HBox(8, add, role, reset, unlock, disable), table, policyRow(), status);
        box.setPadding(new Insets(8, 0, 8, 0));
        VBox.setVgrow(table, Priority.ALWAYS);
        return box;
    }

    private Node policyRow() {
        Spinner<Integer> failures = spinner("policyMaxFailures", 1, 100);
        Spinner<Integer> minutes = spinner("policyLockMinutes", 1, 24 * 60);
        Spinner<Integer> length = spinner("policyMinLength", 6, 24);
        java.util.function.Consumer<LoginPolicy> show = p -> {
            failures.getValueFactory().setValue(p.maxFailures());
            minutes.getValueFactory().setValue(p.lockMinutes());
            length.getValueFactory().setValue(p.minPasswordLength());
        };
        show.accept(vm.policyProperty().get());
        vm.policyProperty().addListener((o, a, p) -> show.accept(p));
        Button save = button("policySaveButton", "usersUi.policySave", () -> vm.savePolicy(
                new LoginPolicy(failures.getValue(), minutes.getValue(), length.getValue())));
        save.disableProperty().bind(vm.busyProperty());
        HBox row = new HBox(8, new Label(Texts.get("usersUi.policy.maxFailures")), failures,
                new Label(Texts.get("usersUi.policy.lockMinutes")), minutes,
                new Label(Texts.get("usersUi.policy.minutes")), new Label(Texts.get("usersUi.policy.minLength")), length,
                new Label(Texts.get("usersUi.policy.chars")), save);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return row;
    }

    private static Spinner<Integer> spinner(String id, int min, int max) {
        Spinner<Integer> s = Controls.integerSpinner(min, max, min);
        s.setId(id);
        s.setPrefWidth(90);
        return s;
    }

    private void add() {
        TextField name = new TextField();
        name.setId("newUserName");
        ComboBox<Role> role = new ComboBox<>();
        role.setId("newUserRole");
        role.getItems().setAll(Arrays.asList(Role.values()));
        role.setConverter(LabelConverter.labelled());
        role.setValue(Role.DRAFTER);
        PasswordField pw = new PasswordField();
        pw.setId("newUserPassword");
        PasswordField again = new PasswordField();
        again.setId("newUserRepeated");
        Label problems = problemsLabel();
        FormDialog<String> form = new FormDialog<>(window(), Texts.get("usersUi.add"), "addUserDialog");
        form.row(Texts.get("usersUi.column.name"), name).row(Texts.get("usersUi.column.role"), role)
                .row(Texts.get("signInUi.password"), pw).row(Texts.get("signInUi.repeated"), again).wide(problems);
        var invalid = Bindings.createBooleanBinding(() -> {
            List<Problem> p = vm.passwordProblems(name.getText(), pw.getText(), again.getText());
            problems.setText(pw.getText().isEmpty() ? "" : String.join("\n", p.stream().map(Problem::message).toList()));
            return name.getText().isBlank() || !p.isEmpty();
        }, name.textProperty(), pw.textProperty(), again.textProperty());
        form.disableOkWhen(invalid);
        form.showAndWait(() -> "ok").ifPresent(ok -> vm.add(name.getText(), role.getValue(), pw.getText()));
    }

    private void setRole(User u) {
        Prompts.choose(window(), Texts.get("usersUi.role"), Texts.get("usersUi.roleQuestion", u.name()),
                Arrays.asList(Role.values()), Role::label).ifPresent(r -> vm.setRole(u, r));
    }

    private void reset(User u) {
        PasswordField pw = new PasswordField();
        pw.setId("resetPassword");
        PasswordField again = new PasswordField();
        again.setId("resetRepeated");
        Label problems = problemsLabel();
        FormDialog<String> form = new FormDialog<>(window(), Texts.get("usersUi.resetTitle", u.name()),
                "resetPasswordDialog");
        form.row(Texts.get("signInUi.password"), pw).row(Texts.get("signInUi.repeated"), again).wide(problems);
        var invalid = Bindings.createBooleanBinding(() -> {
            List<Problem> p = vm.passwordProblems(u.name(), pw.getText(), again.getText());
            problems.setText(pw.getText().isEmpty() ? "" : String.join("\n", p.stream().map(Problem::message).toList()));
            return !p.isEmpty();
        }, pw.textProperty(), again.textProperty());
        form.disableOkWhen(invalid);
        Optional<String> ok = form.showAndWait(() -> "ok");
        ok.ifPresent(x -> vm.resetPassword(u, pw.getText()));
    }

    private void toggle(User u) {
        if (u.disabled()) {
            vm.setDisabled(u, false);
        } else if (Prompts.confirm(window(), Texts.get("usersUi.disable"), Texts.get("usersUi.disableConfirm", u.name()))) {
            vm.setDisabled(u, true);
        }
    }

    private static Label problemsLabel() {
        Label l = new Label();
        l.setWrapText(true);
        l.setStyle("-fx-text-fill: #b00020;");
        return l;
    }


    private Window window() {
        return table.getScene().getWindow();
    }
}
