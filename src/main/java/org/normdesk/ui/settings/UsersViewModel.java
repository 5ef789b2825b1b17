package org.normdesk.ui.settings;

import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import org.normdesk.domain.Problem;
import org.normdesk.domain.Texts;
import org.normdesk.domain.access.LoginPolicy;
import org.normdesk.domain.access.Role;
import org.normdesk.domain.access.User;
import org.normdesk.service.UserService;
import org.normdesk.ui.common.BackgroundTask;
import org.normdesk.ui.common.TaskRunner;

/** The 用户 tab (管理员 only): the accounts, what the 管理员 does to them, and the sign-in rules. */
public final class UsersViewModel {
    private final UserService service;
    private final TaskRunner runner;
    private final Consumer<Throwable> errors;
    private final ObservableList<User> users = FXCollections.observableArrayList();
    private final ObjectProperty<LoginPolicy> policy = new SimpleObjectProperty<>(LoginPolicy.DEFAULTS);
    private final StringProperty status = new SimpleStringProperty("");
    private final BooleanProperty busy = new SimpleBooleanProperty();

    public UsersViewModel(UserService service, TaskRunner runner, Consumer<Throwable> errors) {
        this.service = service;
        this.runner = runner;
        this.errors = errors;
    }

    public void refresh() {
        run(() -> new Loaded(service.all(), service.policy()), loaded -> {
            users.setAll(loaded.users());
            policy.set(loaded.policy());
        });
    }

    private record Loaded(List<User> users, LoginPolicy policy) {
    }

    /** The problems of a new password, at once as it is typed (the service checks again on saving). */
    public List<Problem> passwordProblems(String name, String password, String repeated) {
        List<Problem> out = new java.util.ArrayList<>(policy.get().passwordProblems(name, password.toCharArray()));
        if (!password.equals(repeated)) {
            out.add(Problem.error("repeated", "users.password.mismatch"));
        }
        return out;
    }

    public void add(String name, Role role, String password) {
        run(() -> service.add(name, role, password.toCharArray(), password.toCharArray()),
                u -> done(Texts.get("users.audit.added", u.name(), u.role().label())));
    }

    public void setRole(User u, Role role) {
        run(() -> service.setRole(u.id(), role), after -> done(Texts.get("usersUi.roleSet", after.name(),
                after.role().label())));
    }

    public void resetPassword(User u, String password) {
        run(() -> service.resetPassword(u.id(), password.toCharArray(), password.toCharArray()),
                after -> done(Texts.get("users.audit.passwordReset", after.name())));
    }

    public void unlock(User u) {
        run(() -> service.unlock(u.id()), after -> done(Texts.get("users.audit.unlocked", after.name())));
    }

    public void setDisabled(User u, boolean disabled) {
        run(() -> service.setDisabled(u.id(), disabled), after -> done(Texts.get(
                disabled ? "users.audit.disabled" : "users.audit.enabled", after.name())));
    }

    public void savePolicy(LoginPolicy p) {
        run(() -> {
            service.savePolicy(p);
            return p;
        }, saved -> done(Texts.get("usersUi.policySaved")));
    }

    /** 可用 / 已停用 / 锁定至 …, as the table shows it. */
    public static String state(User u) {
        if (u.disabled()) {
            return Texts.get("users.state.disabled");
        }
        if (u.lockedAt(LocalDateTime.now())) {
            return Texts.get("users.state.locked", u.lockedUntil().withNano(0).toString().replace('T', ' '));
        }
        return Texts.get("users.state.active");
    }

    private void done(String message) {
        status.set(message);
        refresh();
    }

    private <T> void run(Callable<T> work, Consumer<T> then) {
        busy.set(true);
        BackgroundTask.of(work).onSuccess(then).onError(errors).andFinally(() -> busy.set(false)).runOn(runner);
    }

    public ObservableList<User> users() { return users; }
    public ObjectProperty<LoginPolicy> policyProperty() { return policy; }
    public StringProperty statusProperty() { return status; }
    public BooleanProperty busyProperty() { return busy; }
}
