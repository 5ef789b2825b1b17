package org.normdesk.app;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

import org.normdesk.domain.Texts;
import org.normdesk.domain.access.Actor;
import org.normdesk.domain.access.Permission;
import java.util.concurrent.atomic.AtomicBoolean;

import org.normdesk.service.BackupService;
import org.normdesk.service.EncryptionService;
import org.normdesk.service.DataPassword;
import org.normdesk.service.DataKey;
import org.normdesk.ui.users.DataPasswordDialog;
import org.normdesk.service.Services;
import org.normdesk.store.DatabaseBrokenException;
import org.normdesk.ui.common.ErrorDialog;
import org.normdesk.ui.common.FxTaskRunner;
import org.normdesk.ui.common.Prompts;
import org.normdesk.ui.common.UserMessages;
import org.normdesk.ui.main.ClosingMainWindow;
import org.normdesk.ui.main.DataRestorer;
import org.normdesk.ui.main.MainWindow;
import org.normdesk.ui.users.SignInDialog;

/**
 * The JavaFX application: opens the data folder's services, shows the main window, closes the
 * services when the window goes. Started by {@link Launcher}, which is not itself an Application
 * so that JavaFX can stay on the plain class path.
 */
public final class NormDeskApp extends Application {
    static final double WIDTH = 1280;
    static final double HEIGHT = 800;

    /** Application.launch creates the instance itself, so the data option travels in a static field. */
    private static volatile String dataOption;
    /** The data folder, opening while the toolkit starts (see {@link EarlyDataOpen}). */
    private static volatile EarlyDataOpen earlyOpen;

    private EarlyDataOpen opening;
    private volatile Services services;
    private RuntimeException startupFailure;
    private Stage stage;
    /** The window's closing backed up (or said why it could not): nothing left for {@link #stop}. */
    private volatile boolean backupOnExitDone;

    static void launchWindow(String option) {
        dataOption = option;
        // JavaFX's own texts (OK, Cancel, the calendar) follow the default locale: make it the UI's.
        Locale.setDefault(Texts.locale());
        earlyOpen = EarlyDataOpen.start(option, !StartupProbe.signsIn());
        Application.launch(NormDeskApp.class);
    }

    /**
     * Runs on the launcher thread, before any window: waits for the data folder, which began to open
     * (and migrate) before the toolkit started, unless 登录 can be shown while it opens.
     */
    @Override
    public void init() {
        StartupTimeline.mark("init");
        opening = earlyOpen != null ? earlyOpen : EarlyDataOpen.start(dataOption, !StartupProbe.signsIn());
        earlyOpen = null;
        if (opening.encrypted() || opening.signInWhileOpening()) {
            return; // the 数据文件密码 is asked in start(), where a dialog can be shown; 登录 comes before the data
        }
        awaitData();
    }

    /** The data folder, open; a failure to open is kept for {@link #refuseToStart}. */
    private void awaitData() {
        if (services != null || startupFailure != null) {
            return;
        }
        try {
            services = opening.await();
        } catch (RuntimeException e) {
            startupFailure = e;
        }
    }

    /**
     * An encrypted folder: the 数据文件密码 first (asked again while wrong), then the data opens. Runs
     * on the FX thread before any window, so opening blocks it for a moment; nothing is shown yet.
     *
     * @return false when the user closed the prompt: the start ends without a word
     */
    private boolean openEncrypted() {
        AtomicBoolean gaveUp = new AtomicBoolean();
        DataPassword prompt = DataPasswordDialog.prompt(null);
        try {
            services = AppWiring.openServices(dataOption, (folder, retry) -> {
                Optional<char[]> typed = prompt.ask(folder, retry);
                gaveUp.set(typed.isEmpty());
                return typed;
            });
        } catch (RuntimeException e) {
            if (gaveUp.get()) {
                return false;
            }
            startupFailure = e;
        }
        return true;
    }

    @Override
    public void start(Stage stage) {
        StartupTimeline.mark("start");
        this.stage = stage;
        boolean probeSignsIn = StartupProbe.signsIn();
        if (opening.encrypted() && services == null && startupFailure == null && !openEncrypted()) {
            Platform.exit();
            return;
        }
        if (probeSignsIn) {
            awaitData();
        }
        if (startupFailure != null) {
            refuseAfterFailedStart();
            return;
        }
        if (probeSignsIn) {
            StartupProbe.run(stage, services, this::mainScene);
            return;
        }
        if (StartupProbe.untilSignIn()) {
            StartupProbe.endAtFirstWindow();
        }
        // 登录 may be shown while the folder still opens; what it signed in to is there once it returns
        FirstWindow.whenPainted(shown -> opening.firstWindowShown());
        boolean signedIn = signIn(services != null ? accountsOf(services) : opening.accounts());
        awaitData();
        if (startupFailure != null) {
            refuseAfterFailedStart();
            return;
        }
        if (!signedIn) {
            Platform.exit(); // closed without signing in: nothing was opened for anyone
            return;
        }
        stage.setScene(mainScene());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        stage.show();
        ClosingMainWindow.install(stage, () -> services.backups(), new FxTaskRunner(1), () -> {
            backupOnExitDone = true;
            Platform.exit();
        });
        services.rescuedDamagedFile().ifPresent(kept ->
                Prompts.inform(stage, Texts.get("startup.rescuedTitle"), Texts.get("startup.rescued", kept)));
        dailyBackup();
    }

    /** What 登录 needs of a folder that is open already. */
    private static CompletableFuture<SignInDialog.Accounts> accountsOf(Services open) {
        return CompletableFuture.completedFuture(SignInDialog.Accounts.of(open.users()));
    }

    private void refuseAfterFailedStart() {
        RuntimeException failure = startupFailure;
        startupFailure = null;
        refuseToStart(failure);
    }

    /**
     * The first start creates the 管理员, any later one asks who is there; the window then runs as that
     * user and says so in its title.
     */
    private boolean signIn(CompletableFuture<SignInDialog.Accounts> accounts) {
        Optional<Actor> actor = SignInDialog.show(null, accounts, new FxTaskRunner(1));
        actor.ifPresent(a -> stage.setTitle(Texts.get("app.titleWithUser", Texts.get("app.title"), a.describe())));
        return actor.isPresent();
    }

    private Scene mainScene() {
        services.register().prepareSearch();
        StartupTimeline.mark("searchPrepared");
        DataRestorer restorer = new DataRestorer() {
            @Override
            public BackupService.RestoreReport restore(Path file) {
                return restoreAndReopen(file, null);
            }

            @Override
            public BackupService.RestoreReport restore(Path file, DataKey backupKey) {
                return restoreAndReopen(file, backupKey);
            }
        };
        return new Scene(MainWindow.create(services, new FxTaskRunner(3), restorer, this::switchEncryptionAndReopen),
                WIDTH, HEIGHT);
    }

    /**
     * 恢复…: the window's data is closed, the backup put in place, the data opened again and shown in
     * a fresh main window (a new scene, so that no screen keeps showing the old data). Whatever
     * happens, the folder is opened again: on the restored data, or on the untouched old data when
     * the restore was refused. Runs off the FX thread.
     */
    private BackupService.RestoreReport restoreAndReopen(Path file, DataKey backupKey) {
        Path folder = services.folder();
        Actor actor = services.session().current();
        actor.require(Permission.RESTORE); // before anything is closed
        DataKey key = services.dataKey();
        services.close();
        DataKey reopenWith = key;
        try {
            BackupService.RestoreReport report = Services.restore(folder, file, Clock.systemDefaultZone(), actor,
                    DataPassword.known(key, DataPassword.NONE), DataPassword.known(backupKey, DataPasswordDialog.prompt(stage)));
            reopenWith = report.key();
            return report;
        } finally {
            reopen(folder, reopenWith);
        }
    }

    /**
     * 数据文件加密…: as a restore, the window's data is closed, the file rewritten with its new key (or
     * plain), and the data opened again in a fresh main window after a new sign-in. On a failure the
     * data opens as it was. Runs off the FX thread.
     */
    private boolean switchEncryptionAndReopen(char[] newPassword) {
        Path folder = services.folder();
        Actor actor = services.session().current();
        actor.require(Permission.RESTORE); // before anything is closed
        DataKey key = services.dataKey();
        services.close();
        DataKey reopenWith = key;
        try {
            if (newPassword == null) {
                EncryptionService.decrypt(folder, Clock.systemDefaultZone(), actor, key);
                reopenWith = DataKey.plain();
            } else {
                reopenWith = EncryptionService.encrypt(folder, Clock.systemDefaultZone(), actor, key, newPassword, null);
            }
            return reopenWith.encrypted();
        } finally {
            reopen(folder, reopenWith);
        }
    }

    /**
     * Opens the folder again (with {@code key}, else asking its password) and shows it in a fresh main
     * window after a sign-in: the data may have other accounts now. A failure ends like a failed start.
     */
    private void reopen(Path folder, DataKey key) {
        try {
            services = AppWiring.openServices(folder.toString(), DataPassword.known(key, DataPasswordDialog.prompt(stage)));
            // The restored data has its own accounts: whoever uses it signs in to it (read here, off the FX thread).
            CompletableFuture<SignInDialog.Accounts> accounts = accountsOf(services);
            Platform.runLater(() -> {
                if (signIn(accounts)) {
                    stage.setScene(mainScene());
                } else {
                    Platform.exit();
                }
            });
        } catch (RuntimeException e) {
            services = null;
            Platform.runLater(() -> refuseToStart(e));
        }
    }

    /** On start, when the newest automatic backup is older than the setting's interval: one in the background. */
    private void dailyBackup() {
        services.backups().backupInBackgroundIfDue(outcome -> Platform.runLater(() -> {
            if (outcome instanceof Throwable e) {
                ErrorDialog.show(stage, new IllegalStateException(Texts.get("backupUi.autoFailed",
                        UserMessages.describe(e)), e));
            } else if (outcome instanceof BackupService.GenerationResult g && g.secondFolderProblem() != null) {
                Prompts.inform(stage, Texts.get("backupUi.title"), g.secondFolderProblem());
            }
        }));
    }

    /**
     * normdesk ends: the data folder is released, after the automatic backup unless closing the
     * window made it already ({@link ClosingMainWindow}) or nobody signed in.
     */
    @Override
    public void stop() {
        if (services == null) {
            return;
        }
        try {
            if (!backupOnExitDone && services.session().current().signedIn()) {
                BackupService.GenerationResult g = services.backups().backupGeneration();
                if (g.secondFolderProblem() != null) {
                    System.err.println(g.secondFolderProblem());
                }
            }
        } catch (RuntimeException e) {
            // no window is left: the console (and a log) is the only place left to say it
            System.err.println(Texts.get("backupUi.autoFailed", UserMessages.describe(e)));
        } finally {
            services.close();
        }
    }

    /**
     * The data folder cannot be used (in use, read-only, a newer database …): the message already
     * says what to do. Print it for scripts and logs, show it, and exit with status 1.
     */
    private void refuseToStart(RuntimeException failure) {
        String message = UserMessages.describe(failure);
        System.err.println(message);
        ButtonType ok = new ButtonType(Texts.get("button.ok"), ButtonBar.ButtonData.CANCEL_CLOSE);
        ButtonType restore = new ButtonType(Texts.get("startup.restoreNewest"), ButtonBar.ButtonData.OK_DONE);
        Optional<Path> newest = failure instanceof DatabaseBrokenException broken ? broken.newestBackup() : Optional.empty();
        Alert alert = newest.isPresent() ? new Alert(Alert.AlertType.ERROR, message, restore, ok)
                : new Alert(Alert.AlertType.ERROR, message, ok);
        alert.setTitle(Texts.get("app.title"));
        alert.setHeaderText(Texts.get("startup.failed"));
        alert.getDialogPane().setMinWidth(640);
        if (newest.isPresent() && alert.showAndWait().filter(restore::equals).isPresent()) {
            restoreAfterFailedStart(newest.get());
            return;
        }
        if (newest.isEmpty()) {
            alert.showAndWait();
        }
        Platform.exit();
        System.exit(1);
    }

    /**
     * The database did not open and the user chose the newest backup: the restore keeps the damaged
     * file aside, then the window opens on the restored data. A refused restore ends like any failed start.
     */
    private void restoreAfterFailedStart(Path backup) {
        Path folder = DataFolder.resolve(dataOption);
        // Checking, copying and reopening a database takes seconds: off the FX thread, with a note meanwhile.
        Alert working = new Alert(Alert.AlertType.INFORMATION, Texts.get("startup.restoring", backup.getFileName()));
        working.setTitle(Texts.get("app.title"));
        working.setHeaderText(null);
        working.getButtonTypes().clear();
        working.show();
        Thread restore = new Thread(() -> {
            try {
                // an encrypted backup asks for its 数据文件密码; the restored data then opens with its key
                DataPassword prompt = DataPasswordDialog.prompt(null);
                BackupService.RestoreReport report = Services.restore(folder, backup, Clock.systemDefaultZone(),
                        Actor.system(AppWiring.currentUser()), DataPassword.NONE, prompt);
                services = AppWiring.openServices(folder.toString(), DataPassword.known(report.key(), prompt));
                Platform.runLater(() -> {
                    start(stage == null ? new Stage() : stage); // first, so that a window stays open
                    Prompts.closeNote(working);
                    Prompts.inform(stage, Texts.get("app.title"), Texts.get("startup.restored", backup.getFileName()));
                });
            } catch (RuntimeException e) {
                Platform.runLater(() -> {
                    Platform.setImplicitExit(false); // the refusal below opens its own window, then exits
                    Prompts.closeNote(working);
                    refuseToStart(e);
                });
            }
        }, "normdesk-restore-at-start");
        restore.setDaemon(true);
        restore.start();
    }
}
